/// Web URLs with a scheme (`http`, `https`, `ftp`), path and query included, trailing sentence
/// punctuation and unbalanced closing brackets excluded. Host names without a scheme are not URLs.
public struct URLDetector: Detector {
    public let name = "url"
    public let entityTypes: [EntityType] = [.url]
    public init() {}

    public func detect(in ctx: ScanContext) {
        let b = ctx.bytes
        let n = b.count
        var p = 0
        var lastEnd = 0
        while p + 2 < n {
            guard let colon = ByteSearch.next(0x3A, in: b, from: p) else { return }
            p = colon
            if p + 2 >= n || b[p + 1] != 0x2F || b[p + 2] != 0x2F { p += 1; continue }
            var s = p
            while s > 0 && p - s < 6 && ctx.cls(s - 1) & ByteClass.alpha != 0 { s -= 1 }
            let ok = s >= lastEnd && (ctx.equalsIgnoringCase(s, p, "http") || ctx.equalsIgnoringCase(s, p, "https")
                || ctx.equalsIgnoringCase(s, p, "ftp")) && ctx.cls(s - 1) & ByteClass.alnum == 0
            guard ok else { p += 3; continue }
            var e = p + 3
            let limit = min(n, p + 4096)
            while e < limit && (ctx.cls(e) & ByteClass.urlChar != 0 || (ctx.cls(e) & ByteClass.high != 0 && isLetterAt(ctx, e))) {
                e += ctx.cls(e) & ByteClass.high != 0 ? UTF8Scalar.decode(ctx.bytes, at: e).1 : 1
            }
            e = trimEnd(ctx, hostStart: p + 3, end: e)
            if e > p + 4 && ctx.cls(p + 3) & (ByteClass.alnum | ByteClass.high) != 0 || ctx.byte(p + 3) == 0x5B {
                ctx.emit(.url, s, e, score: 0.9, priority: CandidatePriority.pattern)
            }
            lastEnd = max(e, p + 3)
            p = lastEnd
        }
    }

    private func isLetterAt(_ ctx: ScanContext, _ e: Int) -> Bool {
        UTF8Scalar.letterKind(UTF8Scalar.decode(ctx.bytes, at: e).0) != .none
    }

    private func trimEnd(_ ctx: ScanContext, hostStart: Int, end: Int) -> Int {
        // Bracket balances are counted once and updated as characters are trimmed, so a URL
        // ending in thousands of `)` costs linear time, not quadratic.
        var parens = 0, brackets = 0
        for q in hostStart..<max(hostStart, end) {
            switch ctx.byte(q) {
            case 0x28: parens += 1
            case 0x29: parens -= 1
            case 0x5B: brackets += 1
            case 0x5D: brackets -= 1
            default: break
            }
        }
        var e = end
        while e > hostStart {
            let c = ctx.byte(e - 1)
            if (".,;:!?'\"*" as StaticString).utf8Contains(c) {
                e -= 1
                continue
            }
            if c == 0x29 && parens < 0 {
                parens += 1
                e -= 1
                continue
            }
            if c == 0x5D && brackets < 0 {
                brackets += 1
                e -= 1
                continue
            }
            break
        }
        return e
    }
}
