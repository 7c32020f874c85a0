import Foundation

extension PortcullisStore {
    // MARK: users

    /// Creates or replaces a user.
    public func saveUser(_ u: UserRecord) async throws {
        try await db.execute("""
            INSERT INTO users (id, display_name, email, roles, created_at, disabled_at) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET display_name = excluded.display_name, email = excluded.email,
              roles = excluded.roles, disabled_at = excluded.disabled_at
            """, [.text(u.id), .text(u.displayName), .text(u.email), .text(u.roles.joined(separator: ",")),
                  .int(u.createdAt.micros), u.disabledAt.sql])
    }

    public func user(id: String) async throws -> UserRecord? {
        try await users(where: "WHERE id = ?", [.text(id)]).first
    }

    public func listUsers() async throws -> [UserRecord] { try await users(where: "", []) }

    private func users(where clause: String, _ binds: [SQLValue]) async throws -> [UserRecord] {
        try await db.query("SELECT id, display_name, email, roles, created_at, disabled_at FROM users \(clause) ORDER BY id", binds).map {
            UserRecord(id: $0.text(0), displayName: $0.text(1), email: $0.text(2),
                       roles: $0.text(3).split(separator: ",").map(String.init), createdAt: $0.date(4), disabledAt: $0.optionalDate(5))
        }
    }

    // MARK: roles

    public func saveRole(_ r: RoleRecord) async throws {
        try await db.execute("""
            INSERT INTO roles (name, description, max_label) VALUES (?, ?, ?)
            ON CONFLICT (name) DO UPDATE SET description = excluded.description, max_label = excluded.max_label
            """, [.text(r.name), .text(r.description), .text(r.maxLabel)])
    }

    public func listRoles() async throws -> [RoleRecord] {
        try await db.query("SELECT name, description, max_label FROM roles ORDER BY name").map {
            RoleRecord(name: $0.text(0), description: $0.text(1), maxLabel: $0.text(2))
        }
    }

    // MARK: API keys

    /// Stores a new key; fails with ``StoreError/conflict(_:)`` if the id exists.
    public func createAPIKey(_ k: APIKeyRecord) async throws {
        if try await apiKey(id: k.id) != nil { throw StoreError.conflict("an API key with id \(k.id) exists") }
        try await db.execute("""
            INSERT INTO api_keys (id, hash, user_id, role, name, created_at, expires_at, revoked_at, last_used_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [.text(k.id), .blob(k.hash), .text(k.userID), .text(k.role), .text(k.name), .int(k.createdAt.micros),
                  k.expiresAt.sql, k.revokedAt.sql, k.lastUsedAt.sql])
    }

    public func apiKey(id: String) async throws -> APIKeyRecord? {
        try await apiKeys(where: "WHERE id = ?", [.text(id)]).first
    }

    /// All keys, or one user's.
    public func listAPIKeys(userID: String? = nil) async throws -> [APIKeyRecord] {
        if let u = userID { return try await apiKeys(where: "WHERE user_id = ?", [.text(u)]) }
        return try await apiKeys(where: "", [])
    }

    /// Revokes a key; returns false if there is no such key or it was already revoked.
    public func revokeAPIKey(id: String, at: Date = Date()) async throws -> Bool {
        let rows = try await db.query("UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL RETURNING id",
                                      [.int(at.micros), .text(id)])
        return !rows.isEmpty
    }

    public func touchAPIKey(id: String, at: Date = Date()) async throws {
        try await db.execute("UPDATE api_keys SET last_used_at = ? WHERE id = ?", [.int(at.micros), .text(id)])
    }

    private func apiKeys(where clause: String, _ binds: [SQLValue]) async throws -> [APIKeyRecord] {
        try await db.query("""
            SELECT id, hash, user_id, role, name, created_at, expires_at, revoked_at, last_used_at FROM api_keys \(clause)
            ORDER BY created_at, id
            """, binds).map {
            APIKeyRecord(id: $0.text(0), hash: $0.blob(1), userID: $0.text(2), role: $0.text(3), name: $0.text(4),
                         createdAt: $0.date(5), expiresAt: $0.optionalDate(6), revokedAt: $0.optionalDate(7),
                         lastUsedAt: $0.optionalDate(8))
        }
    }

    // MARK: training

    /// Records (or renews) a training attestation.
    public func saveTraining(_ t: TrainingAttestation) async throws {
        try await db.execute("""
            INSERT INTO training_attestations (user_id, course, completed_at, expires_at, evidence) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (user_id, course) DO UPDATE SET completed_at = excluded.completed_at,
              expires_at = excluded.expires_at, evidence = excluded.evidence
            """, [.text(t.userID), .text(t.course), .int(t.completedAt.micros), t.expiresAt.sql, .text(t.evidence)])
    }

    public func training(userID: String) async throws -> [TrainingAttestation] {
        try await db.query("""
            SELECT user_id, course, completed_at, expires_at, evidence FROM training_attestations WHERE user_id = ? ORDER BY course
            """, [.text(userID)]).map {
            TrainingAttestation(userID: $0.text(0), course: $0.text(1), completedAt: $0.date(2), expiresAt: $0.optionalDate(3),
                                evidence: $0.text(4))
        }
    }
}
