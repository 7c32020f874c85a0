import Crypto
import Foundation
import NIOConcurrencyHelpers
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
///
/// On SQLite the batches are written by a serial queue of the log's own, and each caller is
/// resumed on the event loop it appended from; without an fsync per commit (`durability
/// normal`) a caller that finds no batch being written and no other write in the way writes its
/// own on its thread. On PostgreSQL (network round trips) a task writes them.
public final class AuditLog: Sendable {
    public let store: PortcullisStore
    public let keys: AuditKeys
    public let checkpoints: CheckpointPolicy
    public let maxBatch: Int
    /// How long payloads are kept (the retention setting); nil keeps them until erased.
    public let payloadRetention: TimeInterval?
    private let keyCacheSeconds: Double
    private let state = NIOLockedValueBox(State())
    private let writer = DispatchQueue(label: "portcullis.audit-writer")

    /// An event waiting for the next batch, with its caller and the event loop the caller ran on.
    private struct Waiter: Sendable {
        var sealed: SealedRecord
        var continuation: CheckedContinuation<AuditReceipt, any Error>
        var loop: (any EventLoop)?
    }

    private struct State: Sendable {
        var pending: [Waiter] = []
        var flushing = false
        /// Data keys by subject, kept briefly: an erasure on another replica is honoured within `keyCacheSeconds`.
        var keyCache: [String: (SubjectDataKey, Date)] = [:]
    }

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
    /// The payload is sealed and the entry prepared in the caller's task, so concurrent callers do
    /// that work in parallel while a batch is being written.
    public func append(_ record: AuditRecord) async throws -> AuditReceipt {
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
        return try await withCheckedThrowingContinuation { c in
            let lead = state.withLockedValue { s in
                s.pending.append(Waiter(sealed: sealed, continuation: c, loop: loop))
                if s.flushing { return false }
                s.flushing = true
                return true
            }
            guard lead else { return }
            if store.appendsQuickly {
                // No batch is being written: the caller writes this one (its event and any that
                // queued meanwhile) on its own thread, a write to the page cache, so at low load
                // an append crosses no thread. What queues behind it goes to the writer queue.
                let more = writeBatchInline()
                if more { writer.async { self.flushBlocking() } }
            } else if store.appendsBlocking {
                writer.async { self.flushBlocking() }
            } else {
                Task { await self.flushAsync() }
            }
        }
    }

    /// The next batch, or nil (and no flush running) when nothing is waiting.
    private func nextBatch() -> [Waiter]? {
        state.withLockedValue { s in
            guard !s.pending.isEmpty else {
                s.flushing = false
                return nil
            }
            return Self.take(&s, maxBatch)
        }
    }

    private static func take(_ s: inout State, _ maxBatch: Int) -> [Waiter] {
        let n = min(maxBatch, s.pending.count)
        let batch = Array(s.pending.prefix(n))
        s.pending.removeFirst(n)
        return batch
    }

    /// Writes one batch of what is waiting on this thread, without waiting for the write lock
    /// (another process writing: the batch goes to the writer queue, which waits). Whether the
    /// flush must go on: the flush stays marked running when it returns true.
    private func writeBatchInline() -> Bool {
        let batch = state.withLockedValue { Self.take(&$0, maxBatch) }
        if !batch.isEmpty {
            do {
                let receipts = try store.appendAuditBlocking(batch.map(\.sealed), signer: keys.signing,
                                                             checkpoints: checkpoints, waitForLock: false) ?? []
                Self.finish(batch, .success(receipts))
            } catch StoreError.busy {
                writer.async { self.write(batch); self.flushBlocking() }
                return false
            } catch {
                Self.finish(batch, .failure(error))
            }
        }
        return state.withLockedValue { s in
            if s.pending.isEmpty { s.flushing = false }
            return !s.pending.isEmpty
        }
    }

    private func write(_ batch: [Waiter]) {
        Self.finish(batch, Result { try store.appendAuditBlocking(batch.map(\.sealed), signer: keys.signing, checkpoints: checkpoints) ?? [] })
    }

    private func flushBlocking() {
        while let batch = nextBatch() { write(batch) }
    }

    private func flushAsync() async {
        while let batch = nextBatch() {
            do {
                Self.finish(batch, .success(try await store.appendAudit(batch.map(\.sealed), signer: keys.signing, checkpoints: checkpoints)))
            } catch {
                Self.finish(batch, .failure(error))
            }
        }
    }

    private static func finish(_ batch: [Waiter], _ result: Result<[AuditReceipt], any Error>) {
        switch result {
        case .success(let receipts) where receipts.count == batch.count:
            for (w, r) in zip(batch, receipts) { resume(w, with: .success(r)) }
        case .success:
            for w in batch { resume(w, with: .failure(StoreError.corrupt("the audit store returned the wrong number of receipts"))) }
        case .failure(let error):
            for w in batch { resume(w, with: .failure(error)) }
        }
    }

    private static func resume(_ w: Waiter, with result: Result<AuditReceipt, any Error>) {
        if let loop = w.loop, !loop.inEventLoop {
            loop.execute { w.continuation.resume(with: result) }
        } else {
            w.continuation.resume(with: result)
        }
    }

    private func dataKey(_ subject: String) async throws -> SubjectDataKey {
        let now = Date()
        if let k = state.withLockedValue({ s -> SubjectDataKey? in
            guard let (k, t) = s.keyCache[subject], now.timeIntervalSince(t) < keyCacheSeconds else { return nil }
            return k
        }) { return k }
        let k = try await store.dataKey(forSubject: subject, keyring: keys.masterKeys)
        state.withLockedValue { $0.keyCache[subject] = (k, Date()) }
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
        state.withLockedValue { $0.keyCache[subject] = nil }
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
