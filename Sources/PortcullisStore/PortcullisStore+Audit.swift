import Crypto
import Foundation
import PortcullisCore

/// When the writers sign a checkpoint.
public struct CheckpointPolicy: Sendable {
    /// A checkpoint at every entry whose number is a multiple of this.
    public var everyEvents: Int64
    /// And at the end of a batch when the last checkpoint is older than this.
    public var everySeconds: Double

    public init(everyEvents: Int64 = 1000, everySeconds: Double = 10) {
        self.everyEvents = max(1, everyEvents)
        self.everySeconds = everySeconds
    }
}

/// Where an appended event landed.
public struct AuditReceipt: Sendable, Equatable {
    public var seq: Int64
    public var hash: [UInt8]
}

/// The log's head as the writers keep it.
public struct AuditHead: Sendable, Equatable {
    public var lastSeq: Int64
    public var lastHash: [UInt8]
    public var checkpointSeq: Int64
    public var checkpointTimeMicros: Int64
}

extension PortcullisStore {
    static let eventColumns = """
        seq, id, time, actor, action, decision, label, model, vendor, findings, policy_version, decision_id, \
        request_digest, subject, key_id, payload_digest, payload, prev_hash, hash
        """

    /// Numbers, chains and stores `records` in one transaction under the writers' lock, signing
    /// the checkpoints that fall due. Concurrent callers (in one process or in several replicas on
    /// PostgreSQL) are serialised by the lock, so the log has one order and one chain.
    public func appendAudit(_ records: [SealedRecord], signer: AuditSigningKey,
                            checkpoints policy: CheckpointPolicy = CheckpointPolicy()) async throws -> [AuditReceipt] {
        guard !records.isEmpty else { return [] }
        let dialect = db.dialect
        return try await db.transaction(lock: Self.headLock(dialect)) { rows in
            try Self.planAppend(records, head: rows, signer: signer, policy: policy, dialect: dialect)
        }
    }

    /// Whether ``appendAuditBlocking(_:signer:checkpoints:)`` can run here (SQLite).
    public var appendsBlocking: Bool { db is any BlockingSQLDatabase }

    /// Whether a blocking append would be quick enough for any thread now: SQLite without an fsync
    /// per commit, and no other write in the way.
    public var appendsQuickly: Bool { (db as? any BlockingSQLDatabase)?.commitsWithoutWaiting ?? false }

    /// ``appendAudit(_:signer:checkpoints:)`` on the calling thread, blocking it until the batch
    /// commits; nil when the database has no blocking transactions (PostgreSQL). With
    /// `waitForLock` false it throws ``StoreError/busy(_:)`` when another process is writing.
    public func appendAuditBlocking(_ records: [SealedRecord], signer: AuditSigningKey,
                                    checkpoints policy: CheckpointPolicy = CheckpointPolicy(),
                                    waitForLock: Bool = true) throws -> [AuditReceipt]? {
        guard let blocking = db as? any BlockingSQLDatabase else { return nil }
        guard !records.isEmpty else { return [] }
        let dialect = db.dialect
        return try blocking.transactionBlocking(lock: Self.headLock(dialect), waitForLock: waitForLock) { rows in
            try Self.planAppend(records, head: rows, signer: signer, policy: policy, dialect: dialect)
        }
    }

    static func headLock(_ dialect: SQLDialect) -> [SQLStatement] {
        [SQLStatement("SELECT last_seq, last_hash, checkpoint_seq, checkpoint_time FROM audit_head WHERE id = 1\(dialect.forUpdate)")]
    }

    /// The statements that store `records` after the head read under the lock, and their receipts.
    static func planAppend(_ records: [SealedRecord], head rows: [SQLRow], signer: AuditSigningKey, policy: CheckpointPolicy,
                           dialect: SQLDialect) throws -> (statements: [SQLStatement], result: [AuditReceipt]) {
        guard let head = rows.first else { throw StoreError.corrupt("the audit log's head row is missing") }
        let entries = AuditChain.link(records, after: head.int(0), lastHash: head.blob(1))
        let now = Clock.nowMicros()
        var cpSeq = head.int(2), cpTime = head.int(3)
        if cpTime == 0 { cpTime = now }  // the first batch starts the clock
        var cps: [AuditCheckpoint] = []
        for e in entries where e.seq % policy.everyEvents == 0 {
            cps.append(signer.checkpoint(seq: e.seq, hash: e.hash, timeMicros: now, everyEvents: policy.everyEvents))
        }
        let last = entries[entries.count - 1]
        if cps.last?.seq != last.seq, Double(now - cpTime) >= policy.everySeconds * 1_000_000 {
            cps.append(signer.checkpoint(seq: last.seq, hash: last.hash, timeMicros: now, everyEvents: policy.everyEvents))
        }
        if let c = cps.last { cpSeq = c.seq; cpTime = now }
        var out = Self.insertEvents(entries, dialect: dialect)
        for c in cps {
            out.append(SQLStatement("INSERT INTO audit_checkpoints (seq, hash, time, key_id, every_events, signature) VALUES (?, ?, ?, ?, ?, ?)",
                                    [.int(c.seq), .blob(c.hash), .int(c.timeMicros), .text(c.keyID), .int(c.everyEvents), .blob(c.signature)]))
        }
        out.append(SQLStatement("UPDATE audit_head SET last_seq = ?, last_hash = ?, checkpoint_seq = ?, checkpoint_time = ? WHERE id = 1",
                                [.int(last.seq), .blob(last.hash), .int(cpSeq), .int(cpTime)]))
        return (out, entries.map { AuditReceipt(seq: $0.seq, hash: $0.hash) })
    }

    /// Signs a checkpoint at the current end of the log if it has none yet (so a quiet log's last
    /// events do not stay unsigned). Returns the checkpointed number, or nil if the log is empty.
    @discardableResult
    public func checkpointAudit(signer: AuditSigningKey, everyEvents: Int64 = CheckpointPolicy().everyEvents) async throws -> Int64? {
        let lock = [SQLStatement("SELECT last_seq, last_hash, checkpoint_seq FROM audit_head WHERE id = 1\(db.dialect.forUpdate)")]
        return try await db.transaction(lock: lock) { rows in
            guard let head = rows.first, head.int(0) > 0 else { return ([], nil) }
            if head.int(2) == head.int(0) { return ([], head.int(0)) }
            let now = Clock.nowMicros()
            let c = signer.checkpoint(seq: head.int(0), hash: head.blob(1), timeMicros: now, everyEvents: everyEvents)
            return ([
                SQLStatement("INSERT INTO audit_checkpoints (seq, hash, time, key_id, every_events, signature) VALUES (?, ?, ?, ?, ?, ?)",
                             [.int(c.seq), .blob(c.hash), .int(c.timeMicros), .text(c.keyID), .int(c.everyEvents), .blob(c.signature)]),
                SQLStatement("UPDATE audit_head SET checkpoint_seq = ?, checkpoint_time = ? WHERE id = 1", [.int(c.seq), .int(now)]),
            ], c.seq)
        }
    }

    static let rowPlaceholders = "(" + Array(repeating: "?", count: 19).joined(separator: ", ") + ")"
    static let insertOne = "INSERT INTO audit_events (\(eventColumns)) VALUES \(rowPlaceholders)"

    /// Insert statements for `entries`: one cached single-row statement per entry on SQLite (no
    /// round trips there, and a compiled statement is reused); rows in groups of 200 on PostgreSQL,
    /// where each statement is a round trip.
    static func insertEvents(_ entries: [AuditEntry], dialect: SQLDialect) -> [SQLStatement] {
        var out: [SQLStatement] = []
        let perStatement = dialect == .sqlite ? 1 : 200  // 19 values a row: well under the bind limits
        var i = 0
        while i < entries.count {
            let chunk = entries[i..<min(i + perStatement, entries.count)]
            var binds: [SQLValue] = []
            binds.reserveCapacity(chunk.count * 19)
            for e in chunk {
                binds += [.int(e.seq), .text(e.id.text), .int(e.timeMicros), .text(e.actor), .text(e.action),
                          .text(e.decision), .text(e.label), .text(e.model), .text(e.vendor), .text(e.findings),
                          .text(e.policyVersion), .text(e.decisionID), .text(e.requestDigest), .text(e.subject),
                          .text(e.keyID), .blob(e.payloadDigest), e.payload.map { .blob($0) } ?? .null,
                          .blob(e.prevHash), .blob(e.hash)]
            }
            out.append(SQLStatement(chunk.count == 1 ? insertOne : "INSERT INTO audit_events (\(eventColumns)) VALUES "
                                    + Array(repeating: rowPlaceholders, count: chunk.count).joined(separator: ", "), binds))
            i += perStatement
        }
        return out
    }

    static func entry(_ r: SQLRow) -> AuditEntry {
        AuditEntry(seq: r.int(0), id: UUID(text: r.text(1)) ?? UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)),
                   timeMicros: r.int(2), actor: r.text(3), action: r.text(4), decision: r.text(5), label: r.text(6),
                   model: r.text(7), vendor: r.text(8), findings: r.text(9), policyVersion: r.text(10),
                   decisionID: r.text(11), requestDigest: r.text(12), subject: r.text(13), keyID: r.text(14),
                   payloadDigest: r.blob(15), payload: r.optionalBlob(16), prevHash: r.blob(17), hash: r.blob(18))
    }

    /// Entries with numbers after `seq` (and at or after `sinceMicros`), in order, at most `limit`.
    public func auditEntries(after seq: Int64, since sinceMicros: Int64 = .min, limit: Int = 5000) async throws -> [AuditEntry] {
        try await db.query("SELECT \(Self.eventColumns) FROM audit_events WHERE seq > ? AND time >= ? ORDER BY seq LIMIT ?",
                           [.int(seq), .int(sinceMicros), .int(Int64(limit))]).map(Self.entry)
    }

    public func auditEntry(seq: Int64) async throws -> AuditEntry? {
        try await db.query("SELECT \(Self.eventColumns) FROM audit_events WHERE seq = ?", [.int(seq)]).first.map(Self.entry)
    }

    public func auditCheckpoints() async throws -> [AuditCheckpoint] {
        try await db.query("SELECT seq, hash, time, key_id, every_events, signature FROM audit_checkpoints ORDER BY seq").map {
            AuditCheckpoint(seq: $0.int(0), hash: $0.blob(1), timeMicros: $0.int(2), keyID: $0.text(3), everyEvents: $0.int(4),
                            signature: $0.blob(5))
        }
    }

    public func auditHead() async throws -> AuditHead {
        guard let r = try await db.query("SELECT last_seq, last_hash, checkpoint_seq, checkpoint_time FROM audit_head WHERE id = 1").first else {
            throw StoreError.corrupt("the audit log's head row is missing")
        }
        return AuditHead(lastSeq: r.int(0), lastHash: r.blob(1), checkpointSeq: r.int(2), checkpointTimeMicros: r.int(3))
    }

    /// Checks the whole chain and every checkpoint, reading in pages.
    public func verifyAudit(trustedKeys: [AuditVerifyingKey], checkpointEvery: Int64 = CheckpointPolicy().everyEvents,
                            progress: (@Sendable (Int64) -> Void)? = nil) async throws -> AuditVerifier {
        var v = AuditVerifier(trustedKeys: trustedKeys, checkpoints: try await auditCheckpoints(), checkpointEvery: checkpointEvery)
        var after: Int64 = .min
        while true {
            let page = try await auditEntries(after: after, limit: 10_000)
            for e in page where !v.check(e) { return v }
            guard let last = page.last else { break }
            after = last.seq
            progress?(v.entries)
        }
        let head = try? await auditHead()
        v.finish(headSeq: head?.lastSeq)
        return v
    }

    /// Drops the sealed payloads of entries older than `date`; the chain keeps verifying because
    /// entries are hashed with their payload's digest. Returns how many were dropped.
    @discardableResult
    public func dropAuditPayloads(olderThan date: Date) async throws -> Int {
        let rows = try await db.query("UPDATE audit_events SET payload = NULL WHERE time < ? AND payload IS NOT NULL RETURNING seq",
                                      [.int(date.micros)])
        return rows.count
    }
}
