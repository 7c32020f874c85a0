/// E-mail addresses (RFC 5322 atext local parts, internationalised domains), found from each `@`
/// with bounded look-behind (64 bytes, RFC 5321's local-part limit) and look-ahead (253 bytes).
public struct EmailDetector: Detector {
    public let name = "email"
    public let entityTypes: [EntityType] = [.emailAddress]
    public init() {}

    public func detect(in ctx: ScanContext) {
        let b = ctx.bytes
        var p = 0
        let n = b.count
        while p < n {
            guard let at = ByteSearch.next(0x40, in: b, from: p) else { return }
            p = at
            if let (s, e) = match(ctx, at: p) {
                ctx.emit(.emailAddress, s, e, score: 0.95, priority: CandidatePriority.validated)
                p = e
            } else {
                p += 1
            }
        }
    }

    func match(_ ctx: ScanContext, at: Int) -> (Int, Int)? {
        // Local part: RFC 5322 atext, and UTF-8 letters (RFC 6531), at most 64 bytes back.
        var s = at
        while s > 0 && at - s <= 64 {
            if ctx.cls(s - 1) & ByteClass.emailLocal != 0 { s -= 1; continue }
            if ctx.byte(s - 1) >= 0x80 {
                var q = s - 1
                while q > 0 && s - q < 4 && ctx.bytes[q] & 0xC0 == 0x80 { q -= 1 }
                if UTF8Scalar.letterKind(UTF8Scalar.decode(ctx.bytes, at: q).0) != .none { s = q; continue }
            }
            break
        }
        if at - s > 64 { return nil }
        while s < at && (ctx.byte(s) == 0x2E || ctx.byte(s) == 0x27 || ctx.byte(s) == 0x60 || ctx.byte(s) == 0x7B) { s += 1 }
        guard s < at, ctx.byte(at - 1) != 0x2E else { return nil }
        // Domain: labels of letters, digits, hyphens or non-ASCII letters, separated by dots.
        var e = at + 1
        var lastDot = -1
        let limit = min(ctx.count, at + 254)
        while e < limit {
            let c = ctx.cls(e)
            if c & (ByteClass.alnum | ByteClass.high) != 0 || ctx.byte(e) == 0x2D {
                if c & ByteClass.high != 0 {
                    let (scalar, len) = UTF8Scalar.decode(ctx.bytes, at: e)
                    if UTF8Scalar.letterKind(scalar) == .none { break }
                    e += len
                    continue
                }
                e += 1
            } else if ctx.byte(e) == 0x2E && e > at + 1 && ctx.byte(e - 1) != 0x2E {
                lastDot = e
                e += 1
            } else {
                break
            }
        }
        while e > at + 1 && (ctx.byte(e - 1) == 0x2E || ctx.byte(e - 1) == 0x2D) { e -= 1 }
        if lastDot >= e { lastDot = -1; var q = e - 1; while q > at { if ctx.byte(q) == 0x2E { lastDot = q; break }; q -= 1 } }
        guard lastDot > at + 1, e - lastDot - 1 >= 2 else { return nil }
        // TLD: letters only (or an IDN / punycode label).
        var q = lastDot + 1
        var letters = true
        if ctx.hasPrefixIgnoringCase("xn--", at: q) { q = e }
        while q < e { if ctx.cls(q) & (ByteClass.alpha | ByteClass.high) == 0 { letters = false; break }; q += 1 }
        guard letters else { return nil }
        return (s, e)
    }
}
