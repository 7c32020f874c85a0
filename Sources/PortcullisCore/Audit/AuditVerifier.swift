import Crypto
import Foundation

/// Where and how an audit log is broken.
public struct AuditProblem: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// An entry's fields do not give its hash: edited, or renumbered.
        case edited
        /// A number is missing: deleted.
        case missing
        /// A number appears again or goes backwards: inserted or reordered.
        case outOfOrder = "out-of-order"
        /// An entry does not point at the hash before it: inserted, deleted or reordered.
        case brokenLink = "broken-link"
        /// A payload does not match the digest its entry was hashed with.
        case payloadChanged = "payload-changed"
        /// A checkpoint's signature is wrong, its key unknown, or its hash not the entry's.
        case badCheckpoint = "bad-checkpoint"
        /// Entries a checkpoint or the log's head vouches for are gone: the end was cut off.
        case truncated
        /// No checkpoint where the log's interval requires one: checkpoints were deleted.
        case missingCheckpoint = "missing-checkpoint"
    }

    public var seq: Int64
    public var kind: Kind
    public var detail: String

    public init(seq: Int64, kind: Kind, detail: String) {
        self.seq = seq
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "event \(seq): \(kind.rawValue): \(detail)" }
}

/// Checks an audit log entry by entry, in `seq` order, in constant memory.
///
/// Feed every entry to ``check(_:)``, then call ``finish(headSeq:)``. The first problem found is
/// the one reported: everything after a break is suspect anyway.
public struct AuditVerifier: Sendable {
    private let keys: [String: AuditVerifyingKey]
    private var checkpoints: [Int64: AuditCheckpoint]
    private var prevHash = AuditChain.genesis
    private var lastSeq: Int64 = 0
    public private(set) var entries: Int64 = 0
    public private(set) var checkpointsVerified = 0
    public private(set) var payloadsPresent: Int64 = 0
    public private(set) var payloadsDropped: Int64 = 0
    public private(set) var problem: AuditProblem?
    /// Highest checkpointed entry seen so far.
    public private(set) var lastCheckpointSeq: Int64 = 0
    /// The interval N: a checkpoint is required at every multiple of N.
    public let checkpointEvery: Int64

    /// - Parameters:
    ///   - trustedKeys: the keys whose checkpoint signatures count; a checkpoint by any other key is a problem.
    ///   - checkpoints: every checkpoint the store holds.
    ///   - checkpointEvery: the log's checkpoint interval (the writers' `CheckpointPolicy.everyEvents`).
    public init(trustedKeys: [AuditVerifyingKey], checkpoints: [AuditCheckpoint], checkpointEvery: Int64 = 1000) {
        self.checkpointEvery = max(1, checkpointEvery)
        var k: [String: AuditVerifyingKey] = [:]
        for key in trustedKeys { k[key.keyID] = key }
        keys = k
        var c: [Int64: AuditCheckpoint] = [:]
        for cp in checkpoints { c[cp.seq] = cp }
        self.checkpoints = c
    }

    /// Checks the next entry. Returns false once a problem has been found.
    @discardableResult
    public mutating func check(_ e: AuditEntry) -> Bool {
        guard problem == nil else { return false }
        if e.seq != lastSeq + 1 {
            if e.seq <= lastSeq {
                return fail(e.seq, .outOfOrder, "comes after event \(lastSeq): an event was inserted or the order changed")
            }
            let gap = e.seq - lastSeq - 1
            return fail(lastSeq + 1, .missing, gap == 1 ? "this event is not in the log (deleted)" : "the log jumps from event \(lastSeq) to event \(e.seq): events were deleted, or \(e.seq) was inserted")
        }
        if e.prevHash != prevHash {
            return fail(e.seq, .brokenLink, "does not point at the hash of event \(lastSeq): an event was inserted, deleted or reordered")
        }
        if AuditChain.hash(of: e) != e.hash {
            return fail(e.seq, .edited, "its contents do not give its stored hash")
        }
        if let p = e.payload {
            if Array(SHA256.hash(data: p)) != e.payloadDigest {
                return fail(e.seq, .payloadChanged, "its encrypted payload is not the one it was recorded with")
            }
            payloadsPresent += 1
        } else if !e.payloadDigest.isEmpty {
            payloadsDropped += 1
        }
        if let cp = checkpoints.removeValue(forKey: e.seq) {
            guard let key = keys[cp.keyID] else {
                return fail(e.seq, .badCheckpoint, "its checkpoint is signed by key \(cp.keyID), which is not trusted")
            }
            guard key.isValid(cp) else {
                return fail(e.seq, .badCheckpoint, "its checkpoint's signature is not valid")
            }
            guard cp.hash == e.hash else {
                return fail(e.seq, .badCheckpoint, "its hash is not the one its signed checkpoint vouches for: the chain was rewritten")
            }
            guard cp.everyEvents == checkpointEvery else {
                return fail(e.seq, .badCheckpoint, "its checkpoint was signed for a log checkpointed every \(cp.everyEvents) events; verifying expects every \(checkpointEvery) (--checkpoint-every)")
            }
            checkpointsVerified += 1
            lastCheckpointSeq = e.seq
        } else if e.seq % checkpointEvery == 0 {
            return fail(e.seq, .missingCheckpoint, "the log is checkpointed every \(checkpointEvery) events, but this event has no signed checkpoint: checkpoints were deleted")
        }
        prevHash = e.hash
        lastSeq = e.seq
        entries += 1
        return true
    }

    /// Checks what only the end can tell: checkpoints or a head beyond the last entry.
    /// - Parameter headSeq: the last number the store's writers recorded, if it keeps one.
    public mutating func finish(headSeq: Int64?) {
        guard problem == nil else { return }
        if let beyond = checkpoints.keys.filter({ $0 > lastSeq }).min() {
            fail(lastSeq + 1, .truncated, "a signed checkpoint vouches for event \(beyond), but the log ends at \(lastSeq): events were cut off")
            return
        }
        if let orphan = checkpoints.keys.min() {
            fail(orphan, .badCheckpoint, "a checkpoint names this event, which is not in the log")
            return
        }
        if let h = headSeq, h > lastSeq {
            fail(lastSeq + 1, .truncated, "the log's head records event \(h), but the log ends at \(lastSeq): events were cut off")
        }
    }

    /// Number of the last entry checked.
    public var lastVerifiedSeq: Int64 { lastSeq }
    /// Hash of the last entry checked.
    public var lastHash: [UInt8] { prevHash }
    /// Entries after the last checkpoint: protected by the chain only until the next one is signed.
    public var unsignedTail: Int64 { lastSeq - lastCheckpointSeq }

    @discardableResult
    private mutating func fail(_ seq: Int64, _ kind: AuditProblem.Kind, _ detail: String) -> Bool {
        problem = AuditProblem(seq: seq, kind: kind, detail: detail)
        return false
    }
}
