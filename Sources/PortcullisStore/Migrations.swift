import Foundation

/// The schema, as named migrations applied in order on both databases.
///
/// Each migration is written once in portable SQL (`BIGINT`, `TEXT`, `BLOB`, `DOUBLE PRECISION`);
/// ``SQLDialect/ddl(_:)`` turns `BLOB` into PostgreSQL's `BYTEA`, and `BIGINT PRIMARY KEY` into
/// SQLite's row id (`INTEGER PRIMARY KEY`; stores created before that keep a separate key index,
/// which behaves the same). Never edit an applied migration: add a new one.
enum Migrations {
    static let all: [(name: String, sql: [String])] = [
        ("v1-identity", [
            """
            CREATE TABLE users (id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT NOT NULL,
              roles TEXT NOT NULL, created_at BIGINT NOT NULL, disabled_at BIGINT)
            """,
            "CREATE TABLE roles (name TEXT PRIMARY KEY, description TEXT NOT NULL, max_label TEXT NOT NULL)",
            """
            CREATE TABLE api_keys (id TEXT PRIMARY KEY, hash BLOB NOT NULL, user_id TEXT NOT NULL,
              role TEXT NOT NULL, name TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT,
              revoked_at BIGINT, last_used_at BIGINT)
            """,
            "CREATE INDEX api_keys_user ON api_keys (user_id)",
            """
            CREATE TABLE training_attestations (user_id TEXT NOT NULL, course TEXT NOT NULL,
              completed_at BIGINT NOT NULL, expires_at BIGINT, evidence TEXT NOT NULL,
              PRIMARY KEY (user_id, course))
            """,
        ]),
        ("v1-governance", [
            """
            CREATE TABLE vendors (id TEXT PRIMARY KEY, name TEXT NOT NULL, clearance TEXT NOT NULL,
              created_at BIGINT NOT NULL)
            """,
            """
            CREATE TABLE vendor_assessments (id TEXT PRIMARY KEY, vendor_id TEXT NOT NULL, assessor TEXT NOT NULL,
              assessed_at BIGINT NOT NULL, outcome TEXT NOT NULL, risk TEXT NOT NULL, notes TEXT NOT NULL,
              next_review_at BIGINT)
            """,
            "CREATE INDEX vendor_assessments_vendor ON vendor_assessments (vendor_id, assessed_at)",
            """
            CREATE TABLE policy_versions (version TEXT PRIMARY KEY, author TEXT NOT NULL, applied_at BIGINT NOT NULL,
              source TEXT NOT NULL)
            """,
            """
            CREATE TABLE review_items (id TEXT PRIMARY KEY, decision_id TEXT NOT NULL, requester TEXT NOT NULL,
              status TEXT NOT NULL, label TEXT NOT NULL, reason TEXT NOT NULL, model TEXT NOT NULL,
              created_at BIGINT NOT NULL, decided_at BIGINT, decided_by TEXT, note TEXT)
            """,
            "CREATE INDEX review_items_status ON review_items (status, created_at)",
            """
            CREATE TABLE alerts (id TEXT PRIMARY KEY, rule TEXT NOT NULL, severity TEXT NOT NULL,
              message TEXT NOT NULL, decision_id TEXT NOT NULL, created_at BIGINT NOT NULL,
              acknowledged_at BIGINT, incident_id TEXT)
            """,
            "CREATE INDEX alerts_created ON alerts (created_at)",
            """
            CREATE TABLE incidents (id TEXT PRIMARY KEY, title TEXT NOT NULL, severity TEXT NOT NULL,
              status TEXT NOT NULL, opened_at BIGINT NOT NULL, closed_at BIGINT, summary TEXT NOT NULL)
            """,
            """
            CREATE TABLE rate_counters (bucket TEXT NOT NULL, window_start BIGINT NOT NULL, count BIGINT NOT NULL,
              PRIMARY KEY (bucket, window_start))
            """,
        ]),
        ("v1-audit", [
            """
            CREATE TABLE audit_events (seq BIGINT PRIMARY KEY, id TEXT NOT NULL, time BIGINT NOT NULL,
              actor TEXT NOT NULL, action TEXT NOT NULL, decision TEXT NOT NULL, label TEXT NOT NULL,
              model TEXT NOT NULL, vendor TEXT NOT NULL, findings TEXT NOT NULL, policy_version TEXT NOT NULL,
              decision_id TEXT NOT NULL, request_digest TEXT NOT NULL, subject TEXT NOT NULL,
              key_id TEXT NOT NULL, payload_digest BLOB NOT NULL, payload BLOB, prev_hash BLOB NOT NULL,
              hash BLOB NOT NULL)
            """,
            "CREATE INDEX audit_events_time ON audit_events (time)",
            """
            CREATE TABLE audit_checkpoints (seq BIGINT PRIMARY KEY, hash BLOB NOT NULL, time BIGINT NOT NULL,
              key_id TEXT NOT NULL, every_events BIGINT NOT NULL, signature BLOB NOT NULL)
            """,
            """
            CREATE TABLE audit_head (id BIGINT PRIMARY KEY, last_seq BIGINT NOT NULL, last_hash BLOB NOT NULL,
              checkpoint_seq BIGINT NOT NULL, checkpoint_time BIGINT NOT NULL)
            """,
            """
            CREATE TABLE subject_keys (key_id TEXT PRIMARY KEY, subject TEXT NOT NULL, master_key_id TEXT NOT NULL,
              wrapped BLOB, created_at BIGINT NOT NULL, erased_at BIGINT)
            """,
            "CREATE INDEX subject_keys_subject ON subject_keys (subject)",
        ]),
    ]

    /// Applies the migrations not yet applied, under the writers' lock (PostgreSQL: an advisory
    /// lock, so replicas starting together do not race).
    static func migrate(_ db: any SQLDatabase) async throws {
        // The lock comes first, even before the bookkeeping table is created: replicas starting
        // together on an empty PostgreSQL database would otherwise race on CREATE TABLE.
        var lock: [SQLStatement] = []
        if db.dialect == .postgres { lock.append(SQLStatement("SELECT pg_advisory_xact_lock(7275730001)")) }
        lock.append(SQLStatement("CREATE TABLE IF NOT EXISTS portcullis_migrations (name TEXT PRIMARY KEY, applied_at BIGINT NOT NULL)"))
        lock.append(SQLStatement("SELECT name FROM portcullis_migrations"))
        let dialect = db.dialect
        let now = Clock.nowMicros()
        try await db.transaction(lock: lock) { rows in
            let applied = Set(rows.map { $0.text(0) })
            var out: [SQLStatement] = []
            for m in all where !applied.contains(m.name) {
                out += m.sql.map { SQLStatement(dialect.ddl($0)) }
                out.append(SQLStatement("INSERT INTO portcullis_migrations (name, applied_at) VALUES (?, ?)", [.text(m.name), .int(now)]))
            }
            return (out, ())
        }
    }
}

/// Wall-clock time in the store's unit.
enum Clock {
    static func nowMicros() -> Int64 { micros(Date()) }
    static func micros(_ d: Date) -> Int64 { Int64((d.timeIntervalSince1970 * 1_000_000).rounded()) }
}
