import Foundation

/// The few operations the store needs from a database; SQLite and PostgreSQL each implement them,
/// and everything above is written once.
public protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }

    /// Runs a query and returns all its rows.
    func query(_ statement: SQLStatement) async throws -> [SQLRow]

    /// Runs statements in one transaction.
    func execute(_ statements: [SQLStatement]) async throws

    /// One read–compute–write transaction under the writers' lock: runs `lock` (the last one's rows
    /// are given to `plan`), then the statements `plan` returns, then commits. `plan` runs inside
    /// the transaction, so no other writer can change what it read.
    func transaction<T: Sendable>(
        lock: [SQLStatement], plan: @Sendable ([SQLRow]) throws -> (statements: [SQLStatement], result: T)
    ) async throws -> T

    /// Closes connections; the database is unusable afterwards.
    func close() async
}

/// A database whose write transactions can also run on the calling thread, without a hop to
/// another executor (SQLite: no network round trips). The audit log writes its batches with it.
public protocol BlockingSQLDatabase: SQLDatabase {
    /// Whether a small transaction would commit now, without waiting for the disk (an fsync) or
    /// for another write: then it can run on a thread that must not block for long (an event loop).
    var commitsWithoutWaiting: Bool { get }

    /// ``SQLDatabase/transaction(lock:plan:)``, blocking the calling thread until it commits.
    /// With `waitForLock` false it throws ``StoreError/busy(_:)`` at once, instead of waiting,
    /// when another process holds the write lock.
    func transactionBlocking<T>(
        lock: [SQLStatement], waitForLock: Bool, plan: ([SQLRow]) throws -> (statements: [SQLStatement], result: T)
    ) throws -> T
}

extension SQLDatabase {
    public func query(_ sql: String, _ binds: [SQLValue] = []) async throws -> [SQLRow] {
        try await query(SQLStatement(sql, binds))
    }

    public func execute(_ sql: String, _ binds: [SQLValue] = []) async throws {
        try await execute([SQLStatement(sql, binds)])
    }
}

/// What differs between the two SQL dialects the store speaks.
public enum SQLDialect: String, Sendable {
    case sqlite
    case postgres

    /// Rewrites the portable schema SQL for this dialect (`BLOB` is `BYTEA` on PostgreSQL; on
    /// SQLite a 64-bit integer key is `INTEGER PRIMARY KEY`, the row id itself, so that a row
    /// is not written twice, once in the table and once in a separate index of its key).
    func ddl(_ sql: String) -> String {
        switch self {
        case .sqlite: return sql.replacingOccurrences(of: " BIGINT PRIMARY KEY", with: " INTEGER PRIMARY KEY")
        case .postgres: return sql.replacingOccurrences(of: " BLOB", with: " BYTEA")
        }
    }

    /// The clause that locks the rows a writer reads (SQLite has one writer at a time anyway).
    var forUpdate: String { self == .postgres ? " FOR UPDATE" : "" }
}

/// Errors from the storage layer, with messages an operator can act on.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case invalidURL(String)
    case unavailable(String)
    case corrupt(String)
    case notFound(String)
    case conflict(String)
    /// The database is locked by another writer and the caller chose not to wait.
    case busy(String)

    public var description: String {
        switch self {
        case .invalidURL(let m), .unavailable(let m), .corrupt(let m), .notFound(let m), .conflict(let m), .busy(let m): return m
        }
    }
}
