import Testing

@testable import PortcullisCore

/// The policy sets the score a finding needs (`thresholds:`), and `threat.*` names prompt
/// injection and jailbreaks apart from personal data.
@Suite struct PolicyThresholdTests {
    static let yaml = """
        version: 1
        vendors: { mock: { kind: mock, clearance: restricted } }
        models: { m: { vendor: mock, upstream: echo } }
        roles: { user: { models: [m], max_label: restricted } }
        thresholds:
          threat.*: 0.8
          JAILBREAK: 0.6
        rules:
          - id: no-threats
            match: { types: ["threat.*"] }
            action: block
            message: Rephrase the request.
          - id: pii
            match: { types: ["pii.*"] }
            action: pseudonymize
          - id: allow
            action: allow
        """

    func decide(_ findings: [Finding]) throws -> Decision {
        let p = try Policy.parse(yaml: Self.yaml)
        return PolicyEvaluator.evaluate(p, principal: Principal(id: "u", roles: ["user"]), request: RequestFacts(model: "m"),
                                        findings: findings)
    }

    func finding(_ t: EntityType, _ score: Double) -> Finding {
        Finding(type: t, start: 0, end: 4, score: score, utf8Start: 0, utf8End: 4)
    }

    @Test func belowTheThresholdDoesNotCount() throws {
        #expect(try decide([finding(.promptInjection, 0.7)]).action == .allow)
        #expect(try decide([finding(.promptInjection, 0.85)]).action == .block)
    }

    @Test func theMostSpecificPatternWins() throws {
        // JAILBREAK has its own 0.6; the family's 0.8 does not apply to it
        #expect(try decide([finding(.jailbreak, 0.65)]).action == .block)
        #expect(try decide([finding(.jailbreak, 0.55)]).action == .allow)
    }

    @Test func threatsAreNotPersonalData() throws {
        let d = try decide([finding(.promptInjection, 0.9), finding(.person, 0.9)])
        #expect(d.action == .block)
        let p = try Policy.parse(yaml: Self.yaml)
        #expect(!TypePattern("pii.*")!.matches(.promptInjection))
        #expect(TypePattern("threat.*")!.matches(.jailbreak))
        #expect(!TypePattern("threat.*")!.matches(.person))
        #expect(p.labels.label(for: .promptInjection) == .public)
    }

    @Test func badThresholdsAreRejectedWithTheirPlace() {
        let bad = Self.yaml.replacingOccurrences(of: "threat.*: 0.8", with: "threat.*: 1.5")
        #expect(throws: ConfigError.self) { try Policy.parse(yaml: bad) }
        let unknown = Self.yaml.replacingOccurrences(of: "threat.*: 0.8", with: "\"no such!\": 0.8")
        #expect(throws: ConfigError.self) { try Policy.parse(yaml: unknown) }
    }
}
