/// Splits UTF-8 bytes into `Token`s in one forward pass.
enum Tokenizer {
    /// What one byte adds to the token it is part of: the `Token` flag bits in the low 16 bits and,
    /// for an ASCII letter, its `Token.letters` bit shifted up by 32; 0 for a byte that ends a
    /// token, `multiByte` for the lead and continuation bytes of a non-ASCII scalar. One OR per
    /// byte gathers both.
    private static let multiByte: UInt64 = 1 << 15
    /// Set for ASCII letters and digits (above the `Token` flags, below the letter bits): the
    /// tight loop tests this one bit per byte.
    private static let asciiAlnum: UInt64 = 1 << 16
    nonisolated(unsafe) private static let flagTable: UnsafePointer<UInt64> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for b in 0..<256 {
            let c = ByteClass.table[b]
            var f: UInt64 = 0
            if b >= 0x80 { f = multiByte }
            else if c & ByteClass.digit != 0 { f = UInt64(Token.hasDigit) | asciiAlnum }
            else if c & ByteClass.upper != 0 { f = UInt64(Token.hasUpper | Token.hasLetter) | asciiAlnum | (1 << (32 + UInt64(b - 0x41))) }
            else if c & ByteClass.lower != 0 { f = UInt64(Token.hasLower | Token.hasLetter) | asciiAlnum | (1 << (32 + UInt64(b - 0x61))) }
            p[b] = f
        }
        return UnsafePointer(p)
    }()

    /// The tokens of `bytes`, in order, and the lists of token indices detectors walk instead of
    /// every token (see `TokenizedText`).
    ///
    /// Written into raw buffers that double when full; each index list has room for every token,
    /// so appending to one needs no check of its own. Offsets are 32-bit: `bytes` must be shorter than 2 GiB.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenizedText {
        let n = bytes.count
        precondition(n <= Int(Int32.max), "a text scanned as one must be shorter than 2 GiB")
        // Ordinary text has a token every six bytes or so; a quarter leaves room for denser text
        // before the buffers double (untouched capacity costs address space, not memory).
        var capacity = n / 4 + 16
        var buffer = UnsafeMutablePointer<Token>.allocate(capacity: capacity)
        var lists = UnsafeMutablePointer<Int32>.allocate(capacity: TokenizedText.listCount * capacity)
        var count = 0
        var listCounts = (0, 0, 0, 0)
        guard let base = bytes.baseAddress, n > 0 else {
            return TokenizedText(tokens: buffer, count: 0, lists: lists, capacity: capacity, listCounts: listCounts)
        }
        var (digitList, capitalList, markList, secretList) = (lists, lists + capacity, lists + 2 * capacity, lists + 3 * capacity)
        let table = flagTable
        let keywordSets = KeywordStarts.letterSetPointer, secretStarts = TokenMarks.secretStartsByFirstByte
        let alnum = asciiAlnum, flagBits = UInt64(Token.allFlags)
        var i = 0
        while i < n {
            // Between tokens: skip separators.
            var f = table[Int(base[i])]
            if f == 0 { i += 1; continue }
            let start = i
            var flags: UInt64
            if f == multiByte {
                let (scalar, l) = UTF8Scalar.decode(bytes, at: i)
                let firstKind = UTF8Scalar.letterKind(scalar)
                if firstKind == .none { i += l; continue }
                flags = UInt64(Token.hasNonASCII | Token.hasLetter)
                if firstKind == .upper { flags |= UInt64(Token.hasUpper | Token.firstUpper) } else if firstKind == .lower { flags |= UInt64(Token.hasLower) }
                i += l
            } else {
                flags = f & UInt64(Token.hasUpper) != 0 ? f | UInt64(Token.firstUpper) : f
                i += 1
            }
            // Inside a token.
            while true {
                // ASCII letters and digits, the common case: a tight loop.
                while i < n {
                    f = table[Int(base[i])]
                    if f & alnum == 0 { break }
                    flags |= f
                    i += 1
                }
                guard i < n, f == multiByte else { break }
                let (scalar, l) = UTF8Scalar.decode(bytes, at: i)
                let kind = UTF8Scalar.letterKind(scalar)
                if kind == .none { break }
                flags |= UInt64(Token.hasNonASCII | Token.hasLetter)
                if kind == .upper { flags |= UInt64(Token.hasUpper) } else if kind == .lower { flags |= UInt64(Token.hasLower) }
                i += l
            }
            let length = i &- start
            // Digits are counted after the fact: a number's count is its length, and only tokens
            // mixing digits and letters are read again.
            var digits: Int32 = 0
            if flags & UInt64(Token.hasDigit) != 0 {
                if flags & UInt64(Token.hasLetter | Token.hasNonASCII) == 0 {
                    digits = Int32(truncatingIfNeeded: length)
                } else {
                    for p in start..<i where base[p] &- 0x30 < 10 { digits &+= 1 }
                }
            }
            let letters = UInt32(truncatingIfNeeded: flags >> 32)
            if count == capacity {
                TokenizedText.grow(&buffer, &lists, &capacity, count: count, listCounts: listCounts)
                (digitList, capitalList, markList, secretList) = (lists, lists + capacity, lists + 2 * capacity, lists + 3 * capacity)
            }
            (buffer + count).initialize(to: Token(start: start, end: i, flags: UInt16(truncatingIfNeeded: flags & flagBits),
                                                  digitCount: digits, letters: letters))
            let before = start > 0 ? base[start - 1] : 0, after = i < n ? base[i] : 0
            let index = Int32(truncatingIfNeeded: count)
            if digits != 0 {
                digitList[listCounts.0] = index
                listCounts.0 &+= 1
            }
            if flags & UInt64(Token.firstUpper) != 0 {
                capitalList[listCounts.1] = index
                listCounts.1 &+= 1
            }
            if TokenMarks.isMark(flags: flags, length: length, before: before,
                                 beforeBefore: { start > 1 ? base[start - 2] : 0 }, after: after) {
                markList[listCounts.2] = index
                listCounts.2 &+= 1
            }
            if TokenMarks.isSecretMark(letters: letters, first: base[start], second: { base[start + 1] }, length: length,
                                       before: before, after: after, keywordSets: keywordSets, starts: secretStarts) {
                secretList[listCounts.3] = index
                listCounts.3 &+= 1
            }
            count &+= 1
            // `i` now sits on the separator (or the non-letter scalar) that ended the token. An
            // ASCII separator (`f` is its class) is skipped here; the outer loop skips the rest.
            if f == 0 && i < n { i &+= 1 }
        }
        return TokenizedText(tokens: buffer, count: count, lists: lists, capacity: capacity, listCounts: listCounts)
    }
}

/// Decoding and classifying single Unicode scalars straight from UTF-8 bytes.
public enum UTF8Scalar {
    public enum LetterKind { case none, upper, lower, other }

    /// Decodes the scalar starting at `i`; returns (U+FFFD, 1) for a malformed sequence so a scan
    /// always advances.
    @inline(__always)
    public static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        let n = b.count
        if b0 & 0xE0 == 0xC0, i + 1 < n {
            return ((UInt32(b0 & 0x1F) << 6) | UInt32(b[i + 1] & 0x3F), 2)
        }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b[i + 1] & 0x3F) << 6) | UInt32(b[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            return (
                (UInt32(b0 & 0x07) << 18) | (UInt32(b[i + 1] & 0x3F) << 12) | (UInt32(b[i + 2] & 0x3F) << 6)
                    | UInt32(b[i + 3] & 0x3F), 4
            )
        }
        return (0xFFFD, 1)
    }

    /// Whether a non-ASCII scalar is a letter (and its case) for tokenising: Latin, Greek,
    /// Cyrillic and the CJK/other scripts count as letters; punctuation, symbols and emoji do not.
    @inline(__always)
    public static func letterKind(_ s: UInt32) -> LetterKind {
        switch s {
        case 0xC0...0xDE: return s == 0xD7 ? .none : .upper
        case 0xDF...0xFF: return s == 0xF7 ? .none : .lower
        case 0x100...0x137, 0x14A...0x177: return s & 1 == 0 ? .upper : .lower
        case 0x138: return .lower
        case 0x139...0x148, 0x179...0x17E: return s & 1 == 1 ? .upper : .lower
        case 0x149: return .lower
        case 0x178: return .upper
        case 0x17F...0x24F: return .lower
        case 0x300...0x36F: return .other  // combining marks continue a word
        case 0x370...0x3FF, 0x400...0x52F:
            if (0x391...0x3A9).contains(s) || (0x400...0x42F).contains(s) { return .upper }
            return .lower
        case 0x1E00...0x1EFF: return s & 1 == 0 ? .upper : .lower
        case 0x530...0x1FFF: return .other
        case 0x2C00...0x2DFF, 0x3040...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF: return .other
        default: return .none
        }
    }
}
