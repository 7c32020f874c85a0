import Testing
@testable import PortcullisCore

@Suite struct PolicyEvaluatorTests {
    typealias F = PolicyFixtures
    let policy = F.policy

    func decide(_ who: Principal, _ model: String, _ types: [EntityType], direction: Direction = .input,
                topics: Set<String> = [], in p: Policy? = nil) -> Decision {
        PolicyEvaluator.evaluate(p ?? policy, principal: who, request: RequestFacts(model: model, direction: direction, topics: topics),
                                 findings: types.map(F.finding))
    }

    @Test func cleanRequestIsAllowedByTheLastRule() {
        let d = decide(F.engineer, "gpt", [])
        #expect(d.action == .allow)
        #expect(d.reasons.map(\.rule) == ["allow-rest"])
        #expect(d.policyVersion.count == 64)
    }

    @Test func blockCarriesTheTeachingMessageAndCode() {
        let d = decide(F.engineer, "gpt", ["aws-access-token"])
        #expect(d.action == .block)
        #expect(d.code == "policy_blocked")
        #expect(d.message?.contains("rotate") == true)
        #expect(d.alerts == [.init(rule: "secrets-alert", severity: .critical)])
        #expect(d.reasons.map(\.rule) == ["secrets-alert", "no-secrets"])
        #expect(d.transforms.isEmpty)
    }

    @Test func transformsClaimTypesAndLowerTheEffectiveLabel() {
        // PERSON (confidential) pseudonymised and CREDIT_CARD (restricted) redacted: the vendor
        // sees only a URL (internal), within the cloud vendor's clearance.
        let d = decide(F.engineer, "gpt", [.person, .creditCard, .url, "PHONE_NUMBER"])
        #expect(d.action == .allow)
        #expect(d.label == .restricted)
        #expect(d.effectiveLabel == .internal)
        #expect(d.transforms == [.person: .pseudonymize, .creditCard: .redact, .phoneNumber: .pseudonymize])
    }

    @Test func synthesizeAction() {
        let d = decide(F.engineer, "claude", [.usSSN])
        #expect(d.transforms == [.usSSN: .synthesize])
        #expect(d.action == .allow)
    }

    @Test func vendorClearanceBlocksWhatTransformsLeave() {
        // LOCATION is confidential, no rule transforms it, the cloud vendor is cleared for internal.
        let d = decide(F.engineer, "gpt", [.location])
        #expect(d.action == .block)
        #expect(d.code == "vendor_not_cleared")
        #expect(d.reasons.last?.rule == "vendor-clearance")
        // The trusted vendor is cleared for confidential.
        #expect(decide(F.engineer, "claude", [.location]).action == .allow)
    }

    @Test func roleLabelLimit() {
        let d = decide(F.intern, "gpt", [.location])
        #expect(d.action == .block)
        #expect(d.reasons.last?.rule == "role-label")
    }

    @Test func modelAccessAndUnknownModels() {
        let d = decide(F.intern, "claude", [])
        #expect(d.action == .block)
        #expect(d.code == "model_not_allowed")
        let u = decide(F.engineer, "nope", [])
        #expect(u.code == "model_not_allowed")
        #expect(u.message?.contains("claude, gpt, local") == true)
        // A wildcard role allows every defined model.
        #expect(decide(F.analyst, "claude", []).action == .allow)
    }

    @Test func trainingRequired() {
        let d = decide(Principal(id: "x", roles: ["engineer"]), "gpt", [])
        #expect(d.action == .block)
        #expect(d.code == "training_required")
        #expect(d.message?.contains("ai-basics") == true)
    }

    @Test func routeToAClearedModel() {
        let d = decide(F.analyst, "gpt", [.ukNHS])
        #expect(d.action == .route)
        #expect(d.routeTo == "local")
        // The route target's clearance is what counts: local is cleared for restricted.
        #expect(d.proceeds)
    }

    @Test func reviewMatchesDirectionAndTopic() {
        #expect(decide(F.engineer, "gpt", [], direction: .output, topics: ["legal-advice"]).action == .review)
        #expect(decide(F.engineer, "gpt", [], direction: .output, topics: ["legal-advice"]).code == "review_required")
        #expect(decide(F.engineer, "gpt", [], direction: .input, topics: ["legal-advice"]).action == .allow)
        #expect(decide(F.engineer, "gpt", [], direction: .output, topics: ["weather"]).action == .allow)
    }

    @Test func ruleInMonitorModeIsRecordedNotApplied() {
        let d = decide(F.engineer, "claude", [.location])
        #expect(d.action == .allow)
        #expect(d.wouldHave == .block)
        #expect(d.reasons.contains { $0.rule == "trial" && $0.monitored })
    }

    @Test func policyInMonitorModeLetsEverythingThroughAndSaysWhatItWouldDo() {
        var p = policy
        p.mode = .monitor
        let d = decide(F.engineer, "gpt", ["github-pat"], in: p)
        #expect(d.action == .allow)
        #expect(d.wouldHave == .block)
        #expect(d.transforms.isEmpty)
        #expect(d.reasons.contains { $0.rule == "no-secrets" })
        // An undefined model still cannot go anywhere.
        #expect(decide(F.engineer, "nope", [], in: p).action == .block)
    }

    @Test func defaultIsFailClosed() {
        var p = policy
        p.rules.removeAll { $0.id == "allow-rest" }
        let d = decide(F.engineer, "gpt", [], in: p)
        #expect(d.action == .block)
        #expect(d.reasons.last?.rule == "default")
        p.defaultAction = .allow
        #expect(decide(F.engineer, "gpt", [], in: p).action == .allow)
    }

    @Test func firstDecidingRuleWins() throws {
        let p = try Policy.parse(yaml: """
        vendors: { v: { kind: mock, clearance: restricted } }
        models: { m: { vendor: v } }
        roles: { r: { models: [m] } }
        rules:
          - { id: a, match: { types: [EMAIL_ADDRESS] }, action: review, message: hold }
          - { id: b, match: { types: [EMAIL_ADDRESS] }, action: block, message: no }
          - { id: c, action: allow }
        """)
        let d = PolicyEvaluator.evaluate(p, principal: Principal(id: "x", roles: ["r"]), request: RequestFacts(model: "m"),
                                         findings: [F.finding(.emailAddress)])
        #expect(d.action == .review)
        #expect(d.reasons.map(\.rule) == ["a"])
    }

    @Test func alertsFireEvenAfterTheDecidingRule() throws {
        let p = try Policy.parse(yaml: """
        vendors: { v: { kind: mock, clearance: restricted } }
        models: { m: { vendor: v } }
        roles: { r: { models: [m] } }
        rules:
          - { id: block, match: { types: ["secret.*"] }, action: block, message: no }
          - { id: redact-late, match: { types: ["secret.*"] }, action: redact }
          - { id: alarm, match: { types: ["secret.*"] }, action: alert, severity: high }
        """)
        let d = PolicyEvaluator.evaluate(p, principal: Principal(id: "x", roles: ["r"]), request: RequestFacts(model: "m"),
                                         findings: [F.finding("github-pat")])
        #expect(d.action == .block)
        #expect(d.alerts == [.init(rule: "alarm", severity: .high)])
        #expect(d.reasons.map(\.rule) == ["block", "alarm"])
    }

    func small(_ rules: String, roles: String = "r: { models: [m], datasets: [claims] }", defaults: String = "") throws -> Policy {
        try Policy.parse(yaml: """
        vendors: { v: { kind: mock, clearance: internal }, w: { kind: mock, clearance: restricted } }
        models: { m: { vendor: v }, big: { vendor: w } }
        roles: { \(roles), t: { models: [m], training: [basics] } }
        rules:
        \(rules)
        \(defaults)
        """)
    }

    func run(_ p: Policy, _ who: Principal, _ types: [EntityType] = [], model: String = "m", dataset: String? = nil) -> Decision {
        PolicyEvaluator.evaluate(p, principal: who, request: RequestFacts(model: model, dataset: dataset), findings: types.map(F.finding))
    }

    @Test func routeTargetMustBeAllowedForTheRole() throws {
        let p = try small("  - { id: big-docs, match: { types: [PERSON] }, action: route, route_to: big }")
        let d = run(p, Principal(id: "x", roles: ["r"]), [.person])
        #expect(d.action == .block)
        #expect(d.code == "model_not_allowed")
    }

    @Test func missingTrainingRuleDecidesInsteadOfTheBuiltInBlock() throws {
        let p = try small("  - { id: untrained, match: { missing_training: true }, action: review, message: A trainer will check. }\n  - { id: ok, action: allow }")
        #expect(run(p, Principal(id: "x", roles: ["t"])).action == .review)
        // Without such a rule the built-in check blocks.
        let q = try small("  - { id: ok, action: allow }")
        #expect(run(q, Principal(id: "x", roles: ["t"])).code == "training_required")
        #expect(run(q, Principal(id: "x", roles: ["t"], training: ["basics"])).action == .allow)
    }

    @Test func alertsFireWhenAccessIsRefused() throws {
        let p = try small("  - { id: alarm, match: { types: [\"secret.*\"] }, action: alert, severity: high }\n  - { id: ok, action: allow }")
        let d = run(p, Principal(id: "x", roles: []), ["github-pat"])
        #expect(d.code == "model_not_allowed")
        #expect(d.alerts.map(\.rule) == ["alarm"])
    }

    @Test func datasetAccess() throws {
        let p = try small("  - { id: ok, action: allow }")
        #expect(run(p, Principal(id: "x", roles: ["r"]), dataset: "claims").action == .allow)
        let d = run(p, Principal(id: "x", roles: ["r"]), dataset: "payroll")
        #expect(d.action == .block)
        #expect(d.reasons.first?.rule == "dataset-access")
    }

    @Test func labelsMatch() throws {
        let p = try small("  - { id: conf, match: { labels: [confidential] }, action: review, message: hold }\n  - { id: ok, action: allow }",
                          roles: "r: { models: [m, big] }")
        #expect(run(p, Principal(id: "x", roles: ["r"]), [.person], model: "big").action == .review)
        #expect(run(p, Principal(id: "x", roles: ["r"]), [.usSSN], model: "big").action == .allow)
    }

    @Test func anAllowingDefaultIsStillCheckedForClearance() throws {
        let p = try small("  - { id: never, match: { topics: [x] }, action: block, message: no }", defaults: "defaults: { action: allow }")
        #expect(run(p, Principal(id: "x", roles: ["r"])).action == .allow)
        #expect(run(p, Principal(id: "x", roles: ["r"]), [.person]).code == "vendor_not_cleared")
    }

    @Test func thousandsOfRulesStayFast() throws {
        // Not a timing assertion: evaluates correctly over 5000 rules (the benchmark measures speed).
        var p = policy
        let filler = (0..<5000).map { PolicyRule(id: "r\($0)", match: RuleMatch(types: [TypePattern("CRYPTO")!], roles: ["intern"]), action: .alert) }
        p.rules.insert(contentsOf: filler, at: 0)
        let d = decide(F.engineer, "gpt", [.person])
        #expect(d.action == .allow)
        #expect(decide(F.intern, "gpt", [.crypto], in: p).alerts.count == 5000)
    }

    @Test func fallbacksAreOnlyModelsTheRoleMayUseAndWhoseVendorIsCleared() throws {
        let p = try Policy.parse(yaml: """
            vendors:
              main: { kind: mock, clearance: restricted }
              low: { kind: mock, clearance: internal }
              high: { kind: mock, clearance: restricted }
            models:
              m: { vendor: main, fallbacks: [secret, cheap, safe] }
              secret: { vendor: high }
              cheap: { vendor: low }
              safe: { vendor: high }
            roles:
              staff: { models: [m, cheap, safe] }
            rules:
              - id: allow
                action: allow
            """)
        let staff = Principal(id: "u", roles: ["staff"])
        // Public data: both models the role may use, in the document's order; `secret` is not one.
        #expect(decide(staff, "m", [], in: p).fallbacks == ["cheap", "safe"])
        // Confidential data left as it is: the internal-only vendor is not a fallback for it.
        #expect(decide(staff, "m", [.person], in: p).fallbacks == ["safe"])
        // A blocked request has none.
        #expect(decide(staff, "secret", [], in: p).fallbacks == [])
    }
}

@Suite struct NamePatternTests {
    @Test func globs() {
        #expect(NamePattern("gpt-*").matches("gpt-4o"))
        #expect(!NamePattern("gpt-*").matches("claude"))
        #expect(NamePattern("*-mini").matches("gpt-4o-mini"))
        #expect(NamePattern("a*b*c").matches("axxbyyc"))
        #expect(!NamePattern("a*b*c").matches("acb"))
        #expect(NamePattern("*").matches(""))
        #expect(NamePattern("exact").matches("exact"))
        #expect(!NamePattern("exact").matches("exact2"))
        #expect(!NamePattern("ab*b").matches("ab"))
    }

    @Test func typePatterns() {
        #expect(TypePattern("secret.*")!.matches("github-pat"))
        #expect(!TypePattern("secret.*")!.matches(.person))
        #expect(TypePattern("pii.*")!.matches(.person))
        #expect(TypePattern("aws-*")!.matches("aws-access-token"))
        #expect(TypePattern("US_SSN")!.matches(.usSSN))
        #expect(TypePattern("bad pattern") == nil)
    }
}

@Suite struct DecisionTransformTests {
    /// Decide, transform what the decision says, send the result to a "vendor" that echoes it,
    /// restore the answer: the user gets their values back, the vendor never saw them.
    @Test func decisionDrivesTheTransformsAndTheAnswerIsRestored() throws {
        let policy = PolicyFixtures.policy
        let text = "Write to Anna Schmidt (anna.schmidt@example.org) about card 4111 1111 1111 1111."
        let classified = SensitivityClassifier(mapping: policy.labels).classify(text)
        let d = PolicyEvaluator.evaluate(policy, principal: PolicyFixtures.engineer, request: RequestFacts(model: "gpt"),
                                         classified: classified.findings)
        #expect(d.action == .allow)
        let transformer = TextTransformer(actions: d.transformActions, defaultAction: .keep,
                                          key: TransformKey(bytes: Array("decision-test-key-123".utf8)))
        let sent = transformer.apply(text, findings: classified.findings.map(\.finding))
        #expect(!sent.text.contains("Anna Schmidt") && !sent.text.contains("anna.schmidt@") && !sent.text.contains("4111"))
        #expect(sent.text.contains("<PERSON_1>") && sent.text.contains("[CREDIT_CARD]"))
        let answer = "Dear <PERSON_1>, we will write to <EMAIL_ADDRESS_1>."
        #expect(sent.vault.restore(answer) == "Dear Anna Schmidt, we will write to anna.schmidt@example.org.")
    }

    @Test func minimizerFromThePolicy() {
        let m = Minimizer(Minimization(stripFields: ["user"], maxHistory: 2, maxMessageBytes: 10))
        #expect(m.strippedFields == ["user"])
        #expect(m.keepLastMessages == 2)
        #expect(m.maxMessageBytes == 10)
    }
}
