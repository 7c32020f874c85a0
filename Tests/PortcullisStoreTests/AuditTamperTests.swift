import Crypto
import Foundation
import PortcullisCore
import PortcullisStore
import Testing

/// Changes rows directly in the database, as an attacker with database access would, and checks
/// that `verify` names the first broken place.
@Suite("Audit log tampering is detected on SQLite and PostgreSQL")
struct AuditTamperTests {
    /// 30 events, checkpoints at 10, 20 and 30.
    func filled(_ s: PortcullisStore) async throws {
        let log = AuditLog(store: s, keys: testKeys, checkpoints: CheckpointPolicy(everyEvents: 10, everySeconds: 3600))
        for i in 1...30 { _ = try await log.append(record(i, subject: "s", payload: AuditPayload(prompt: "p\(i)"))) }
        #expect(try await problem(s) == nil)
    }

    func problem(_ s: PortcullisStore, keys: [AuditVerifyingKey] = [testKeys.signing.verifyingKey]) async throws -> AuditProblem? {
        try await s.verifyAudit(trustedKeys: keys, checkpointEvery: 10).problem
    }

    /// Writes `e` over the row with its number, hash recomputed as an attacker would.
    func forge(_ s: PortcullisStore, _ e: AuditEntry) async throws {
        var e = e
        e.hash = AuditChain.hash(of: e)
        try await s.db.execute("DELETE FROM audit_events WHERE seq = ?", [.int(e.seq)])
        try await s.db.execute("""
            INSERT INTO audit_events (seq, id, time, actor, action, decision, label, model, vendor, findings, policy_version,
              decision_id, request_digest, subject, key_id, payload_digest, payload, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.int(e.seq), .text(e.id.uuidString), .int(e.timeMicros), .text(e.actor), .text(e.action), .text(e.decision),
                  .text(e.label), .text(e.model), .text(e.vendor), .text(e.findings), .text(e.policyVersion), .text(e.decisionID),
                  .text(e.requestDigest), .text(e.subject), .text(e.keyID), .blob(e.payloadDigest),
                  e.payload.map { .blob($0) } ?? .null, .blob(e.prevHash), .blob(e.hash)])
    }

    @Test(arguments: Backend.available)
    func editedField(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            try await s.db.execute("UPDATE audit_events SET decision = 'allow' WHERE seq = 15")
            let p = try await problem(s)
            #expect(p?.seq == 15 && p?.kind == .edited)
        }
    }

    @Test(arguments: Backend.available)
    func deletedRow(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            try await s.db.execute("DELETE FROM audit_events WHERE seq = 12")
            let p = try await problem(s)
            #expect(p?.seq == 12 && p?.kind == .missing)
        }
    }

    @Test(arguments: Backend.available)
    func insertedRowWithRecomputedHash(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            // Replace event 14 by a forged one chained to 13: event 15 no longer points at it.
            var forged = try #require(try await s.auditEntry(seq: 14))
            forged.actor = "mallory"
            forged.id = UUID()
            try await forge(s, forged)
            let p = try await problem(s)
            #expect(p?.seq == 15 && p?.kind == .brokenLink)
        }
    }

    @Test(arguments: Backend.available)
    func insertedRowAtTheEnd(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            let last = try #require(try await s.auditEntry(seq: 30))
            var extra = last
            extra.seq = 31
            extra.prevHash = [UInt8](repeating: 1, count: 32)  // not the hash of 30
            try await forge(s, extra)
            let p = try await problem(s)
            #expect(p?.seq == 31 && p?.kind == .brokenLink)
        }
    }

    @Test(arguments: Backend.available)
    func reorderedRows(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            try await s.db.execute([
                SQLStatement("UPDATE audit_events SET seq = -1 WHERE seq = 7"),
                SQLStatement("UPDATE audit_events SET seq = 7 WHERE seq = 8"),
                SQLStatement("UPDATE audit_events SET seq = 8 WHERE seq = -1"),
            ])
            let p = try await problem(s)
            #expect(p?.seq == 7 && p?.kind == .brokenLink)
        }
    }

    @Test(arguments: Backend.available)
    func rewrittenChainFailsAtTheNextCheckpoint(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            // Rewrite 12…30 with every hash recomputed: the chain alone looks intact.
            var prev = try #require(try await s.auditEntry(seq: 11)).hash
            for seq in Int64(12)...30 {
                var e = try #require(try await s.auditEntry(seq: seq))
                if seq == 12 { e.actor = "mallory" }
                e.prevHash = prev
                e.hash = AuditChain.hash(of: e)
                try await forge(s, e)
                prev = e.hash
            }
            let p = try await problem(s)
            #expect(p?.seq == 20 && p?.kind == .badCheckpoint, "\(String(describing: p))")
        }
    }

    @Test(arguments: Backend.available)
    func truncatedEnd(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            try await s.db.execute("DELETE FROM audit_events WHERE seq > 25")
            let p = try await problem(s)
            #expect(p?.seq == 26 && p?.kind == .truncated)
        }
    }

    @Test(arguments: Backend.available)
    func swappedPayload(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            let other = try #require(try await s.auditEntry(seq: 4)?.payload)
            try await s.db.execute("UPDATE audit_events SET payload = ? WHERE seq = 5", [.blob(other)])
            let p = try await problem(s)
            #expect(p?.seq == 5 && p?.kind == .payloadChanged)
        }
    }

    @Test(arguments: Backend.available)
    func forgedCheckpoint(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            let mallory = AuditSigningKey.generate()
            let e = try #require(try await s.auditEntry(seq: 20))
            let c = mallory.checkpoint(seq: 20, hash: e.hash, timeMicros: 0, everyEvents: 10)
            try await s.db.execute("UPDATE audit_checkpoints SET key_id = ?, signature = ? WHERE seq = 20", [.text(c.keyID), .blob(c.signature)])
            let p = try await problem(s)
            #expect(p?.seq == 20 && p?.kind == .badCheckpoint, "\(String(describing: p))")
            // Trusting only an unrelated key fails at the first checkpoint.
            let q = try await problem(s, keys: [AuditSigningKey.generate().verifyingKey])
            #expect(q?.seq == 10 && q?.kind == .badCheckpoint)
        }
    }

    @Test(arguments: Backend.available)
    func deletedCheckpointsThenRewrite(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            try await s.db.execute("DELETE FROM audit_checkpoints WHERE seq >= 20")
            var prev = try #require(try await s.auditEntry(seq: 14)).hash
            for seq in Int64(15)...30 {
                var e = try #require(try await s.auditEntry(seq: seq))
                if seq == 15 { e.decision = "allow"; e.actor = "mallory" }
                e.prevHash = prev
                e.hash = AuditChain.hash(of: e)
                try await forge(s, e)
                prev = e.hash
            }
            let p = try await problem(s)
            #expect(p?.seq == 20 && p?.kind == .missingCheckpoint, "\(String(describing: p))")
        }
    }

    @Test(arguments: Backend.available)
    func everyCheckpointDeleted(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            try await filled(s)
            try await s.db.execute("DELETE FROM audit_checkpoints")
            let p = try await problem(s)
            #expect(p?.seq == 10 && p?.kind == .missingCheckpoint)
        }
    }
}
