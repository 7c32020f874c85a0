import NIOConcurrencyHelpers
import PortcullisStore

/// What the store said about a key and its user's training, remembered for `ttl` so a request
/// does not read the store twice. Every check (the secret's hash in constant time, revocation,
/// expiry, training expiry) still runs on each request against the remembered records; what the
/// cache delays is only news from another process: a revocation or a new attestation made by
/// `portcullis keys revoke` elsewhere takes effect within `ttl`. Unknown keys are never
/// remembered, so guessing cannot fill it; it is emptied when it holds `capacity` entries.
final class IdentityCache: Sendable {
    struct Entry: Sendable {
        var key: APIKeyRecord?
        var training: [TrainingAttestation]?
        var at: ContinuousClock.Instant
    }

    let ttl: Duration
    let capacity: Int
    private let entries = NIOLockedValueBox<[String: Entry]>([:])

    init(ttl: Duration = .seconds(2), capacity: Int = 10_000) {
        self.ttl = ttl
        self.capacity = capacity
    }

    /// The remembered value for `name` when it is fresh, else `load()`'s (remembered when not nil).
    func value<T: Sendable>(_ name: String, _ path: WritableKeyPath<Entry, T?>,
                            load: () async throws -> T?) async throws -> T? {
        let now = ContinuousClock.now
        if ttl > .zero, let e = entries.withLockedValue({ $0[name] }), now - e.at < ttl, let v = e[keyPath: path] { return v }
        let fresh = try await load()
        guard ttl > .zero, let fresh else { return fresh }
        entries.withLockedValue { all in
            if all.count >= capacity { all.removeAll(keepingCapacity: true) }
            var e = all[name].flatMap { now - $0.at < ttl ? $0 : nil } ?? Entry(at: now)
            e[keyPath: path] = fresh
            all[name] = e
        }
        return fresh
    }

    /// Forgets everything (after a revocation made in this process).
    func removeAll() { entries.withLockedValue { $0.removeAll() } }
}
