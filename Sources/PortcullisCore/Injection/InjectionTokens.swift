/// A text as the injection model reads it: folded, cut into tokens, each token's feature weights
/// summed. Built in one forward pass over the UTF-8 bytes, a chunk at a time, so memory stays
/// proportional to the number of tokens and time to the number of bytes.
///
/// The steps mirror `training/injection/features.py` exactly (a parity test holds them together):
/// fold every code point (`InjectionFolding`), collapse spaces, cut words (a CJK run is one
/// word, a word is cut every `maxTokenChars`), join spelled-out letters (`i g n o r e`), read
/// leetspeak (`1gn0r3`) and mixed-script look-alikes, then hash each token, the bigram with the
/// token before it, and the word's character 3- to 5-grams into `InjectionModel` buckets.
struct InjectionTokens {
    static let maxTokenChars = 64
    static let maxGramChars = 32
    /// Texts are read this many bytes at a time (cut after whitespace), so the per-chunk buffers
    /// stay small and are reused: a long text touches no more memory than one chunk's worth.
    static let chunkBytes = 64 << 10
    /// Tokens are queued and their weights read this many at a time.
    static let batchTokens = 512

    /// Running sums over tokens, and where each token lies in the scanned text.
    struct Entry {
        /// Sums of the attack and jailbreak weights, and the number of features, of the tokens before this entry's.
        var attack: Int64
        var jailbreak: Int64
        var features: Int32
        /// The entry's token's first byte and the byte after it (entry `i + 1` holds token `i`).
        var byteStart: Int32
        var byteEnd: Int32
    }

    /// `entries[0]` is all zero; `entries[i + 1]` sums tokens `0...i` and holds token `i`'s bytes.
    let entries: [Entry]
    /// The byte ranges that can hold an encoded payload (`EncodedPayloads.triggerMask`: runs of 24
    /// base64 characters, 23 bytes of hex digits and spaces, backslashes), in order and apart;
    /// outside them the text has none. A necessary condition tested while folding, so the payload
    /// pass (`EncodedPayloads.forEach(in:ranges:)`) looks only there, and most texts skip it.
    let payloadRanges: [Range<Int>]
    /// Whether the text reads better in rot13 (`EncodedPayloads.Rot13Words`): counted from the
    /// tokens while reading, so it costs no pass of its own.
    let readsBetterInRot13: Bool

    var count: Int { entries.count - 1 }

    /// The weight sums and feature count of tokens `from..<to`.
    @inline(__always)
    func sums(_ from: Int, _ to: Int) -> (attack: Int64, jailbreak: Int64, features: Int32) {
        let a = entries[from], b = entries[to]
        return (b.attack - a.attack, b.jailbreak - a.jailbreak, b.features - a.features)
    }

    /// Token `i`'s first byte and the byte after it.
    func byteStart(_ i: Int) -> Int { Int(entries[i + 1].byteStart) }
    func byteEnd(_ i: Int) -> Int { Int(entries[i + 1].byteEnd) }

    /// Reads a whole text, chunk by chunk (cut after whitespace where there is some).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, model: InjectionModel) -> InjectionTokens {
        var reader = InjectionReader(model: model, capacity: min(bytes.count, chunkBytes))
        defer { reader.deallocate() }
        var from = 0
        while from < bytes.count {
            var to = min(bytes.count, from + chunkBytes)
            if to < bytes.count {
                var cut = to
                while cut > from + chunkBytes / 2 && !(bytes[cut - 1] == 0x20 || bytes[cut - 1] == 0x0A) { cut -= 1 }
                if cut > from + chunkBytes / 2 { to = cut } else {
                    while to > from && bytes[to] & 0xC0 == 0x80 { to -= 1 }  // a code point boundary
                }
            }
            reader.readChunk(bytes, from: from, to: to)
            from = to
        }
        return InjectionTokens(entries: reader.entries, payloadRanges: reader.payloadRanges,
                               readsBetterInRot13: reader.readsBetterInRot13)
    }
}

/// The working state of `InjectionTokens.read`: per-chunk buffers allocated once for the text
/// (a struct with raw buffers, so the hot loops pay neither reference counting nor exclusivity checks).
private struct InjectionReader {
    let model: InjectionModel
    var entries: [InjectionTokens.Entry]
    private var runAttack: Int64 = 0, runJailbreak: Int64 = 0, runFeatures: Int32 = 0
    private var lastWasSpace = true
    /// The FNV state after the bigram kind, the previous token and a space, when there is a previous token.
    private var bigram: UInt32? = nil

    private struct RawToken {
        var start: Int32  // index into `scalars`
        var end: Int32
        var word: Bool
        /// Only ASCII letters: nothing for leetspeak or look-alike folding to do.
        var plain: Bool
    }

    /// A token read but not yet summed: its hashes, and its text (in `scalars`, or in `arena`
    /// when reading changed it; both stay put until the batch is summed).
    private struct Pending {
        var wordHash: UInt32
        var bigramHash: UInt32
        var text: UnsafePointer<UInt32>
        var length: Int32
        /// The letters packed as the word table keeps them (a short ASCII word).
        var lo: UInt64, hi: UInt64
        var byteStart: Int32, byteEnd: Int32
        /// A word of at most `InjectionWordTable.maxLetters` ASCII characters (kept in `recent`),
        /// and whether they are all letters (then it may be in the word table).
        var word: Bool, hasBigram: Bool, short: Bool, letters: Bool
    }

    // Per chunk, reused: the folded code points with the first byte of the code point each one
    // comes from, and the raw tokens; per batch: the queued tokens and their texts one after another.
    private let scalars: UnsafeMutablePointer<UInt32>
    private let srcStart: UnsafeMutablePointer<Int32>
    /// The text being read (a code point's last byte follows from its first: `byteAfter`).
    private var source: UnsafePointer<UInt8>? = nil
    private let raw: UnsafeMutablePointer<RawToken>
    private let arena: UnsafeMutablePointer<UInt32>
    private let pending: UnsafeMutablePointer<Pending>
    private var scalarCount = 0, rawCount = 0, arenaCount = 0, pendingCount = 0
    /// The current token's text (at `arena + arenaCount`, or in `scalars` when it is a plain
    /// word read as it is) and its length.
    private var text: UnsafeMutablePointer<UInt32>
    private var textCount = 0
    /// Short ASCII words not in the word table, with their sums (`InjectionWordCache`, this thread's).
    private let recent: UnsafeMutablePointer<UInt64>
    private let recentMask = InjectionWordCache.slotCount - 1
    /// The payload trigger (`EncodedPayloads.triggerMask`): the lengths of the current run of
    /// base64 characters (low 32 bits) and of hex digits and spaces (high 32 bits), and the ranges
    /// triggered so far.
    private var runs: UInt64 = 0
    private(set) var payloadRanges: [Range<Int>] = []
    /// rot13 reading: common words as written, common words once rotated, letters in letter-only words.
    private var plainCommon: Int32 = 0, rotatedCommon: Int32 = 0, letterCount: Int32 = 0

    /// `capacity`: the longest chunk in bytes (a chunk folds to at most as many code points as it has bytes).
    init(model: InjectionModel, capacity: Int) {
        self.model = model
        let c = capacity + 1
        scalars = .allocate(capacity: c)
        srcStart = .allocate(capacity: c)
        raw = .allocate(capacity: c)
        arena = .allocate(capacity: InjectionTokens.batchTokens * InjectionTokens.maxTokenChars)
        pending = .allocate(capacity: InjectionTokens.batchTokens)
        text = arena
        recent = InjectionWordCache.slots(for: model.words)
        entries = []
        entries.append(InjectionTokens.Entry(attack: 0, jailbreak: 0, features: 0, byteStart: 0, byteEnd: 0))
    }

    /// Adds byte `i` to the payload ranges: a backslash, or the last byte of a run that is long
    /// enough (the range then reaches back to the run's start).
    private mutating func triggered(_ i: Int, _ base64Run: Int, _ hexRun: Int) {
        var start = i
        if base64Run >= EncodedPayloads.minimumEncodedBytes { start = min(start, i + 1 - base64Run) }
        if hexRun >= EncodedPayloads.minimumSpacedHexBytes { start = min(start, i + 1 - hexRun) }
        if let last = payloadRanges.last, start <= last.upperBound {
            payloadRanges[payloadRanges.count - 1] = min(last.lowerBound, start)..<(i + 1)
        } else {
            payloadRanges.append(start..<(i + 1))
        }
    }

    /// The rule of `EncodedPayloads.Rot13Words`: at least three common words once rotated, at
    /// least twice as many plus one as common words as written, in at least twelve letters.
    var readsBetterInRot13: Bool {
        letterCount >= 12 && rotatedCommon >= 3 && rotatedCommon >= 2 * plainCommon + 1
    }

    func deallocate() {
        scalars.deallocate(); srcStart.deallocate(); raw.deallocate()
        arena.deallocate(); pending.deallocate()
    }

    mutating func readChunk(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        source = bytes.baseAddress
        fold(bytes, from: from, to: to)
        cut()
        // A chunk adds at most one entry per raw token: room for all of them at once (a text of
        // one chunk is never copied; longer ones grow geometrically).
        let need = entries.count + rawCount
        if need > entries.capacity { entries.reserveCapacity(max(need, entries.capacity * 2)) }
        emitTokens()
        sumPending()
    }

    /// Folds code points into `scalars`, spaces collapsed, remembering each one's source bytes.
    private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        var n = 0
        var i = from
        var out: (UInt32, UInt32, UInt32) = (0, 0, 0)
        var lastWasSpace = self.lastWasSpace
        // Both run lengths in one word: a byte adds one to each and its mask clears the runs it
        // breaks; adding `bias` sets a lane's top bit once its run is long enough (no carry
        // between lanes: a run is shorter than 2^31 bytes, texts are at most `ScanEngine.maxTextBytes`).
        let masks = EncodedPayloads.triggerMask
        var runs = self.runs
        let scalars = self.scalars, srcStart = self.srcStart  // kept in registers, not reloaded after each store
        let bias: UInt64 = UInt64(0x8000_0000 - EncodedPayloads.minimumSpacedHexBytes) << 32
            | UInt64(0x8000_0000 - EncodedPayloads.minimumEncodedBytes)
        @inline(__always) func put(_ f: UInt32, _ start: Int) {
            if f == 0x20 {
                if lastWasSpace { return }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            scalars[n] = f
            srcStart[n] = Int32(truncatingIfNeeded: start)
            n &+= 1
        }
        while i < to {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                // ASCII: lower-case letters, control whitespace as a space.
                let f = b0 &- 0x41 < 26 ? b0 | 0x20 : (b0 &- 0x09 < 5 ? 0x20 : b0)
                put(f, i)
                runs = (runs &+ 0x1_0000_0001) & masks[Int(b0)]
                if _slowPath((runs &+ bias) & 0x8000_0000_8000_0000 != 0 || b0 == 0x5C) {  // long enough, or `\`
                    triggered(i, Int(runs & 0xFFFF_FFFF), Int(runs >> 32))
                }
                i &+= 1
                continue
            }
            runs = 0
            var c: UInt32, len: Int
            if b0 < 0xE0 {
                c = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); len = 2
            } else if b0 < 0xF0 {
                c = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); len = 3
            } else {
                c = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                len = 4
            }
            let k = InjectionFolding.foldNonASCII(c, into: &out)
            if k > 0 { put(out.0, i) }
            if k > 1 { put(out.1, i) }
            if k > 2 { put(out.2, i) }
            i += len
        }
        self.lastWasSpace = lastWasSpace
        self.runs = runs
        scalarCount = n
    }

    /// Cuts `scalars` into raw tokens: words and single punctuation characters.
    private mutating func cut() {
        let n = scalarCount
        let s = scalars, raw = self.raw
        var r = 0
        var i = 0
        while i < n {
            let c = s[i]
            if c == 0x20 { i += 1; continue }
            if InjectionFolding.isWordChar(c) {
                var j = i + 1
                let cjk = InjectionFolding.isCJK(c)
                var plain = c &- 0x61 < 26
                while j < n && j - i < InjectionTokens.maxTokenChars {
                    let d = s[j]
                    if d &- 0x61 < 26 && !cjk { j += 1; continue }  // a lower-case ASCII letter, the common case
                    if InjectionFolding.isWordChar(d) {
                        if InjectionFolding.isCJK(d) != cjk { break }
                        j += 1
                        plain = false
                    } else if (d == 0x40 || d == 0x24 || d == 0x21) && !cjk && j + 1 < n
                        && InjectionFolding.isLetterLike(s[j + 1])
                    {
                        j += 1
                        plain = false
                    } else {
                        break
                    }
                }
                raw[r] = RawToken(start: Int32(i), end: Int32(j), word: true, plain: plain)
                i = j
            } else {
                raw[r] = RawToken(start: Int32(i), end: Int32(i + 1), word: false, plain: false)
                i += 1
            }
            r += 1
        }
        rawCount = r
    }

    // Static over the scalars, not methods: a method call from the mutating `emitTokens` made
    // the compiler copy the whole reader (268 bytes) for every token.
    @inline(__always) private static func isSingleLetter(_ t: RawToken, _ scalars: UnsafeMutablePointer<UInt32>) -> Bool {
        t.word && t.end - t.start == 1 && InjectionFolding.isLetterLike(scalars[Int(t.start)])
    }

    @inline(__always) private static func isSeparator(_ t: RawToken, _ scalars: UnsafeMutablePointer<UInt32>) -> Bool {
        guard !t.word else { return false }
        switch scalars[Int(t.start)] {
        case 0x20, 0x2E, 0x2D, 0x5F, 0x2A, 0x2F, 0x7C: return true  // space . - _ * / |
        default: return false
        }
    }

    /// Joins spelled-out letters, reads leetspeak and look-alikes, and adds each token.
    private mutating func emitTokens() {
        var i = 0
        let n = rawCount
        let raw = self.raw, scalars = self.scalars, source = self.source.unsafelyUnwrapped
        arenaCount = 0
        pendingCount = 0
        while i < n {
            let t = raw[i]
            text = arena + arenaCount
            textCount = 0
            var last = t
            var isWord = t.word
            var plain = t.plain
            var next = i + 1
            if Self.isSingleLetter(t, scalars) {
                var runLength = 1
                var j = i + 1
                while runLength < InjectionTokens.maxTokenChars {
                    var k = j
                    if k < n && Self.isSeparator(raw[k], scalars) && raw[k].start == last.start + 1 { k += 1 }
                    if k < n && Self.isSingleLetter(raw[k], scalars) && raw[k].start == last.start + 2 {
                        last = raw[k]; runLength += 1; j = k + 1
                    } else {
                        break
                    }
                }
                if runLength >= 4 {
                    var k = i
                    while k < j {
                        if Self.isSingleLetter(raw[k], scalars) { text[textCount] = scalars[Int(raw[k].start)]; textCount += 1 }
                        k += 1
                    }
                    next = j
                    isWord = true
                    plain = false
                } else {
                    last = t
                }
            }
            if textCount == 0 {
                let from = Int(t.start), length = Int(t.end) - from
                if isWord && !plain {  // leetspeak and look-alikes are read in a copy
                    for k in 0..<length { text[k] = scalars[from &+ k] }
                } else {
                    text = scalars + from
                }
                textCount = length
                last = t
            }
            if isWord && !plain { unleet(); unconfuse() }
            addToken(word: isWord, byteStart: srcStart[Int(t.start)], byteEnd: Self.byteAfter(srcStart[Int(last.end) - 1], in: source))
            i = next
        }
    }

    /// The byte after the code point that starts at byte `start` (as `fold` decodes lengths).
    @inline(__always) private static func byteAfter(_ start: Int32, in source: UnsafePointer<UInt8>) -> Int32 {
        let b = source[Int(start)]
        return start &+ (b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4)
    }

    /// `1gn0r3` → `ignore`, when a leet character sits between two letters.
    private mutating func unleet() {
        let n = textCount
        guard n >= 3 else { return }
        var interior = false
        for k in 1..<(n - 1) where InjectionFolding.leet(text[k]) != nil {
            if InjectionFolding.isLetterLike(text[k - 1]) && InjectionFolding.isLetterLike(text[k + 1]) {
                interior = true
                break
            }
        }
        guard interior else { return }
        for k in 0..<n { if let l = InjectionFolding.leet(text[k]) { text[k] = l } }
    }

    /// Folds Greek and Cyrillic look-alikes in a word that also holds Latin letters.
    private mutating func unconfuse() {
        let n = textCount
        var latin = false, confusable = false
        for k in 0..<n {
            let c = text[k]
            if c < 0x80 { if c &- 0x61 < 26 { latin = true }; continue }
            if InjectionFolding.isLatinLetter(c) { latin = true }
            if InjectionFolding.confusable(c) != nil { confusable = true }
        }
        guard latin && confusable else { return }
        for k in 0..<n { if let l = InjectionFolding.confusable(text[k]) { text[k] = l } }
    }

    // MARK: - features

    /// Hashes the token in `text` and queues it. Its weights are read later, `batchTokens` at
    /// a time (`sumPending`): reads of the weight and word tables, most of them cache
    /// misses, are then independent of each other and overlap instead of waiting in turn.
    private mutating func addToken(word: Bool, byteStart s: Int32, byteEnd e: Int32) {
        // One pass gives the token's hash, the bigram's, the next bigram's prefix and, for a
        // short ASCII word, its letters packed as the word table keeps them.
        var hw = FNV.start(InjectionModel.kindWord)
        var hb = bigram ?? 0
        var hn = FNV.start(InjectionModel.kindBigram)
        var lo: UInt64 = 0, hi: UInt64 = 0
        var ascii = true, letters = true
        let n = textCount
        for k in 0..<n {
            let c = text[k]
            hw = FNV.feed(hw, c); hb = FNV.feed(hb, c); hn = FNV.feed(hn, c)
            if c >= 0x80 { ascii = false }
            if c &- 0x61 >= 26 { letters = false }
            if k < 8 { lo |= UInt64(c & 0xFF) << (8 * k) } else if k < 16 { hi |= UInt64(c & 0xFF) << (8 * (k - 8)) }
        }
        pending[pendingCount] = Pending(
            wordHash: hw, bigramHash: hb, text: UnsafePointer(text), length: Int32(n), lo: lo, hi: hi,
            byteStart: s, byteEnd: e, word: word, hasBigram: bigram != nil,
            short: word && ascii && n <= InjectionWordTable.maxLetters, letters: letters)
        pendingCount += 1
        if text == arena + arenaCount { arenaCount += n }  // a text in `scalars` takes no arena room
        bigram = FNV.byte(hn, 0x20)
        if pendingCount == InjectionTokens.batchTokens { sumPending() }
    }

    /// The sums of a short ASCII word outside the word table, from `recent` or worked out (and kept there).
    private func recentSums(_ p: Pending, _ w: UnsafeBufferPointer<UInt32>) -> InjectionWordSums {
        let slot = recent + (Int(truncatingIfNeeded: p.wordHash &* 0x9E37_79B1) >> 7 & recentMask) * 4
        let key = InjectionWordTable.Slot.key(hash: p.wordHash, length: Int(p.length))
        if InjectionWordTable.Slot.matches(slot, key: key, lo: p.lo, hi: p.hi) { return InjectionWordTable.Slot.sums(slot) }
        let sums = InjectionWordSums.compute(w, wordHash: p.wordHash, model: model)
        InjectionWordTable.Slot.store(slot, key: key, sums: sums, lo: p.lo, hi: p.hi)
        return sums
    }

    /// Sums the queued tokens' features into `entries`.
    private mutating func sumPending() {
        let model = self.model
        let words = model.words
        let rot13Words = EncodedPayloads.rot13Words
        var runAttack = self.runAttack, runJailbreak = self.runJailbreak, runFeatures = self.runFeatures
        for k in 0..<pendingCount {
            let p = pending[k]
            var sumA: Int64 = 0, sumJ: Int64 = 0, count: Int32 = 0
            if p.hasBigram {
                let (a, j) = model.weights(p.bigramHash)
                sumA = Int64(a); sumJ = Int64(j); count = 1
            }
            if p.word {
                let own: InjectionWordSums
                let w = UnsafeBufferPointer(start: p.text, count: Int(p.length))
                if p.short {
                    if p.letters, let known = words.lookup(hash: p.wordHash, length: Int(p.length), lo: p.lo, hi: p.hi) {
                        own = known
                    } else {
                        own = recentSums(p, w)
                    }
                } else {
                    own = InjectionWordSums.compute(w, wordHash: p.wordHash, model: model)
                }
                sumA += Int64(own.attack); sumJ += Int64(own.jailbreak); count += own.count
                if p.letters {
                    letterCount &+= p.length
                    if p.length <= EncodedPayloads.Rot13Words.maxLetters {
                        let f = rot13Words.flags(lo: p.lo, hi: p.hi)
                        plainCommon &+= Int32(f & 1); rotatedCommon &+= Int32(f >> 1)
                    }
                }
            } else {
                let (a, j) = model.weights(p.wordHash)
                sumA += Int64(a); sumJ += Int64(j); count += 1
            }
            runAttack += sumA; runJailbreak += sumJ; runFeatures += count
            entries.append(InjectionTokens.Entry(attack: runAttack, jailbreak: runJailbreak, features: runFeatures,
                                                 byteStart: p.byteStart, byteEnd: p.byteEnd))
        }
        self.runAttack = runAttack; self.runJailbreak = runJailbreak; self.runFeatures = runFeatures
        pendingCount = 0
        arenaCount = 0
    }
}

/// 32-bit FNV-1a over the UTF-8 bytes of code points, with a leading kind byte.
enum FNV {
    static let offset: UInt32 = 0x811C_9DC5
    static let prime: UInt32 = 0x0100_0193

    @inline(__always) static func start(_ kind: UInt8) -> UInt32 { (offset ^ UInt32(kind)) &* prime }

    @inline(__always) static func byte(_ h: UInt32, _ b: UInt32) -> UInt32 { (h ^ b) &* prime }

    /// Feeds one code point as its UTF-8 bytes.
    @inline(__always) static func feed(_ h: UInt32, _ c: UInt32) -> UInt32 {
        if c < 0x80 { return byte(h, c) }
        if c < 0x800 { return byte(byte(h, 0xC0 | c >> 6), 0x80 | c & 0x3F) }
        if c < 0x10000 { return byte(byte(byte(h, 0xE0 | c >> 12), 0x80 | (c >> 6) & 0x3F), 0x80 | c & 0x3F) }
        return byte(byte(byte(byte(h, 0xF0 | c >> 18), 0x80 | (c >> 12) & 0x3F), 0x80 | (c >> 6) & 0x3F), 0x80 | c & 0x3F)
    }

    static func hash(kind: UInt8, _ s: UnsafeBufferPointer<UInt32>) -> UInt32 {
        var h = start(kind)
        for c in s { h = feed(h, c) }
        return h
    }
}
