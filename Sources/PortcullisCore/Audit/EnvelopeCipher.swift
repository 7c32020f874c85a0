import Crypto
import Foundation

/// A master key (key-encryption key): wraps the per-subject data keys, never touches payloads.
///
/// Rotation re-wraps the data keys under a new master key; the events are not rewritten.
public struct MasterKey: Sendable {
    public let key: SymmetricKey
    /// First 8 bytes of the SHA-256 of the key, in hex: stored beside each wrapped data key.
    public let id: String

    public init(bytes: [UInt8]) throws {
        guard bytes.count == 32 else { throw AuditKeyError.malformed("a master key must be 32 bytes (base64 in the key file), not \(bytes.count)") }
        key = SymmetricKey(data: bytes)
        id = Array(SHA256.hash(data: Array("portcullis.master-key-id".utf8) + bytes).prefix(8)).hex
    }

    public static func generate() -> MasterKey {
        // 32 random bytes always make a valid key.
        try! MasterKey(bytes: SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
    }

    /// Seals a data key for `keyID` (AES-256-GCM, the key id as associated data so a wrapped key
    /// cannot be moved to another row).
    public func wrap(_ dataKey: SymmetricKey, keyID: String) throws -> [UInt8] {
        let raw = dataKey.withUnsafeBytes { Array($0) }
        let box = try AES.GCM.seal(raw, using: key, authenticating: Array("portcullis.dek.v1|\(keyID)".utf8))
        guard let combined = box.combined else { throw AuditKeyError.malformed("could not wrap a data key") }
        return Array(combined)
    }

    public func unwrap(_ wrapped: [UInt8], keyID: String) throws -> SymmetricKey {
        do {
            let box = try AES.GCM.SealedBox(combined: wrapped)
            let raw = try AES.GCM.open(box, using: key, authenticating: Array("portcullis.dek.v1|\(keyID)".utf8))
            return SymmetricKey(data: raw)
        } catch {
            throw AuditKeyError.unreadable("the data key \(keyID) does not open with master key \(id)")
        }
    }
}

/// The master keys a deployment knows: the current one wraps new data keys; older ones still
/// unwrap keys not yet re-wrapped.
public struct MasterKeyring: Sendable {
    public let current: MasterKey
    public let older: [MasterKey]

    public init(current: MasterKey, older: [MasterKey] = []) {
        self.current = current
        self.older = older
    }

    public func key(id: String) throws -> MasterKey {
        if current.id == id { return current }
        if let k = older.first(where: { $0.id == id }) { return k }
        throw AuditKeyError.unknownMasterKey(id)
    }
}

/// Seals and opens audit payloads with a subject's data key (AES-256-GCM; the event id is the
/// associated data, so a payload cannot be moved to another event).
public enum PayloadCipher {
    public static func seal(_ payload: AuditPayload, with key: SymmetricKey, eventID: UUID) throws -> [UInt8] {
        let plain = encode(payload)
        let box = try AES.GCM.seal(plain, using: key, authenticating: Array("portcullis.payload.v1|\(eventID.text)".utf8))
        guard let combined = box.combined else { throw AuditKeyError.malformed("could not seal a payload") }
        return Array(combined)
    }

    public static func open(_ sealed: [UInt8], with key: SymmetricKey, eventID: UUID) throws -> AuditPayload {
        do {
            let box = try AES.GCM.SealedBox(combined: sealed)
            let plain = try AES.GCM.open(box, using: key, authenticating: Array("portcullis.payload.v1|\(eventID.text)".utf8))
            guard let p = decode(Array(plain)) else { throw AuditKeyError.malformed("malformed payload") }
            return p
        } catch {
            throw AuditKeyError.unreadable("the payload of event \(eventID.uuidString) does not open with its data key")
        }
    }

    /// Version byte 1, then prompt and answer each as a 4-byte big-endian length (all ones for
    /// absent) and UTF-8 bytes. Cheaper than JSON on the hot path and unambiguous.
    static func encode(_ p: AuditPayload) -> [UInt8] {
        var out: [UInt8] = [1]
        out.reserveCapacity(9 + (p.prompt?.utf8.count ?? 0) + (p.answer?.utf8.count ?? 0))
        for field in [p.prompt, p.answer] {
            let n = field.map { UInt32($0.utf8.count) } ?? UInt32.max
            out += [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)]
            if let f = field { out += f.utf8 }
        }
        return out
    }

    static func decode(_ b: [UInt8]) -> AuditPayload? {
        guard b.first == 1 else { return nil }
        var i = 1
        var fields: [String?] = []
        for _ in 0..<2 {
            guard i + 4 <= b.count else { return nil }
            let n = UInt32(b[i]) << 24 | UInt32(b[i + 1]) << 16 | UInt32(b[i + 2]) << 8 | UInt32(b[i + 3])
            i += 4
            if n == UInt32.max { fields.append(nil); continue }
            guard Int(n) <= b.count - i else { return nil }
            fields.append(String(decoding: b[i..<(i + Int(n))], as: UTF8.self))
            i += Int(n)
        }
        guard i == b.count else { return nil }
        return AuditPayload(prompt: fields[0], answer: fields[1])
    }
}
