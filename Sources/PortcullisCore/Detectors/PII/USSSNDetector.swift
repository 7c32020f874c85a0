/// US Social Security numbers: `ddd-dd-dddd`, space-separated or unseparated, with SSA structure
/// rules. Unseparated or space-separated numbers need context (words or a column header).
public struct USSSNDetector: Detector {
    public let name = "us-ssn"
    public let entityTypes: [EntityType] = [.usSSN]
    static let context = ByteStringSet(["ssn", "ssns", "social", "security", "ss", "ssa", "taxpayer", "tin", "itin"])
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        for di in ctx.digitTokens {
            let i = Int(di)
            let t = tokens[i]
            guard t.isNumber, t.length == 3 || t.length == 9, ctx.isLeftBoundary(token: i) else { continue }
            var digits: [UInt8]
            var end: Int
            var base: Double
            if t.length == 9 {
                digits = ctx.digitValues(i)
                end = t.end
                base = 0.3
                guard ctx.isRightBoundary(end) else { continue }
            } else {
                guard i + 2 < tokens.count else { continue }
                let a = tokens[i + 1], b = tokens[i + 2]
                let s1 = ctx.byte(t.end), s2 = ctx.byte(a.end)
                guard a.isNumber, b.isNumber, a.length == 2, b.length == 4, a.start == t.end + 1, b.start == a.end + 1,
                      s1 == s2, s1 == 0x2D || s1 == 0x20, ctx.isRightBoundary(b.end) else { continue }
                // A fourth group means a longer number (a phone or card), not an SSN.
                if ctx.byte(b.end) == s1 && ctx.cls(b.end + 1) & ByteClass.digit != 0 { continue }
                digits = ctx.digitValues(i) + ctx.digitValues(i + 1) + ctx.digitValues(i + 2)
                end = b.end
                base = s1 == 0x2D ? 0.6 : 0.4
            }
            guard NationalIDs.isValidSSN(digits) else { continue }
            let dist = ctx.contextDistance(before: t.start, in: Self.context, maxTokens: 8, maxBytes: 80)
            var score = ContextScore.score(base: base, withContext: 0.95, distance: dist)
            if dist == nil && ctx.columnHeader(at: t.start, matches: Self.context) { score = 0.9 }
            ctx.emit(.usSSN, t.start, end, score: score, priority: CandidatePriority.pattern)
        }
    }
}
