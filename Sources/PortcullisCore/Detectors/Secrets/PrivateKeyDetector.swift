/// PEM private keys (RFC 7468 §2 encapsulation: `-----BEGIN <label>-----` … `-----END <label>-----`)
/// whose label names a private key: PKCS#1 `RSA`, SEC 1 `EC`, PKCS#8 (plain and `ENCRYPTED`),
/// `OPENSSH`, `DSA`, and PGP `PRIVATE KEY BLOCK`s. The span runs from `-----BEGIN` to the end of the
/// END line, also when the block sits in a JSON string with `\n` escapes.
///
/// The body walk from each BEGIN stops at the next `-----`, so bodies never overlap and a text of
/// repeated BEGIN lines is read once.
public struct PrivateKeyDetector: Detector {
    public let name = "secrets.private-key"
    public let entityTypes: [EntityType] = [.privateKey]
    public init() {}

    /// Longest body read (an 8192-bit RSA key is ~6.5 KB of base64; PGP blocks run longer).
    static let maxBody = 64 << 10
    /// Body characters needed before a block counts as key material rather than a placeholder.
    static let minBodyChars = 64

    public func detect(in ctx: ScanContext) {
        var skipUntil = 0
        // `BEGIN` is capitalised.
        for m in ctx.capitalTokens {
            let t = ctx.tokens[Int(m)]
            guard t.start >= skipUntil && t.length == 5 && ctx.hasPrefix("BEGIN", at: t.start) else { continue }
            if let e = block(ctx, beginToken: t) { skipUntil = e }
        }
    }

    private func block(_ ctx: ScanContext, beginToken t: Token) -> Int? {
        let s = t.start - 5
        guard s >= 0, ctx.hasPrefix("-----", at: s), ctx.byte(t.end) == 0x20 else { return nil }
        // Label: upper-case words up to the closing dashes.
        let labelStart = t.end + 1
        var i = labelStart
        while i < labelStart + 48 && (SecretCharset.has(ctx.byte(i), SecretCharset.upperDigit) || ctx.byte(i) == 0x20) { i += 1 }
        let labelEnd = i
        guard ctx.hasPrefix("-----", at: labelEnd), labelNamesPrivateKey(ctx, labelStart, labelEnd) else { return nil }
        let bodyStart = labelEnd + 5
        // Body: base64, whitespace, "\n" escapes and RFC 1421 header lines (Proc-Type, DEK-Info).
        var j = bodyStart
        var b64 = 0
        let limit = min(ctx.count, bodyStart + PrivateKeyDetector.maxBody)
        var lastBody = bodyStart
        while j < limit {
            let c = ctx.bytes[j]
            if c == 0x2D && ctx.hasPrefix("-----", at: j) { break }
            let f = SecretCharset.table[Int(c)]
            if f & SecretCharset.pemBody == 0 { break }
            if f & SecretCharset.b64 != 0 {
                b64 += 1
                lastBody = j + 1
            } else if c == 0x3D {
                lastBody = j + 1
            }
            j += 1
        }
        guard b64 >= PrivateKeyDetector.minBodyChars else { return nil }
        if ctx.hasPrefix("-----END ", at: j) {
            var k = j + 9
            while k < j + 9 + 48 && (SecretCharset.has(ctx.byte(k), SecretCharset.upperDigit) || ctx.byte(k) == 0x20) { k += 1 }
            if ctx.hasPrefix("-----", at: k) {
                let e = k + 5
                let sameLabel = k - j - 9 == labelEnd - labelStart
                ctx.emit(.privateKey, s, e, score: sameLabel ? 0.99 : 0.9, priority: CandidatePriority.secret)
                return e
            }
        }
        // No END line (a truncated paste): the key material itself still leaks.
        guard b64 >= 256 else { return nil }
        ctx.emit(.privateKey, s, lastBody, score: 0.8, priority: CandidatePriority.secret)
        return lastBody
    }

    private func labelNamesPrivateKey(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        var end = e
        while end > s && ctx.byte(end - 1) == 0x20 { end -= 1 }
        if end - s >= 11 && ctx.hasPrefix("PRIVATE KEY", at: end - 11) { return true }
        return end - s >= 17 && ctx.hasPrefix("PRIVATE KEY BLOCK", at: end - 17)
    }
}
