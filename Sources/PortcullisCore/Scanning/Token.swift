/// A maximal run of letters and digits (ASCII, or non-ASCII letters) in the UTF-8 input.
///
/// Tokens are computed once per scan; detectors walk them instead of re-reading every byte.
public struct Token: Sendable {
    // Offsets are stored in 32 bits (texts are at most `ScanEngine.maxTextBytes`) and the digit
    // count in 16, so a token is 16 bytes instead of 32: less to write per token and to read per
    // detector walk.
    private var start32: Int32
    private var end32: Int32
    /// The ASCII letters the token holds, case-folded, as a set: bit `k` for the letter `a + k`.
    /// Lets a detector skip a token that cannot contain its key word without reading its bytes.
    public var letters: UInt32
    private var digitCount16: UInt16
    public var flags: UInt16

    /// How many ASCII digits the token holds, saturating at 65535 (detectors compare it with small
    /// numbers only).
    @inline(__always) public var digitCount: Int32 { Int32(digitCount16) }

    /// Byte offset of the first byte.
    @inline(__always) public var start: Int { Int(start32) }
    /// Byte offset one past the last byte.
    @inline(__always) public var end: Int { Int(end32) }

    @inline(__always)
    public init(start: Int, end: Int, flags: UInt16, digitCount: Int32, letters: UInt32 = 0) {
        start32 = Int32(truncatingIfNeeded: start)
        end32 = Int32(truncatingIfNeeded: end)
        digitCount16 = UInt16(clamping: digitCount)
        self.letters = letters
        self.flags = flags
    }

    /// The `letters` bits of the ASCII letters of `word` (either case).
    public static func letterSet(_ word: StaticString) -> UInt32 {
        var m: UInt32 = 0
        for k in 0..<word.utf8CodeUnitCount {
            let c = word.utf8Start[k] | 0x20
            if c >= 0x61 && c <= 0x7A { m |= 1 << UInt32(c - 0x61) }
        }
        return m
    }

    public static let hasDigit: UInt16 = 1 << 0
    public static let hasUpper: UInt16 = 1 << 1  // any upper-case letter
    public static let hasLower: UInt16 = 1 << 2
    public static let hasNonASCII: UInt16 = 1 << 3
    public static let firstUpper: UInt16 = 1 << 4  // starts with an upper-case letter
    public static let hasLetter: UInt16 = 1 << 5
    static let allFlags: UInt16 = (1 << 6) - 1

    @inline(__always) public var length: Int { end - start }
    @inline(__always) public func has(_ f: UInt16) -> Bool { flags & f != 0 }
    /// Only ASCII digits.
    @inline(__always) public var isNumber: Bool { flags & (Token.hasLetter | Token.hasNonASCII) == 0 }
    /// Only letters.
    @inline(__always) public var isWord: Bool { flags & Token.hasDigit == 0 }
    /// Starts upper-case and continues lower-case (`Anna`, `Émilie`, `McDonald` counts too).
    @inline(__always) public var isCapitalised: Bool {
        flags & Token.firstUpper != 0 && flags & Token.hasLower != 0 && flags & Token.hasDigit == 0
    }
    /// Letters, all upper-case (`ACME`, `CONFIDENTIAL`).
    @inline(__always) public var isAllCaps: Bool {
        flags & (Token.hasUpper | Token.hasLower | Token.hasDigit) == Token.hasUpper
    }
}
