import PortcullisCore

/// `--policy`: how long `PolicyEvaluator.evaluate` takes with 100, 1000 and 10000 rules, for a
/// request with five finding types where no rule but the last matches (every rule is tested).
enum PolicyBench {
    static func policy(rules n: Int) -> Policy {
        var p = Policy(name: "bench")
        p.vendors["v"] = VendorSpec(name: "v", kind: .mock, clearance: .restricted)
        for m in ["gpt", "claude", "local"] { p.models[m] = ModelRoute(name: m, vendor: "v", upstream: m) }
        p.roles["staff"] = RoleSpec(name: "staff", models: [NamePattern("*")])
        let types = ["CRYPTO", "US_PASSPORT", "aws-*", "MEDICAL_LICENSE", "github-pat", "UK_NHS"].compactMap(TypePattern.init)
        let actions: [RuleAction] = [.block, .redact, .review, .alert, .pseudonymize, .route]
        var rules: [PolicyRule] = []  // assigned once: every change to `Policy.rules` recompiles the index
        for i in 0..<(n - 1) {
            // Rules that look at the request but never all hold: a type not present, or a role,
            // model or topic nobody has.
            var m = RuleMatch(types: [types[i % types.count]])
            switch i % 4 {
            case 0: m.roles = ["staff"]
            case 1: m.models = [NamePattern("gpt-\(i)*")]
            case 2: m.topics = ["topic-\(i)"]
            default: m.minLabel = .internal
            }
            let a = actions[i % actions.count]
            rules.append(PolicyRule(id: "r\(i)", match: m, action: a, message: "m", routeTo: a == .route ? "local" : nil))
        }
        rules.append(PolicyRule(id: "allow", action: .allow))
        p.rules = rules
        return p
    }

    static func run() {
        let findings: [Finding] = [EntityType.person, .emailAddress, .phoneNumber, .url, .dateTime].map {
            Finding(type: $0, start: 0, end: 1, score: 0.9, utf8Start: 0, utf8End: 1)
        }
        let principal = Principal(id: "u", roles: ["staff"])
        let request = RequestFacts(model: "gpt", topics: ["weather"])
        print("| rules | evaluations | µs per evaluation (best of 5) |")
        print("|---:|---:|---:|")
        for n in [100, 1000, 10000] {
            let p = policy(rules: n)
            let reps = max(50, 200_000 / n)
            var sink = 0
            var best = Double.infinity
            for _ in 0..<5 {
                let s = Measure.seconds {
                    for _ in 0..<reps {
                        sink &+= PolicyEvaluator.evaluate(p, principal: principal, request: request, findings: findings).reasons.count
                    }
                }
                best = min(best, s)
            }
            findingSink &+= sink
            print("| \(n) | \(reps) | \(fmt(best / Double(reps) * 1e6, 2)) |")
        }
    }
}
