/// IBANs (ISO 13616), compact or in groups of four, with each country's length and the mod-97 check.
public struct IBANDetector: Detector {
    public let name = "iban"
    public let entityTypes: [EntityType] = [.ibanCode]
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        var next = 0  // the first token not yet consumed by a match
        for di in ctx.digitTokens where Int(di) >= next {
            let i = Int(di)
            let t = tokens[i]
            let s = t.start
            guard t.length >= 4, t.has(Token.hasDigit), !t.has(Token.hasNonASCII),
                  ctx.cls(s) & ByteClass.upper != 0, ctx.cls(s + 1) & ByteClass.upper != 0,
                  ctx.cls(s + 2) & ByteClass.digit != 0, ctx.cls(s + 3) & ByteClass.digit != 0,
                  ctx.isLeftBoundary(token: i),
                  let len = IBAN.length(ctx.bytes[s], ctx.bytes[s + 1])
            else { continue }
            var compact: [UInt8] = []
            var k = i
            var end = s
            while k < tokens.count && compact.count < len {
                let tk = tokens[k]
                if k > i {
                    let sep = ctx.byte(tk.start - 1)
                    guard tk.start - tokens[k - 1].end == 1, sep == 0x20 || sep == 0x2D, tk.length <= 4 else { break }
                }
                guard !tk.has(Token.hasNonASCII), compact.count + tk.length <= len else { break }
                for p in tk.start..<tk.end { compact.append(ctx.bytes[p] >= 0x61 ? ctx.bytes[p] - 0x20 : ctx.bytes[p]) }
                end = tk.end
                k += 1
            }
            if compact.count == len, ctx.isRightBoundary(end), IBAN.isValid(compact: compact) {
                ctx.emit(.ibanCode, s, end, score: 1.0, priority: CandidatePriority.validated)
                next = k
            }
        }
    }
}
