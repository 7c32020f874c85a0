import Foundation
import PortcullisCore
import Testing

@Suite("Deployment file (serve --config)")
struct DeploymentConfigTests {
    @Test func readsEveryKeyAndResolvesPathsFromTheFilesFolder() throws {
        let c = try DeploymentConfig.parse(yaml: """
            listen: { host: 0.0.0.0, port: 8443 }
            tls: { certificate: tls/cert.pem, key: /etc/portcullis/key.pem }
            data_dir: state
            database: postgres://portcullis@db/portcullis
            durability: full
            policy: policy.yaml
            rate_limits: { per_key: 100, per_user: 200, per_role: 5000, tokens_per_key: 10000, tokens_per_role: 90000 }
            audit_failure: open
            limits: { max_body_bytes: 1048576, max_messages: 50, max_nesting: 16 }
            oidc:
              issuer: https://login.example.com/
              audience: [portcullis, gateway]
              jwks_url: https://login.example.com/keys
              user_claim: email
              role_claim: realm_access.roles
              role_map: { ai-analysts: analyst, ai-admins: admin }
              clock_skew_seconds: 30
            """, file: "deploy.yaml", baseDirectory: "/srv/pc")
        #expect(c.host == "0.0.0.0" && c.port == 8443)
        #expect(c.tlsCertificate == "/srv/pc/tls/cert.pem" && c.tlsKey == "/etc/portcullis/key.pem")
        #expect(c.dataDirectory == "/srv/pc/state" && c.policy == "/srv/pc/policy.yaml")
        #expect(c.database == "postgres://portcullis@db/portcullis" && c.durability == "full")
        #expect(c.ratePerKey == 100 && c.ratePerUser == 200 && c.ratePerRole == 5000)
        #expect(c.tokensPerKey == 10000 && c.tokensPerUser == nil && c.tokensPerRole == 90000 && c.auditFailure == "open")
        #expect(c.maxBodyBytes == 1_048_576 && c.maxMessages == 50 && c.maxNesting == 16)
        #expect(c.oidc == OIDCSettings(issuer: "https://login.example.com/", audiences: ["portcullis", "gateway"],
                                       jwksURL: "https://login.example.com/keys", userClaim: "email",
                                       roleClaim: "realm_access.roles", roleMap: ["ai-analysts": "analyst", "ai-admins": "admin"],
                                       clockSkewSeconds: 30))
        #expect(try DeploymentConfig.parse(yaml: "") == DeploymentConfig())
    }

    @Test(arguments: [
        ("listen: { hots: 1.2.3.4 }", "hots", 1),
        ("listen:\n  port: 70000", "listen.port", 2),
        ("tls: { certificate: a.pem }", "key", 1),
        ("oidc:\n  issuer: https://i/\n  audience: a\n  jwks_url: http://i/keys\n  role_map: {a: b}", "https", 4),
        ("oidc:\n  issuer: https://i/\n  audience: a\n  jwks_url: http://localhost@evil.test/k\n  role_map: {a: b}", "https", 4),
        ("oidc:\n  issuer: https://i/\n  audience: a\n  jwks_url: http://127.0.0.1.evil.test/k\n  role_map: {a: b}", "https", 4),
        ("oidc:\n  issuer: https://i/\n  audience: a\n  jwks_file: k.json", "role_map", 2),
        ("oidc:\n  issuer: https://i/\n  audience: a\n  role_map: {a: b}", "exactly one", 2),
        ("oidc:\n  issuer: https://i/\n  audience: a\n  jwks_file: k.json\n  jwks_url: https://i/k\n  role_map: {a: b}", "exactly one", 2),
        ("oidc:\n  audience: a\n  jwks_file: k.json", "issuer", 2),
        ("rate_limits: { per_key: lots }", "whole number", 1),
        ("durability: sometimes", "full or normal", 1),
    ])
    func mistakesNameTheLine(yaml: String, mentions: String, line: Int) {
        do {
            _ = try DeploymentConfig.parse(yaml: yaml, file: "d.yaml")
            Issue.record("accepted: \(yaml)")
        } catch {
            let text = "\(error)"
            #expect(text.contains(mentions), "\(text)")
            #expect(text.contains("d.yaml:\(line)"), "\(text)")
        }
    }
}
