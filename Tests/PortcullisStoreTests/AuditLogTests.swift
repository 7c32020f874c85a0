import Foundation
import PortcullisCore
import PortcullisStore
import Testing

@Suite("Audit log on SQLite and PostgreSQL")
struct AuditLogTests {
    func verify(_ s: PortcullisStore, keys: AuditKeys = testKeys, every: Int64 = 1000) async throws -> AuditVerifier {
        try await s.verifyAudit(trustedKeys: [keys.signing.verifyingKey], checkpointEvery: every)
    }

    @Test(arguments: Backend.available)
    func appendsChainAndCheckpoints(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            let log = AuditLog(store: s, keys: testKeys, checkpoints: CheckpointPolicy(everyEvents: 10, everySeconds: 3600))
            var seqs: [Int64] = []
            for i in 1...25 { seqs.append(try await log.append(record(i)).seq) }
            #expect(seqs == Array(1...25))
            let v = try await verify(s, every: 10)
            #expect(v.problem == nil)
            #expect(v.entries == 25 && v.checkpointsVerified == 2 && v.unsignedTail == 5)
            #expect(try await log.checkpointNow() == 25)
            let v2 = try await verify(s, every: 10)
            #expect(v2.checkpointsVerified == 3 && v2.unsignedTail == 0)
            // Verifying with another interval than the log was signed with is a problem, not a pass.
            #expect(try await verify(s, every: 5).problem?.kind == .missingCheckpoint)
            #expect(try await verify(s, every: 1000).problem?.kind == .badCheckpoint)
            // Every field survives the round trip.
            let e = try #require(try await s.auditEntry(seq: 3))
            #expect(e.findingCounts == ["EMAIL_ADDRESS": 1, "PERSON": 2] && e.decisionID == "dec_3" && e.model == "gpt-4o")
        }
    }

    @Test(arguments: Backend.available)
    func concurrentWritersKeepOneChain(_ backend: Backend) async throws {
        try await withStore(backend) { s, t in
            // Two replicas: separate connections (pools) and separate writers on one database.
            let other = try await t.open()
            let logs = [AuditLog(store: s, keys: testKeys, checkpoints: CheckpointPolicy(everyEvents: 100)),
                        AuditLog(store: other, keys: testKeys, checkpoints: CheckpointPolicy(everyEvents: 100))]
            try await withThrowingTaskGroup(of: Void.self) { g in
                for w in 0..<16 {
                    g.addTask {
                        for i in 0..<50 { _ = try await logs[w % 2].append(record(w * 1000 + i, subject: "s\(w)", payload: AuditPayload(prompt: "p\(i)"))) }
                    }
                }
                try await g.waitForAll()
            }
            await other.close()
            let v = try await verify(s, every: 100)
            #expect(v.problem == nil)
            #expect(v.entries == 800 && v.checkpointsVerified == 8 && v.payloadsPresent == 800)
            #expect(try await s.auditHead().lastSeq == 800)
        }
    }

    @Test(arguments: Backend.available)
    func payloadsAreEncryptedAndErasable(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            let log = AuditLog(store: s, keys: testKeys)
            let a = try await log.append(record(1, subject: "alice", payload: AuditPayload(prompt: "alice secret prompt", answer: "ans")))
            let b = try await log.append(record(2, subject: "bob", payload: AuditPayload(prompt: "bob prompt")))
            let n = try await log.append(record(3))
            // Stored sealed: the plaintext is nowhere in the row.
            let raw = try #require(try await s.auditEntry(seq: a.seq)?.payload)
            #expect(!String(decoding: raw, as: UTF8.self).contains("alice secret"))
            #expect(try await log.payload(seq: a.seq) == .readable(AuditPayload(prompt: "alice secret prompt", answer: "ans")))
            #expect(try await log.payload(seq: n.seq) == AuditPayloadState.none)

            let (receipt, destroyed) = try await log.erase(subject: "alice", actor: "dpo")
            #expect(destroyed == 1)
            #expect(try await log.payload(seq: a.seq) == .erased)
            #expect(try await log.payload(seq: b.seq) == .readable(AuditPayload(prompt: "bob prompt")))
            let erasure = try #require(try await s.auditEntry(seq: receipt.seq))
            #expect(erasure.action == "audit.erase" && erasure.subject == "alice" && erasure.actor == "dpo")
            #expect(try await verify(s).problem == nil)
            // A new event for the same subject gets a new key; the old payload stays unreadable.
            let later = try await log.append(record(4, subject: "alice", payload: AuditPayload(prompt: "new")))
            #expect(try await log.payload(seq: later.seq) == .readable(AuditPayload(prompt: "new")))
            #expect(try await log.payload(seq: a.seq) == .erased)
        }
    }

    @Test(arguments: Backend.available)
    func retentionDropsOldPayloadsAndTheChainStillVerifies(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            let log = AuditLog(store: s, keys: testKeys)
            let old = Date().addingTimeInterval(-40 * 86400)
            for i in 0..<5 { _ = try await log.append(record(i, subject: "u", payload: AuditPayload(prompt: "old \(i)"), time: old)) }
            let recent = try await log.append(record(9, subject: "u", payload: AuditPayload(prompt: "recent")))
            #expect(try await s.dropAuditPayloads(olderThan: Date().addingTimeInterval(-30 * 86400)) == 5)
            #expect(try await log.payload(seq: 1) == .dropped)
            #expect(try await log.payload(seq: recent.seq) == .readable(AuditPayload(prompt: "recent")))
            let v = try await verify(s)
            #expect(v.problem == nil && v.payloadsDropped == 5 && v.payloadsPresent == 1)
            // The same through the retention setting, as the gateway's upkeep applies it.
            let kept = AuditLog(store: s, keys: testKeys, payloadRetention: 30 * 86400)
            _ = try await kept.append(record(10, subject: "u", payload: AuditPayload(prompt: "old again"), time: old))
            let (cp, dropped) = try await kept.maintain()
            #expect(dropped == 1 && cp == 7)
            #expect(try await verify(s).problem == nil)
        }
    }

    @Test(arguments: Backend.available)
    func masterKeyRotationRewrapsWithoutTouchingEvents(_ backend: Backend) async throws {
        try await withStore(backend) { s, _ in
            let first = MasterKey.generate()
            let keys1 = AuditKeys(signing: testKeys.signing, masterKeys: MasterKeyring(current: first))
            let log1 = AuditLog(store: s, keys: keys1)
            for i in 0..<4 { _ = try await log1.append(record(i, subject: "s\(i % 2)", payload: AuditPayload(prompt: "p\(i)"))) }
            let before = try await s.auditEntries(after: 0)
            let second = MasterKey.generate()
            #expect(try await s.rewrapDataKeys(keyring: MasterKeyring(current: second, older: [first])) == 2)
            #expect(try await s.auditEntries(after: 0) == before)
            // Only the new master key is needed now.
            let log2 = AuditLog(store: s, keys: AuditKeys(signing: testKeys.signing, masterKeys: MasterKeyring(current: second)))
            #expect(try await log2.payload(seq: 3) == .readable(AuditPayload(prompt: "p2")))
            let log3 = AuditLog(store: s, keys: keys1)
            await #expect(throws: AuditKeyError.self) { _ = try await log3.payload(seq: 3) }
            #expect(try await verify(s).problem == nil)
        }
    }
}
