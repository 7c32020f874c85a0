/// UK NHS numbers: ten digits grouped 3-3-4 (space, dash or none) with a valid mod-11 check digit.
/// Without an NHS context a valid number is still ambiguous (a tenth of random numbers pass), so
/// it scores low and a phone reading can win.
public struct UKNHSDetector: Detector {
    public let name = "uk-nhs"
    public let entityTypes: [EntityType] = [.ukNHS]
    static let context = ByteStringSet(["nhs", "patient", "chi", "health", "hospital", "gp", "nhsno"])
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        for di in ctx.digitTokens {
            let i = Int(di)
            let t = tokens[i]
            guard t.isNumber, t.length == 10 || (t.length == 3 && ctx.continuesIntoGroup(i)), ctx.isLeftBoundary(token: i) else { continue }
            let g = NumberGroups.collect(ctx, from: i, seps: " -", maxDigits: 10, sameSeparator: true)
            guard g.digits.count == 10, g.lengths == [10] || g.lengths == [3, 3, 4], ctx.isRightBoundary(g.end),
                  NationalIDs.isValidNHS(g.digits) else { continue }
            let dist = ctx.contextDistance(before: g.start, in: Self.context, maxTokens: 8, maxBytes: 64)
            let header = dist == nil && ctx.columnHeader(at: g.start, matches: Self.context)
            ctx.emit(.ukNHS, g.start, g.end, score: dist != nil || header ? 1.0 : 0.45, priority: CandidatePriority.validated)
        }
    }
}
