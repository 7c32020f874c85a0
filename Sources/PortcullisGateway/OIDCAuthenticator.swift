import AsyncHTTPClient
import Foundation
import JWTKit
import NIOCore
import PortcullisCore

/// A token's claims, whatever they are; `OIDCAuthenticator` checks the ones that matter.
struct OIDCClaims: JWTPayload {
    var claims: [String: JSONValue]

    init(from decoder: any Decoder) throws {
        claims = try decoder.singleValueContainer().decode([String: JSONValue].self)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(claims)
    }

    /// Claims are checked by the authenticator, with the configured clock skew.
    func verify(using algorithm: some JWTAlgorithm) async throws {}

    /// The value at a dotted path (`realm_access.roles`).
    func value(at path: String) -> JSONValue? {
        var parts = path.split(separator: ".").map(String.init)
        guard !parts.isEmpty else { return nil }
        var v = claims[parts.removeFirst()]
        for p in parts { v = v?[p] }
        return v
    }

    func seconds(_ name: String) -> Double? {
        switch claims[name] {
        case .integer(let i)?: return Double(i)
        case .number(let d)?: return d
        default: return nil
        }
    }
}

/// Verifies OIDC bearer tokens: the signature against the provider's JWKS (the token's `kid` and
/// `alg` must match a published key; `none` and HMAC-with-a-public-key confusions are refused by
/// construction), then issuer, audience, expiry and not-before with clock skew; maps the role
/// claim to the policy's roles.
public actor OIDCAuthenticator {
    public let settings: OIDCSettings
    private var keys = JWTKeyCollection()
    private var loadedAt: ContinuousClock.Instant?
    private var lastForcedRefresh: ContinuousClock.Instant?
    private var lastAttempt: ContinuousClock.Instant?
    private let client: HTTPClient

    public init(settings: OIDCSettings, client: HTTPClient = VendorHTTP.client) {
        self.settings = settings
        self.client = client
    }

    /// Loads the keys now (at start-up, so a wrong URL or file is reported before serving).
    public func load() async throws {
        let json: String
        if let file = settings.jwksFile {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw OIDCError.jwks("cannot read the JWKS file \(file)")
            }
            json = String(decoding: data, as: UTF8.self)
        } else if let url = settings.jwksURL {
            var req = HTTPClientRequest(url: url)
            req.headers.add(name: "Accept", value: "application/json")
            do {
                let resp = try await client.execute(req, timeout: .seconds(10))
                let body = try await resp.body.collect(upTo: 1 << 20)
                guard resp.status == .ok else { throw OIDCError.jwks("\(url) answered HTTP \(resp.status.code)") }
                json = String(buffer: body)
            } catch let e as OIDCError {
                throw e
            } catch {
                throw OIDCError.jwks("cannot fetch \(url): \(error)")
            }
        } else {
            throw OIDCError.jwks("neither jwks_url nor jwks_file is set")
        }
        let fresh = JWTKeyCollection()
        do {
            try await fresh.add(jwksJSON: json)
        } catch {
            throw OIDCError.jwks("the JWKS could not be read: \(error)")
        }
        keys = fresh
        loadedAt = .now
    }

    /// The principal a token stands for, or an `unauthenticated` error saying why not.
    func principal(token: String, now: Date = Date()) async throws -> (id: String, roles: [String]) {
        if loadedAt == nil || ContinuousClock.now - loadedAt! > .seconds(settings.refreshSeconds),
           lastAttempt.map({ ContinuousClock.now - $0 > .seconds(30) }) ?? true {
            lastAttempt = .now
            try? await load()
        }
        let claims: OIDCClaims
        do {
            claims = try await keys.verify(token, as: OIDCClaims.self)
        } catch {
            // A key the provider rotated in since the last fetch: fetch again, at most every 30 s.
            guard settings.jwksURL != nil, lastForcedRefresh.map({ ContinuousClock.now - $0 > .seconds(30) }) ?? true else {
                throw Self.refused("the token's signature does not verify against the identity provider's keys")
            }
            lastForcedRefresh = .now
            try? await load()
            do {
                claims = try await keys.verify(token, as: OIDCClaims.self)
            } catch {
                throw Self.refused("the token's signature does not verify against the identity provider's keys")
            }
        }
        return try check(claims, now: now)
    }

    /// The claim checks of RFC 7519 §4.1 with clock skew, and the role mapping.
    func check(_ c: OIDCClaims, now: Date) throws -> (id: String, roles: [String]) {
        let t = now.timeIntervalSince1970, skew = Double(settings.clockSkewSeconds)
        guard c.claims["iss"]?.stringValue == settings.issuer else {
            throw Self.refused("the token was issued by \(c.claims["iss"]?.stringValue ?? "nobody"), not by \(settings.issuer)")
        }
        let aud: [String]
        switch c.claims["aud"] {
        case .string(let s)?: aud = [s]
        case .array(let a)?: aud = a.compactMap(\.stringValue)
        default: aud = []
        }
        guard aud.contains(where: settings.audiences.contains) else {
            throw Self.refused("the token is for \(aud.isEmpty ? "no audience" : aud.joined(separator: ", ")), not for this gateway (\(settings.audiences.joined(separator: ", ")))")
        }
        guard let exp = c.seconds("exp") else { throw Self.refused("the token has no expiry (exp)") }
        guard t <= exp + skew else {
            throw Self.refused("the token expired at \(Date(timeIntervalSince1970: exp).formatted(.iso8601)); sign in again")
        }
        if let nbf = c.seconds("nbf"), t + skew < nbf { throw Self.refused("the token is not valid before \(Date(timeIntervalSince1970: nbf).formatted(.iso8601))") }
        if let iat = c.seconds("iat"), t + skew < iat { throw Self.refused("the token claims to be issued in the future") }
        guard let user = c.value(at: settings.userClaim)?.stringValue, !user.isEmpty else {
            throw Self.refused("the token has no \(settings.userClaim) claim to name the user")
        }
        let values: [String]
        switch c.value(at: settings.roleClaim) {
        case .string(let s)?: values = s.split(separator: " ").map(String.init)
        case .array(let a)?: values = a.compactMap(\.stringValue)
        default: values = []
        }
        // Only mapped values become roles: an identity-provider group that happens to be called
        // `admin` does not make its members the gateway's admins.
        let roles = values.compactMap { settings.roleMap[$0] }
        return (user, Array(Set(roles)).sorted())
    }

    static func refused(_ why: String) -> APIError {
        APIError(.unauthorized, code: "unauthenticated", type: "authentication_error", message: "Bearer token refused: \(why).")
    }
}

/// The identity provider's keys could not be had.
public enum OIDCError: Error, CustomStringConvertible {
    case jwks(String)
    public var description: String {
        switch self {
        case .jwks(let m): return "OIDC: \(m)"
        }
    }
}
