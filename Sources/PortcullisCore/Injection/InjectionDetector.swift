/// Finds prompt injection and jailbreak attempts: a calibrated score in [0, 1] for a text, and
/// the spans that carry the attack.
///
/// The text is read once (`InjectionTokens`: folding undoes invisible characters, tag
/// characters, look-alike letters, styled letters, leetspeak and spelled-out words) and scored
/// whole when it fits in one window, otherwise window by window (`windowTokens` tokens, half
/// overlapping), so an attack buried in a long document is not diluted by the document around
/// it, and a long document does not score high only for being long. A long text counts only
/// where two neighbouring windows agree (`agreeingPairs`). Encoded payloads (base64, hex) are
/// decoded and scored as texts of their own, and a text that reads better in rot13 is scored in
/// rot13 too. Work is linear in the input: every window score is a difference of running sums.
public struct InjectionDetector: Sendable {
    public var model: InjectionModel
    /// Spans scoring below this are not reported (the policy can ask for more with `min_score`).
    public var minimumScore: Double

    public static let windowTokens = 96
    public static let windowStride = 48

    public init(model: InjectionModel = .standard, minimumScore: Double = 0.5) {
        self.model = model
        self.minimumScore = minimumScore
    }

    /// The types this detector reports.
    public static let entityTypes: [EntityType] = [.jailbreak, .promptInjection]

    /// The text's injection score: the highest over the whole text, its windows and its decoded views.
    public func score(_ text: String) -> Double {
        var text = text
        return text.withUTF8 { bytes in
            var best = 0.0
            forEachView(bytes) { view in best = max(best, view.best) }
            return best
        }
    }

    /// Candidates (byte offsets) for every span scoring at least `minimumScore`.
    public func candidates(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var out: [Candidate] = []
        forEachView(bytes) { view in view.spans(minimum: minimumScore, into: &out) }
        return out
    }

    // MARK: - views

    /// Runs `body` on the text itself, each decoded payload and the rot13 reading when it applies.
    private func forEachView(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (ScoredView) -> Void) {
        let tokens = InjectionTokens.read(bytes, model: model)
        body(ScoredView(tokens: tokens, model: model, span: nil))
        EncodedPayloads.forEach(in: bytes, ranges: tokens.payloadRanges) { decoded, range in
            decoded.withUnsafeBufferPointer { d in
                body(ScoredView(tokens: InjectionTokens.read(d, model: model), model: model, span: range))
            }
        }
        if tokens.readsBetterInRot13 {
            EncodedPayloads.rot13(bytes).withUnsafeBufferPointer { r in
                body(ScoredView(tokens: InjectionTokens.read(r, model: model), model: model, span: nil))
            }
        }
    }
}

/// One reading of a text, scored whole and by windows.
struct ScoredView {
    let tokens: InjectionTokens
    let model: InjectionModel
    /// When set, every span found is reported as this byte range (a decoded payload's source).
    let span: Range<Int>?

    private func probability(_ from: Int, _ to: Int) -> Double {
        let s = tokens.sums(from, to)
        return model.attackProbability(sum: s.attack, features: s.features)
    }

    private func jailbreak(_ from: Int, _ to: Int) -> Bool {
        let s = tokens.sums(from, to)
        return model.isJailbreak(sum: s.jailbreak, features: s.features)
    }

    /// The window starts: none for a text of at most one window.
    private var windowStarts: StrideTo<Int> {
        let n = tokens.count
        guard n > InjectionDetector.windowTokens else { return stride(from: 0, to: 0, by: 1) }
        return stride(from: 0, to: n - InjectionDetector.windowStride, by: InjectionDetector.windowStride)
    }

    /// A long text's readings in order, each a token range: the first half window, the windows,
    /// the last half window. Neighbours overlap by half a window, so every stretch of text of
    /// up to half a window lies wholly inside two neighbours.
    private var readings: [(from: Int, to: Int)] {
        let n = tokens.count, half = InjectionDetector.windowStride
        var out: [(from: Int, to: Int)] = [(0, half)]
        for s in windowStarts { out.append((s, min(n, s + InjectionDetector.windowTokens))) }
        out.append((n - half, n))
        return out
    }

    /// Pairs of neighbouring readings with the lower of their two scores: a long text is flagged
    /// only where two overlapping readings agree, so one window of code or tables that happens
    /// to score high does not flag a whole file, while an attack (inside both) still does.
    private func agreeingPairs() -> [(from: Int, to: Int, score: Double)] {
        let r = readings
        let scores = r.map { probability($0.from, $0.to) }
        return (0..<(r.count - 1)).map { i in (r[i].from, r[i + 1].to, min(scores[i], scores[i + 1])) }
    }

    var best: Double {
        let n = tokens.count
        guard n > 0 else { return 0 }
        guard n > InjectionDetector.windowTokens else { return probability(0, n) }
        return agreeingPairs().reduce(0) { max($0, $1.score) }
    }

    /// Adds the spans at or above `minimum`: the text when it fits in one window, otherwise the
    /// runs of overlapping agreeing pairs that pass.
    func spans(minimum: Double, into out: inout [Candidate]) {
        let n = tokens.count
        guard n > 0 else { return }
        var runs: [(from: Int, to: Int, score: Double)] = []
        if n <= InjectionDetector.windowTokens {
            let p = probability(0, n)
            if p >= minimum { runs.append((0, n, p)) }
        } else {
            for pair in agreeingPairs() where pair.score >= minimum {
                if let last = runs.last, pair.from < last.to {
                    runs[runs.count - 1] = (last.from, max(last.to, pair.to), max(last.score, pair.score))
                } else {
                    runs.append(pair)
                }
            }
        }
        for r in runs {
            let type: EntityType = jailbreak(r.from, r.to) ? .jailbreak : .promptInjection
            let start = span?.lowerBound ?? tokens.byteStart(r.from)
            let end = span?.upperBound ?? tokens.byteEnd(r.to - 1)
            out.append(Candidate(type: type, start: start, end: end, score: r.score, priority: CandidatePriority.contextual))
        }
    }
}

extension EntityType {
    /// An instruction meant to override the application's own (an override, a prompt extraction,
    /// an instruction hidden in a document or a tool result).
    public static let promptInjection: EntityType = "PROMPT_INJECTION"
    /// A persona or role-play meant to lift the model's rules ("do anything now").
    public static let jailbreak: EntityType = "JAILBREAK"
}
