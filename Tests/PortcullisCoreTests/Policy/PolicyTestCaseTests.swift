import Foundation
import Testing
@testable import PortcullisCore

@Suite struct PolicyTestCaseTests {
    let policy = PolicyFixtures.policy
    let classifier = SensitivityClassifier(mapping: PolicyFixtures.policy.labels)

    @Test func passingAndFailingCases() throws {
        let cases = try PolicyTestCase.parse(yaml: """
        cases:
          - name: people are pseudonymised
            principal: { id: e, roles: [engineer], training: [ai-basics] }
            model: claude
            prompt: Please write to Anna Schmidt at anna.schmidt@example.org today.
            expect: { action: allow, transforms: { PERSON: pseudonymize, EMAIL_ADDRESS: pseudonymize }, rules: [pseudo-people, allow-rest] }
          - name: wrong on purpose
            principal: { roles: [engineer], training: [ai-basics] }
            model: gpt
            prompt: "token ghp_R7fQ2xK9mZ4vL1sT8wY3nB6cD0hJ5gP2aE7u"
            expect: { action: allow, label: public, rules: [legal-review] }
          - name: an answer
            principal: { roles: [engineer], training: [ai-basics] }
            model: gpt
            output: You could sue them.
            topics: [legal-advice]
            expect: { action: review }
        """, file: "c.yaml")
        #expect(cases.count == 3)
        #expect(cases[2].direction == .output)
        #expect(cases[0].line == 2)
        #expect(cases[0].run(policy, classifier: classifier).failures == [])
        let f = cases[1].run(policy, classifier: classifier).failures
        #expect(f.contains("action: expected allow, got block"))
        #expect(f.contains("label: expected public, got restricted"))
        #expect(f.contains { $0.hasPrefix("rule 'legal-review' did not fire") })
        #expect(cases[2].run(policy, classifier: classifier).failures == [])
    }

    @Test(arguments: [
        ("cases:\n  - principal: { roles: [a] }\n    prompt: x\n    expect: {}", "missing the required key 'model'"),
        ("cases:\n  - principal: {}\n    model: m\n    prompt: x\n    output: y\n    expect: {}", "either prompt or output"),
        ("cases:\n  - principal: {}\n    model: m\n    prompt: x\n    expect: { verdict: allow }", "unknown key 'verdict'"),
        ("cases:\n  - principal: {}\n    model: m\n    prompt: x\n    expect: { transforms: { PERSON: block } }", "redact, pseudonymize or synthesize"),
        ("tests: []", "unknown key 'tests'"),
    ] as [(String, String)])
    func malformedCaseFiles(_ yaml: String, _ message: String) {
        #expect(throws: ConfigError.self) { try PolicyTestCase.parse(yaml: yaml) }
        do { _ = try PolicyTestCase.parse(yaml: yaml) } catch { #expect(error.description.contains(message), "\(error)") }
    }

    /// The example policies in examples/ pass their own case files (what `policy test` runs in CI).
    @Test(arguments: ["policy-small-company", "policy-regulated"])
    func examplesPassTheirCases(_ name: String) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let policy = try Policy.load(path: root.appendingPathComponent("examples/\(name).yaml").path)
        let text = try String(contentsOf: root.appendingPathComponent("examples/\(name).cases.yaml"), encoding: .utf8)
        let cases = try PolicyTestCase.parse(yaml: text)
        #expect(cases.count >= 8)
        let classifier = SensitivityClassifier(mapping: policy.labels)
        for c in cases {
            let r = c.run(policy, classifier: classifier)
            #expect(r.failures.isEmpty, "\(c.name): \(r.failures) reasons: \(r.decision.reasons)")
        }
    }
}
