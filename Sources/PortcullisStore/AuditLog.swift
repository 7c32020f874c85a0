import Crypto
import Foundation
import NIOCore
import NIOPosix
import PortcullisCore

/// The keys an audit log writes with.
public struct AuditKeys: Sendable {
    public var signing: AuditSigningKey
    public var masterKeys: MasterKeyring

    public init(signing: AuditSigningKey, masterKeys: MasterKeyring) {
        self.signing = signing
        self.masterKeys = masterKeys
    }
}

/// Appends audit events with group commit: callers that append while a batch is being written
/// wait together and go into the next batch, one transaction (one fsync) for all of them. A call
/// returns only after its event is committed.
public actor AuditLog {
    nonisolated public let store: PortcullisStore
    nonisolated public let keys: AuditKeys
    nonisolated public let checkpoints: CheckpointPolicy
    nonisolated public let maxBatch: Int
    /// How long payloads are kept (the retention setting); nil keeps them until erased.
    nonisolated public let payloadRetention: TimeInterval?
    /// Events waiting for the next batch, each with its caller and the event loop the caller ran on.
    private var pending: [(SealedRecord, CheckedContinuation<AuditReceipt, any Error>, (any EventLoop)?)] = []
    private var flushing = false
    /// Data keys by subject, kept briefly: an erasure on another replica is honoured within `keyCacheSeconds`.
    private var keyCache: [String: (SubjectDataKey, Date)] = [:]
    private let keyCacheSeconds: Double

    public init(store: PortcullisStore, keys: AuditKeys, checkpoints: CheckpointPolicy = CheckpointPolicy(),
                maxBatch: Int = 1000, keyCacheSeconds: Double = 30, payloadRetention: TimeInterval? = nil) {
        self.store = store
        self.keys = keys
        self.checkpoints = checkpoints
        self.maxBatch = max(1, maxBatch)
        self.keyCacheSeconds = keyCacheSeconds
        self.payloadRetention = payloadRetention
    }

    /// Periodic upkeep (the gateway runs it on a timer): signs a checkpoint over the log's end and
    /// applies the retention setting. Returns the checkpointed number and the payloads dropped.
    public func maintain(now: Date = Date()) async throws -> (checkpoint: Int64?, dropped: Int) {
        let cp = try await store.checkpointAudit(signer: keys.signing, everyEvents: checkpoints.everyEvents)
        guard let keep = payloadRetention else { return (cp, 0) }
        return (cp, try await store.dropAuditPayloads(olderThan: now.addingTimeInterval(-keep)))
    }

    /// Appends one event; returns once it is durably stored, with its number and hash.
    ///
    /// The payload is sealed and the entry prepared in the caller's task (only the data-key
    /// lookup and the queueing run on the log's actor), so concurrent callers do that work in
    /// parallel while a batch is being written.
    public nonisolated func append(_ record: AuditRecord) async throws -> AuditReceipt {
        // Where the caller runs (a gateway request runs on its connection's event loop): the
        // receipt is handed back there, so the request goes on without another thread hop.
        let loop = MultiThreadedEventLoopGroup.currentEventLoop
        let sealed: SealedRecord
        if let payload = record.payload {
            let dk = try await dataKey(record.subject ?? "")
            sealed = SealedRecord(record: record, keyID: dk.keyID,
                                  sealedPayload: try PayloadCipher.seal(payload, with: dk.key, eventID: record.id))
        } else {
            sealed = SealedRecord(record: record)
        }
        return try await enqueue(sealed, loop: loop)
    }

    private func enqueue(_ sealed: SealedRecord, loop: (any EventLoop)?) async throws -> AuditReceipt {
        try await withCheckedThrowingContinuation { c in
            pending.append((sealed, c, loop))
            if !flushing {
                flushing = true
                Task { await self.flush() }
            }
        }
    }

    private func flush() async {
        while !pending.isEmpty {
            let n = min(maxBatch, pending.count)
            let batch = Array(pending.prefix(n))
            pending.removeFirst(n)
            do {
                let receipts = try await store.appendAudit(batch.map(\.0), signer: keys.signing, checkpoints: checkpoints)
                for (item, r) in zip(batch, receipts) { Self.resume(item.1, on: item.2, with: .success(r)) }
            } catch {
                for item in batch { Self.resume(item.1, on: item.2, with: .failure(error)) }
            }
        }
        flushing = false
    }

    private static func resume(_ c: CheckedContinuation<AuditReceipt, any Error>, on loop: (any EventLoop)?,
                               with result: Result<AuditReceipt, any Error>) {
        if let loop, !loop.inEventLoop {
            loop.execute { c.resume(with: result) }
        } else {
            c.resume(with: result)
        }
    }

    private func dataKey(_ subject: String) async throws -> SubjectDataKey {
        if let (k, t) = keyCache[subject], Date().timeIntervalSince(t) < keyCacheSeconds { return k }
        let k = try await store.dataKey(forSubject: subject, keyring: keys.masterKeys)
        keyCache[subject] = (k, Date())
        return k
    }

    /// Signs a checkpoint at the end of the log if it needs one (call when going idle or stopping).
    @discardableResult
    public func checkpointNow() async throws -> Int64? {
        try await store.checkpointAudit(signer: keys.signing, everyEvents: checkpoints.everyEvents)
    }

    /// Crypto-shreds a subject: destroys their data keys, so every payload sealed for them is
    /// unreadable, and records the erasure as an event of its own. Returns the erasure's receipt
    /// and the number of keys destroyed.
    public func erase(subject: String, actor: String) async throws -> (AuditReceipt, Int) {
        keyCache[subject] = nil
        let destroyed = try await store.eraseSubjectKeys(subject)
        let receipt = try await append(AuditRecord(actor: actor, action: "audit.erase", decision: "-",
                                                   findings: ["data_keys_destroyed": destroyed], subject: subject))
        return (receipt, destroyed)
    }

    /// The decrypted payload of entry `seq`.
    public func payload(seq: Int64) async throws -> AuditPayloadState {
        guard let e = try await store.auditEntry(seq: seq) else { throw StoreError.notFound("there is no audit event \(seq)") }
        guard let sealed = e.payload else { return e.payloadDigest.isEmpty ? .none : .dropped }
        guard let key = try await store.dataKey(id: e.keyID, keyring: keys.masterKeys) else { return .erased }
        return .readable(try PayloadCipher.open(sealed, with: key, eventID: e.id))
    }
}

/// What can be read of an event's payload.
public enum AuditPayloadState: Sendable, Equatable {
    /// The event never had one.
    case none
    /// Retention dropped it.
    case dropped
    /// Its subject was erased: the data key is gone.
    case erased
    case readable(AuditPayload)
}
