import Foundation

/// Everything Portcullis keeps: identities, governance records, counters and the audit log, on
/// SQLite (embedded default) or PostgreSQL (shared by replicas). Behaviour is the same on both.
public final class PortcullisStore: Sendable {
    public let db: any SQLDatabase

    /// Opens a store on an already opened database: migrates it, or, with `migrate: false`, only
    /// checks that it is a Portcullis store (for readers such as `verify` that must not write).
    public init(database: any SQLDatabase, migrate: Bool = true) async throws {
        db = database
        if migrate {
            try await Migrations.migrate(db)
            try await db.execute(
                "INSERT INTO audit_head (id, last_seq, last_hash, checkpoint_seq, checkpoint_time) VALUES (1, 0, ?, 0, 0) ON CONFLICT (id) DO NOTHING",
                [.blob(AuditChainGenesis.bytes)])
        } else {
            do {
                _ = try await db.query("SELECT name FROM portcullis_migrations WHERE name = 'v1-audit'")
            } catch {
                throw StoreError.notFound("this database holds no Portcullis store (no migrations table)")
            }
        }
    }

    /// Opens an existing store without creating or migrating anything; SQLite is opened read-only.
    public static func openExisting(url: String) async throws -> PortcullisStore {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            let db = try PostgresDatabase(url: url)
            do {
                return try await withTimeout(seconds: 15, "connecting to \(PostgresURL.redacted(url))") {
                    try await PortcullisStore(database: db, migrate: false)
                }
            } catch {
                await db.close()
                throw StoreError.unavailable("cannot use the PostgreSQL database \(PostgresURL.redacted(url)): \(describe(error))")
            }
        }
        let path = url.hasPrefix("sqlite:") ? String(url.dropFirst("sqlite:".count)) : url
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError.notFound("there is no store at \(path)")
        }
        return try await PortcullisStore(database: SQLiteDatabase(path: path, readOnly: true), migrate: false)
    }

    /// Opens the embedded store: `portcullis.sqlite` under `dataDirectory`, created if needed.
    public static func open(dataDirectory: String, durability: SQLiteDatabase.Durability = .full) async throws -> PortcullisStore {
        do {
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.unavailable("cannot create the data directory \(dataDirectory): \(error.localizedDescription)")
        }
        return try await PortcullisStore(database: SQLiteDatabase(path: dataDirectory + "/portcullis.sqlite", durability: durability))
    }

    /// Opens a store from a URL: `postgres://…` for PostgreSQL, `sqlite:PATH` or a file path for SQLite.
    public static func open(url: String, durability: SQLiteDatabase.Durability = .full) async throws -> PortcullisStore {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            let db = try PostgresDatabase(url: url)
            do {
                return try await withTimeout(seconds: 15, "connecting to \(PostgresURL.redacted(url))") {
                    try await PortcullisStore(database: db)
                }
            } catch {
                await db.close()
                throw StoreError.unavailable("cannot use the PostgreSQL database \(PostgresURL.redacted(url)): \(describe(error))")
            }
        }
        let path = url.hasPrefix("sqlite:") ? String(url.dropFirst("sqlite:".count)) : url
        return try await PortcullisStore(database: SQLiteDatabase(path: path, durability: durability))
    }

    public func close() async { await db.close() }
}

/// A readable description of a database error (PostgresNIO's plain description hides the cause).
func describe(_ error: any Error) -> String {
    if let e = error as? StoreError { return e.description }
    let full = String(reflecting: error)
    return full.count > 600 ? String(full.prefix(600)) + "…" : full
}

/// Runs `body`, failing with `StoreError.unavailable` after `seconds` (a connection attempt to an
/// unreachable server otherwise takes a minute or more to give up).
func withTimeout<T: Sendable>(seconds: Double, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { g in
        g.addTask { try await body() }
        g.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw StoreError.unavailable("timed out after \(Int(seconds)) s \(what)")
        }
        defer { g.cancelAll() }
        return try await g.next()!
    }
}

enum AuditChainGenesis {
    static let bytes = [UInt8](repeating: 0, count: 32)
}

extension Date {
    var micros: Int64 { Clock.micros(self) }
    init(micros: Int64) { self.init(timeIntervalSince1970: Double(micros) / 1_000_000) }
}

extension Optional where Wrapped == Date {
    var sql: SQLValue { map { .int($0.micros) } ?? .null }
}

extension SQLRow {
    func date(_ i: Int) -> Date { Date(micros: int(i)) }
    func optionalDate(_ i: Int) -> Date? { optionalInt(i).map(Date.init(micros:)) }
}
