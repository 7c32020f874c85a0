import Foundation
import GRDB
import GRDBSQLite
import Synchronization

/// The embedded store: one SQLite file in WAL mode, through GRDB.
///
/// WAL lets readers (a `verify`, the console) run while the gateway writes. With
/// `Durability.full` (`synchronous = FULL`) a committed transaction survives a power loss as well
/// as a killed process, at one fsync per commit (group commit makes that one per batch); with
/// `.normal` (`synchronous = NORMAL`) it survives a killed process, and the WAL is synced at
/// checkpoints, so an OS crash or power loss may roll back the last commits (the chain stays
/// whole: they are lost as a block, never half).
public final class SQLiteDatabase: BlockingSQLDatabase {
    /// When a commit is on disk (SQLite's `synchronous`).
    public enum Durability: String, Sendable, CaseIterable {
        case full, normal
    }

    public let dialect = SQLDialect.sqlite
    let pool: DatabasePool
    public let path: String
    public let durability: Durability
    /// Writes queued or running on the writer connection.
    private let writes = Atomic<Int>(0)
    private let checkpointing = Atomic<Bool>(false)
    private let closed = Atomic<Bool>(false)
    /// The WAL's length in frames after the last commit (SQLite's WAL hook sets it).
    private let wal = WALLength()
    private let checkpointer = DispatchQueue(label: "portcullis.sqlite-checkpoint")
    /// The connection checkpoints run on (none when the database is opened read-only).
    private let checkpointConnection: DatabaseQueue?
    /// WAL frames (pages) that start a checkpoint: SQLite's own default threshold.
    static let framesPerCheckpoint = 1000

    /// A small commit would not wait: commits are writes to the WAL in the page cache, not fsyncs
    /// (`Durability.normal`), and no other write of this process is queued or running (a long
    /// one, such as a retention sweep or a checkpoint, would hold the caller for its whole length).
    /// Another process holding the write lock is met by ``transactionBlocking(lock:waitForLock:plan:)``
    /// with `waitForLock: false`.
    public var commitsWithoutWaiting: Bool { durability == .normal && writes.load(ordering: .relaxed) == 0 }

    /// Runs `body` counted as a write on the writer connection.
    private func counted<T>(_ body: () throws -> T) rethrows -> T {
        writes.add(1, ordering: .relaxed)
        defer { writes.subtract(1, ordering: .relaxed) }
        let result = try body()
        committed()
        return result
    }

    private func counted<T>(_ body: () async throws -> T) async rethrows -> T {
        writes.add(1, ordering: .relaxed)
        defer { writes.subtract(1, ordering: .relaxed) }
        let result = try await body()
        committed()
        return result
    }

    /// After a commit: once the WAL holds `framesPerCheckpoint` frames, a passive checkpoint on
    /// the checkpoint queue (it copies committed pages into the database file and lets the WAL
    /// start over). The copy runs on a connection of its own: in WAL mode a passive checkpoint
    /// and a writer do not wait for each other, so no request's audit commit queues behind it (on
    /// the writer connection it held requests for 2.5–5 ms, once every few hundred). The WAL
    /// starts over only at a write that begins after every frame was copied, which commits
    /// racing the copy prevent; so a second passive checkpoint on the writer connection (a short
    /// write, counted as one) copies the few frames they added, and the next write starts the
    /// WAL over.
    private func committed() {
        guard let checkpointConnection, wal.frames.load(ordering: .relaxed) >= Self.framesPerCheckpoint,
              !closed.load(ordering: .acquiring),
              checkpointing.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { return }
        checkpointer.async { [self] in
            defer { checkpointing.store(false, ordering: .releasing) }
            guard !closed.load(ordering: .acquiring) else { return }
            checkpointConnection.writeWithoutTransaction { db in Self.passiveCheckpoint(db) }
            guard !closed.load(ordering: .acquiring) else { return }
            writes.add(1, ordering: .relaxed)
            defer { writes.subtract(1, ordering: .relaxed) }
            pool.writeWithoutTransaction { db in Self.passiveCheckpoint(db) }
        }
    }

    /// A passive checkpoint of the main database (errors leave the WAL to the next one).
    private static func passiveCheckpoint(_ db: Database) {
        guard let connection = db.sqliteConnection else { return }
        sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, nil, nil)
    }

    /// - Parameter readOnly: open an existing database without writing to it (`verify`, `export`).
    public init(path: String, readOnly: Bool = false, durability: Durability = .full) throws {
        self.path = path
        self.durability = durability
        let wal = self.wal
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.readonly = readOnly
        config.prepareDatabase { db in
            if !readOnly {
                try db.execute(sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
                // Erased data keys are overwritten with zeros, not just unlinked from the b-tree.
                try db.execute(sql: "PRAGMA secure_delete = ON")
                // Checkpoints run on a queue of their own (`committed()`), not inside the commit
                // that happens to cross SQLite's threshold: that commit is a request's audit event.
                try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                // A WAL that was never checkpointed (a crash) shrinks back once it has been.
                try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
                wal.watch(db.sqliteConnection)
            }
            try db.execute(sql: "PRAGMA foreign_keys = ON")
        }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if readOnly {
                checkpointConnection = nil
            } else {
                var c = Configuration()
                c.busyMode = .timeout(10)
                c.prepareDatabase { db in
                    try db.execute(sql: durability == .full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL")
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
                }
                checkpointConnection = try DatabaseQueue(path: path, configuration: c)
            }
        } catch {
            throw StoreError.unavailable("cannot open the SQLite database \(path): \(error)")
        }
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        // Readers run beside the writer (WAL); `UPDATE … RETURNING` and the like take the writer.
        if statement.sql.utf8.starts(with: "SELECT".utf8) {
            return try await pool.read { db in try Self.fetch(db, statement) }
        }
        return try await counted { try await pool.write { db in try Self.fetch(db, statement) } }
    }

    public func execute(_ statements: [SQLStatement]) async throws {
        try await counted {
            try await pool.write { db in
                for s in statements { try Self.run(db, s) }
            }
        }
    }

    public func transaction<T: Sendable>(
        lock: [SQLStatement], plan: @Sendable ([SQLRow]) throws -> (statements: [SQLStatement], result: T)
    ) async throws -> T {
        try await counted {
            try await pool.write { db in
                var rows: [SQLRow] = []
                for s in lock { rows = try Self.fetchCached(db, s) }
                let (statements, result) = try plan(rows)
                for s in statements { try Self.run(db, s) }
                return result
            }
        }
    }

    public func transactionBlocking<T>(
        lock: [SQLStatement], waitForLock: Bool, plan: ([SQLRow]) throws -> (statements: [SQLStatement], result: T)
    ) throws -> T {
        try counted {
            try pool.writeWithoutTransaction { db in
                // Without waiting, SQLite answers SQLITE_BUSY at once when another process holds
                // the write lock (the busy handler would otherwise retry for up to 10 s).
                if !waitForLock { sqlite3_busy_timeout(db.sqliteConnection, 0) }
                defer { if !waitForLock { sqlite3_busy_timeout(db.sqliteConnection, 10_000) } }
                var result: T?
                do {
                    try db.inTransaction(.immediate) {
                        result = try self.planned(db, lock: lock, plan: plan)
                        return .commit
                    }
                } catch let e as DatabaseError where !waitForLock && e.resultCode == .SQLITE_BUSY {
                    throw StoreError.busy("another process holds the SQLite write lock")
                }
                guard let result else { throw StoreError.corrupt("the transaction returned nothing") }
                return result
            }
        }
    }

    private func planned<T>(_ db: Database, lock: [SQLStatement],
                            plan: ([SQLRow]) throws -> (statements: [SQLStatement], result: T)) throws -> T {
        var rows: [SQLRow] = []
        for s in lock { rows = try Self.fetchCached(db, s) }
        let (statements, result) = try plan(rows)
        for s in statements { try Self.run(db, s) }
        return result
    }

    public func close() async {
        closed.store(true, ordering: .releasing)
        checkpointer.sync {}
        try? checkpointConnection?.close()
        try? pool.close()
    }

    /// Runs one statement, compiled once per connection and reused (the audit log inserts the
    /// same statement thousands of times a second).
    ///
    /// Values are bound with SQLite's own functions rather than through `StatementArguments`,
    /// which boxes every value: the insert path runs 19 binds per event.
    static func run(_ db: Database, _ s: SQLStatement) throws {
        if s.binds.isEmpty {
            try db.execute(sql: s.sql)
            return
        }
        let stmt = try db.cachedStatement(sql: s.sql).sqliteStatement
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        // SQLITE_TRANSIENT: SQLite copies the bytes before the call returns.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, v) in s.binds.enumerated() {
            let index = Int32(i + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(stmt, index)
            case .int(let n): rc = sqlite3_bind_int64(stmt, index, n)
            case .double(let d): rc = sqlite3_bind_double(stmt, index, d)
            case .text(var t):
                rc = t.withUTF8 { u in
                    u.withMemoryRebound(to: CChar.self) { c in
                        // A nil pointer would bind NULL; an empty string is "" (not NULL).
                        c.baseAddress.map { sqlite3_bind_text(stmt, index, $0, Int32(c.count), transient) }
                            ?? sqlite3_bind_text(stmt, index, "", 0, transient)
                    }
                }
            case .blob(let b):
                rc = b.withUnsafeBytes { r in
                    r.baseAddress.map { sqlite3_bind_blob(stmt, index, $0, Int32(r.count), transient) }
                        ?? sqlite3_bind_zeroblob(stmt, index, 0)
                }
            }
            guard rc == SQLITE_OK else { throw StoreError.corrupt("SQLite bind failed (\(rc)): \(String(cString: sqlite3_errmsg(db.sqliteConnection)))") }
        }
        let rc = sqlite3_step(stmt)
        defer { sqlite3_reset(stmt) }
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: s.sql)
        }
    }

    /// Rows of a statement that runs again and again with the same text (a transaction's lock
    /// read): compiled once per connection, columns read with SQLite's own functions.
    static func fetchCached(_ db: Database, _ s: SQLStatement) throws -> [SQLRow] {
        guard s.binds.isEmpty else { return try fetch(db, s) }
        let stmt = try db.cachedStatement(sql: s.sql).sqliteStatement
        sqlite3_reset(stmt)
        defer { sqlite3_reset(stmt) }
        var rows: [SQLRow] = []
        while true {
            let rc = sqlite3_step(stmt)
            if rc == SQLITE_DONE { return rows }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: s.sql)
            }
            rows.append(SQLRow((0..<sqlite3_column_count(stmt)).map { i -> SQLValue in
                switch sqlite3_column_type(stmt, i) {
                case SQLITE_NULL: return .null
                case SQLITE_INTEGER: return .int(sqlite3_column_int64(stmt, i))
                case SQLITE_FLOAT: return .double(sqlite3_column_double(stmt, i))
                case SQLITE_TEXT:
                    let n = Int(sqlite3_column_bytes(stmt, i))
                    guard n > 0, let p = sqlite3_column_text(stmt, i) else { return .text("") }
                    return .text(String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self))
                default:
                    let n = Int(sqlite3_column_bytes(stmt, i))
                    guard n > 0, let p = sqlite3_column_blob(stmt, i) else { return .blob([]) }
                    return .blob([UInt8](UnsafeRawBufferPointer(start: p, count: n)))
                }
            }))
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

/// The WAL's length in frames after each commit on the connections it watches.
final class WALLength: Sendable {
    let frames = Atomic<Int>(0)

    /// Installs SQLite's WAL hook on `connection` (it replaces the auto-checkpoint, which is off).
    func watch(_ connection: OpaquePointer?) {
        sqlite3_wal_hook(connection, { context, _, _, frames in
            guard let context else { return SQLITE_OK }
            Unmanaged<WALLength>.fromOpaque(context).takeUnretainedValue().frames.store(Int(frames), ordering: .relaxed)
            return SQLITE_OK
        }, Unmanaged.passUnretained(self).toOpaque())
    }
}
