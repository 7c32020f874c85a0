/// Splits UTF-8 bytes into `Token`s in one forward pass.
enum Tokenizer {
    /// The `Token` flag bits an ASCII byte adds to the token it is part of; 0 for a byte that ends
    /// a token, `multiByte` for the lead and continuation bytes of a non-ASCII scalar.
    private static let multiByte: UInt16 = 1 << 15
    nonisolated(unsafe) private static let flagTable: UnsafePointer<UInt16> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        for b in 0..<256 {
            let c = ByteClass.table[b]
            var f: UInt16 = 0
            if b >= 0x80 { f = multiByte }
            else if c & ByteClass.digit != 0 { f = Token.hasDigit }
            else if c & ByteClass.upper != 0 { f = Token.hasUpper | Token.hasLetter }
            else if c & ByteClass.lower != 0 { f = Token.hasLower | Token.hasLetter }
            p[b] = f
        }
        return UnsafePointer(p)
    }()

    /// Doubles a raw buffer holding `count` elements.
    private static func grow<T>(_ buffer: inout UnsafeMutablePointer<T>, _ capacity: inout Int, _ count: Int) {
        let bigger = UnsafeMutablePointer<T>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
    }

    /// The tokens of `bytes`, in order, and the indices of those holding an ASCII digit (most
    /// detectors of numbers look only at those).
    ///
    /// Written into raw buffers that double when full (no per-token uniqueness checks); the caller
    /// owns both buffers and deallocates them.
    static func tokenize(_ bytes: UnsafeBufferPointer<UInt8>) -> (tokens: UnsafeBufferPointer<Token>, digitTokens: UnsafeBufferPointer<Int32>) {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else {
            return (UnsafeBufferPointer(UnsafeMutableBufferPointer<Token>.allocate(capacity: 0)),
                    UnsafeBufferPointer(UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)))
        }
        let table = flagTable
        var capacity = n / 6 + 16
        var buffer = UnsafeMutablePointer<Token>.allocate(capacity: capacity)
        var count = 0
        var digitCapacity = n / 32 + 16
        var digitBuffer = UnsafeMutablePointer<Int32>.allocate(capacity: digitCapacity)
        var digitCount = 0
        var i = 0
        while i < n {
            // Between tokens: skip separators.
            var f = table[Int(base[i])]
            if f == 0 { i += 1; continue }
            var firstKind = UTF8Scalar.LetterKind.none
            var len = 1
            if f == multiByte {
                let (scalar, l) = UTF8Scalar.decode(bytes, at: i)
                firstKind = UTF8Scalar.letterKind(scalar)
                len = l
                if firstKind == .none { i += l; continue }
            }
            // Inside a token.
            let start = i
            var flags: UInt16 = 0
            var digits: Int32 = 0
            if f == multiByte {
                flags = Token.hasNonASCII | Token.hasLetter
                if firstKind == .upper { flags |= Token.hasUpper | Token.firstUpper } else if firstKind == .lower { flags |= Token.hasLower }
                i += len
                f = i < n ? table[Int(base[i])] : 0
            } else if f & Token.hasUpper != 0 {
                flags = Token.firstUpper
            }
            while true {
                // ASCII letters and digits, the common case: a tight loop.
                while f != 0 && f != multiByte {
                    flags |= f
                    digits &+= Int32(f & Token.hasDigit)
                    i += 1
                    f = i < n ? table[Int(base[i])] : 0
                }
                guard f == multiByte else { break }
                let (scalar, l) = UTF8Scalar.decode(bytes, at: i)
                let kind = UTF8Scalar.letterKind(scalar)
                if kind == .none { break }
                flags |= Token.hasNonASCII | Token.hasLetter
                if kind == .upper { flags |= Token.hasUpper } else if kind == .lower { flags |= Token.hasLower }
                i += l
                f = i < n ? table[Int(base[i])] : 0
            }
            if count == capacity { grow(&buffer, &capacity, count) }
            (buffer + count).initialize(to: Token(start: start, end: i, flags: flags, digitCount: digits))
            if digits != 0 {
                if digitCount == digitCapacity { grow(&digitBuffer, &digitCapacity, digitCount) }
                (digitBuffer + digitCount).initialize(to: Int32(truncatingIfNeeded: count))
                digitCount += 1
            }
            count += 1
            // `i` now sits on the separator (or the non-letter scalar) that ended the token; the
            // outer loop skips it.
        }
        return (UnsafeBufferPointer(start: buffer, count: count), UnsafeBufferPointer(start: digitBuffer, count: digitCount))
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
