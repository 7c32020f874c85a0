import Foundation
import PortcullisCore
import PortcullisStore

/// Limits on what a client may send; over a limit is a clear 4xx, never a crash.
public struct RequestLimits: Sendable {
    public var maxBodyBytes = 4 << 20
    public var maxMessages = 1000
    public var maxNesting = 32

    public init() {}
}

/// Everything a request needs, built once at start-up.
public struct GatewayServices: Sendable {
    public var policy: Policy
    /// The detectors, document markers and dictionaries, with the policy's label mapping.
    public var classifier: SensitivityClassifier
    public var store: PortcullisStore
    public var audit: AuditLog
    /// Adapters by vendor name (the policy's `vendors`).
    public var vendors: [String: any VendorAdapter]
    public var mock: MockProvider
    public var transformKey: TransformKey
    public var limits: RequestLimits
    public var rateLimits: RateLimits
    /// Bearer tokens from an OpenID Connect provider, when one is configured.
    public var oidc: OIDCAuthenticator?
    /// Counters and stage timings for `GET /metrics`.
    public var metrics: GatewayMetrics
    /// How long an API key's record and its user's training are remembered between store reads
    /// (a revocation by another process takes effect within it).
    public var identityCacheTTL: Duration = .seconds(2)
    /// The deployment file's `audit_failure`, which overrides the policy's `failure_modes.audit`.
    public var auditFailure: FailureModes.Mode?
    /// When the audit log cannot be written: `false` (closed, the default) withholds answers with
    /// 503 `audit_unavailable`; `true` (open) answers anyway and counts the failures in metrics.
    public var auditFailOpen: Bool { (auditFailure ?? policy.failureModes.audit) == .open }
    /// The policy's topics (built-in and its own), for rules that `match: { topics: … }`.
    public var topics: TopicDetector

    public init(policy: Policy, classifier: SensitivityClassifier? = nil, store: PortcullisStore, audit: AuditLog,
                vendors: [String: any VendorAdapter], mock: MockProvider, transformKey: TransformKey = .random(),
                limits: RequestLimits = RequestLimits(), rateLimits: RateLimits = RateLimits(), oidc: OIDCAuthenticator? = nil,
                metrics: GatewayMetrics = GatewayMetrics()) {
        self.policy = policy
        self.classifier = classifier ?? SensitivityClassifier(mapping: policy.labels)
        self.store = store
        self.audit = audit
        self.vendors = vendors
        self.mock = mock
        self.transformKey = transformKey
        self.limits = limits
        self.rateLimits = rateLimits
        self.oidc = oidc
        self.metrics = metrics
        self.topics = policy.topicDetector()
    }
}
