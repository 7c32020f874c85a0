/// The shape of an identifier that is only meaningful with context: a passport, driver's licence
/// or bank account number looks like any other number until a word says what it is.
public enum IDShape: Sendable {
    /// A run of `digits` digits.
    case digits(ClosedRange<Int>)
    /// `letters` upper-case letters followed by `digits` digits, in one token.
    case lettersDigits(letters: ClosedRange<Int>, digits: ClosedRange<Int>)
    /// A letter and digits split by dashes into groups of these lengths (the first group
    /// counts the letter): Florida `A123-456-78-901-0`.
    case dashedGroups([Int])
    /// Digits in groups of these lengths separated by single spaces (`123 456 789`).
    case spacedDigits([Int])
}

/// Detects an `IDShape` near one of its context words (or under a matching column header).
public struct ContextualIDDetector: Detector {
    public let name: String
    public let type: EntityType
    public let shapes: [IDShape]
    public let context: ByteStringSet
    /// Words that, right before the number, say it is something else (`routing` for accounts).
    public let exclusions: ByteStringSet
    public let baseScore: Double
    public let contextScore: Double
    public var entityTypes: [EntityType] { [type] }
    /// The lengths the first token of any shape can have, as bits `min(length, 63)`: one test
    /// skips the digit tokens no shape can start with, before the shapes are tried.
    private let firstTokenLengths: UInt64
    /// The same per shape, so `matchShape` reads only the shapes a token's length allows.
    private let shapeFirstTokenLengths: [UInt64]

    public init(name: String, type: EntityType, shapes: [IDShape], context: [String], exclusions: [String] = [],
                baseScore: Double = 0.2, contextScore: Double = 0.85) {
        self.name = name
        self.type = type
        self.shapes = shapes
        self.context = ByteStringSet(context)
        self.exclusions = ByteStringSet(exclusions)
        self.baseScore = baseScore
        self.contextScore = contextScore
        func lengths(_ r: ClosedRange<Int>) -> UInt64 {
            var m: UInt64 = 0
            for l in r.clamped(to: 0...63) { m |= 1 << UInt64(l) }
            if r.upperBound > 63 { m |= 1 << 63 }
            return m
        }
        let perShape = shapes.map { shape -> UInt64 in
            switch shape {
            case .digits(let r): return lengths(r)
            case .lettersDigits(let lr, let dr): return lengths((lr.lowerBound + dr.lowerBound)...(lr.upperBound + dr.upperBound))
            case .dashedGroups(let lens), .spacedDigits(let lens): return lens.first.map { lengths($0...$0) } ?? lengths(0...64)
            }
        }
        shapeFirstTokenLengths = perShape
        firstTokenLengths = perShape.reduce(0, |)
    }

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        for di in ctx.digitTokens {
            let i = Int(di)
            let t = tokens[i]
            guard (firstTokenLengths >> UInt64(min(t.length, 63))) & 1 != 0,
                  t.has(Token.hasDigit), !t.has(Token.hasNonASCII), ctx.isLeftBoundary(token: i),
                  let end = matchShape(ctx, i) else { continue }
            if ctx.contextDistance(before: t.start, in: exclusions, maxTokens: 2, maxBytes: 24) != nil { continue }
            let dist = ctx.contextDistance(before: t.start, in: context, maxTokens: 8, maxBytes: 72)
            var score = ContextScore.score(base: baseScore, withContext: contextScore, distance: dist)
            if dist == nil {
                if ctx.columnHeader(at: t.start, matches: context) { score = contextScore }
                else if ctx.hasContext(after: end, in: context, maxTokens: 2, maxBytes: 16) { score = contextScore - 0.1 }
            }
            guard score >= 0.3 else { continue }
            ctx.emit(type, t.start, end, score: score, priority: CandidatePriority.pattern)
        }
    }

    private func matchShape(_ ctx: ScanContext, _ i: Int) -> Int? {
        let t = ctx.tokens[i]
        let length = UInt64(min(t.length, 63))
        for k in shapes.indices where (shapeFirstTokenLengths[k] >> length) & 1 != 0 {
            switch shapes[k] {
            case .digits(let r):
                if t.isNumber && r.contains(t.length) && ctx.isRightBoundary(t.end) { return t.end }
            case .lettersDigits(let lr, let dr):
                var p = t.start
                while p < t.end && ctx.cls(p) & ByteClass.upper != 0 { p += 1 }
                let letters = p - t.start
                let digits = t.end - p
                if lr.contains(letters) && dr.contains(digits) && Int(t.digitCount) == digits && ctx.isRightBoundary(t.end) {
                    return t.end
                }
            case .dashedGroups(let lens):
                var k = i
                var ok = true
                for (g, len) in lens.enumerated() {
                    guard k < ctx.tokens.count else { ok = false; break }
                    let tk = ctx.tokens[k]
                    if g > 0 { guard tk.start == ctx.tokens[k - 1].end + 1, ctx.byte(tk.start - 1) == 0x2D, tk.isNumber else { ok = false; break } }
                    if g == 0 { guard ctx.cls(tk.start) & ByteClass.upper != 0, Int(tk.digitCount) == len - 1 else { ok = false; break } }
                    guard tk.length == len else { ok = false; break }
                    k += 1
                }
                if ok && ctx.isRightBoundary(ctx.tokens[k - 1].end) { return ctx.tokens[k - 1].end }
            case .spacedDigits(let lens):
                guard i + lens.count <= ctx.tokens.count else { continue }
                var ok = true
                for (g, len) in lens.enumerated() {
                    let tk = ctx.tokens[i + g]
                    if !tk.isNumber || tk.length != len { ok = false; break }
                    if g > 0 && (tk.start != ctx.tokens[i + g - 1].end + 1 || ctx.byte(tk.start - 1) != 0x20) { ok = false; break }
                }
                let end = ctx.tokens[i + lens.count - 1].end
                // Not when a further group follows: then it is a longer number.
                if ok && ctx.isRightBoundary(end) && !(ctx.byte(end) == 0x20 && ctx.cls(end + 1) & ByteClass.digit != 0) { return end }
            }
        }
        return nil
    }

    /// US passport numbers: 9 digits, or a letter and 8 digits (next-generation passports).
    public static let usPassport = ContextualIDDetector(
        name: "us-passport", type: .usPassport, shapes: [.digits(9...9), .lettersDigits(letters: 1...1, digits: 8...8)],
        context: ["passport", "passports", "passeport", "pasaporte", "reisepass", "passnummer", "pass"])

    /// US driver's licence numbers in the common state formats (CA `A1234567`, FL `A123-456-78-901-0`,
    /// NY 9 digits, TX/PA 8 digits, IL a letter and 11 digits …).
    public static let usDriverLicense = ContextualIDDetector(
        name: "us-driver-license", type: .usDriverLicense,
        shapes: [.digits(7...12), .lettersDigits(letters: 1...2, digits: 4...14), .dashedGroups([4, 3, 2, 3, 1]),
                 .dashedGroups([4, 3, 2, 3, 2]), .dashedGroups([4, 4, 4]), .spacedDigits([3, 3, 3])],
        context: ["driver", "drivers", "driving", "license", "licence", "licenses", "dl", "dln", "lic", "führerschein",
                  "permis", "conducir", "licencia"],
        exclusions: ["medical", "dea", "npi", "business"])

    /// US bank account numbers: 8–17 digits next to an account word; ABA routing numbers are excluded.
    public static let usBankNumber = ContextualIDDetector(
        name: "us-bank-number", type: .usBankNumber, shapes: [.digits(8...17)],
        context: ["account", "accounts", "acct", "acc", "konto", "kontonummer", "compte", "cuenta", "deposit", "checking",
                  "savings", "bank", "banking", "beneficiary", "iban"],
        exclusions: ["routing", "aba", "rtn", "sort", "swift", "bic", "transit", "routing#"])
}
