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
    /// Store reads under way, by name, so callers that miss together wait for the same one.
    private let loads = NIOLockedValueBox<[String: Task<(any Sendable)?, any Error>]>([:])

    init(ttl: Duration = .seconds(2), capacity: Int = 10_000) {
        self.ttl = ttl
        self.capacity = capacity
    }

    /// The remembered value for `name` when it is fresh, else `load()`'s (remembered when not nil).
    /// Callers that miss together share one load: when an entry expires under load, the store
    /// is read once, not once per request in flight.
    func value<T: Sendable>(_ name: String, _ path: WritableKeyPath<Entry, T?>,
                            load: @escaping @Sendable () async throws -> T?) async throws -> T? {
        let now = ContinuousClock.now
        guard ttl > .zero else { return try await load() }
        if let e = entries.withLockedValue({ $0[name] }), now - e.at < ttl, let v = e[keyPath: path] { return v }
        let (task, owner) = loads.withLockedValue { running -> (Task<(any Sendable)?, any Error>, Bool) in
            if let t = running[name] { return (t, false) }
            let t = Task<(any Sendable)?, any Error> { try await load() }
            running[name] = t
            return (t, true)
        }
        let fresh: T?
        do {
            fresh = try await task.value as? T
        } catch {
            if owner { _ = loads.withLockedValue { $0.removeValue(forKey: name) } }
            throw error
        }
        guard owner else { return fresh }
        entries.withLockedValue { all in
            if let fresh {
                if all.count >= capacity { all.removeAll(keepingCapacity: true) }
                var e = all[name].flatMap { now - $0.at < ttl ? $0 : nil } ?? Entry(at: now)
                e[keyPath: path] = fresh
                all[name] = e
            }
            // Removed under the entries' lock: a caller that finds no load running finds the entry.
            _ = loads.withLockedValue { $0.removeValue(forKey: name) }
        }
        return fresh
    }

    /// Forgets everything (after a revocation made in this process).
    func removeAll() { entries.withLockedValue { $0.removeAll() } }
}
