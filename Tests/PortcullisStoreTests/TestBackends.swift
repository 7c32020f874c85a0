import Foundation
import PortcullisCore
import PortcullisStore
import Testing

/// The databases the shared suite runs on. SQLite always; PostgreSQL when
/// `PORTCULLIS_TEST_DATABASE_URL` names a server (scripts/test starts one), and always under
/// `CI=true`, where a missing server is a failure, not a skip.
enum Backend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static var adminURL: String? { ProcessInfo.processInfo.environment["PORTCULLIS_TEST_DATABASE_URL"] }
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
    static var available: [Backend] { adminURL != nil || isCI ? [.sqlite, .postgres] : [.sqlite] }
}

/// A fresh, empty store for one test: a new SQLite file, or a new PostgreSQL database.
final class TestStore: Sendable {
    let backend: Backend
    let url: String
    private let cleanup: @Sendable () async -> Void

    private init(backend: Backend, url: String, cleanup: @escaping @Sendable () async -> Void) {
        self.backend = backend
        self.url = url
        self.cleanup = cleanup
    }

    static func make(_ backend: Backend) async throws -> TestStore {
        switch backend {
        case .sqlite:
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-store-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            return TestStore(backend: backend, url: "sqlite:\(dir)/portcullis.sqlite") {
                try? FileManager.default.removeItem(atPath: dir)
            }
        case .postgres:
            guard let admin = Backend.adminURL else {
                Issue.record("PostgreSQL is required here (CI=true) but PORTCULLIS_TEST_DATABASE_URL is not set: scripts/test starts a server and sets it")
                throw StoreError.unavailable("no PostgreSQL")
            }
            let name = "pcs_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
            let adminStore = try PostgresDatabase(url: admin)
            do {
                try await adminStore.execute("CREATE DATABASE \(name)")
            } catch {
                await adminStore.close()
                Issue.record("cannot create a test database on \(admin): \(error)")
                throw error
            }
            await adminStore.close()
            let url = replacingDatabase(in: admin, with: name)
            return TestStore(backend: backend, url: url) {
                let a = try? PostgresDatabase(url: admin)
                try? await a?.execute("DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
                await a?.close()
            }
        }
    }

    /// Opens a store (a second call opens a second, independent connection, like a replica).
    func open() async throws -> PortcullisStore { try await PortcullisStore.open(url: url) }

    func destroy() async { await cleanup() }

    private static func replacingDatabase(in url: String, with name: String) -> String {
        var c = URLComponents(string: url)!
        c.path = "/" + name
        return c.string!
    }
}

/// Runs `body` with a fresh store and removes it afterwards.
func withStore(_ backend: Backend, _ body: (PortcullisStore, TestStore) async throws -> Void) async throws {
    let t = try await TestStore.make(backend)
    let store = try await t.open()
    do {
        try await body(store, t)
    } catch {
        await store.close()
        await t.destroy()
        throw error
    }
    await store.close()
    await t.destroy()
}

let testKeys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))

func record(_ i: Int, subject: String? = nil, payload: AuditPayload? = nil, time: Date = Date()) -> AuditRecord {
    AuditRecord(time: time, actor: "user\(i % 7)", action: "chat.completions", decision: i % 5 == 0 ? "block" : "allow",
                label: "internal", model: "gpt-4o", vendor: "openai", findings: i % 3 == 0 ? ["EMAIL_ADDRESS": 1, "PERSON": 2] : [:],
                policyVersion: "p1", decisionID: "dec_\(i)", requestDigest: String(repeating: "a", count: 64),
                subject: subject, payload: payload)
}
