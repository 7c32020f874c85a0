/// Payment card numbers: 13–19 digits, contiguous or grouped by spaces or dashes, with a known
/// issuer prefix and length and a valid Luhn check digit.
public struct CreditCardDetector: Detector {
    public let name = "credit-card"
    public let entityTypes: [EntityType] = [.creditCard]
    static let context = ByteStringSet(["card", "cards", "visa", "mastercard", "amex", "discover", "credit", "debit", "cc",
                                        "payment", "tarjeta", "carte", "karte", "kreditkarte", "cb", "pan"])
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.isNumber, t.length >= 3, t.length >= 13 || ctx.continuesIntoGroup(i), ctx.isLeftBoundary(token: i)
            else { i += 1; continue }
            let g = NumberGroups.collect(ctx, from: i, seps: " -", maxDigits: 19, sameSeparator: true)
            var best: (groups: Int, digits: Int)? = nil
            var total = 0
            for k in 0..<g.lengths.count {
                total += g.lengths[k]
                guard total >= 13 else { continue }
                let end = tokens[g.tokens[k]].end
                let d = Array(g.digits[0..<total])
                guard ctx.isRightBoundary(end) || k < g.lengths.count - 1 else { continue }
                if CardIssuer.identify(d) != nil && Luhn.isValid(d) { best = (k, total) }
            }
            if let b = best {
                let end = tokens[g.tokens[b.groups]].end
                let dist = ctx.contextDistance(before: g.start, in: Self.context, maxTokens: 8)
                ctx.emit(.creditCard, g.start, end, score: dist != nil ? 1.0 : 0.9, priority: CandidatePriority.validated)
                i = g.tokens[b.groups] + 1
            } else {
                i += 1
            }
        }
    }
}
