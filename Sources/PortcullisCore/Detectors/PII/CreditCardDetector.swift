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
        var next = 0  // the first token not yet consumed by a match
        for di in ctx.digitTokens where Int(di) >= next {
            let i = Int(di)
            let t = tokens[i]
            guard t.isNumber, t.length >= 3,
                  t.length >= 13 || ((ctx.byte(t.end) == 0x20 || ctx.byte(t.end) == 0x2D) && ctx.cls(t.end + 1) & ByteClass.digit != 0),
                  ctx.isLeftBoundary(token: i)
            else { continue }
            if let (endToken, end) = match(ctx, from: i) {
                let dist = ctx.contextDistance(beforeToken: i, at: t.start, in: Self.context, maxTokens: 8)
                ctx.emit(.creditCard, t.start, end, score: dist != nil ? 1.0 : 0.9, priority: CandidatePriority.validated)
                next = endToken + 1
            }
        }
    }

    /// Walks digit groups joined by one repeated separator from token `i` (at most 19 digits) and
    /// returns (last token, end byte) of the longest prefix, ending at a group boundary, with a card
    /// issuer's prefix and length and a valid Luhn digit. Reads the bytes in place: no allocation.
    private func match(_ ctx: ScanContext, from i: Int) -> (Int, Int)? {
        let tokens = ctx.tokens
        var digits = 0
        var firstSix = 0
        var sep: UInt8 = 0
        var best: (Int, Int)? = nil
        var k = i
        while k < tokens.count {
            let t = tokens[k]
            guard t.isNumber, digits + t.length <= 19 else { break }
            if k > i {
                let s = ctx.byte(t.start - 1)
                guard t.start == tokens[k - 1].end + 1, s == 0x20 || s == 0x2D, sep == 0 || s == sep else { break }
                sep = s
            }
            var p = t.start
            while digits < 6 && p < t.end {
                firstSix = firstSix * 10 + Int(ctx.bytes[p] - 0x30)
                digits += 1
                p += 1
            }
            digits += t.end - p
            // A prefix may end here if the number ends, or another group follows (`… 1111 2024`).
            if digits >= 13, ctx.isRightBoundary(t.end) || ctx.byte(t.end) == 0x2D,
               CardIssuer.identify(firstSix: firstSix, length: digits) != nil,
               Luhn.isValid(ctx.bytes, tokens[i].start, t.end) {
                best = (k, t.end)
            }
            k += 1
        }
        return best
    }
}
