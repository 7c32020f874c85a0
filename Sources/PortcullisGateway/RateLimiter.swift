import Foundation
import PortcullisStore

/// Requests and tokens per minute allowed per API key, per user and per role (nil: no limit).
public struct RateLimits: Sendable {
    public var perKey: Int?
    public var perUser: Int?
    public var perRole: Int?
    /// Token quotas: prompt plus answer tokens a minute (a request is refused once the quota is
    /// spent; the one that crosses it is let through, as its size is known only afterwards).
    public var tokensPerKey: Int?
    public var tokensPerUser: Int?
    public var tokensPerRole: Int?

    public init(perKey: Int? = nil, perUser: Int? = nil, perRole: Int? = nil,
                tokensPerKey: Int? = nil, tokensPerUser: Int? = nil, tokensPerRole: Int? = nil) {
        self.perKey = perKey
        self.perUser = perUser
        self.perRole = perRole
        self.tokensPerKey = tokensPerKey
        self.tokensPerUser = tokensPerUser
        self.tokensPerRole = tokensPerRole
    }

    public var isEmpty: Bool { perKey == nil && perUser == nil && perRole == nil && !hasTokenQuotas }
    var hasTokenQuotas: Bool { tokensPerKey != nil || tokensPerUser != nil || tokensPerRole != nil }
}

/// Fixed one-minute windows, counted here and shared through the store, so replicas sharing
/// PostgreSQL share the limits without a database write on every request.
///
/// Each process counts its own requests at once and adds them to the store's counter at most
/// every `syncInterval`, learning the other replicas' counts back (and reads the store's count on
/// a bucket's first request of a window). One process is exact; N replicas may together overshoot a limit by what N − 1 of
/// them admit in one sync interval. A store that cannot be reached does not stop counting: the
/// local counts still apply.
struct RateLimiter: Sendable {
    let limits: RateLimits
    let counter: RateCounter
    let metrics: GatewayMetrics?

    init(store: PortcullisStore, limits: RateLimits, metrics: GatewayMetrics? = nil, syncInterval: Duration = .milliseconds(250)) {
        self.limits = limits
        self.metrics = metrics
        counter = RateCounter(store: store, syncInterval: syncInterval)
    }

    /// Counts this request; throws `rate_limited` (429, with `Retry-After`) when a limit is exceeded.
    func admit(_ caller: Caller, now: Date = Date()) async throws {
        guard !limits.isEmpty else { return }
        let start = ContinuousClock.now
        defer { metrics?.time(.rateLimit, ContinuousClock.now - start) }
        let t = Int64(now.timeIntervalSince1970)
        let window = t - t % 60
        let retry = Int(window + 60 - t)
        var checks: [(String, Int, String)] = []
        if let l = limits.perKey { checks.append(("key:" + caller.keyID, l, "this API key")) }
        if let l = limits.perUser { checks.append(("user:" + caller.principal.id, l, "user \(caller.principal.id)")) }
        if let l = limits.perRole { checks += caller.principal.roles.map { ("role:" + $0, l, "role \($0)") } }
        if let (limit, who) = await counter.admit(checks.map { ($0.0, $0.1) }, window: window).map({ i in (checks[i].1, checks[i].2) }) {
            var e = APIError(.tooManyRequests, code: "rate_limited", type: "rate_limit_error",
                             message: "Rate limit reached for \(who): \(limit) requests a minute. Retry in \(retry) s.")
            e.retryAfter = retry
            metrics?.refused(e.code)
            throw e
        }
        let quotas = tokenBuckets(caller)
        if !quotas.isEmpty, let i = await counter.spent(quotas.map { ($0.0, $0.1) }, window: window) {
            var e = APIError(.tooManyRequests, code: "rate_limited", type: "rate_limit_error",
                             message: "Token quota spent for \(quotas[i].2): \(quotas[i].1) tokens a minute. Retry in \(retry) s.")
            e.retryAfter = retry
            metrics?.refused(e.code)
            throw e
        }
    }

    /// The token buckets that apply to `caller`: (bucket, quota, who).
    func tokenBuckets(_ caller: Caller) -> [(String, Int, String)] {
        var out: [(String, Int, String)] = []
        if let l = limits.tokensPerKey { out.append(("tokens:key:" + caller.keyID, l, "this API key")) }
        if let l = limits.tokensPerUser { out.append(("tokens:user:" + caller.principal.id, l, "user \(caller.principal.id)")) }
        if let l = limits.tokensPerRole { out += caller.principal.roles.map { ("tokens:role:" + $0, l, "role \($0)") } }
        return out
    }

    /// Counts the tokens a request used against the caller's token quotas.
    func charge(_ caller: Caller, tokens: Int, now: Date = Date()) async {
        let buckets = tokenBuckets(caller)
        guard !buckets.isEmpty, tokens > 0 else { return }
        let t = Int64(now.timeIntervalSince1970)
        await counter.add(buckets.map(\.0), Int64(tokens), window: t - t % 60)
    }
}

/// The counts behind `RateLimiter`: per bucket and window, what the store said last and what this
/// process admitted since.
actor RateCounter {
    /// What the store said last, what this process admitted since, and what it is adding to the
    /// store right now (counted until the store's answer, which includes it, comes back).
    struct Count {
        var synced: Int64 = 0, pending: Int64 = 0, sending: Int64 = 0
        var seen = false
        var total: Int64 { synced + pending + sending }
    }
    let store: PortcullisStore
    let syncInterval: Duration
    private var counts: [String: Count] = [:]
    private var window: Int64 = 0
    private var syncing = false

    init(store: PortcullisStore, syncInterval: Duration) {
        self.store = store
        self.syncInterval = syncInterval
    }

    /// Admits a request counted against every bucket, or returns the index of the first bucket
    /// whose limit it would exceed (then nothing is counted).
    func admit(_ buckets: [(String, Int)], window w: Int64) async -> Int? {
        await learn(buckets.map(\.0), window: w)
        for (i, (bucket, limit)) in buckets.enumerated() {
            let c = counts[bucket, default: Count()]
            if c.total + 1 > Int64(limit) { return i }
        }
        add(buckets.map(\.0), 1, window: window)
        return nil
    }

    /// The index of the first bucket whose quota is spent (nothing is counted).
    func spent(_ buckets: [(String, Int)], window w: Int64) async -> Int? {
        await learn(buckets.map(\.0), window: w)
        for (i, (bucket, limit)) in buckets.enumerated() {
            let c = counts[bucket, default: Count()]
            if c.total >= Int64(limit) { return i }
        }
        return nil
    }

    /// Starts window `w` when it is new, and reads the store's count of each bucket not seen yet in
    /// it (what other replicas counted).
    private func learn(_ buckets: [String], window w: Int64) async {
        if w != window {
            counts = [:]
            window = w
        }
        for bucket in buckets where counts[bucket]?.seen != true {
            counts[bucket, default: Count()].seen = true
            if let total = try? await store.incrementCounter(bucket: bucket, windowStart: w, by: 0), window == w,
               let cur = counts[bucket] {
                counts[bucket]?.synced = max(cur.synced, total)
            }
        }
    }

    /// Adds `amount` to each bucket; it reaches the store at the next sync, one `syncInterval`
    /// after the first uncounted amount, whatever the traffic.
    func add(_ buckets: [String], _ amount: Int64, window w: Int64) {
        guard w == window else { return }  // an amount from a minute already over is not carried into the next
        for b in buckets { counts[b, default: Count()].pending += amount }
        scheduleSync()
    }

    /// Starts a sync one `syncInterval` from now unless one is already on its way.
    private func scheduleSync() {
        guard !syncing else { return }
        syncing = true
        let wait = syncInterval
        Task {
            try? await Task.sleep(for: wait)
            await self.sync()
        }
    }

    /// Adds the pending counts to the store's and takes back the totals (all replicas'). What was
    /// admitted while it ran (or what the store refused) goes with the next sync, scheduled here:
    /// a quiet replica's last requests reach the store too.
    func sync() async {
        defer {
            syncing = false
            if counts.values.contains(where: { $0.pending > 0 }) { scheduleSync() }
        }
        let w = window
        for (bucket, c) in counts where c.pending > 0 {
            let n = c.pending
            // Counted as `sending` while the store answers, so a check in between still sees it.
            counts[bucket]?.pending -= n
            counts[bucket]?.sending += n
            guard let total = try? await store.incrementCounter(bucket: bucket, windowStart: w, by: n) else {
                if window == w { counts[bucket]?.sending -= n; counts[bucket]?.pending += n }  // kept for the next sync
                continue
            }
            // Requests admitted while the store answered stay pending; the total includes ours.
            if window == w, let cur = counts[bucket] {
                counts[bucket]?.synced = max(cur.synced, total)
                counts[bucket]?.sending -= n
            }
        }
    }
}
