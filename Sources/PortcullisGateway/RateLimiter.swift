import Foundation
import PortcullisStore

/// Requests per minute allowed per API key, per user and per role (nil: no limit).
public struct RateLimits: Sendable {
    public var perKey: Int?
    public var perUser: Int?
    public var perRole: Int?

    public init(perKey: Int? = nil, perUser: Int? = nil, perRole: Int? = nil) {
        self.perKey = perKey
        self.perUser = perUser
        self.perRole = perRole
    }

    public var isEmpty: Bool { perKey == nil && perUser == nil && perRole == nil }
}

/// Fixed one-minute windows counted in the store, so replicas sharing PostgreSQL share the limits.
struct RateLimiter: Sendable {
    let store: PortcullisStore
    let limits: RateLimits

    /// Counts this request; throws `rate_limited` (429, with `Retry-After`) when a limit is exceeded.
    func admit(_ caller: Caller, now: Date = Date()) async throws {
        guard !limits.isEmpty else { return }
        let t = Int64(now.timeIntervalSince1970)
        let window = t - t % 60
        let retry = Int(window + 60 - t)
        let checks: [(String, Int?, String)] = [
            ("key:" + caller.keyID, limits.perKey, "this API key"),
            ("user:" + caller.principal.id, limits.perUser, "user \(caller.principal.id)"),
        ] + caller.principal.roles.map { ("role:" + $0, limits.perRole, "role \($0)") }
        for (bucket, limit, who) in checks {
            guard let limit else { continue }
            let n = try await store.incrementCounter(bucket: bucket, windowStart: window)
            if n > Int64(limit) {
                var e = APIError(.tooManyRequests, code: "rate_limited", type: "rate_limit_error",
                                 message: "Rate limit reached for \(who): \(limit) requests a minute. Retry in \(retry) s.")
                e.retryAfter = retry
                throw e
            }
        }
    }
}
