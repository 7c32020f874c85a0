/// Credentials inside connection strings: the password of a database or message-broker URL
/// (`postgres://user:PASS@host`, RFC 3986 §3.2.1 userinfo) and the `AccountKey` of an Azure Storage
/// connection string. Only the secret is reported, not the URL or string around it.
public struct ConnectionStringDetector: Detector {
    public let name = "secrets.connection-string"
    public let entityTypes: [EntityType] = [.dbURLCredentials, .urlCredentials, .azureStorageAccountKey]
    public init() {}

    /// URL schemes of databases, caches and brokers (SQLAlchemy's `dialect+driver` is reduced to the dialect).
    static let schemes = ByteStringSet([
        "postgres", "postgresql", "postgis", "pgsql", "psql", "mysql", "mysqlx", "mysql2", "mariadb", "mongodb",
        "mongo", "redis", "rediss", "valkey", "amqp", "amqps", "rabbitmq", "mssql", "sqlserver", "oracle", "db2",
        "cockroachdb", "cockroach", "clickhouse", "couchdb", "couchbase", "neo4j", "bolt", "cassandra", "memcached",
        "elasticsearch", "influxdb", "nats", "kafka", "stomp", "mqtt", "mqtts", "ldap", "ldaps", "snowflake",
        "redshift", "timescaledb", "tidb", "vertica", "presto", "trino", "sqlite", "firebird", "sybase", "hana",
        "questdb", "arangodb", "ravendb", "rethinkdb", "cratedb", "scylla", "dynamodb", "smtp", "smtps", "ftp", "sftp",
    ])

    /// Web and version-control schemes whose userinfo password is a credential too
    /// (`https://deploy:PASS@git.example.net/repo.git`), reported as `url-credentials`.
    static let webSchemes = ByteStringSet(["http", "https", "ws", "wss", "git", "svn", "ssh", "webdav", "davs", "rsync"])

    public func detect(in ctx: ScanContext) {
        var skipUntil = 0
        // A scheme is followed by `:`, `AccountKey` by `=`: both marks.
        for m in ctx.markTokens {
            let t = ctx.tokens[Int(m)]
            guard t.start >= skipUntil else { continue }
            if ctx.byte(t.end) == 0x3A && ctx.byte(t.end + 1) == 0x2F && ctx.byte(t.end + 2) == 0x2F {
                if let e = urlPassword(ctx, schemeToken: t) { skipUntil = e }
            } else if t.length == 10 && ctx.byte(t.end) == 0x3D && ctx.equalsIgnoringCase(t.start, t.end, "accountkey") {
                if let e = accountKey(ctx, valueStart: t.end + 1) { skipUntil = e }
            }
        }
    }

    private func urlPassword(_ ctx: ScanContext, schemeToken t: Token) -> Int? {
        // The scheme may be `dialect+driver`; the dialect is the first part.
        var s = t.start
        while s > 0 && t.start - s < 32 && (SecretCharset.has(ctx.byte(s - 1), SecretCharset.alnum) || ctx.byte(s - 1) == 0x2B
            || ctx.byte(s - 1) == 0x2E || ctx.byte(s - 1) == 0x2D) { s -= 1 }
        var dialectEnd = s
        while dialectEnd < t.end && SecretCharset.has(ctx.byte(dialectEnd), SecretCharset.alnum) { dialectEnd += 1 }
        let database = ConnectionStringDetector.schemes.contains(ctx.bytes, s, dialectEnd)
        guard database || ConnectionStringDetector.webSchemes.contains(ctx.bytes, s, dialectEnd) else { return nil }
        // Authority: up to the path, whitespace, a quote or a bracket; the userinfo ends at its last '@'.
        let a = t.end + 3
        var i = a
        var at = -1
        var colon = -1
        let limit = min(ctx.count, a + 512)
        while i < limit {
            let c = ctx.bytes[i]
            if c <= 0x20 || c == 0x2F || c == 0x22 || c == 0x27 || c == 0x60 || c == 0x3C || c == 0x3E || c == 0x5C || c >= 0x7F { break }
            if c == 0x40 { at = i }
            if c == 0x3A && colon < 0 && at < 0 { colon = i }
            i += 1
        }
        guard at > a, colon > 0, colon < at else { return i }
        let ps = colon + 1
        guard at > ps, !SecretValue.isPlaceholder(ctx, ps, at), !looksLikeTemplate(ctx, ps, at) else { return i }
        let cc = SecretValue.classCount(ctx, ps, at)
        let score = cc.classes >= 2 || at - ps >= 12 ? 0.9 : 0.6
        ctx.emit(database ? .dbURLCredentials : .urlCredentials, ps, at, score: score, priority: CandidatePriority.secret)
        return i
    }

    /// `:password@`, `:pass@`, `:PASSWORD@`, `:%s@` and similar documentation fill.
    private func looksLikeTemplate(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        if SecretValue.contains(ctx, s, e, "password") || SecretValue.contains(ctx, s, e, "passwd") { return true }
        if ctx.byte(s) == 0x25 && e - s <= 3 { return true }  // %s
        return ctx.byte(s) == 0x5B || ctx.byte(s) == 0x7B  // [pass] {pass}
    }

    /// `AccountKey=<base64 of a 64-byte key>` (88 characters with padding).
    private func accountKey(_ ctx: ScanContext, valueStart s: Int) -> Int? {
        var e = s
        while e < ctx.count && e - s <= 128 && SecretCharset.has(ctx.bytes[e], SecretCharset.b64std) { e += 1 }
        let n = e - s
        guard n >= 40, n <= 128, !SecretValue.isPlaceholder(ctx, s, e) else { return e }
        let cc = SecretValue.classCount(ctx, s, e)
        guard cc.lower > 0, cc.upper > 0, cc.digit > 0 else { return e }
        ctx.emit(.azureStorageAccountKey, s, e, score: n == 88 ? 0.97 : 0.85, priority: CandidatePriority.secret)
        return e
    }
}
