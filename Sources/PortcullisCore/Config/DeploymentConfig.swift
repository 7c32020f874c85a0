import Foundation
import Yams

/// A real deployment of the gateway, written down (`portcullis serve --config FILE`): where it
/// listens (and its TLS certificate), where it keeps state, which policy it enforces, its limits,
/// and the identity provider whose tokens it accepts. Every key is optional; relative paths are
/// read from the file's folder.
public struct DeploymentConfig: Sendable, Equatable {
    public var host: String?
    public var port: Int?
    /// PEM files for HTTPS: the certificate chain and its private key.
    public var tlsCertificate: String?
    public var tlsKey: String?
    public var dataDirectory: String?
    /// A PostgreSQL URL (replicas sharing state); the embedded SQLite store when absent.
    public var database: String?
    /// When an embedded-store commit is on disk: `full` (fsync each commit) or `normal`.
    public var durability: String?
    public var policy: String?
    public var ratePerKey: Int?
    public var ratePerUser: Int?
    public var ratePerRole: Int?
    /// Token quotas: prompt plus answer tokens a minute.
    public var tokensPerKey: Int?
    public var tokensPerUser: Int?
    public var tokensPerRole: Int?
    /// When the audit log cannot be written: `closed` (answers withheld, the default) or `open`.
    public var auditFailure: String?
    public var maxBodyBytes: Int?
    public var maxMessages: Int?
    public var maxNesting: Int?
    public var oidc: OIDCSettings?

    public init() {}

    /// Reads a deployment file; errors name the file, line and column.
    public static func load(path: String) throws(ConfigError) -> DeploymentConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidValue(file: path, line: nil, column: nil, path: "the file", message: "cannot be read")
        }
        let base = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return try parse(yaml: String(decoding: data, as: UTF8.self), file: path, baseDirectory: base)
    }

    public static func parse(yaml: String, file: String = "<config>", baseDirectory: String = ".") throws(ConfigError) -> DeploymentConfig {
        let r = ConfigReader(file: file)
        var c = DeploymentConfig()
        guard let root = try ConfigReader.compose(yaml, file: file) else { return c }
        let top = try r.mapping(root, path: "the top level", allowed: ["listen", "tls", "data_dir", "database", "durability", "policy",
                                                                       "rate_limits", "limits", "oidc", "audit_failure"])
        func path(_ n: Node, _ at: String) throws(ConfigError) -> String {
            let p = try r.string(n, path: at)
            return p.hasPrefix("/") ? p : baseDirectory + "/" + p
        }
        if let n = top["listen"] {
            let m = try r.mapping(n, path: "listen", allowed: ["host", "port"])
            if let h = m["host"] { c.host = try r.string(h, path: "listen.host") }
            if let p = m["port"] { c.port = try r.int(p, path: "listen.port", range: 0...65535) }
        }
        if let n = top["tls"] {
            let m = try r.mapping(n, path: "tls", allowed: ["certificate", "key"])
            c.tlsCertificate = try path(try r.required(m, "certificate", in: n, path: "tls"), "tls.certificate")
            c.tlsKey = try path(try r.required(m, "key", in: n, path: "tls"), "tls.key")
        }
        if let n = top["data_dir"] { c.dataDirectory = try path(n, "data_dir") }
        if let n = top["database"] { c.database = try r.string(n, path: "database") }
        if let n = top["durability"] {
            let d = try r.string(n, path: "durability")
            guard d == "full" || d == "normal" else { throw r.invalid(n, "durability", "must be full or normal, not '\(d)'") }
            c.durability = d
        }
        if let n = top["policy"] { c.policy = try path(n, "policy") }
        if let n = top["rate_limits"] {
            let m = try r.mapping(n, path: "rate_limits", allowed: ["per_key", "per_user", "per_role",
                                                                    "tokens_per_key", "tokens_per_user", "tokens_per_role"])
            let range = 0...100_000_000
            if let v = m["per_key"] { c.ratePerKey = try r.int(v, path: "rate_limits.per_key", range: range) }
            if let v = m["per_user"] { c.ratePerUser = try r.int(v, path: "rate_limits.per_user", range: range) }
            if let v = m["per_role"] { c.ratePerRole = try r.int(v, path: "rate_limits.per_role", range: range) }
            if let v = m["tokens_per_key"] { c.tokensPerKey = try r.int(v, path: "rate_limits.tokens_per_key", range: range) }
            if let v = m["tokens_per_user"] { c.tokensPerUser = try r.int(v, path: "rate_limits.tokens_per_user", range: range) }
            if let v = m["tokens_per_role"] { c.tokensPerRole = try r.int(v, path: "rate_limits.tokens_per_role", range: range) }
        }
        if let n = top["limits"] {
            let m = try r.mapping(n, path: "limits", allowed: ["max_body_bytes", "max_messages", "max_nesting"])
            if let v = m["max_body_bytes"] { c.maxBodyBytes = try r.int(v, path: "limits.max_body_bytes", range: 1024...(256 << 20)) }
            if let v = m["max_messages"] { c.maxMessages = try r.int(v, path: "limits.max_messages", range: 1...100_000) }
            if let v = m["max_nesting"] { c.maxNesting = try r.int(v, path: "limits.max_nesting", range: 4...256) }
        }
        if let n = top["audit_failure"] {
            let v = try r.string(n, path: "audit_failure")
            guard v == "closed" || v == "open" else { throw r.invalid(n, "audit_failure", "must be closed or open, not '\(v)'") }
            c.auditFailure = v
        }
        if let n = top["oidc"] {
            let m = try r.mapping(n, path: "oidc", allowed: ["issuer", "audience", "jwks_url", "jwks_file", "user_claim",
                                                             "role_claim", "role_map", "clock_skew_seconds", "refresh_seconds"])
            let issuer = try r.string(try r.required(m, "issuer", in: n, path: "oidc"), path: "oidc.issuer")
            let audiences = try r.strings(try r.required(m, "audience", in: n, path: "oidc"), path: "oidc.audience")
            guard !audiences.isEmpty else { throw r.invalid(n, "oidc.audience", "name at least one audience") }
            var o = OIDCSettings(issuer: issuer, audiences: audiences)
            if let v = m["jwks_url"] {
                let url = try r.string(v, path: "oidc.jwks_url")
                let parts = URLComponents(string: url)
                let loopback = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(parts?.host ?? "")
                guard parts?.user == nil, parts?.password == nil, parts?.host?.isEmpty == false,
                      parts?.scheme == "https" || (parts?.scheme == "http" && loopback) else {
                    throw r.invalid(v, "oidc.jwks_url", "must be an https:// URL (keys fetched in clear text could be swapped)")
                }
                o.jwksURL = url
            }
            if let v = m["jwks_file"] { o.jwksFile = try path(v, "oidc.jwks_file") }
            guard (o.jwksURL == nil) != (o.jwksFile == nil) else {
                throw r.invalid(n, "oidc", "set exactly one of jwks_url and jwks_file")
            }
            if let v = m["user_claim"] { o.userClaim = try r.string(v, path: "oidc.user_claim") }
            if let v = m["role_claim"] { o.roleClaim = try r.string(v, path: "oidc.role_claim") }
            let map = try r.required(m, "role_map", in: n, path: "oidc")
            for (k, role) in try r.pairs(map, path: "oidc.role_map") {
                o.roleMap[try r.string(k, path: "oidc.role_map")] = try r.string(role, path: "oidc.role_map")
            }
            if let v = m["clock_skew_seconds"] { o.clockSkewSeconds = try r.int(v, path: "oidc.clock_skew_seconds", range: 0...600) }
            if let v = m["refresh_seconds"] { o.refreshSeconds = try r.int(v, path: "oidc.refresh_seconds", range: 10...86_400) }
            c.oidc = o
        }
        return c
    }
}

/// How the gateway trusts an OpenID Connect identity provider's bearer tokens (JWTs).
public struct OIDCSettings: Sendable, Equatable {
    /// The `iss` every token must carry, exactly.
    public var issuer: String
    /// Accepted `aud` values: a token must name at least one.
    public var audiences: [String]
    /// Where the provider publishes its signing keys (JWKS); fetched with a timeout, cached and
    /// refreshed every `refreshSeconds` or when a token names a key not seen yet.
    public var jwksURL: String?
    /// A JWKS file instead of a URL (air-gapped deployments, tests).
    public var jwksFile: String?
    /// The claim naming the user (`sub`, `email`, `preferred_username`).
    public var userClaim: String
    /// The claim holding the roles, a dotted path (`roles`, `groups`, `realm_access.roles`): a
    /// string (space-separated) or an array of strings.
    public var roleClaim: String
    /// Claim values → policy roles (`ai-analysts: analyst`); values it does not name give no role.
    public var roleMap: [String: String]
    /// Tolerance for clocks that disagree, applied to `exp`, `nbf` and `iat`.
    public var clockSkewSeconds: Int
    public var refreshSeconds: Int

    public init(issuer: String, audiences: [String], jwksURL: String? = nil, jwksFile: String? = nil,
                userClaim: String = "sub", roleClaim: String = "roles", roleMap: [String: String] = [:],
                clockSkewSeconds: Int = 60, refreshSeconds: Int = 600) {
        self.issuer = issuer
        self.audiences = audiences
        self.jwksURL = jwksURL
        self.jwksFile = jwksFile
        self.userClaim = userClaim
        self.roleClaim = roleClaim
        self.roleMap = roleMap
        self.clockSkewSeconds = clockSkewSeconds
        self.refreshSeconds = refreshSeconds
    }
}
