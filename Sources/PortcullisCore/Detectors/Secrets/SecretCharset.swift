/// Byte classes used by the credential detectors, in one 256-entry table (the engine's
/// `ByteClass` has no `\w`, no upper-case base32 and no password-character class).
enum SecretCharset {
    static let alnum: UInt16 = 1 << 0  // A-Z a-z 0-9
    static let word: UInt16 = 1 << 1  // alnum and '_'
    static let b64url: UInt16 = 1 << 2  // alnum, '-', '_'
    static let b64: UInt16 = 1 << 3  // alnum, '+', '/'
    static let hex: UInt16 = 1 << 4  // 0-9 a-f A-F
    static let base32: UInt16 = 1 << 5  // A-Z 2-7 (RFC 4648 §6)
    static let upperDigit: UInt16 = 1 << 6  // A-Z 0-9
    static let identifier: UInt16 = 1 << 7  // alnum, '_', '-', '.'
    static let slackBody: UInt16 = 1 << 8  // alnum, '-'
    static let quote: UInt16 = 1 << 9  // " ' `
    static let visible: UInt16 = 1 << 10  // printable ASCII except space
    static let digit: UInt16 = 1 << 11
    static let lower: UInt16 = 1 << 12
    static let upper: UInt16 = 1 << 13
    static let pemBody: UInt16 = 1 << 14  // base64, '=', whitespace, and the bytes of PEM headers / "\n" escapes
    static let b64std: UInt16 = 1 << 15  // alnum, '+', '/', '='

    /// Run-cache slots: one per charset a detector consumes runs of (see `RunCache`).
    static let slotCount = 16

    static let table: [UInt16] = {
        var t = [UInt16](repeating: 0, count: 256)
        for b in 0..<256 {
            let c = UInt8(b)
            var f: UInt16 = 0
            let isDigit = c >= 0x30 && c <= 0x39
            let isUpper = c >= 0x41 && c <= 0x5A
            let isLower = c >= 0x61 && c <= 0x7A
            let isAlnum = isDigit || isUpper || isLower
            if isAlnum { f |= alnum | word | b64url | b64 | identifier | slackBody | b64std }
            if isDigit { f |= digit }
            if isLower { f |= lower }
            if isUpper { f |= upper }
            if c == 0x5F { f |= word | b64url | identifier }  // _
            if c == 0x2D { f |= b64url | identifier | slackBody }  // -
            if c == 0x2E { f |= identifier }  // .
            if c == 0x2B || c == 0x2F { f |= b64 | b64std }  // + /
            if c == 0x3D { f |= b64std }  // =
            if isDigit || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) { f |= hex }
            if isUpper || (c >= 0x32 && c <= 0x37) { f |= base32 }
            if isUpper || isDigit { f |= upperDigit }
            if c == 0x22 || c == 0x27 || c == 0x60 { f |= quote }
            if c > 0x20 && c < 0x7F { f |= visible }
            if isAlnum || c == 0x2B || c == 0x2F || c == 0x3D || c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
                || c == 0x5C || c == 0x3A || c == 0x2C || c == 0x2D
            {
                f |= pemBody
            }
            t[b] = f
        }
        return t
    }()

    @inline(__always) static func has(_ b: UInt8, _ mask: UInt16) -> Bool { table[Int(b)] & mask != 0 }
}

/// Remembers, for each charset, the last maximal run it measured, so a run is walked once
/// however many candidate starts fall inside it (`sk-sk-sk-…`, `AKIAAKIA…`): the end of the
/// run from any position inside a known run is that run's end.
struct RunCache {
    private var starts = [Int](repeating: -1, count: SecretCharset.slotCount)
    private var ends = [Int](repeating: -1, count: SecretCharset.slotCount)

    /// End (exclusive) of the run of `mask` bytes that starts at `p`.
    mutating func end(_ ctx: ScanContext, from p: Int, _ mask: UInt16) -> Int {
        let slot = mask.trailingZeroBitCount
        if starts[slot] >= 0 && p >= starts[slot] && p <= ends[slot] { return ends[slot] }
        let b = ctx.bytes
        var e = p
        let table = SecretCharset.table
        while e < b.count && table[Int(b[e])] & mask != 0 { e += 1 }
        starts[slot] = p
        ends[slot] = e
        return e
    }
}
