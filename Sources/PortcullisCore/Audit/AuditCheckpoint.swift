import Crypto
import Foundation

/// A signed statement that the log's entry `seq` has hash `hash`.
///
/// Rewriting the chain from some point means recomputing every later hash; without the signing key
/// the rewriter cannot sign new checkpoints, so `verify` finds the rewrite at the next checkpoint.
public struct AuditCheckpoint: Sendable, Equatable {
    public var seq: Int64
    public var hash: [UInt8]
    /// Microseconds since 1970-01-01 UTC.
    public var timeMicros: Int64
    /// ``AuditSigningKey/keyID`` of the key that signed.
    public var keyID: String
    /// The log's checkpoint interval N, signed: `verify` requires a checkpoint at every multiple
    /// of N, so deleting checkpoints is itself detected.
    public var everyEvents: Int64
    /// Ed25519 signature over ``signedMessage``.
    public var signature: [UInt8]

    public init(seq: Int64, hash: [UInt8], timeMicros: Int64, keyID: String, everyEvents: Int64, signature: [UInt8]) {
        self.seq = seq
        self.hash = hash
        self.timeMicros = timeMicros
        self.keyID = keyID
        self.everyEvents = everyEvents
        self.signature = signature
    }

    /// The bytes that are signed: a domain tag, the number, the hash, the time and the interval.
    public var signedMessage: [UInt8] {
        var m = Array("portcullis.checkpoint.v1".utf8)
        var s = seq.bigEndian, t = timeMicros.bigEndian, n = everyEvents.bigEndian
        withUnsafeBytes(of: &s) { m.append(contentsOf: $0) }
        m.append(contentsOf: hash)
        withUnsafeBytes(of: &t) { m.append(contentsOf: $0) }
        withUnsafeBytes(of: &n) { m.append(contentsOf: $0) }
        return m
    }
}

/// The Ed25519 key that signs checkpoints. Every gateway replica writing one log shares it.
public struct AuditSigningKey: Sendable {
    public let privateKey: Curve25519.Signing.PrivateKey

    public init(rawRepresentation: [UInt8]) throws {
        do {
            privateKey = try Curve25519.Signing.PrivateKey(rawRepresentation: rawRepresentation)
        } catch {
            throw AuditKeyError.malformed("an audit signing key must be 32 bytes (base64 in the key file)")
        }
    }

    public static func generate() -> AuditSigningKey {
        AuditSigningKey(privateKey: Curve25519.Signing.PrivateKey())
    }

    private init(privateKey: Curve25519.Signing.PrivateKey) { self.privateKey = privateKey }

    public var verifyingKey: AuditVerifyingKey { AuditVerifyingKey(publicKey: privateKey.publicKey) }
    public var keyID: String { verifyingKey.keyID }

    /// Signs a checkpoint for entry `seq` with hash `hash`, in a log checkpointed every `everyEvents`.
    public func checkpoint(seq: Int64, hash: [UInt8], timeMicros: Int64, everyEvents: Int64 = 1000) -> AuditCheckpoint {
        var c = AuditCheckpoint(seq: seq, hash: hash, timeMicros: timeMicros, keyID: keyID, everyEvents: everyEvents, signature: [])
        // Signing only fails for malformed keys, which the initialiser rules out.
        c.signature = (try? Array(privateKey.signature(for: c.signedMessage))) ?? []
        return c
    }
}

/// The public half of an ``AuditSigningKey``: what an auditor needs to verify checkpoints.
public struct AuditVerifyingKey: Sendable {
    public let publicKey: Curve25519.Signing.PublicKey

    public init(publicKey: Curve25519.Signing.PublicKey) { self.publicKey = publicKey }

    public init(rawRepresentation: [UInt8]) throws {
        do {
            publicKey = try Curve25519.Signing.PublicKey(rawRepresentation: rawRepresentation)
        } catch {
            throw AuditKeyError.malformed("an audit public key must be 32 bytes (base64 in the key file)")
        }
    }

    /// First 8 bytes of the SHA-256 of the public key, in hex.
    public var keyID: String { Array(SHA256.hash(data: publicKey.rawRepresentation).prefix(8)).hex }

    public func isValid(_ c: AuditCheckpoint) -> Bool {
        c.keyID == keyID && publicKey.isValidSignature(c.signature, for: c.signedMessage)
    }
}

/// A key that cannot be read or used.
public enum AuditKeyError: Error, Equatable, CustomStringConvertible {
    case malformed(String)
    case unknownMasterKey(String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .malformed(let m): return m
        case .unknownMasterKey(let id): return "data key is wrapped by master key \(id), which is not configured"
        case .unreadable(let m): return m
        }
    }
}
