import Crypto
import Foundation
import PortcullisCore

/// A subject's data key, unwrapped.
public struct SubjectDataKey: Sendable {
    public var keyID: String
    public var key: SymmetricKey
}

extension PortcullisStore {
    /// The subject's current data key, created (and wrapped under the ring's current master key)
    /// when the subject has none, or only erased ones.
    public func dataKey(forSubject subject: String, keyring: MasterKeyring) async throws -> SubjectDataKey {
        let rows = try await db.query("""
            SELECT key_id, master_key_id, wrapped FROM subject_keys WHERE subject = ? AND wrapped IS NOT NULL
            ORDER BY created_at DESC, key_id LIMIT 1
            """, [.text(subject)])
        if let r = rows.first {
            let master = try keyring.key(id: r.text(1))
            return SubjectDataKey(keyID: r.text(0), key: try master.unwrap(r.blob(2), keyID: r.text(0)))
        }
        let keyID = UUID().uuidString.lowercased()
        let key = SymmetricKey(size: .bits256)
        let wrapped = try keyring.current.wrap(key, keyID: keyID)
        try await db.execute("""
            INSERT INTO subject_keys (key_id, subject, master_key_id, wrapped, created_at, erased_at) VALUES (?, ?, ?, ?, ?, NULL)
            """, [.text(keyID), .text(subject), .text(keyring.current.id), .blob(wrapped), .int(Clock.nowMicros())])
        return SubjectDataKey(keyID: keyID, key: key)
    }

    /// The data key with this id, or nil when it was erased (or never existed).
    public func dataKey(id keyID: String, keyring: MasterKeyring) async throws -> SymmetricKey? {
        guard let r = try await db.query("SELECT master_key_id, wrapped FROM subject_keys WHERE key_id = ?", [.text(keyID)]).first,
              let wrapped = r.optionalBlob(1) else { return nil }
        return try keyring.key(id: r.text(0)).unwrap(wrapped, keyID: keyID)
    }

    /// Destroys every data key of `subject` (crypto-shredding). Returns how many were destroyed.
    public func eraseSubjectKeys(_ subject: String, at: Date = Date()) async throws -> Int {
        try await db.query("""
            UPDATE subject_keys SET wrapped = NULL, erased_at = ? WHERE subject = ? AND wrapped IS NOT NULL RETURNING key_id
            """, [.int(at.micros), .text(subject)]).count
    }

    /// Re-wraps every live data key under `keyring.current` (after a master key rotation). Events
    /// are not touched. Returns how many keys were re-wrapped.
    public func rewrapDataKeys(keyring: MasterKeyring) async throws -> Int {
        var done = 0
        while true {
            let rows = try await db.query("""
                SELECT key_id, master_key_id, wrapped FROM subject_keys WHERE wrapped IS NOT NULL AND master_key_id <> ?
                ORDER BY key_id LIMIT 1000
                """, [.text(keyring.current.id)])
            if rows.isEmpty { return done }
            var updates: [SQLStatement] = []
            for r in rows {
                let keyID = r.text(0)
                let key = try keyring.key(id: r.text(1)).unwrap(r.blob(2), keyID: keyID)
                updates.append(SQLStatement("UPDATE subject_keys SET master_key_id = ?, wrapped = ? WHERE key_id = ? AND master_key_id = ?",
                                            [.text(keyring.current.id), .blob(try keyring.current.wrap(key, keyID: keyID)),
                                             .text(keyID), .text(r.text(1))]))
            }
            try await db.execute(updates)
            done += rows.count
        }
    }
}
