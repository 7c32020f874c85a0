import Foundation

/// Everything Portcullis keeps: identities, governance records, counters and the audit log, on
/// SQLite (embedded default) or PostgreSQL (shared by replicas). Behaviour is the same on both.
public final class PortcullisStore: Sendable {
    public let db: any SQLDatabase

    /// Opens (and migrates) a store on an already opened database.
    public init(database: any SQLDatabase) async throws {
        db = database
        try await Migrations.migrate(db)
        try await db.execute(
            "INSERT INTO audit_head (id, last_seq, last_hash, checkpoint_seq, checkpoint_time) VALUES (1, 0, ?, 0, 0) ON CONFLICT (id) DO NOTHING",
            [.blob(AuditChainGenesis.bytes)])
    }

    /// Opens the embedded store: `portcullis.sqlite` under `dataDirectory`, created if needed.
    public static func open(dataDirectory: String) async throws -> PortcullisStore {
        do {
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.unavailable("cannot create the data directory \(dataDirectory): \(error.localizedDescription)")
        }
        return try await PortcullisStore(database: SQLiteDatabase(path: dataDirectory + "/portcullis.sqlite"))
    }

    /// Opens a store from a URL: `postgres://…` for PostgreSQL, `sqlite:PATH` or a file path for SQLite.
    public static func open(url: String) async throws -> PortcullisStore {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            let db = try PostgresDatabase(url: url)
            do {
                return try await PortcullisStore(database: db)
            } catch {
                await db.close()
                throw StoreError.unavailable("cannot use the PostgreSQL database \(PostgresURL.redacted(url)): \(error)")
            }
        }
        let path = url.hasPrefix("sqlite:") ? String(url.dropFirst("sqlite:".count)) : url
        return try await PortcullisStore(database: SQLiteDatabase(path: path))
    }

    public func close() async { await db.close() }
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
