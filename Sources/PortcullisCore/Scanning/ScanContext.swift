/// What every detector sees during one scan: the UTF-8 bytes, their tokens, and the candidates
/// found so far, plus the small look-ups detectors share (context words, keyword tests).
///
/// A context lives only inside `ScanEngine.scan`; it points at the caller's bytes and must not
/// escape.
public final class ScanContext {
    public let bytes: UnsafeBufferPointer<UInt8>
    /// The tokens, computed once; like `bytes`, memory owned by this context (no copy, no
    /// exclusivity checks) that must not escape it.
    public let tokens: UnsafeBufferPointer<Token>
    /// Indices into `tokens` of the tokens holding an ASCII digit, in order: detectors of numbers
    /// walk these instead of every token.
    public let digitTokens: UnsafeBufferPointer<Int32>
    /// Indices into `tokens` of the marks, in order: the tokens where a detector of names, places,
    /// addresses, IP addresses, key blocks, connection strings or wallets can start
    /// (`TokenMarks.isMark`). Those detectors walk these instead of every token.
    public let markTokens: UnsafeBufferPointer<Int32>
    /// Indices into `tokens` of the tokens starting with a capital letter, in order.
    public let capitalTokens: UnsafeBufferPointer<Int32>
    /// Indices into `tokens` of the secret marks, in order: where a keyword or vendor-token
    /// detector can start (`TokenMarks.isSecretMark`).
    public let secretTokens: UnsafeBufferPointer<Int32>
    /// Appended to by every detector on the scanning thread only; `@exclusivity(unchecked)` spares
    /// each append a runtime access check (text full of findings appends one every few bytes).
    @exclusivity(unchecked) public private(set) var candidates: [Candidate] = []
    /// The gazetteers and word lists detectors may consult.
    public let lexicon: Lexicon
    /// The owner of `tokens` and the index lists.
    private let tokenized: TokenizedText
    /// `ByteClass.table` as a pointer held here, so the per-byte look-up is one load.
    private let classes: UnsafePointer<UInt16>

    init(bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon) {
        self.bytes = bytes
        self.lexicon = lexicon
        self.classes = ByteClass.pointer
        let tokenized = Tokenizer.tokenize(bytes)
        self.tokenized = tokenized
        let t = tokenized.tokens
        tokens = t
        digitTokens = tokenized.digitTokens
        markTokens = tokenized.markTokens
        capitalTokens = tokenized.capitalTokens
        secretTokens = tokenized.secretTokens
        cache = TokenLookupCache(count: t.count)
    }

    /// The `LexiconTag` bits of token `i`: given name, surname, place, English word (one probe per
    /// token per scan).
    @inline(__always)
    public func wordTags(_ i: Int) -> UInt32 { tags(i, lexicon.words, cache.words) }

    /// The `LexicalCue` categories of token `i` (one probe per token per scan).
    @inline(__always)
    public func cues(_ i: Int) -> UInt32 { tags(i, lexicon.cues, cache.cues) }

    /// Token `i`'s tag in `set`, probed on first use and kept in `cache`.
    @inline(__always)
    private func tags(_ i: Int, _ set: ByteStringSet, _ cache: UnsafeMutablePointer<UInt32>) -> UInt32 {
        // Stored plus one, so the zeroed buffer means "not looked up yet".
        let c = cache[i]
        if c != 0 { return c &- 1 }
        let t = tokens[i]
        let v = t.length > set.maxLength ? 0 : set.tag(hash: tokenHash(i), bytes, t.start, t.end)
        cache[i] = v &+ 1
        return v
    }

    /// How many tokens back from token `ti` (1 = the one right before) the nearest token with any
    /// of the `mask` cue categories is, within `maxTokens` tokens and `maxBytes` of `pos`; or nil.
    public func cueDistance(beforeToken ti: Int, at pos: Int, mask: UInt32, maxTokens: Int, maxBytes: Int) -> Int? {
        distance(beforeToken: ti, at: pos, maxTokens: maxTokens, maxBytes: maxBytes) { cues($0) & mask != 0 }
    }

    /// Whether a token with any of the `mask` categories follows within `maxTokens` tokens of token `ti`.
    public func hasCue(afterToken ti: Int, at pos: Int, mask: UInt32, maxTokens: Int, maxBytes: Int) -> Bool {
        followed(afterToken: ti, at: pos, maxTokens: maxTokens, maxBytes: maxBytes) { cues($0) & mask != 0 }
    }

    @inline(__always) public var count: Int { bytes.count }

    /// The byte at `i`, or 0 outside the text (so look-arounds need no bounds checks).
    @inline(__always) public func byte(_ i: Int) -> UInt8 {
        i >= 0 && i < bytes.count ? bytes[i] : 0
    }

    /// The class bits of the byte at `i` (0 outside the text).
    @inline(__always) public func cls(_ i: Int) -> UInt16 {
        i >= 0 && i < bytes.count ? classes[Int(bytes[i])] : 0
    }

    /// Records a candidate finding with byte offsets.
    @inline(__always)
    public func emit(_ type: EntityType, _ start: Int, _ end: Int, score: Double, priority: UInt8, detail: String? = nil) {
        guard start < end, start >= 0, end <= bytes.count else { return }
        candidates.append(Candidate(type: type, start: start, end: end, score: min(1, score), priority: priority, detail: detail))
    }

    /// Moves the candidates out (the context keeps none), so the caller holds the only reference.
    func takeCandidates() -> [Candidate] {
        var out: [Candidate] = []
        swap(&out, &candidates)
        return out
    }

    /// The text of a byte range (for messages and details; not for hot loops).
    public func string(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[max(0, start)..<min(end, bytes.count)]), as: UTF8.self)
    }

    /// Whether `bytes[start..<end]` equals the ASCII `word`, ignoring ASCII case.
    @inline(__always)
    public func equalsIgnoringCase(_ start: Int, _ end: Int, _ word: StaticString) -> Bool {
        guard end - start == word.utf8CodeUnitCount, start >= 0, end <= bytes.count else { return false }
        let w = word.utf8Start
        for k in 0..<(end - start) where ByteClass.lowercase(bytes[start + k]) != ByteClass.lowercase(w[k]) {
            return false
        }
        return true
    }

    /// Whether the bytes at `at` start with the ASCII `prefix` (case-sensitive).
    @inline(__always)
    public func hasPrefix(_ prefix: StaticString, at: Int) -> Bool { startsWith(prefix, at: at, ignoringCase: false) }

    /// Whether the bytes at `at` start with the ASCII `prefix`, ignoring case.
    @inline(__always)
    public func hasPrefixIgnoringCase(_ prefix: StaticString, at: Int) -> Bool { startsWith(prefix, at: at, ignoringCase: true) }

    @inline(__always)
    private func startsWith(_ prefix: StaticString, at: Int, ignoringCase: Bool) -> Bool {
        let n = prefix.utf8CodeUnitCount
        guard at >= 0, at + n <= bytes.count else { return false }
        let p = prefix.utf8Start
        for k in 0..<n {
            let a = bytes[at + k], b = p[k]
            if ignoringCase ? ByteClass.lowercase(a) != ByteClass.lowercase(b) : a != b { return false }
        }
        return true
    }

    /// Index of the first token that starts at or after byte `pos`, when token `hint` starts
    /// before or at `pos` and the answer is usually a few tokens on: a short forward walk, then a
    /// binary search (so a text full of matches does not pay a search per match).
    @inline(__always)
    public func tokenIndex(atOrAfter pos: Int, from hint: Int) -> Int {
        var k = max(0, hint)
        let limit = min(tokens.count, k + 8)
        while k < limit {
            if tokens[k].start >= pos { return k }
            k += 1
        }
        return k == tokens.count ? k : tokenIndex(atOrAfter: pos)
    }

    /// Index of the first token that starts at or after byte `pos`.
    public func tokenIndex(atOrAfter pos: Int) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if tokens[mid].start < pos { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Whether one of `words` appears among the `maxTokens` tokens before byte `pos`, no further
    /// than `maxBytes` back (Presidio's context enhancement, bounded so it stays constant-time).
    public func hasContext(before pos: Int, in words: ByteStringSet, maxTokens: Int = 6, maxBytes: Int = 64) -> Bool {
        contextDistance(before: pos, in: words, maxTokens: maxTokens, maxBytes: maxBytes) != nil
    }

    /// How many tokens back (1 = the token right before `pos`) the nearest of `words` is, or nil.
    public func contextDistance(before pos: Int, in words: ByteStringSet, maxTokens: Int = 6, maxBytes: Int = 64) -> Int? {
        contextDistance(beforeToken: tokenIndex(atOrAfter: pos), at: pos, in: words, maxTokens: maxTokens, maxBytes: maxBytes)
    }

    /// The same, when the caller knows the index `ti` of the first token at or after `pos`.
    public func contextDistance(beforeToken ti: Int, at pos: Int, in words: ByteStringSet, maxTokens: Int = 6, maxBytes: Int = 64) -> Int? {
        distance(beforeToken: ti, at: pos, maxTokens: maxTokens, maxBytes: maxBytes) { token($0, in: words) }
    }

    /// Whether one of `words` appears among the `maxTokens` tokens after byte `pos`.
    public func hasContext(after pos: Int, in words: ByteStringSet, maxTokens: Int = 4, maxBytes: Int = 48) -> Bool {
        hasContext(afterToken: tokenIndex(atOrAfter: pos), at: pos, in: words, maxTokens: maxTokens, maxBytes: maxBytes)
    }

    /// The same, when the caller knows the index `ti` of the first token at or after `pos`.
    public func hasContext(afterToken ti: Int, at pos: Int, in words: ByteStringSet, maxTokens: Int = 4, maxBytes: Int = 48) -> Bool {
        followed(afterToken: ti, at: pos, maxTokens: maxTokens, maxBytes: maxBytes) { token($0, in: words) }
    }

    /// Walks back from token `ti` over at most `maxTokens` tokens within `maxBytes` of `pos`;
    /// returns how far back (1 = the token right before) the first token `matches`, or nil.
    @inline(__always)
    private func distance(beforeToken ti: Int, at pos: Int, maxTokens: Int, maxBytes: Int, _ matches: (Int) -> Bool) -> Int? {
        var i = ti - 1
        var seen = 0
        while i >= 0 && seen < maxTokens {
            if pos - tokens[i].end > maxBytes { return nil }
            if matches(i) { return seen + 1 }
            i -= 1
            seen += 1
        }
        return nil
    }

    /// Whether one of the `maxTokens` tokens from `ti` on, within `maxBytes` of `pos`, `matches`.
    @inline(__always)
    private func followed(afterToken ti: Int, at pos: Int, maxTokens: Int, maxBytes: Int, _ matches: (Int) -> Bool) -> Bool {
        var i = ti
        var seen = 0
        while i < tokens.count && seen < maxTokens {
            if tokens[i].start - pos > maxBytes { return false }
            if matches(i) { return true }
            i += 1
            seen += 1
        }
        return false
    }

    /// The header cell naming the column that byte `pos` sits in, for CSV-like text (the text's
    /// first line holds the header) and SQL `INSERT … (cols) VALUES (…)` rows. Bounded look-back.
    public func columnHeader(at pos: Int) -> (start: Int, end: Int)? {
        // Detectors often ask twice about one position (name columns, then place columns).
        if let last = lastHeaderQuery, last.pos == pos { return last.header }
        let h = tabular.header(at: pos, in: self)
        lastHeaderQuery = (pos, h)
        return h
    }

    /// Per-token hashes and look-up results, each computed the first time it is asked for.
    private let cache: TokenLookupCache
    private static let noHash = Int.min

    deinit {
        tokenized.deallocate()
        cache.deallocate()
    }

    /// The case-folded hash of token `i` (what every `ByteStringSet` uses), computed once per scan.
    @inline(__always)
    public func tokenHash(_ i: Int) -> Int {
        // 0 in the zeroed buffer means "not computed"; a hash of 0 is recomputed when asked again.
        let h = cache.hashes[i]
        if h != 0 { return h }
        let t = tokens[i]
        var v = ByteStringSet.hash(bytes, t.start, t.end)
        if v == ScanContext.noHash { v = 0 }
        cache.hashes[i] = v
        return v
    }

    /// Whether token `i` is in `set` (hashing the token once per scan, whatever the number of sets).
    @inline(__always)
    public func token(_ i: Int, in set: ByteStringSet) -> Bool {
        let t = tokens[i]
        if t.length > set.maxLength { return false }
        return set.contains(hash: tokenHash(i), bytes, t.start, t.end)
    }

    /// Built on first use: most texts are not tables and never pay for it. (A plain optional, not
    /// `lazy`: read on every column-header query, it needs no exclusivity check.)
    @exclusivity(unchecked) private var tabularIndex: TabularIndex?
    @exclusivity(unchecked) private var lastHeaderQuery: (pos: Int, header: (start: Int, end: Int)?)?
    private var tabular: TabularIndex {
        if let t = tabularIndex { return t }
        let t = TabularIndex(self)
        tabularIndex = t
        return t
    }

    /// Whether the column header for `pos` contains one of `words` as a token.
    public func columnHeader(at pos: Int, matches words: ByteStringSet) -> Bool {
        guard let h = columnHeader(at: pos) else { return false }
        // A table asks about the same few header cells over and over: remember the last answers.
        if headerMemo.isEmpty { headerMemo = Array(repeating: (-1, -1, nil, false), count: ScanContext.headerMemoSize) }
        let slot = (h.start &* 31 &+ ObjectIdentifier(words).hashValue) & (ScanContext.headerMemoSize - 1)
        let memo = headerMemo[slot]
        if memo.start == h.start && memo.end == h.end && memo.set == ObjectIdentifier(words) { return memo.matches }
        let matches = header(h, matches: words)
        headerMemo[slot] = (h.start, h.end, ObjectIdentifier(words), matches)
        return matches
    }

    private static let headerMemoSize = 16
    @exclusivity(unchecked) private var headerMemo: [(start: Int, end: Int, set: ObjectIdentifier?, matches: Bool)] = []

    private func header(_ h: (start: Int, end: Int), matches words: ByteStringSet) -> Bool {
        var i = h.start
        while i < h.end {
            while i < h.end && cls(i) & ByteClass.alpha == 0 { i += 1 }
            let s = i
            while i < h.end && cls(i) & ByteClass.alpha != 0 { i += 1 }
            if i > s && words.contains(bytes, s, i) { return true }
        }
        return false
    }
}
