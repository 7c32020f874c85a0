import Foundation
import PortcullisCore

/// Loads the audit keys: from the environment (`PORTCULLIS_MASTER_KEY`,
/// `PORTCULLIS_AUDIT_SIGNING_KEY`, base64), else from files in a key directory, which are created
/// (mode 0600) on first use.
///
/// Files: `master.key` (current master key), `retired/master-*.key` (earlier master keys, kept so
/// an interrupted rotation can finish), `audit-signing.key` (Ed25519 private key),
/// `audit-signing.pub` (its public half, for auditors).
public struct KeyDirectory: Sendable {
    public let path: String
    public let environment: [String: String]

    public init(path: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.path = path
        self.environment = environment
    }

    /// The signing key and master keys, creating missing files when `create` is true.
    public func load(create: Bool = true) throws -> AuditKeys {
        AuditKeys(signing: try signingKey(create: create), masterKeys: try masterKeys(create: create))
    }

    public func signingKey(create: Bool = true) throws -> AuditSigningKey {
        if let b64 = environment["PORTCULLIS_AUDIT_SIGNING_KEY"] {
            return try AuditSigningKey(rawRepresentation: try Self.decode(b64, name: "PORTCULLIS_AUDIT_SIGNING_KEY"))
        }
        let file = path + "/audit-signing.key"
        if let bytes = try read(file) { return try AuditSigningKey(rawRepresentation: bytes) }
        guard create else { throw AuditKeyError.unreadable("no audit signing key: \(file) does not exist and PORTCULLIS_AUDIT_SIGNING_KEY is not set") }
        let key = AuditSigningKey.generate()
        try write(file, Array(key.privateKey.rawRepresentation))
        try write(path + "/audit-signing.pub", Array(key.verifyingKey.publicKey.rawRepresentation), mode: 0o644)
        return key
    }

    public func masterKeys(create: Bool = true) throws -> MasterKeyring {
        var older: [MasterKey] = []
        let retired = path + "/retired"
        for name in ((try? FileManager.default.contentsOfDirectory(atPath: retired)) ?? []).sorted() where name.hasSuffix(".key") {
            if let b = try read(retired + "/" + name) { older.append(try MasterKey(bytes: b)) }
        }
        for b64 in (environment["PORTCULLIS_MASTER_KEY_OLD"] ?? "").split(separator: ",") {
            older.append(try MasterKey(bytes: try Self.decode(String(b64), name: "PORTCULLIS_MASTER_KEY_OLD")))
        }
        if let b64 = environment["PORTCULLIS_MASTER_KEY"] {
            return MasterKeyring(current: try MasterKey(bytes: try Self.decode(b64, name: "PORTCULLIS_MASTER_KEY")), older: older)
        }
        let file = path + "/master.key"
        if let bytes = try read(file) { return MasterKeyring(current: try MasterKey(bytes: bytes), older: older) }
        guard create else { throw AuditKeyError.unreadable("no master key: \(file) does not exist and PORTCULLIS_MASTER_KEY is not set") }
        let key = MasterKey.generate()
        try write(file, key.key.withUnsafeBytes { Array($0) })
        return MasterKeyring(current: key, older: older)
    }

    /// Makes a new master key current and keeps the old one under `retired/`. The caller then
    /// re-wraps the data keys (``PortcullisStore/rewrapDataKeys(keyring:)``).
    public func rotateMasterKey() throws -> MasterKeyring {
        if environment["PORTCULLIS_MASTER_KEY"] != nil {
            // The new key is already current; the old ones come from PORTCULLIS_MASTER_KEY_OLD.
            let ring = try masterKeys(create: false)
            guard !ring.older.isEmpty else {
                throw AuditKeyError.unreadable("the master key comes from PORTCULLIS_MASTER_KEY: set the new key there and the old one in PORTCULLIS_MASTER_KEY_OLD, then run rotate-key")
            }
            return ring
        }
        let old = try masterKeys(create: false)
        let retired = path + "/retired"
        try FileManager.default.createDirectory(atPath: retired, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try write(retired + "/master-\(old.current.id).key", old.current.key.withUnsafeBytes { Array($0) })
        let new = MasterKey.generate()
        try write(path + "/master.key", new.key.withUnsafeBytes { Array($0) }, replace: true)
        return MasterKeyring(current: new, older: [old.current] + old.older)
    }

    static func decode(_ b64: String, name: String) throws -> [UInt8] {
        guard let d = Data(base64Encoded: b64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw AuditKeyError.malformed("\(name) is not base64")
        }
        return [UInt8](d)
    }

    private func read(_ file: String) throws -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
            throw AuditKeyError.unreadable("cannot read \(file)")
        }
        return try Self.decode(text, name: file)
    }

    private func write(_ file: String, _ bytes: [UInt8], mode: Int = 0o600, replace: Bool = false) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        if FileManager.default.fileExists(atPath: file) && !replace {
            throw AuditKeyError.unreadable("\(file) exists already; not overwriting a key")
        }
        let tmp = file + ".tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data((Data(bytes).base64EncodedString() + "\n").utf8),
                                             attributes: [.posixPermissions: mode]) else {
            throw AuditKeyError.unreadable("cannot write \(file)")
        }
        if replace { _ = try? FileManager.default.removeItem(atPath: file) }
        try FileManager.default.moveItem(atPath: tmp, toPath: file)
    }
}
