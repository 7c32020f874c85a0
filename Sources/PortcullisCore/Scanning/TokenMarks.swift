/// Which tokens the first pass marks as places where a detector can start, so detectors walk a
/// short list instead of every token. Each rule is a necessary condition of a detector's own first
/// test (the detectors name the rule they rely on), so marking changes no finding.
enum TokenMarks {
    /// Token flags that make a token a mark: numbers, and capitalised words (names, places,
    /// street and unit words, `BEGIN`).
    static let markFlags = UInt64(Token.hasDigit | Token.firstUpper)

    /// Tokens at least this long are marks (wallet addresses and other long identifiers).
    static let longToken = 26

    /// Whether a token is a mark for the PII detectors, IP addresses, key blocks and connection
    /// strings: a number or capitalised word, followed by `:` or `=` (`fe80:`, `postgres://`,
    /// `AccountKey=`), after `-` (`Jolanda-Fröhlich-Weg`) or `::` (`::1`), or long.
    @inline(__always)
    static func isMark(flags: UInt64, length: Int, before: UInt8, beforeBefore: () -> UInt8, after: UInt8) -> Bool {
        flags & markFlags != 0 || after == 0x3A || after == 0x3D || length >= longToken
            || before == 0x2D || (before == 0x3A && beforeBefore() == 0x3A)
    }

    /// Per first byte, the token lengths (bit `min(length, 63)`) at which a secret detector can
    /// start, then (at `256 + first byte`) the second bytes it can have (bit `second & 63`): a
    /// vendor prefix (`VendorPrefixes`) or a password client (`mysql`, `mariadb`, `sshpass`).
    nonisolated(unsafe) static let secretStartsByFirstByte: UnsafePointer<UInt64> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 512)
        p.initialize(from: VendorPrefixes.lengthsByFirstByte, count: 256)
        (p + 256).initialize(repeating: 0, count: 256)
        VendorPrefixes.secondBytes(into: p + 256)
        let clientLengths = KeywordSecretDetector.clientWordLengths.reduce(UInt64(0)) { $0 | 1 << UInt64($1) }
        for word in KeywordSecretDetector.passwordClientNames {
            let b = Array(word.utf8)
            for first in [b[0], b[0] & ~0x20] {
                p[Int(first)] |= clientLengths
                for second in [b[1], b[1] & ~0x20] { p[256 + Int(first)] |= 1 << UInt64(second & 63) }
            }
        }
        return UnsafePointer(p)
    }()

    /// Whether a token is a mark for the keyword and vendor-token detectors: its letters may spell
    /// a credential word, its first two bytes and length may open a vendor token or name a
    /// password client, it is `p` after `-` (`mysql -psecret`), or it is followed by `:`
    /// (Telegram bot tokens) or is 32 bytes before `-` (Mailchimp keys).
    @inline(__always)
    static func isSecretMark(letters: UInt32, first: UInt8, second: () -> UInt8, length: Int, before: UInt8, after: UInt8,
                             keywordSets: UnsafePointer<UInt32>, starts: UnsafePointer<UInt64>) -> Bool {
        KeywordStarts.mayContainKeyword(letters, keywordSets)
            || ((starts[Int(first)] >> UInt64(min(length, 63))) & 1 != 0 && (starts[256 + Int(first)] >> UInt64(second() & 63)) & 1 != 0)
            || after == 0x3A || (length == 32 && after == 0x2D) || (first == 0x70 && before == 0x2D)
    }
}
