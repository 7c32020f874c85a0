import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisGateway
import PortcullisStore

/// `portcullis serve`: the gateway.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the AI gateway: an OpenAI-compatible API that enforces the policy on every request.",
        discussion: """
            With no arguments: the embedded default — SQLite under ./.portcullis, the built-in mock provider and \
            a demo policy (role `analyst` may use the model `mock-echo`; personal data is pseudonymised, \
            credentials are blocked). On first start it prints an admin key, a demo user key and a curl line. \
            Endpoints: POST /v1/chat/completions (streamed or not), POST /v1/messages (Anthropic's Messages API, streamed or not), POST /v1/embeddings, GET /metrics (Prometheus; admin or metrics role), GET /v1/models, GET /v1/reviews/{id}, \
            /healthz, /readyz. SIGTERM or Ctrl-C drains requests in flight, then stops.

            For a real deployment, `--config FILE` (YAML) names the listen address, the TLS certificate and key \
            (HTTPS), the data directory or a PostgreSQL URL, the policy, rate limits, request limits and an OpenID \
            Connect provider whose bearer tokens are accepted beside API keys (see examples/deployment.yaml). \
            Options given here win over environment variables, which win over the file.
            """)

    @Option(help: "A deployment file (YAML): listen, tls, data_dir, database, policy, rate_limits, limits, oidc.")
    var config: String?

    @Option(name: .customLong("data-dir"), help: "Data directory (default $PORTCULLIS_DATA_DIR or ./.portcullis).")
    var dataDir: String?

    @Option(help: "Address to listen on (default $PORTCULLIS_HOST or 127.0.0.1).")
    var host: String?

    @Option(help: "Port (default $PORTCULLIS_PORT or 8080; 0 picks a free one).")
    var port: Int?

    @Option(help: "A policy file instead of the demo policy (see `portcullis policy check`).")
    var policy: String?

    @Option(help: "PostgreSQL URL instead of the embedded SQLite store (default $PORTCULLIS_DATABASE_URL).")
    var database: String?

    @Option(help: """
        When an embedded (SQLite) commit is on disk: `normal` (the default) survives a killed or crashed gateway, \
        and an OS crash or power loss may lose the last commits; `full` also survives those, at an fsync per \
        commit (group commit makes that one per batch). PostgreSQL keeps its own settings.
        """)
    var durability: String?

    @Option(name: .customLong("rate-limit"),
            help: "Requests a minute allowed per API key (default $PORTCULLIS_RATE_LIMIT or 600; 0 for none).")
    var rateLimit: Int?

    func run() async throws {
        let env = ProcessInfo.processInfo.environment
        let file: DeploymentConfig
        do {
            file = try config.map { try DeploymentConfig.load(path: $0) } ?? DeploymentConfig()
        } catch {
            fail("\(error)", code: 64)
        }
        let dir = dataDir ?? env["PORTCULLIS_DATA_DIR"] ?? file.dataDirectory ?? "./.portcullis"
        let host = host ?? env["PORTCULLIS_HOST"] ?? file.host ?? "127.0.0.1"
        let port = port ?? env["PORTCULLIS_PORT"].flatMap { Int($0) } ?? file.port ?? 8080
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): not a port number") }
        let pol: Policy
        do {
            pol = try (policy ?? file.policy).map { try Policy.load(path: $0) } ?? DemoPolicy.policy()
        } catch {
            fail("\(error)", code: 64)
        }
        let store: PortcullisStore
        do {
            if let url = database ?? env["PORTCULLIS_DATABASE_URL"] ?? file.database {
                store = try await PortcullisStore.open(url: url)
            } else {
                let d = durability ?? env["PORTCULLIS_DURABILITY"] ?? file.durability ?? "normal"
                guard let level = SQLiteDatabase.Durability(rawValue: d) else { fail("--durability \(d): use full or normal", code: 64) }
                store = try await PortcullisStore.open(dataDirectory: dir, durability: level)
            }
        } catch {
            fail("\(error)", code: 2)
        }
        let keys: AuditKeys
        do {
            // Keys are made only with a new log: a missing key for an existing log is a misconfiguration.
            keys = try KeyDirectory(path: dir + "/keys").load(create: try await store.auditHead().lastSeq == 0)
        } catch {
            fail("cannot load the audit keys: \(error)", code: 2)
        }
        let mock = MockProvider()
        var vendors: [String: any VendorAdapter] = [:]
        for (name, v) in pol.vendors {
            var timeouts = VendorTimeouts()
            if let ms = v.timeoutMilliseconds { timeouts.total = .milliseconds(Int64(ms)) }
            switch v.kind {
            case .mock:
                // A simulated latency makes a mock of its own; otherwise every mock vendor shares one.
                vendors[name] = v.latencyMilliseconds.map { MockProvider(latency: .milliseconds($0)) } ?? mock
            case .openai, .azure, .anthropic:
                let key = v.apiKeyEnv.flatMap { env[$0] }
                if let varName = v.apiKeyEnv, key == nil {
                    FileHandle.standardError.write(Data("warning: vendor \(name): $\(varName) is not set; calls go without an API key\n".utf8))
                }
                if v.kind == .anthropic {
                    vendors[name] = AnthropicAdapter(name: name, baseURL: v.baseURL ?? "https://api.anthropic.com/v1", apiKey: key,
                                                     timeouts: timeouts)
                } else {
                    guard let base = v.baseURL else { fail("vendor \(name): an \(v.kind.rawValue) vendor needs base_url", code: 64) }
                    vendors[name] = OpenAICompatibleAdapter(name: name, baseURL: base, apiKey: key, azureAPIVersion: v.apiVersion,
                                                            timeouts: timeouts)
                }
            }
        }
        let perKey = rateLimit ?? env["PORTCULLIS_RATE_LIMIT"].flatMap { Int($0) } ?? file.ratePerKey ?? 600
        var limits = RequestLimits()
        if let v = file.maxBodyBytes { limits.maxBodyBytes = v }
        if let v = file.maxMessages { limits.maxMessages = v }
        if let v = file.maxNesting { limits.maxNesting = v }
        var oidc: OIDCAuthenticator?
        if let settings = file.oidc {
            let authenticator = OIDCAuthenticator(settings: settings)
            do {
                try await authenticator.load()
            } catch {
                fail("\(error)", code: 2)
            }
            oidc = authenticator
        }
        var tls: GatewayTLS?
        if let cert = file.tlsCertificate, let key = file.tlsKey {
            do {
                tls = try GatewayTLS(certificatePath: cert, keyPath: key)
            } catch {
                fail("TLS: \(error)", code: 2)
            }
        }
        func positive(_ v: Int?) -> Int? { v.flatMap { $0 > 0 ? $0 : nil } }
        var services = GatewayServices(policy: pol, store: store, audit: AuditLog(store: store, keys: keys),
                                       vendors: vendors, mock: mock, limits: limits,
                                       rateLimits: RateLimits(perKey: positive(perKey), perUser: positive(file.ratePerUser),
                                                              perRole: positive(file.ratePerRole), tokensPerKey: positive(file.tokensPerKey),
                                                              tokensPerUser: positive(file.tokensPerUser), tokensPerRole: positive(file.tokensPerRole)),
                                       oidc: oidc)
        services.auditFailure = file.auditFailure.flatMap(FailureModes.Mode.init(rawValue:))
        let firstStart = try await store.listAPIKeys().isEmpty
        var demoKey: String?
        if firstStart {
            let admin = APIKeys.make(user: "admin", role: "admin", name: "first-start admin key")
            try await store.createAPIKey(admin.record)
            say("Admin key (shown once; keep it safe): \(admin.key)")
            if pol.roles["analyst"] != nil {
                let demo = APIKeys.make(user: "demo", role: "analyst", name: "first-start demo key")
                try await store.createAPIKey(demo.record)
                demoKey = demo.key
                say("Demo user key (role analyst, shown once): \(demo.key)")
            }
        }
        let shownKey = demoKey
        let scheme = tls == nil ? "http" : "https"
        try await GatewayRouter.run(services, host: host, port: port, tls: tls) { bound in
            say("Portcullis gateway listening on \(scheme)://\(host):\(bound) (data in \(dir), policy \(pol.name))")
            if let o = file.oidc { say("OIDC bearer tokens accepted from \(o.issuer) (audience \(o.audiences.joined(separator: ", ")))") }
            if let k = shownKey {
                say("""
                    Try it:
                      curl -s \(scheme)://\(host):\(bound)/v1/chat/completions -H "Authorization: Bearer \(k)" \\
                        -H "Content-Type: application/json" \\
                        -d '{"model":"mock-echo","messages":[{"role":"user","content":"Write to Anna Schmidt at anna.schmidt@example.de"}]}'
                    """)
            } else if firstStart == false {
                say("Keys: `portcullis keys create --data-dir \(dir) --user U --role analyst` prints a new one.")
            }
        }
        await store.close()
    }
}

/// Writes a line to stdout unbuffered (a script reading the keys from a pipe sees them at once).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
