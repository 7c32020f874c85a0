import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// OIDC bearer tokens: signatures against a JWKS (file or URL), issuer, audience, expiry with
/// clock skew, not-before, role mapping; everything refused is a 401 naming the reason.
@Suite("OIDC bearer tokens")
struct OIDCTests {
    /// Any claims, for signing test tokens.
    struct Claims: JWTPayload {
        var claims: [String: JSONValue]
        init(_ c: [String: JSONValue]) { claims = c }
        init(from decoder: any Decoder) throws { claims = try decoder.singleValueContainer().decode([String: JSONValue].self) }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(claims)
        }
        func verify(using algorithm: some JWTAlgorithm) async throws {}
    }

    static let issuer = "https://login.example.test/"

    static func jwks(_ keys: [(String, ES256PrivateKey)]) -> String {
        let entries = keys.map { kid, key in
            let p = key.publicKey.parameters!
            return #"{"kty":"EC","crv":"P-256","use":"sig","alg":"ES256","kid":"\#(kid)","x":"\#(p.x)","y":"\#(p.y)"}"#
        }
        return #"{"keys":[\#(entries.joined(separator: ","))]}"#
    }

    static func token(_ key: ES256PrivateKey, kid: String, _ overrides: [String: JSONValue] = [:], drop: [String] = []) async throws -> String {
        let now = Int(Date().timeIntervalSince1970)
        var c: [String: JSONValue] = ["iss": .string(issuer), "aud": .array([.string("portcullis"), .string("other")]),
                                      "sub": .string("u-123"), "email": .string("ann@example.test"),
                                      "exp": .integer(now + 300), "iat": .integer(now), "nbf": .integer(now - 5),
                                      "groups": .array([.string("ai-analysts"), .string("staff")])]
        for (k, v) in overrides { c[k] = v }
        for k in drop { c[k] = nil }
        let signer = JWTKeyCollection()
        await signer.add(ecdsa: key, kid: JWKIdentifier(string: kid))
        return try await signer.sign(Claims(c), kid: JWKIdentifier(string: kid))
    }

    func settings(file: String? = nil, url: String? = nil) -> OIDCSettings {
        OIDCSettings(issuer: Self.issuer, audiences: ["portcullis"], jwksURL: url, jwksFile: file, userClaim: "email",
                     roleClaim: "groups", roleMap: ["ai-analysts": "analyst"], clockSkewSeconds: 60)
    }

    func gateway(_ oidc: OIDCAuthenticator) async throws -> Application<RouterResponder<BasicRequestContext>> {
        try await TestGateway.make(policy: try DemoPolicy.policy(), oidc: oidc).app
    }

    func chat(_ token: String) -> (HTTPFields, ByteBuffer) {
        ([.authorization: "Bearer \(token)", .contentType: "application/json"],
         ByteBuffer(string: #"{"model":"mock-echo","messages":[{"role":"user","content":"hello"}]}"#))
    }

    func message(_ b: ByteBuffer) -> String {
        ((try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: b)))?["error"]?["message"]?.stringValue) ?? ""
    }

    @Test func tokensAreCheckedClaimByClaim() async throws {
        let key = ES256PrivateKey(), stranger = ES256PrivateKey()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jwks-\(UUID().uuidString).json").path
        try Self.jwks([("k1", key)]).write(toFile: file, atomically: true, encoding: .utf8)
        let oidc = OIDCAuthenticator(settings: settings(file: file))
        try await oidc.load()
        let app = try await gateway(oidc)
        let now = Int(Date().timeIntervalSince1970)
        let refused: [(String, String, String)] = [
            ("expired beyond the skew", try await Self.token(key, kid: "k1", ["exp": .integer(now - 120)]), "expired"),
            ("no expiry", try await Self.token(key, kid: "k1", drop: ["exp"]), "no expiry"),
            ("another audience", try await Self.token(key, kid: "k1", ["aud": .string("someone-else")]), "not for this gateway"),
            ("another issuer", try await Self.token(key, kid: "k1", ["iss": .string("https://evil.test/")]), "issued by"),
            ("not yet valid", try await Self.token(key, kid: "k1", ["nbf": .integer(now + 600)]), "not valid before"),
            ("signed by another key", try await Self.token(stranger, kid: "k1"), "signature"),
            ("no user claim", try await Self.token(key, kid: "k1", drop: ["email"]), "email"),
        ]
        // An unsigned token (`alg: none`) with the same claims.
        let good = try await Self.token(key, kid: "k1")
        let parts = good.split(separator: ".")
        let noneHeader = Data(#"{"alg":"none","typ":"JWT","kid":"k1"}"#.utf8).base64EncodedString()
            .replacingOccurrences(of: "=", with: "").replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        let unsigned = noneHeader + "." + parts[1] + "."
        try await app.test(.router) { client in
            let (h, body) = chat(good)
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: body) { r in
                #expect(r.status == .ok, "\(String(buffer: r.body))")
            }
            // Within the clock skew, an expired token still passes.
            let (h2, _) = chat(try await Self.token(key, kid: "k1", ["exp": .integer(now - 30)]))
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h2, body: body) { r in
                #expect(r.status == .ok)
            }
            for (name, token, why) in refused + [("unsigned (alg none)", unsigned, "signature")] {
                let (h, body) = chat(token)
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: body) { r in
                    #expect(r.status == .unauthorized, "\(name)")
                    #expect(message(r.body).contains(why), "\(name): \(message(r.body))")
                }
            }
            // A valid token whose groups map to no role: authenticated, but no model for it.
            let (h3, _) = chat(try await Self.token(key, kid: "k1", ["groups": .array([.string("staff")])]))
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h3, body: body) { r in
                #expect(r.status == .forbidden)
            }
            // Models listed for the mapped role.
            try await client.execute(uri: "/v1/models", method: .get, headers: [.authorization: "Bearer \(good)"]) { r in
                #expect(String(buffer: r.body).contains("mock-echo"))
            }
        }
    }

    actor Served {
        var jwks: String
        var fetches = 0
        init(_ j: String) { jwks = j }
        func set(_ j: String) { jwks = j }
        func get() -> String { fetches += 1; return jwks }
    }

    @Test func keysFromAURLAreRefetchedWhenTheProviderRotates() async throws {
        let old = ES256PrivateKey(), new = ES256PrivateKey()
        let served = Served(Self.jwks([("old", old)]))
        let router = Router()
        router.get("jwks") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: await served.get())))
        }
        let idp = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await idp.test(.live) { c in
            let oidc = OIDCAuthenticator(settings: settings(url: "http://127.0.0.1:\(c.port!)/jwks"))
            try await oidc.load()
            let app = try await gateway(oidc)
            try await app.test(.router) { client in
                let (h, body) = chat(try await Self.token(old, kid: "old"))
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: body) { r in
                    #expect(r.status == .ok)
                }
                // The provider rotates to a new key: the first token signed with it makes the gateway fetch again.
                await served.set(Self.jwks([("new", new)]))
                let (h2, _) = chat(try await Self.token(new, kid: "new"))
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h2, body: body) { r in
                    #expect(r.status == .ok, "\(String(buffer: r.body))")
                }
                // A token from a key the provider never published does not cause a fetch storm.
                let before = await served.fetches
                for _ in 0..<5 {
                    let (h3, _) = chat(try await Self.token(ES256PrivateKey(), kid: "forged"))
                    try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h3, body: body) { r in
                        #expect(r.status == .unauthorized)
                    }
                }
                #expect(await served.fetches - before <= 1)
            }
        }
    }

    @Test func aMissingJWKSIsReportedAtStartUp() async throws {
        let oidc = OIDCAuthenticator(settings: settings(file: "/nonexistent/jwks.json"))
        await #expect(throws: OIDCError.self) { try await oidc.load() }
        let unreachable = OIDCAuthenticator(settings: settings(url: "http://127.0.0.1:9/jwks"))
        await #expect(throws: OIDCError.self) { try await unreachable.load() }
    }
}
