import Foundation
import GRDBSQLite
import PortcullisCore
import PortcullisStore
import Testing

/// The SQLite write path the gateway runs with (`durability normal`): appends committed on the
/// caller's thread when nothing is in the way, the rest by the writer queue, and WAL checkpoints
/// off the commit path.
@Suite("Audit log on SQLite without an fsync per commit")
struct AuditInlineWriteTests {
    func withNormalStore(_ body: (PortcullisStore, String) async throws -> Void) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-inline-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try await PortcullisStore.open(dataDirectory: dir, durability: .normal)
        do {
            try await body(store, dir + "/portcullis.sqlite")
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    @Test(.timeLimit(.minutes(1)))
    func inlineAndQueuedAppendsKeepOneChain() async throws {
        try await withNormalStore { s, _ in
            let log = AuditLog(store: s, keys: testKeys, checkpoints: CheckpointPolicy(everyEvents: 100, everySeconds: .infinity))
            try await withThrowingTaskGroup(of: Void.self) { g in
                for w in 0..<24 {
                    g.addTask {
                        for i in 0..<40 { _ = try await log.append(record(w * 1000 + i, subject: "s\(w % 3)", payload: i % 4 == 0 ? AuditPayload(prompt: "p\(i)") : nil)) }
                    }
                }
                // Other writes in between (identities, counters): appends must not be lost or reordered around them.
                g.addTask {
                    for i in 0..<30 {
                        try await s.db.execute("CREATE TABLE IF NOT EXISTS inline_probe (n INTEGER)")
                        try await s.db.execute("INSERT INTO inline_probe (n) VALUES (?)", [.int(Int64(i))])
                    }
                }
                try await g.waitForAll()
            }
            let v = try await s.verifyAudit(trustedKeys: [testKeys.signing.verifyingKey], checkpointEvery: 100)
            #expect(v.problem == nil)
            #expect(v.entries == 960 && v.checkpointsVerified == 9)
            #expect(try await s.auditHead().lastSeq == 960)
            #expect(try await s.db.query("SELECT count(*) FROM inline_probe").first?.int(0) == 30)
        }
    }

    /// SQLite's own checkpoint runs inside whichever commit crosses its threshold (a request's
    /// audit event); here checkpoints run on their own queue, and the WAL still starts over.
    @Test(.timeLimit(.minutes(1)))
    func walIsCheckpointedOffTheCommitPath() async throws {
        try await withNormalStore { s, path in
            // The writer connection (a non-SELECT statement runs there) does not checkpoint in its commits.
            #expect(try await s.db.query("PRAGMA wal_autocheckpoint").first?.int(0) == 0)
            let log = AuditLog(store: s, keys: testKeys)
            let events = 3000
            for i in 0..<events { _ = try await log.append(record(i)) }
            let wal = (try FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? NSNumber)?.intValue ?? 0
            // Each one-event commit adds about four pages to the WAL: never checkpointed, it
            // would hold them all (about 16 KB per event).
            let unbounded = events * 4 * 4096
            #expect(wal > 0 && wal < unbounded / 4, "WAL of \(wal) bytes after \(events) commits")
            let v = try await s.verifyAudit(trustedKeys: [testKeys.signing.verifyingKey])
            #expect(v.problem == nil && v.entries == Int64(events))
        }
    }

    /// Another process holding the write lock: the inline path does not wait for it (it would sit
    /// in SQLite's busy handler, on an event loop, for up to 10 s); the writer queue does.
    @Test(.timeLimit(.minutes(1)))
    func anotherWriterIsWaitedForOffTheCallersThread() async throws {
        try await withNormalStore { s, path in
            let log = AuditLog(store: s, keys: testKeys)
            _ = try await log.append(record(0))
            // A second connection, as another process would have, takes the write lock.
            var other: OpaquePointer?
            #expect(sqlite3_open(path, &other) == SQLITE_OK)
            defer { sqlite3_close(other) }
            #expect(sqlite3_exec(other, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK)
            let started = ContinuousClock.now
            do {
                _ = try s.appendAuditBlocking([SealedRecord(record: record(1))], signer: testKeys.signing, waitForLock: false)
                Issue.record("a commit without waiting went through while another connection held the write lock")
            } catch StoreError.busy {
                // At once: waiting would have taken the whole busy timeout (10 s) first.
                #expect(ContinuousClock.now - started < .seconds(5))
            }
            let pending = Task { try await log.append(record(2)) }
            try await Task.sleep(for: .milliseconds(200))
            #expect(sqlite3_exec(other, "COMMIT", nil, nil, nil) == SQLITE_OK)
            let receipt = try await pending.value
            #expect(receipt.seq == 2)
            let v = try await s.verifyAudit(trustedKeys: [testKeys.signing.verifyingKey])
            #expect(v.problem == nil && v.entries == 2)
        }
    }

    /// An audit row is written once: its number is SQLite's row id, not a key in an index of its own.
    @Test func auditRowsAreKeyedByTheRowID() async throws {
        try await withNormalStore { s, _ in
            let indexes = try await s.db.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('audit_events', 'audit_head', 'audit_checkpoints')")
            #expect(indexes.map { $0.text(0) } == ["audit_events_time"])
            let log = AuditLog(store: s, keys: testKeys)
            for i in 0..<3 { _ = try await log.append(record(i)) }
            #expect(try await s.db.query("SELECT rowid, seq FROM audit_events ORDER BY seq").map { [$0.int(0), $0.int(1)] } == [[1, 1], [2, 2], [3, 3]])
        }
    }
}
