/// Character classes of single UTF-8 bytes, looked up in one table so every detector's inner loop
/// is a load and a mask.
public enum ByteClass {
    public static let digit: UInt16 = 1 << 0
    public static let upper: UInt16 = 1 << 1
    public static let lower: UInt16 = 1 << 2
    public static let hex: UInt16 = 1 << 3
    public static let space: UInt16 = 1 << 4
    public static let high: UInt16 = 1 << 5  // byte ≥ 0x80 (part of a multi-byte scalar)
    public static let base64: UInt16 = 1 << 6  // A-Z a-z 0-9 + /
    public static let base64url: UInt16 = 1 << 7  // A-Z a-z 0-9 - _
    public static let emailLocal: UInt16 = 1 << 8  // RFC 5322 atext and '.'
    public static let hostname: UInt16 = 1 << 9  // A-Z a-z 0-9 - .
    public static let urlChar: UInt16 = 1 << 10  // RFC 3986 unreserved, reserved and '%'
    public static let newline: UInt16 = 1 << 11
    public static let alpha: UInt16 = upper | lower
    public static let alnum: UInt16 = upper | lower | digit

    /// The class bits of each byte value.
    public static let table: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 256)
        for b in 0..<256 {
            var f: UInt16 = 0
            let c = UInt8(b)
            let isDigit = c >= 0x30 && c <= 0x39
            let isUpper = c >= 0x41 && c <= 0x5A
            let isLower = c >= 0x61 && c <= 0x7A
            if isDigit { f |= digit }
            if isUpper { f |= upper }
            if isLower { f |= lower }
            if isDigit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) { f |= hex }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { f |= space }
            if c == 0x0A || c == 0x0D { f |= newline }
            if c >= 0x80 { f |= high }
            let alnumC = isDigit || isUpper || isLower
            if alnumC || c == 0x2B || c == 0x2F { f |= base64 }
            if alnumC || c == 0x2D || c == 0x5F { f |= base64url }
            if alnumC || "!#$%&'*+-/=?^_`{|}~.".utf8.contains(c) { f |= emailLocal }
            if alnumC || c == 0x2D || c == 0x2E { f |= hostname }
            if alnumC || "-._~:/?#[]@!$&'()*+,;=%".utf8.contains(c) { f |= urlChar }
            t[b] = f
        }
        return t
    }()

    /// `table` in memory that lives as long as the process (for loops that keep a raw pointer).
    nonisolated(unsafe) public static let pointer: UnsafePointer<UInt16> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        p.initialize(from: table, count: 256)
        return UnsafePointer(p)
    }()

    @inline(__always) public static func lowercase(_ b: UInt8) -> UInt8 {
        (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b
    }
}
