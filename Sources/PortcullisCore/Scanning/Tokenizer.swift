/// Splits UTF-8 bytes into `Token`s in one forward pass.
enum Tokenizer {
    /// Appends the tokens of `bytes` to `tokens` (which is emptied first).
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        tokens.removeAll(keepingCapacity: true)
        let n = bytes.count
        let table = ByteClass.table
        var i = 0
        var inToken = false
        var cur = Token(start: 0, end: 0, flags: 0, digitCount: 0)
        table.withUnsafeBufferPointer { cls in
            while i < n {
                let b = bytes[i]
                if b < 0x80 {
                    let c = cls[Int(b)]
                    if c & ByteClass.alnum != 0 {
                        if !inToken {
                            inToken = true
                            cur = Token(start: i, end: i, flags: 0, digitCount: 0)
                            if c & ByteClass.upper != 0 { cur.flags |= Token.firstUpper }
                        }
                        if c & ByteClass.digit != 0 {
                            cur.flags |= Token.hasDigit
                            cur.digitCount &+= 1
                        } else {
                            cur.flags |= (c & ByteClass.upper != 0 ? Token.hasUpper : Token.hasLower) | Token.hasLetter
                        }
                    } else if inToken {
                        cur.end = i
                        tokens.append(cur)
                        inToken = false
                    }
                    i += 1
                } else {
                    let (scalar, len) = UTF8Scalar.decode(bytes, at: i)
                    let kind = UTF8Scalar.letterKind(scalar)
                    if kind != .none {
                        if !inToken {
                            inToken = true
                            cur = Token(start: i, end: i, flags: 0, digitCount: 0)
                            if kind == .upper { cur.flags |= Token.firstUpper }
                        }
                        cur.flags |= Token.hasNonASCII | Token.hasLetter
                        if kind == .upper { cur.flags |= Token.hasUpper } else if kind == .lower { cur.flags |= Token.hasLower }
                    } else if inToken {
                        cur.end = i
                        tokens.append(cur)
                        inToken = false
                    }
                    i += len
                }
            }
        }
        if inToken {
            cur.end = n
            tokens.append(cur)
        }
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
