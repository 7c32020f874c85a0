/// IPv4 (dotted quad, each part 0–255, no leading zeros) and IPv6 (RFC 4291 text forms with `::`
/// compression and an optional embedded IPv4). Four-part version numbers in a version context
/// (`firmware 10.2.33.4`, `v…`, `version: …`) are not addresses.
public struct IPAddressDetector: Detector {
    public let name = "ip-address"
    public let entityTypes: [EntityType] = [.ipAddress]
    static let versionWords = ByteStringSet(["v", "version", "ver", "firmware", "fw", "build", "release", "rel", "patch",
                                             "update", "upgrade", "upgraded", "sdk", "os", "ios", "android", "kernel",
                                             "driver", "bios", "revision", "rev", "app", "package", "pkg", "chrome",
                                             "bumped", "bump", "pinned", "pin", "downgraded", "downgrade", "rolled",
                                             "released", "tagged", "tag", "versions"])
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        // An address starts at a number or at a token next to `:` (`fe80:`, `::1`): all marks.
        var next = 0
        for m in ctx.markTokens where Int(m) >= next {
            let i = Int(m)
            let t = tokens[i]
            if t.isNumber, t.length <= 3, ctx.byte(t.end) == 0x2E, let end = ipv4(ctx, i), ctx.isLeftBoundary(token: i) {
                let prev = ctx.byte(t.start - 1)
                let versionLike = prev == 0x76 || prev == 0x56  // "v1.2.3.4" glued is caught by boundary; "v 1.2"
                    || ctx.contextDistance(before: t.start, in: Self.versionWords, maxTokens: 4, maxBytes: 32) != nil
                if !versionLike {
                    ctx.emit(.ipAddress, t.start, end, score: 0.9, priority: CandidatePriority.pattern)
                }
                next = i + 4
                continue
            }
            // "::1", "::ffff:192.0.2.128": the address starts with the compression.
            if t.length <= 4, ctx.byte(t.start - 1) == 0x3A, ctx.byte(t.start - 2) == 0x3A, !t.has(Token.hasNonASCII),
               let end = ipv6(ctx, from: t.start - 2) {
                ctx.emit(.ipAddress, t.start - 2, end, score: 0.85, priority: CandidatePriority.pattern)
                next = ctx.tokenIndex(atOrAfter: end, from: i)
                continue
            }
            if t.length <= 4, ctx.byte(t.end) == 0x3A, !t.has(Token.hasNonASCII) {
                if let end = ipv6(ctx, from: t.start) {
                    ctx.emit(.ipAddress, t.start, end, score: 0.85, priority: CandidatePriority.pattern)
                    next = ctx.tokenIndex(atOrAfter: end, from: i)
                    continue
                }
            }
        }
    }

    /// The end of a dotted-quad IPv4 starting at number token `i`, or nil.
    func ipv4(_ ctx: ScanContext, _ i: Int) -> Int? {
        let tokens = ctx.tokens
        guard i + 3 < tokens.count else { return nil }
        for k in 0..<4 {
            let t = tokens[i + k]
            guard t.isNumber, t.length <= 3 else { return nil }
            if t.length > 1 && ctx.bytes[t.start] == 0x30 { return nil }
            var v = 0
            for p in t.start..<t.end { v = v * 10 + Int(ctx.bytes[p] - 0x30) }
            guard v <= 255 else { return nil }
            if k < 3 { guard ctx.byte(t.end) == 0x2E, tokens[i + k + 1].start == t.end + 1 else { return nil } }
        }
        let end = tokens[i + 3].end
        // A fifth part means a longer dotted number (version, OID), not an address.
        if ctx.byte(end) == 0x2E && ctx.cls(end + 1) & ByteClass.digit != 0 { return nil }
        if ctx.cls(end) & (ByteClass.alpha | ByteClass.high) != 0 { return nil }
        return end
    }

    /// The end of an IPv6 address starting at byte `s`, or nil.
    func ipv6(_ ctx: ScanContext, from s: Int) -> Int? {
        let before = ctx.byte(s - 1)
        if ctx.cls(s - 1) & (ByteClass.alnum | ByteClass.high) != 0 || before == 0x3A || before == 0x2E { return nil }
        var p = s
        var groups = 0
        var doubleColon = false
        var lastGroupStart = s
        let limit = min(ctx.count, s + 45)
        while p < limit {
            let gs = p
            while p < limit && p - gs < 5 && ctx.cls(p) & ByteClass.hex != 0 { p += 1 }
            let glen = p - gs
            if glen > 4 { return nil }
            if glen > 0 {
                groups += 1
                lastGroupStart = gs
            }
            if ctx.byte(p) == 0x3A {
                if ctx.byte(p + 1) == 0x3A {
                    if doubleColon { return nil }
                    doubleColon = true
                    p += 2
                    continue
                }
                if glen == 0 && p != s { return nil }
                guard ctx.cls(p + 1) & ByteClass.hex != 0 else { break }
                p += 1
                continue
            }
            if ctx.byte(p) == 0x2E, glen > 0, glen <= 3 {
                // Embedded IPv4 in the last 32 bits.
                var q = lastGroupStart
                var parts = 0
                while parts < 4 {
                    let ps = q
                    while q < ctx.count && q - ps < 4 && ctx.cls(q) & ByteClass.digit != 0 { q += 1 }
                    guard q > ps, q - ps <= 3 else { return nil }
                    parts += 1
                    if parts < 4 { guard ctx.byte(q) == 0x2E else { return nil }; q += 1 }
                }
                groups += 1  // the IPv4 counts as two groups; the last hex group counted one
                p = q
            }
            break
        }
        let end = p
        if ctx.cls(end) & (ByteClass.alnum | ByteClass.high) != 0 { return nil }
        if ctx.byte(end) == 0x3A { return nil }
        let leading = ctx.byte(s) == 0x3A  // "::1" has one group; elsewhere "a::b" needs two
        if doubleColon { guard groups <= 7, groups >= (leading ? 1 : 2) else { return nil } } else { guard groups == 8 else { return nil } }
        // Require a hex letter or a compression so times like 10:30:45 never qualify.
        return end
    }
}
