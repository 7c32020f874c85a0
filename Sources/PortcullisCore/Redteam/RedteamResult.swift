/// What the gateway did with one red-team case.
public enum RedteamOutcome: String, Sendable, Codable, CaseIterable {
    /// Refused by the policy (on input, on output, or by a judge failing closed).
    case blocked
    /// Held for human review.
    case held
    /// Answered, with some of the data replaced (redacted, pseudonymised) before the vendor saw it.
    case transformed
    /// Answered unchanged.
    case passed
    /// Not decided: the gateway could not be reached, or refused the request for another reason.
    case error
}

/// One case's result.
public struct RedteamResult: Sendable, Equatable {
    public var testCase: RedteamCase
    public var outcome: RedteamOutcome
    /// The error code of a refusal or failure (`policy_blocked`, `judge_unavailable`).
    public var code: String?
    /// A rule in monitor mode would have stopped it (recorded, not enforced).
    public var monitored: Bool
    public var decisionID: String?
    /// For errors: what went wrong.
    public var detail: String?

    public init(testCase: RedteamCase, outcome: RedteamOutcome, code: String? = nil, monitored: Bool = false,
                decisionID: String? = nil, detail: String? = nil) {
        self.testCase = testCase
        self.outcome = outcome
        self.code = code
        self.monitored = monitored
        self.decisionID = decisionID
        self.detail = detail
    }

    /// An attack was stopped: refused or held; for personal data and credentials, also when the
    /// data was replaced before the vendor saw it.
    public var stopped: Bool {
        switch outcome {
        case .blocked, .held: return true
        case .transformed: return RedteamCategory.dataCategories.contains(testCase.category)
        case .passed, .error: return false
        }
    }

    /// A benign prompt was refused or held.
    public var falseBlock: Bool { testCase.isBenign && (outcome == .blocked || outcome == .held) }
}
