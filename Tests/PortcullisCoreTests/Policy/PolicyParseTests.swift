import Testing
@testable import PortcullisCore

@Suite struct PolicyParseTests {
    @Test func fixtureParses() {
        let p = PolicyFixtures.policy
        #expect(p.name == "test-policy")
        #expect(p.vendors["cloud"]?.clearance == .internal)
        #expect(p.vendors["cloud"]?.apiKeyEnv == "CLOUD_API_KEY")
        #expect(p.vendors["cloud"]?.retentionDays == 30)
        #expect(p.models["gpt"]?.upstream == "gpt-4o")
        #expect(p.models["claude"]?.upstream == "claude")
        #expect(p.roles["engineer"]?.training == ["ai-basics"])
        #expect(p.rules.count == 9)
        #expect(p.rules.first { $0.id == "trial" }?.mode == .monitor)
        #expect(p.defaultAction == .block)
    }

    @Test func versionIsTheSHA256OfTheText() throws {
        let a = try Policy.parse(yaml: PolicyFixtures.yaml)
        let b = try Policy.parse(yaml: PolicyFixtures.yaml + "\n# a comment")
        #expect(a.version.count == 64)
        #expect(a.version != b.version)
        #expect(a.version == PolicyFixtures.policy.version)
    }

    /// Each malformed document fails with an error naming the line (and the place).
    @Test(arguments: [
        ("vendors: { v: { kind: mock, clearance: restricted } }\nmodle: {}", 2, "unknown key 'modle'"),
        ("vendors:\n  v: { kind: mock, clearance: secret }", 2, "'secret' is not a label"),
        ("vendors:\n  v: { kind: bedrock, clearance: public }", 2, "not a vendor kind"),
        ("vendors:\n  v: { kind: mock }", 2, "missing the required key 'clearance'"),
        ("vendors:\n  v: { kind: mock, clearance: public, api_key_env: sk-live-123 }", 2, "never the key itself"),
        ("vendors:\n  v: { kind: mock, clearance: public, assessment_due: next year }", 2, "YYYY-MM-DD"),
        ("models:\n  m: { vendor: ghost }", 2, "no vendor 'ghost'"),
        ("rules:\n  - id: a\n    action: explode", 3, "'explode' is not an action"),
        ("rules:\n  - id: a\n    action: block", 3, "needs a message"),
        ("rules:\n  - id: a\n    action: route", 2, "missing the required key 'route_to'"),
        ("rules:\n  - id: a\n    action: allow\n    match: { types: [PERSSON] }", 4, "did you mean PERSON"),
        ("rules:\n  - id: a\n    action: allow\n    match: { tpyes: [PERSON] }", 4, "unknown key 'tpyes'"),
        ("rules:\n  - id: a\n    action: allow\n    match: { roles: [nobody] }", 4, "no role 'nobody'"),
        ("rules:\n  - id: a\n    action: allow\n  - id: a\n    action: allow", 4, "used twice"),
        ("rules:\n  - id: a\n    action: alert\n    severity: apocalyptic", 4, "not a severity"),
        ("mode: relaxed", 1, "enforce or monitor"),
        ("rules:\n  - id: a\n    action: allow\n    match: { types: [\"secrets.*\"] }", 4, "matches no type"),
        ("vendors: { v: { kind: mock, clearance: public } }\nmodels: { m: { vendor: v } }\nrules:\n  - id: a\n    action: allow\n    match: { models: [gpt4o] }", 6, "matches no model"),
        ("rules:\n  - id: a\n    action: alert", 2, "missing the required key 'severity'"),
        ("rules:\n  - id: \"\"\n    action: allow", 2, "must not be empty"),
        ("vendors:\n  v: { kind: mock, clearance: public, assessment_due: 2027-02-31 }", 2, "YYYY-MM-DD"),
        ("defaults: { action: route }", 1, "allow, block or review"),
        ("name: ok\nvendors: { v: ] }\n", 2, "invalid YAML"),
        ("vendors: { v: { kind: mock, clearance: public } }\nmodels:\n  m: { vendor: v, fallbacks: [ghost] }", 3, "no model 'ghost'"),
        ("vendors: { v: { kind: mock, clearance: public } }\nmodels:\n  m: { vendor: v, fallbacks: [m] }", 3, "its own fallback"),
        ("vendors: { v: { kind: mock, clearance: public } }\nmodels:\n  m: { vendor: v, fallbacks: [n, n] }\n  n: { vendor: v }", 3, "lists a model twice"),
        ("failure_modes:\n  audit: maybe", 2, "must be closed (refuse the request) or open"),
        ("failure_modes:\n  vendors: open", 2, "unknown key 'vendors'"),
    ] as [(String, Int, String)])
    func malformed(_ yaml: String, _ line: Int, _ message: String) {
        do {
            _ = try Policy.parse(yaml: yaml, file: "p.yaml")
            Issue.record("expected an error for \(yaml)")
        } catch {
            let text = error.description
            #expect(text.contains(message), "\(text)")
            #expect(text.hasPrefix("p.yaml:\(line):"), "\(text)")
        }
    }

    @Test func emptyDocumentIsAnError() {
        #expect(throws: ConfigError.self) { try Policy.parse(yaml: "") }
    }

    @Test func failureModesAreClosedUnlessTheDocumentSaysOtherwise() throws {
        let base = """
            vendors: { v: { kind: mock, clearance: restricted } }
            models:
              m: { vendor: v, fallbacks: [later] }
              guard: { vendor: v }
              later: { vendor: v }
            judges:
              a: { model: guard }
              b: { model: guard, on_error: closed }
              c: { model: guard, on_error: allow }

            """
        let closed = try Policy.parse(yaml: base)
        #expect(closed.failureModes == FailureModes(judges: .closed, audit: .closed))
        #expect(closed.judges.map(\.onError) == [.block, .block, .allow])
        #expect(closed.models["m"]?.fallbacks == ["later"])
        let open = try Policy.parse(yaml: "failure_modes: { judges: open, audit: open }\n" + base)
        #expect(open.failureModes == FailureModes(judges: .open, audit: .open))
        // A judge's own on_error wins over the document's default.
        #expect(open.judges.map(\.onError) == [.allow, .block, .allow])
    }
}
