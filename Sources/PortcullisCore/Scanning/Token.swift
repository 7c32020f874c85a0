/// A maximal run of letters and digits (ASCII, or non-ASCII letters) in the UTF-8 input.
///
/// Tokens are computed once per scan; detectors walk them instead of re-reading every byte.
public struct Token: Sendable {
    /// Byte offset of the first byte.
    public var start: Int
    /// Byte offset one past the last byte.
    public var end: Int
    public var flags: UInt16
    public var digitCount: Int32

    public static let hasDigit: UInt16 = 1 << 0
    public static let hasUpper: UInt16 = 1 << 1  // any upper-case letter
    public static let hasLower: UInt16 = 1 << 2
    public static let hasNonASCII: UInt16 = 1 << 3
    public static let firstUpper: UInt16 = 1 << 4  // starts with an upper-case letter
    public static let hasLetter: UInt16 = 1 << 5

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
