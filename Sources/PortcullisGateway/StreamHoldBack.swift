/// Where a streamed answer may be cut for release: text up to the cut is inspected and sent, the
/// rest waits for the next piece. Cutting at the last whitespace keeps words whole; two shapes
/// need more than a word to be recognised, so they are held whole too:
/// - a run of short number groups at the end (`4111 1111 1111`, `DE89 3704 0044`, `+49 30 …`):
///   a card, IBAN or phone number arrives group by group, and its first groups are not sent
///   before the whole number can be judged;
/// - a PEM block (`-----BEGIN … KEY-----` up to its `-----END` line): its body is lines of
///   base64 that mean nothing alone.
enum StreamHoldBack {
    /// The most held back for a number run (groups): longer runs are not one number.
    static let maxGroups = 10
    /// The most held back for an open PEM block (a 4096-bit RSA key is about 3.3 KB): an answer
    /// that opens a block and never closes it is not held, and rescanned, without end.
    static let maxBlockBytes = 32 << 10

    /// Text with no boundary at all is not held without end: past `maxRunBytes`, all but the
    /// last `keptRunBytes` are released (a token longer than that is no credential shape we know).
    static let maxRunBytes = 8 << 10, keptRunBytes = 1 << 10

    static func longRunCut(_ held: String) -> String.Index? {
        guard held.utf8.count > maxRunBytes else { return nil }
        var i = held.utf8.index(held.utf8.endIndex, offsetBy: -keptRunBytes)
        while String.Index(i, within: held) == nil, i > held.startIndex { i = held.utf8.index(before: i) }
        return i
    }

    /// Whether `s` holds a whole END line (`-----END …-----`).
    static func closes(_ s: Substring) -> Bool {
        guard let end = s.range(of: "-----END") else { return false }
        return s[end.upperBound...].range(of: "-----") != nil
    }

    /// The index up to which `held` may be released, given the tail of what was released before.
    static func cut(_ held: String, releasedTail: Substring) -> String.Index? {
        // Words end at whitespace, and in CJK text (no spaces) at its punctuation.
        let boundary = held.lastIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" || "。，、！？；：".contains($0) })
        guard var cut = boundary.map({ held.index(after: $0) }) ?? longRunCut(held) else { return nil }
        // An open PEM block holds everything from its BEGIN line.
        if held.utf8.count > maxBlockBytes {
            // Held long enough: released as words again (the tail is still rescanned on release).
        } else if let begin = held.range(of: "-----BEGIN", options: .backwards) {
            if !closes(held[begin.upperBound...]) { cut = min(cut, begin.lowerBound) }
        } else if let begin = releasedTail.range(of: "-----BEGIN", options: .backwards),
                  !closes(releasedTail[begin.upperBound...]), !closes(held[...]) {
            return nil
        }
        // A trailing run of short number groups waits for the word after it.
        var k = cut, groups = 0
        while groups < maxGroups, k > held.startIndex {
            let end = held[..<k].lastIndex(where: { !$0.isWhitespace }).map { held.index(after: $0) } ?? held.startIndex
            let start = held[..<end].lastIndex(where: { $0.isWhitespace }).map { held.index(after: $0) } ?? held.startIndex
            let word = held[start..<end]
            guard !word.isEmpty, word.count <= 6, word.contains(where: \.isNumber),
                  word.allSatisfy({ $0.isNumber || ($0.isUppercase && $0.isASCII) || "+-()./".contains($0) }) else { break }
            k = start
            groups += 1
        }
        if groups > 0 { cut = min(cut, k) }
        return cut > held.startIndex ? cut : nil
    }
}
