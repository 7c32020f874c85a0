/// Finds any of thousands of terms in UTF-8 text in one pass (Aho–Corasick, 1975), ignoring case,
/// on word boundaries, with any run of white space in the text matching the single space between
/// the words of a term ("Project   Falcon" or "Project\nFalcon" match `Project Falcon`).
///
/// The automaton is a dense DFA over byte classes (the bytes that occur in some term; every other
/// byte is one class), so a step is one table load whatever the input, and a scan is linear:
/// memory is states × classes × 4 bytes (10,000 ASCII terms of ~12 bytes: a few megabytes).
/// Terms are case-folded with `TermFolding`, which keeps UTF-8 lengths, and matched byte by byte.
public struct TermAutomaton: Sendable {
    /// One occurrence: the index of the term (see `canonicalIndex`) and its UTF-8 byte range.
    public struct Match: Sendable, Equatable {
        public var term: Int
        public var start: Int
        public var end: Int
    }

    private let classOf: [UInt8]
    private let classCount: Int
    private let next: [Int32]
    private let termAt: [Int32]
    private let outputLink: [Int32]
    private let depth: [Int32]
    private let needsStartBoundary: [Bool]
    private let needsEndBoundary: [Bool]
    private let ringMask: Int
    /// For each term given to `init`, the index matches report for it: the first of equal terms
    /// (after folding), or -1 for a term that is empty once trimmed.
    public let canonicalIndex: [Int]
    /// The number of states (the trie's nodes).
    public var stateCount: Int { depth.count }

    public init(terms: [String]) {
        // 1. The trie, with sparse children while building.
        var children: [[UInt8: Int32]] = [[:]]
        var terminal: [Int32] = [-1]
        var depths: [Int32] = [0]
        var canonical = [Int](repeating: -1, count: terms.count)
        var startB = [Bool](repeating: false, count: terms.count)
        var endB = [Bool](repeating: false, count: terms.count)
        var used = [Bool](repeating: false, count: 256)
        var maxDepth = 1
        for (ti, term) in terms.enumerated() {
            let bytes = TermFolding.normalise(term)
            guard !bytes.isEmpty else { continue }
            var s: Int32 = 0
            for b in bytes {
                used[Int(b)] = true
                if let c = children[Int(s)][b] {
                    s = c
                } else {
                    let n = Int32(children.count)
                    children.append([:])
                    terminal.append(-1)
                    depths.append(depths[Int(s)] + 1)
                    children[Int(s)][b] = n
                    s = n
                }
            }
            if terminal[Int(s)] < 0 { terminal[Int(s)] = Int32(ti) }
            canonical[ti] = Int(terminal[Int(s)])
            let scalars = Array(term.trimmingWhitespace().unicodeScalars)
            startB[ti] = scalars.first.map { TermFolding.isBoundedWordScalar($0.value) } ?? false
            endB[ti] = scalars.last.map { TermFolding.isBoundedWordScalar($0.value) } ?? false
            maxDepth = max(maxDepth, bytes.count)
        }
        // 2. Byte classes: 0 for bytes in no term.
        var cls = [UInt8](repeating: 0, count: 256)
        var k = 1
        for b in 0..<256 where used[b] && k < 256 {
            cls[b] = UInt8(k)
            k += 1
        }
        // More than 255 distinct bytes cannot happen: UTF-8 never uses 0xC0, 0xC1, 0xF5–0xFF.
        let nc = k
        // 3. Failure links in breadth-first order, filling the dense transition table.
        let n = children.count
        var table = [Int32](repeating: 0, count: n * nc)
        var fail = [Int32](repeating: 0, count: n)
        var out = [Int32](repeating: -1, count: n)
        var queue: [Int32] = []
        queue.reserveCapacity(n)
        for (b, c) in children[0] {
            table[Int(cls[Int(b)])] = c
            queue.append(c)
        }
        var head = 0
        while head < queue.count {
            let s = Int(queue[head])
            head += 1
            let f = Int(fail[s])
            out[s] = terminal[f] >= 0 ? Int32(f) : out[f]
            // Inherit the failure state's row, then overwrite with own children.
            for c in 0..<nc { table[s * nc + c] = table[f * nc + c] }
            for (b, child) in children[s] {
                let c = Int(cls[Int(b)])
                fail[Int(child)] = table[f * nc + c]
                table[s * nc + c] = child
                queue.append(child)
            }
        }
        var ring = 1
        while ring < maxDepth + 1 { ring <<= 1 }
        classOf = cls
        classCount = nc
        next = table
        termAt = terminal
        outputLink = out
        depth = depths
        needsStartBoundary = startB
        needsEndBoundary = endB
        ringMask = ring - 1
        canonicalIndex = canonical
    }

    /// Calls `body` for matches in `bytes` (valid UTF-8). At each end position, the longest term
    /// whose word boundaries hold is offered first; if `body` returns false (it rejects the match),
    /// the next shorter term ending there is offered. Matches ending at different positions may
    /// overlap; callers (the engine's overlap resolver) choose among them.
    public func forEachMatch(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Bool) {
        guard termAt.count > 1 else { return }
        var ring = [Int](repeating: 0, count: ringMask + 1)
        let nc = classCount
        classOf.withUnsafeBufferPointer { cls in
            next.withUnsafeBufferPointer { tbl in
                termAt.withUnsafeBufferPointer { terms in
                    ring.withUnsafeMutableBufferPointer { ring in
                        var state = 0
                        var fed = 0
                        var lastWasSpace = true
                        var i = 0
                        let n = bytes.count
                        @inline(__always) func step(_ b: UInt8, source: Int) {
                            state = Int(tbl[state * nc + Int(cls[Int(b)])])
                            ring[fed & ringMask] = source
                            fed += 1
                        }
                        while i < n {
                            let b = bytes[i]
                            if b < 0x80 {
                                if ByteClass.table[Int(b)] & ByteClass.space != 0 {
                                    if !lastWasSpace { step(0x20, source: i) }
                                    lastWasSpace = true
                                    i += 1
                                    continue
                                }
                                step(ByteClass.lowercase(b), source: i)
                                lastWasSpace = false
                                i += 1
                            } else {
                                let (s, len) = UTF8Scalar.decode(bytes, at: i)
                                if s == 0xA0 {
                                    if !lastWasSpace { step(0x20, source: i) }
                                    lastWasSpace = true
                                    i += len
                                    continue
                                }
                                let f = TermFolding.fold(s)
                                if f == s {
                                    for k in 0..<len { step(bytes[i + k], source: i) }
                                } else {
                                    // Folds keep the UTF-8 length (2 or 3 bytes here).
                                    if len == 2 {
                                        step(UInt8(0xC0 | (f >> 6)), source: i)
                                        step(UInt8(0x80 | (f & 0x3F)), source: i)
                                    } else {
                                        step(UInt8(0xE0 | (f >> 12)), source: i)
                                        step(UInt8(0x80 | ((f >> 6) & 0x3F)), source: i)
                                        step(UInt8(0x80 | (f & 0x3F)), source: i)
                                    }
                                }
                                lastWasSpace = false
                                i += len
                            }
                            var s = terms[state] >= 0 ? state : Int(outputLink[state])
                            guard s > 0 else { continue }
                            let end = i
                            let after = TermFolding.scalar(bytes, at: end)
                            let endInsideWord = after.map(TermFolding.continuesWord) ?? false
                            while s > 0 {
                                let t = Int(terms[s])
                                if endInsideWord && needsEndBoundary[t] { break }  // same last scalar for all
                                let start = ring[(fed - Int(depth[s])) & ringMask]
                                let inside = needsStartBoundary[t]
                                    && (TermFolding.scalar(bytes, before: start).map(TermFolding.continuesWord) ?? false)
                                if !inside && body(Match(term: t, start: start, end: end)) { break }
                                s = Int(outputLink[s])
                            }
                        }
                    }
                }
            }
        }
    }

    /// All accepted matches (for tests and small texts).
    public func matches(in text: String) -> [Match] {
        var text = text
        var out: [Match] = []
        text.withUTF8 { buf in forEachMatch(in: buf) { out.append($0); return true } }
        return out
    }
}
