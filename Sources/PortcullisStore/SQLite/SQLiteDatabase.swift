import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, through GRDB.
///
/// WAL lets readers (a `verify`, the console) run while the gateway writes. `synchronous = FULL`
/// makes a committed transaction survive a power loss as well as a killed process; group commit
/// keeps that to one fsync per batch, not per event.
public final class SQLiteDatabase: SQLDatabase {
    public let dialect = SQLDialect.sqlite
    let pool: DatabasePool
    public let path: String

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch {
            throw StoreError.unavailable("cannot open the SQLite database \(path): \(error)")
        }
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        // Readers run beside the writer (WAL); `UPDATE … RETURNING` and the like take the writer.
        if statement.sql.utf8.starts(with: "SELECT".utf8) {
            return try await pool.read { db in try Self.fetch(db, statement) }
        }
        return try await pool.write { db in try Self.fetch(db, statement) }
    }

    public func execute(_ statements: [SQLStatement]) async throws {
        try await pool.write { db in
            for s in statements { try Self.run(db, s) }
        }
    }

    public func transaction<T: Sendable>(
        lock: [SQLStatement], plan: @Sendable ([SQLRow]) throws -> (statements: [SQLStatement], result: T)
    ) async throws -> T {
        try await pool.write { db in
            var rows: [SQLRow] = []
            for s in lock { rows = try Self.fetch(db, s) }
            let (statements, result) = try plan(rows)
            for s in statements { try Self.run(db, s) }
            return result
        }
    }

    public func close() async {
        try? pool.close()
    }

    /// Runs one statement, compiled once per connection and reused (the audit log inserts the
    /// same statement thousands of times a second).
    static func run(_ db: Database, _ s: SQLStatement) throws {
        if s.binds.isEmpty {
            try db.execute(sql: s.sql)
        } else {
            try db.cachedStatement(sql: s.sql).execute(arguments: arguments(s.binds))
        }
    }

    static func fetch(_ db: Database, _ s: SQLStatement) throws -> [SQLRow] {
        try Row.fetchAll(db, sql: s.sql, arguments: arguments(s.binds)).map { row in
            SQLRow((0..<row.count).map { i in
                let v: DatabaseValue = row[i]
                switch v.storage {
                case .null: return .null
                case .int64(let n): return .int(n)
                case .double(let d): return .double(d)
                case .string(let s): return .text(s)
                case .blob(let data): return .blob([UInt8](data))
                }
            })
        }
    }

    static func arguments(_ binds: [SQLValue]) -> StatementArguments {
        StatementArguments(binds.map { v -> (any DatabaseValueConvertible)? in
            switch v {
            case .null: return nil
            case .int(let n): return n
            case .double(let d): return d
            case .text(let s): return s
            case .blob(let b): return Data(b)
            }
        })
    }
}
