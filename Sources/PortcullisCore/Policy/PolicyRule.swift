/// One ordered rule of a policy: when every condition of `match` holds, `action` applies.
public struct PolicyRule: Sendable, Equatable {
    /// A stable id decisions and audit events cite (`no-secrets-to-vendors`).
    public var id: String
    public var description: String?
    public var match: RuleMatch
    public var action: RuleAction
    /// For `block` and `review`: what the user should do instead (shown to them).
    public var message: String?
    /// For `route`: the model to send the request to instead.
    public var routeTo: String?
    /// For `alert`: how serious.
    public var severity: AlertSeverity
    /// `monitor` records what this rule would do without applying it (roll out one rule safely).
    public var mode: PolicyMode
    /// Where the rule is written (for explanations): line in the policy file.
    public var line: Int?

    public init(id: String, description: String? = nil, match: RuleMatch = RuleMatch(), action: RuleAction,
                message: String? = nil, routeTo: String? = nil, severity: AlertSeverity = .medium,
                mode: PolicyMode = .enforce, line: Int? = nil) {
        self.id = id
        self.description = description
        self.match = match
        self.action = action
        self.message = message
        self.routeTo = routeTo
        self.severity = severity
        self.mode = mode
        self.line = line
    }
}

/// What a rule does.
public enum RuleAction: String, Sendable, Equatable, CaseIterable {
    /// Let the request through (decides).
    case allow
    /// Replace the matched findings with masks or type tags (a transform; evaluation goes on).
    case redact
    /// Replace the matched findings with consistent placeholders, restored in the answer (a transform).
    case pseudonymize
    /// Replace the matched findings with format-preserving fake values (a transform).
    case synthesize
    /// Refuse the request with the rule's message (decides).
    case block
    /// Hold the request for a human reviewer (decides).
    case review
    /// Send the request to `routeTo`, a model cleared for its label (decides).
    case route
    /// Raise an alert of `severity` (evaluation goes on).
    case alert

    /// Whether this action settles the request (the first deciding rule wins).
    public var decides: Bool {
        switch self {
        case .allow, .block, .review, .route: true
        case .redact, .pseudonymize, .synthesize, .alert: false
        }
    }

    /// Whether this action rewrites findings.
    public var isTransform: Bool { self == .redact || self == .pseudonymize || self == .synthesize }
}

/// How serious an alert is.
public enum AlertSeverity: String, Sendable, Equatable, CaseIterable, Comparable {
    case low, medium, high, critical
    private var rank: Int { AlertSeverity.allCases.firstIndex(of: self)! }
    public static func < (a: AlertSeverity, b: AlertSeverity) -> Bool { a.rank < b.rank }
}

/// Which way the text flows.
public enum Direction: String, Sendable, Equatable, CaseIterable {
    /// From the user to the model.
    case input
    /// From the model back to the user.
    case output
}

/// The conditions of a rule. Every condition that is set must hold; within one list, any entry
/// may match. An empty match matches every request.
public struct RuleMatch: Sendable, Equatable {
    /// Finding types: exact (`US_SSN`), prefix (`aws-*`), family (`secret.*`, `pii.*`) or `*`.
    public var types: [TypePattern]
    /// The request's label is one of these.
    public var labels: [SensitivityLabel]
    /// The request's label is at least this.
    public var minLabel: SensitivityLabel?
    /// The principal has one of these roles.
    public var roles: [String]
    /// The requested model matches one of these (wildcards allowed).
    public var models: [NamePattern]
    public var direction: Direction?
    /// One of these topics was detected in the request.
    public var topics: [String]
    /// The principal lacks one of the trainings its roles require.
    public var missingTraining: Bool?

    public init(types: [TypePattern] = [], labels: [SensitivityLabel] = [], minLabel: SensitivityLabel? = nil,
                roles: [String] = [], models: [NamePattern] = [], direction: Direction? = nil, topics: [String] = [],
                missingTraining: Bool? = nil) {
        self.types = types
        self.labels = labels
        self.minLabel = minLabel
        self.roles = roles
        self.models = models
        self.direction = direction
        self.topics = topics
        self.missingTraining = missingTraining
    }
}
