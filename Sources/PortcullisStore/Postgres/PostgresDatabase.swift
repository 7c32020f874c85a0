import Foundation
import Logging
import NIOCore
import NIOSSL
import PostgresNIO

/// The shared store: PostgreSQL through a PostgresNIO connection pool, for several gateway
/// replicas writing one log.
public final class PostgresDatabase: SQLDatabase {
    public let dialect = SQLDialect.postgres
    let client: PostgresClient
    private let runner: Task<Void, Never>
    private let logger: Logger

    /// - Parameter url: `postgres://user:password@host:port/database`, or with `?host=/socket/dir`
    ///   for a unix socket; `sslmode=require` asks for TLS.
    public init(url: String, maxConnections: Int = 20) throws {
        let config = try PostgresURL.configuration(url, maxConnections: maxConnections)
        client = PostgresClient(configuration: config)
        let c = client
        runner = Task { await c.run() }
        logger = Logger(label: "portcullis.store.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    }

    public func query(_ statement: SQLStatement) async throws -> [SQLRow] {
        try await Self.rows(client.query(Self.query(statement), logger: logger))
    }

    public func execute(_ statements: [SQLStatement]) async throws {
        if statements.count == 1 {
            try await client.query(Self.query(statements[0]), logger: logger)
            return
        }
        let logger = self.logger
        try await client.withTransaction(logger: logger) { conn in
            for s in statements { try await conn.query(Self.query(s), logger: logger) }
        }
    }

    public func transaction<T: Sendable>(
        lock: [SQLStatement], plan: @Sendable ([SQLRow]) throws -> (statements: [SQLStatement], result: T)
    ) async throws -> T {
        let logger = self.logger
        return try await client.withTransaction(logger: logger) { conn in
            var rows: [SQLRow] = []
            for s in lock { rows = try await Self.rows(conn.query(Self.query(s), logger: logger)) }
            let (statements, result) = try plan(rows)
            for s in statements { try await conn.query(Self.query(s), logger: logger) }
            return result
        }
    }

    public func close() async {
        runner.cancel()
        _ = await runner.value
    }

    /// Numbers the `?` placeholders (`$1`, `$2`, …) and binds the values.
    static func query(_ s: SQLStatement) -> PostgresQuery {
        var sql = ""
        sql.reserveCapacity(s.sql.utf8.count + 16)
        var n = 0
        for ch in s.sql {
            if ch == "?" { n += 1; sql += "$\(n)" } else { sql.append(ch) }
        }
        var binds = PostgresBindings(capacity: s.binds.count)
        for v in s.binds {
            switch v {
            case .null: binds.appendNull()
            case .int(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .text(let t): binds.append(t)
            case .blob(let b): binds.append(ByteBuffer(bytes: b))
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    static func rows(_ seq: PostgresRowSequence) async throws -> [SQLRow] {
        var out: [SQLRow] = []
        for try await row in seq {
            var values: [SQLValue] = []
            for cell in row {
                guard cell.bytes != nil else { values.append(.null); continue }
                switch cell.dataType {
                case .int8, .int4, .int2: values.append(.int(try cell.decode(Int64.self)))
                case .float8, .float4: values.append(.double(try cell.decode(Double.self)))
                case .bool: values.append(.int(try cell.decode(Bool.self) ? 1 : 0))
                case .bytea:
                    var buf = try cell.decode(ByteBuffer.self)
                    values.append(.blob(buf.readBytes(length: buf.readableBytes) ?? []))
                default: values.append(.text(try cell.decode(String.self)))
                }
            }
            out.append(SQLRow(values))
        }
        return out
    }
}

/// Parses PostgreSQL connection URLs.
enum PostgresURL {
    static func configuration(_ url: String, maxConnections: Int) throws -> PostgresClient.Configuration {
        guard let c = URLComponents(string: url), let scheme = c.scheme, ["postgres", "postgresql"].contains(scheme) else {
            throw StoreError.invalidURL("not a PostgreSQL URL (expected postgres://user:password@host:port/database): \(redacted(url))")
        }
        let user = c.percentEncodedUser?.removingPercentEncoding ?? "postgres"
        let password = c.percentEncodedPassword?.removingPercentEncoding
        var db = c.path
        if db.hasPrefix("/") { db.removeFirst() }
        let params = Dictionary((c.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, b in b })
        var config: PostgresClient.Configuration
        if let dir = params["host"], dir.hasPrefix("/") {
            let port = c.port ?? Int(params["port"] ?? "") ?? 5432
            config = .init(unixSocketPath: "\(dir)/.s.PGSQL.\(port)", username: user, password: password,
                           database: db.isEmpty ? nil : db)
        } else {
            guard let host = c.host, !host.isEmpty else {
                throw StoreError.invalidURL("the PostgreSQL URL has no host: \(redacted(url))")
            }
            let tls: PostgresClient.Configuration.TLS
            switch params["sslmode"] ?? "disable" {
            case "disable", "allow", "prefer": tls = .disable
            default: tls = .require(.makeClientConfiguration())
            }
            config = .init(host: host, port: c.port ?? 5432, username: user, password: password,
                           database: db.isEmpty ? nil : db, tls: tls)
        }
        config.options.maximumConnections = maxConnections
        config.options.connectTimeout = .seconds(10)
        return config
    }

    /// The URL with its password replaced, for messages and logs.
    static func redacted(_ url: String) -> String {
        guard var c = URLComponents(string: url), c.password != nil else { return url }
        c.password = "***"
        return c.string ?? "postgres://…"
    }
}
