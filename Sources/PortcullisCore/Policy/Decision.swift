/// Who is asking: the result of authentication.
public struct Principal: Sendable, Equatable {
    public var id: String
    public var roles: [String]
    /// Training course ids this person has completed (and that are current).
    public var training: Set<String>

    public init(id: String, roles: [String], training: Set<String> = []) {
        self.id = id
        self.roles = roles
        self.training = training
    }
}

/// What is known about a request besides its findings.
public struct RequestFacts: Sendable, Equatable {
    /// The model name the client asked for (a key of `Policy.models`).
    public var model: String
    public var direction: Direction
    /// Topics detected in the text (`legal-advice`, `medical`), by classifiers outside the policy.
    public var topics: Set<String>
    /// The dataset the request draws on, when the client says.
    public var dataset: String?

    public init(model: String, direction: Direction = .input, topics: Set<String> = [], dataset: String? = nil) {
        self.model = model
        self.direction = direction
        self.topics = topics
        self.dataset = dataset
    }
}

/// The outcome of evaluating a policy for one request.
public struct Decision: Sendable, Equatable {
    /// What happens to the request (`allow`, `block`, `review` or `route`). In monitor mode this
    /// is `allow` unless the request is well-formed but not routable at all.
    public var action: RuleAction
    /// The highest label among the findings.
    public var label: SensitivityLabel
    /// The highest label of what the vendor will still see once the transforms are applied.
    public var effectiveLabel: SensitivityLabel
    /// How each finding type is rewritten before the vendor sees it.
    public var transforms: [EntityType: RuleAction]
    /// For `route`: the model the request goes to.
    public var routeTo: String?
    /// The models to try, in order, if the chosen model's vendor fails before answering: its
    /// `fallbacks` that the caller's role may use and whose vendor is cleared for
    /// `effectiveLabel` (the rest are left out, so a fallback never widens who sees the data).
    public var fallbacks: [String] = []
    /// Alerts to raise: (rule id, severity).
    public var alerts: [Alert]
    /// Shown to the user when the request is blocked or held: what to do instead.
    public var message: String?
    /// The OpenAI-shaped error code for a refused request (`policy_blocked`, `review_required`,
    /// `vendor_not_cleared`, `model_not_allowed`, `training_required`).
    public var code: String?
    /// Every rule that fired and every built-in check that failed, in order, with why.
    public var reasons: [Reason]
    /// The SHA-256 of the policy document.
    public var policyVersion: String
    /// Monitor mode: what enforcing would have done (`block`, `review` …); nil when enforcing or
    /// when enforcing would have allowed the request unchanged.
    public var wouldHave: RuleAction?

    /// Whether the request proceeds to a vendor.
    public var proceeds: Bool { action == .allow || action == .route }

    public struct Alert: Sendable, Equatable {
        public var rule: String
        public var severity: AlertSeverity
    }

    /// One step of the explanation.
    public struct Reason: Sendable, Equatable, CustomStringConvertible {
        /// The rule id, or a built-in check (`model-access`, `role-label`, `training`,
        /// `vendor-clearance`, `default`).
        public var rule: String
        public var action: RuleAction
        public var why: String
        /// The rule was in monitor mode: recorded, not applied.
        public var monitored: Bool
        public var description: String { "\(rule) → \(action.rawValue)\(monitored ? " (monitor)" : ""): \(why)" }

        public init(rule: String, action: RuleAction, why: String, monitored: Bool) {
            self.rule = rule
            self.action = action
            self.why = why
            self.monitored = monitored
        }
    }
}

extension Decision {
    /// What a rule in monitor mode (or the whole policy in monitor mode) would have done to stop
    /// the request, `block` or `review`; nil when nothing monitored would have stopped it.
    public var monitoredStop: RuleAction? {
        if let w = wouldHave, w == .block || w == .review { return w }
        return reasons.first { $0.monitored && ($0.action == .block || $0.action == .review) }?.action
    }
}
