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
    static let chunkBytes = 256 << 10

    /// Running sums over tokens: `attack[i]` is the sum of the attack weights of tokens `0..<i`.
    private(set) var attack: [Int64] = [0]
    private(set) var jailbreak: [Int64] = [0]
    private(set) var features: [Int32] = [0]
    /// Each token's first byte and the byte after it, in the scanned text.
    private(set) var byteStart: [Int32] = []
    private(set) var byteEnd: [Int32] = []

    var count: Int { byteStart.count }

    private let model: InjectionModel
    private var lastWasSpace = true
    private var previous: [UInt32] = []
    // Per chunk, reused.
    private var scalars: [UInt32] = []
    private var srcStart: [Int32] = []
    private var srcEnd: [Int32] = []
    private var raw: [RawToken] = []
    private var text: [UInt32] = []

    private struct RawToken {
        var start: Int32  // index into `scalars`
        var end: Int32
        var word: Bool
    }

    init(model: InjectionModel) { self.model = model }

    /// Reads a whole text, chunk by chunk (cut after whitespace where there is some).
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, model: InjectionModel) -> InjectionTokens {
        var t = InjectionTokens(model: model)
        t.reserve(bytes.count)
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
            t.readChunk(bytes, from: from, to: to)
            from = to
        }
        return t
    }

    private mutating func reserve(_ n: Int) {
        let tokens = n / 4 + 16
        attack.reserveCapacity(tokens); jailbreak.reserveCapacity(tokens); features.reserveCapacity(tokens)
        byteStart.reserveCapacity(tokens); byteEnd.reserveCapacity(tokens)
    }

    // MARK: - one chunk

    private mutating func readChunk(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        fold(bytes, from: from, to: to)
        cut()
        emitTokens()
    }

    /// Folds code points into `scalars`, spaces collapsed, remembering each one's source bytes.
    private mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) {
        scalars.removeAll(keepingCapacity: true)
        srcStart.removeAll(keepingCapacity: true)
        srcEnd.removeAll(keepingCapacity: true)
        var i = from
        var out: (UInt32, UInt32, UInt32) = (0, 0, 0)
        while i < to {
            let b0 = UInt32(bytes[i])
            var c: UInt32, len: Int
            if b0 < 0x80 {
                c = b0; len = 1
            } else if b0 < 0xE0 {
                c = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); len = 2
            } else if b0 < 0xF0 {
                c = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); len = 3
            } else {
                c = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                len = 4
            }
            let n = InjectionFolding.fold(c, into: &out)
            for k in 0..<n {
                let f = k == 0 ? out.0 : (k == 1 ? out.1 : out.2)
                if f == 0x20 {
                    if lastWasSpace { continue }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                }
                scalars.append(f)
                srcStart.append(Int32(truncatingIfNeeded: i))
                srcEnd.append(Int32(truncatingIfNeeded: i + len))
            }
            i += len
        }
    }

    /// Cuts `scalars` into raw tokens: words and single punctuation characters.
    private mutating func cut() {
        raw.removeAll(keepingCapacity: true)
        let n = scalars.count
        scalars.withUnsafeBufferPointer { s in
            var i = 0
            while i < n {
                let c = s[i]
                if c == 0x20 { i += 1; continue }
                if InjectionFolding.isWordChar(c) {
                    var j = i + 1
                    let cjk = InjectionFolding.isCJK(c)
                    while j < n && j - i < Self.maxTokenChars {
                        let d = s[j]
                        if InjectionFolding.isWordChar(d) {
                            if InjectionFolding.isCJK(d) != cjk { break }
                            j += 1
                        } else if (d == 0x40 || d == 0x24 || d == 0x21) && !cjk && j + 1 < n
                            && InjectionFolding.isLetterLike(s[j + 1])
                        {
                            j += 1
                        } else {
                            break
                        }
                    }
                    raw.append(RawToken(start: Int32(i), end: Int32(j), word: true))
                    i = j
                } else {
                    raw.append(RawToken(start: Int32(i), end: Int32(i + 1), word: false))
                    i += 1
                }
            }
        }
    }

    private func isSingleLetter(_ t: RawToken) -> Bool {
        t.word && t.end - t.start == 1 && InjectionFolding.isLetterLike(scalars[Int(t.start)])
    }

    private func isSeparator(_ t: RawToken) -> Bool {
        guard !t.word else { return false }
        switch scalars[Int(t.start)] {
        case 0x20, 0x2E, 0x2D, 0x5F, 0x2A, 0x2F, 0x7C: return true  // space . - _ * / |
        default: return false
        }
    }

    /// Joins spelled-out letters, reads leetspeak and look-alikes, and adds each token.
    private mutating func emitTokens() {
        var i = 0
        let n = raw.count
        while i < n {
            let t = raw[i]
            text.removeAll(keepingCapacity: true)
            var last = t
            var isWord = t.word
            var next = i + 1
            if isSingleLetter(t) {
                var runLength = 1
                var j = i + 1
                while runLength < Self.maxTokenChars {
                    var k = j
                    if k < n && isSeparator(raw[k]) && raw[k].start == last.start + 1 { k += 1 }
                    if k < n && isSingleLetter(raw[k]) && raw[k].start == last.start + 2 {
                        last = raw[k]; runLength += 1; j = k + 1
                    } else {
                        break
                    }
                }
                if runLength >= 4 {
                    var k = i
                    while k < j {
                        if isSingleLetter(raw[k]) { text.append(scalars[Int(raw[k].start)]) }
                        k += 1
                    }
                    next = j
                    isWord = true
                } else {
                    last = t
                }
            }
            if text.isEmpty {
                text.append(contentsOf: scalars[Int(t.start)..<Int(t.end)])
                last = t
            }
            if isWord { unleet(); unconfuse() }
            addToken(word: isWord, byteStart: srcStart[Int(t.start)], byteEnd: srcEnd[Int(last.end) - 1])
            i = next
        }
    }

    /// `1gn0r3` → `ignore`, when a leet character sits between two letters.
    private mutating func unleet() {
        guard text.count >= 3 else { return }
        var interior = false
        for k in 1..<(text.count - 1) where InjectionFolding.leet(text[k]) != nil {
            if InjectionFolding.isLetterLike(text[k - 1]) && InjectionFolding.isLetterLike(text[k + 1]) {
                interior = true
                break
            }
        }
        guard interior else { return }
        for k in text.indices { if let l = InjectionFolding.leet(text[k]) { text[k] = l } }
    }

    /// Folds Greek and Cyrillic look-alikes in a word that also holds Latin letters.
    private mutating func unconfuse() {
        var latin = false, confusable = false
        for c in text {
            if InjectionFolding.isLatinLetter(c) { latin = true }
            if InjectionFolding.confusable(c) != nil { confusable = true }
        }
        guard latin && confusable else { return }
        for k in text.indices { if let l = InjectionFolding.confusable(text[k]) { text[k] = l } }
    }

    // MARK: - features

    private mutating func addToken(word: Bool, byteStart s: Int32, byteEnd e: Int32) {
        var sumA: Int64 = 0, sumJ: Int64 = 0, count: Int32 = 0
        let model = self.model
        @inline(__always) func add(_ h: UInt32) {
            let (a, j) = model.weights(h)
            sumA += Int64(a); sumJ += Int64(j); count += 1
        }
        text.withUnsafeBufferPointer { w in
            add(FNV.hash(kind: InjectionModel.kindWord, w))
            if !previous.isEmpty {
                var h = FNV.start(InjectionModel.kindBigram)
                for c in previous { h = FNV.feed(h, c) }
                h = FNV.feed(h, 0x20)
                for c in w { h = FNV.feed(h, c) }
                add(h)
            }
            if word {
                // Character n-grams of the word padded with a space each side, by start then length.
                let m = min(w.count, Self.maxGramChars)
                let padded = m + 2
                let lo = InjectionFolding.isCJK(w[0]) ? 2 : 3
                @inline(__always) func at(_ k: Int) -> UInt32 { k == 0 || k == padded - 1 ? 0x20 : w[k - 1] }
                if padded >= lo {
                    for k in 0...(padded - lo) {
                        var h = FNV.start(InjectionModel.kindChar)
                        for n in 1...5 {
                            if k + n > padded { break }
                            h = FNV.feed(h, at(k + n - 1))
                            if n >= lo { add(h) }
                        }
                    }
                }
            }
        }
        // This token is the next one's `previous`: swap the buffers rather than copy (`text` is
        // cleared before the next token is built).
        swap(&previous, &text)
        attack.append(attack[attack.count - 1] + sumA)
        jailbreak.append(jailbreak[jailbreak.count - 1] + sumJ)
        features.append(features[features.count - 1] + count)
        byteStart.append(s)
        byteEnd.append(e)
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
