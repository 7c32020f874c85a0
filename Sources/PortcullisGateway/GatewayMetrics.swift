import Foundation
import Prometheus

/// What the gateway counts and times, in the Prometheus text format at `GET /metrics`: requests by
/// API, outcome and label, findings by type, vendor failures, and the time each stage of the
/// pipeline takes (so a slow detector, store or vendor shows as its own line). Labels carry no
/// user data: only API names, actions, sensitivity labels, finding types and vendor names.
public final class GatewayMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    /// The pipeline's stages, each with a duration histogram.
    public enum Stage: String, CaseIterable, Sendable {
        case authenticate, rateLimit = "rate_limit", parse, inspectInput = "inspect_input", transform, vendor,
             inspectOutput = "inspect_output", audit
    }
    private let stages: [Stage: DurationHistogram]
    private let overhead: DurationHistogram

    static let buckets: [Duration] = [.microseconds(50), .microseconds(100), .microseconds(250), .microseconds(500),
                                      .milliseconds(1), .microseconds(2500), .milliseconds(5), .milliseconds(10),
                                      .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
                                      .seconds(1), .milliseconds(2500), .seconds(10)]

    public init(registry: PrometheusCollectorRegistry = PrometheusCollectorRegistry()) {
        self.registry = registry
        var s: [Stage: DurationHistogram] = [:]
        for stage in Stage.allCases {
            s[stage] = registry.makeDurationHistogram(
                descriptor: Self.name("stage", "seconds", "Time spent in each stage of the request pipeline"),
                labels: [("stage", stage.rawValue)], buckets: Self.buckets)
        }
        stages = s
        overhead = registry.makeDurationHistogram(
            descriptor: Self.name("overhead", "seconds", "Time spent in Portcullis per request, excluding the vendor"),
            buckets: Self.buckets)
    }

    static func name(_ metric: String, _ unit: String, _ help: String) -> MetricNameDescriptor {
        MetricNameDescriptor(namespace: "portcullis", metricName: metric, unitName: unit, helpText: help)
    }

    /// Records how long `stage` took.
    public func time(_ stage: Stage, _ d: Duration) { stages[stage]?.record(d) }

    /// Times `body` as `stage`.
    public func timed<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer { time(stage, ContinuousClock.now - start) }
        return try body()
    }

    public func overhead(_ d: Duration) { overhead.record(d) }

    /// One decided request.
    public func request(api: String, action: String, label: String) {
        registry.makeCounter(descriptor: Self.name("requests", "total", "Decided requests by API, outcome and sensitivity label"),
                             labels: [("api", api), ("action", action), ("label", label)]).increment()
    }

    public func findings(_ counts: [String: Int]) {
        for (type, n) in counts where n > 0 {
            registry.makeCounter(descriptor: Self.name("findings", "total", "Findings in requests and answers by type"),
                                 labels: [("type", type)]).increment(by: Int64(n))
        }
    }

    public func vendorError(_ vendor: String) {
        registry.makeCounter(descriptor: Self.name("vendor_errors", "total", "Vendor calls that failed"),
                             labels: [("vendor", vendor)]).increment()
    }

    public func auditError() {
        registry.makeCounter(descriptor: Self.name("audit_errors", "total", "Audit events that could not be written"),
                             labels: []).increment()
    }

    /// Requests refused before a decision (authentication, rate limits, malformed bodies).
    public func refused(_ code: String) {
        registry.makeCounter(descriptor: Self.name("refused", "total", "Requests refused before a decision, by error code"),
                             labels: [("code", code)]).increment()
    }

    /// The Prometheus text exposition.
    public func exposition() -> [UInt8] { registry.emitToBuffer() }
}
