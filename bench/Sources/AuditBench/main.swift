import Foundation
import PortcullisCore
import PortcullisStore

// portcullis-audit-bench: audited events per second with 1, 8 and 64 concurrent writers on SQLite
// and PostgreSQL (group commit through one AuditLog per process), and `verify` speed (issue 5).

let usage = """
    usage: portcullis-audit-bench [--postgres ADMIN_URL] [--events N] [--writers 1,8,64] [--no-payload] [--durability full|normal] [--json]

    For each writer count: a fresh store (a new SQLite file; with --postgres, also a new database on
    that server), W tasks appending N/W events each through one AuditLog (every event with an
    encrypted payload unless --no-payload), timed from first append to last acknowledgement; then
    `verify` over the result, timed. N defaults to 20000.
    """

struct Options {
    var postgres: String?
    var events = 20_000
    var writers = [1, 8, 64]
    var payload = true
    var json = false
    var durability = SQLiteDatabase.Durability.full

    init(_ args: [String]) {
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--postgres": postgres = it.next()
            case "--events": events = Int(it.next() ?? "") ?? events
            case "--writers": writers = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--no-payload": payload = false
            case "--json": json = true
            case "--durability": durability = SQLiteDatabase.Durability(rawValue: it.next() ?? "") ?? .full
            default:
                print(usage)
                exit(a == "-h" || a == "--help" ? 0 : 64)
            }
        }
    }
}

struct Result {
    var backend: String
    var writers: Int
    var events: Int
    var appendSeconds: Double
    var verifySeconds: Double
    var checkpoints: Int
}

func run(backend: String, url: String, writers: Int, o: Options) async throws -> Result {
    let store = try await PortcullisStore.open(url: url, durability: o.durability)
    let keys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))
    let log = AuditLog(store: store, keys: keys)
    let perWriter = o.events / writers
    let payload = o.payload
    let start = Date()
    try await withThrowingTaskGroup(of: Void.self) { g in
        for w in 0..<writers {
            g.addTask {
                for i in 0..<perWriter {
                    _ = try await log.append(AuditRecord(
                        actor: "user\(w)", action: "chat.completions", decision: i % 10 == 0 ? "redact" : "allow",
                        label: "internal", model: "gpt-4o", vendor: "openai", findings: ["EMAIL_ADDRESS": 1, "PERSON": 2],
                        policyVersion: "sha256:0123456789abcdef", decisionID: "dec_\(w)_\(i)",
                        requestDigest: "5f2b1c0e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c",
                        subject: "user\(w)",
                        payload: payload ? AuditPayload(prompt: "Summarise the meeting notes for Alice (alice@example.com) please.",
                                                        answer: "Alice asked for the Q3 numbers; follow up on Friday.") : nil))
                }
            }
        }
        try await g.waitForAll()
    }
    let appendSeconds = Date().timeIntervalSince(start)
    _ = try await log.checkpointNow()
    let vStart = Date()
    let v = try await store.verifyAudit(trustedKeys: [keys.signing.verifyingKey])
    let verifySeconds = Date().timeIntervalSince(vStart)
    guard v.problem == nil, v.entries == Int64(perWriter * writers) else {
        throw StoreError.corrupt("verify after the run: \(v.problem.map(String.init(describing:)) ?? "\(v.entries) events")")
    }
    await store.close()
    return Result(backend: backend, writers: writers, events: perWriter * writers, appendSeconds: appendSeconds,
                  verifySeconds: verifySeconds, checkpoints: v.checkpointsVerified)
}

func postgresDatabase(admin: String) async throws -> (url: String, drop: @Sendable () async -> Void) {
    let name = "pcs_bench_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(12).lowercased()
    let a = try PostgresDatabase(url: admin)
    try await a.execute("CREATE DATABASE \(name)")
    await a.close()
    var c = URLComponents(string: admin)!
    c.path = "/" + name
    return (c.string!, {
        if let a = try? PostgresDatabase(url: admin) {
            try? await a.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            await a.close()
        }
    })
}

let o = Options(Array(CommandLine.arguments.dropFirst()))
var results: [Result] = []
do {
    for w in o.writers {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-audit-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        results.append(try await run(backend: "sqlite", url: "sqlite:\(dir)/portcullis.sqlite", writers: w, o: o))
        try? FileManager.default.removeItem(atPath: dir)
        if let admin = o.postgres {
            let db = try await postgresDatabase(admin: admin)
            results.append(try await run(backend: "postgres", url: db.url, writers: w, o: o))
            await db.drop()
        }
    }
} catch {
    FileHandle.standardError.write(Data("portcullis-audit-bench: \(error)\n".utf8))
    exit(1)
}
if o.json {
    let rows = results.map { r -> [String: Any] in
        ["backend": r.backend, "writers": r.writers, "events": r.events, "append_events_per_second": Double(r.events) / r.appendSeconds,
         "verify_events_per_second": Double(r.events) / r.verifySeconds, "checkpoints": r.checkpoints]
    }
    let data = try! JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
} else {
    print("backend   writers  events  appended/s  verified/s  checkpoints   (payloads: \(o.payload ? "yes" : "no"))")
    for r in results {
        print(String(format: "%-9@ %7d %7d %11.0f %11.0f %12d", r.backend as NSString, r.writers, r.events,
                     Double(r.events) / r.appendSeconds, Double(r.events) / r.verifySeconds, r.checkpoints))
    }
}
