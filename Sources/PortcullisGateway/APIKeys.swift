import Crypto
import Foundation
import PortcullisCore
import PortcullisStore

/// API keys: `pcs_<id>_<secret>`. The id finds the record; only SHA-256 of the secret is stored,
/// compared in constant time. The key is shown once, when created.
public enum APIKeys {
    /// A new key for `user` with `role`; returns the key to show once and the record to store.
    public static func make(user: String, role: String, name: String = "", expires: Date? = nil) -> (key: String, record: APIKeyRecord) {
        let id = randomToken(12)
        let secret = randomToken(32)
        let record = APIKeyRecord(id: id, hash: hash(secret), userID: user, role: role, name: name, expiresAt: expires)
        return ("pcs_\(id)_\(secret)", record)
    }

    /// Splits a presented key into id and secret; nil if it is not shaped like one of ours.
    static func parse(_ key: String) -> (id: String, secret: String)? {
        let u = Array(key.utf8)
        let underscore = UInt8(ascii: "_")
        guard u.count == 49, u.starts(with: "pcs_".utf8), u[16] == underscore,
              u[4..<16].allSatisfy({ $0 < 0x80 && $0 != underscore }),
              u[17...].allSatisfy({ $0 < 0x80 && $0 != underscore }) else { return nil }
        return (String(decoding: u[4..<16], as: UTF8.self), String(decoding: u[17...], as: UTF8.self))
    }

    /// The token of an `Authorization: Bearer …` value (the scheme in any case, spaces and tabs
    /// around the token dropped); nil for another scheme.
    static func bearerToken(_ header: String) -> String? {
        let u = Array(header.utf8)
        guard u.count > 7, u[0..<6].map({ $0 | 0x20 }).elementsEqual("bearer".utf8), u[6] == UInt8(ascii: " ") else { return nil }
        func blank(_ b: UInt8) -> Bool { b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") }
        var lo = 7, hi = u.count
        while lo < hi, blank(u[lo]) { lo += 1 }
        while hi > lo, blank(u[hi - 1]) { hi -= 1 }
        return String(decoding: u[lo..<hi], as: UTF8.self)
    }

    static func hash(_ secret: String) -> [UInt8] { Array(SHA256.hash(data: Array(secret.utf8))) }

    /// Constant-time comparison of two equal-length digests.
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<a.count { diff |= a[i] ^ b[i] }
        return diff == 0
    }

    /// URL-safe random characters (62-letter alphabet, rejection sampling: no modulo bias).
    static func randomToken(_ n: Int) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var rng = SystemRandomNumberGenerator()
        while out.count < n {
            var word = rng.next()  // eight random bytes a call
            for _ in 0..<8 where out.count < n {
                let b = UInt8(truncatingIfNeeded: word)
                word >>= 8
                if b < 248 { out.append(alphabet[Int(b) % 62]) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Who is calling, once authenticated.
public struct Caller: Sendable {
    public var principal: Principal
    public var keyID: String
}

/// Checks bearer credentials: our API keys against the store, and, when an identity provider is
/// configured, OIDC tokens (JWTs) against its keys.
public struct KeyAuthenticator: Sendable {
    let store: PortcullisStore
    let oidc: OIDCAuthenticator?
    let metrics: GatewayMetrics?
    let cache: IdentityCache

    /// `cacheTTL` is how long a key's record and its user's training are remembered (revocations
    /// made by another process take effect within it); `.zero` reads the store every time.
    public init(store: PortcullisStore, oidc: OIDCAuthenticator? = nil, metrics: GatewayMetrics? = nil,
                cacheTTL: Duration = .seconds(2)) {
        self.store = store
        self.oidc = oidc
        self.metrics = metrics
        cache = IdentityCache(ttl: cacheTTL)
    }

    /// The caller for an `Authorization` header value, or an `unauthenticated` error.
    func authenticate(_ header: String?, now: Date = Date()) async throws -> Caller {
        let start = ContinuousClock.now
        defer { metrics?.time(.authenticate, ContinuousClock.now - start) }
        do {
            return try await caller(header, now: now)
        } catch let e as APIError {
            metrics?.refused(e.code)
            throw e
        }
    }

    func caller(_ header: String?, now: Date) async throws -> Caller {
        guard let h = header, let key = APIKeys.bearerToken(h) else { throw APIError.unauthenticated }
        if !key.hasPrefix("pcs_"), let oidc, key.split(separator: ".", omittingEmptySubsequences: false).count == 3 {
            let (user, roles) = try await oidc.principal(token: key, now: now)
            return Caller(principal: Principal(id: user, roles: roles, training: try await training(user, now: now)), keyID: "oidc:" + user)
        }
        guard let (id, secret) = APIKeys.parse(key),
              let record = try await cache.value("key:" + id, \.key, load: { try await store.apiKey(id: id) }),
              APIKeys.equal(record.hash, APIKeys.hash(secret)) else { throw APIError.unauthenticated }
        if record.revokedAt != nil {
            throw APIError(.unauthorized, code: "unauthenticated", type: "authentication_error", message: "This API key was revoked.")
        }
        if let exp = record.expiresAt, exp <= now {
            throw APIError(.unauthorized, code: "unauthenticated", type: "authentication_error",
                           message: "This API key expired on \(exp.formatted(.iso8601)). Ask for a new one (`portcullis keys create`).")
        }
        return Caller(principal: Principal(id: record.userID, roles: [record.role], training: try await training(record.userID, now: now)),
                      keyID: id)
    }

    /// The courses `user` has a current attestation for.
    func training(_ user: String, now: Date) async throws -> Set<String> {
        Set(try await cache.value("training:" + user, \.training, load: { try await store.training(userID: user) })!.filter { ($0.expiresAt ?? .distantFuture) > now }.map(\.course))
    }
}
