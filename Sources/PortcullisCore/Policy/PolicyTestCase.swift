import Yams

/// One case of a policy test file: who asks, which model, what text, and what the policy must
/// decide. `portcullis policy test` runs them so a policy change is tested like code.
public struct PolicyTestCase: Sendable {
    public var name: String
    public var principal: Principal
    public var model: String
    /// The prompt (direction input) or the model's answer (direction output).
    public var text: String
    public var direction: Direction
    public var topics: Set<String>
    /// The dataset the request draws on, when the case says.
    public var dataset: String?
    public var expect: Expectation
    /// Line of the case in its file.
    public var line: Int?

    /// What must hold of the decision; unset fields are not checked.
    public struct Expectation: Sendable {
        public var action: RuleAction?
        public var label: SensitivityLabel?
        public var effectiveLabel: SensitivityLabel?
        public var code: String?
        public var routeTo: String?
        /// Exactly these transforms (type → redact / pseudonymize / synthesize).
        public var transforms: [EntityType: RuleAction]?
        /// These rule ids (or built-in checks) must be among the reasons.
        public var rules: [String] = []
        public var wouldHave: RuleAction?
        public init() {}
    }

    /// Parses a case file:
    /// ```yaml
    /// cases:
    ///   - name: credentials never leave
    ///     principal: { id: dev, roles: [engineer], training: [ai-basics] }
    ///     model: gpt
    ///     prompt: "deploy with AKIAZ7VRSQ3LMNOPQR2X"
    ///     expect: { action: block, label: restricted, rules: [no-secrets] }
    /// ```
    /// `output:` instead of `prompt:` tests an answer; `topics:` lists detected topics.
    public static func parse(yaml: String, file: String = "<cases>") throws(ConfigError) -> [PolicyTestCase] {
        let r = ConfigReader(file: file)
        guard let root = try ConfigReader.compose(yaml, file: file) else { return [] }
        let top = try r.mapping(root, path: "the top level", allowed: ["cases"])
        guard let list = top["cases"] else { throw r.missing(root, "cases", "the top level") }
        var out: [PolicyTestCase] = []
        for (i, item) in try r.sequence(list, path: "cases").enumerated() {
            let path = "cases[\(i)]"
            let m = try r.mapping(item, path: path, allowed: ["name", "principal", "model", "prompt", "output", "topics", "dataset", "expect"])
            let name = try m["name"].map { (n: Node) throws(ConfigError) in try r.string(n, path: path + ".name") } ?? "case \(i + 1)"
            let pn = try r.required(m, "principal", in: item, path: path)
            let pm = try r.mapping(pn, path: path + ".principal", allowed: ["id", "roles", "training"])
            let principal = Principal(
                id: try pm["id"].map { (n: Node) throws(ConfigError) in try r.string(n, path: path + ".principal.id") } ?? "test-user",
                roles: try pm["roles"].map { (n: Node) throws(ConfigError) in try r.strings(n, path: path + ".principal.roles") } ?? [],
                training: Set(try pm["training"].map { (n: Node) throws(ConfigError) in try r.strings(n, path: path + ".principal.training") } ?? []))
            let model = try r.string(try r.required(m, "model", in: item, path: path), path: path + ".model")
            let text: String
            let direction: Direction
            switch (m["prompt"], m["output"]) {
            case let (p?, nil): text = try r.string(p, path: path + ".prompt"); direction = .input
            case let (nil, o?): text = try r.string(o, path: path + ".output"); direction = .output
            case (nil, nil): throw r.missing(item, "prompt", path)
            default: throw r.invalid(item, path, "give either prompt or output, not both")
            }
            let topics = Set(try m["topics"].map { (n: Node) throws(ConfigError) in try r.strings(n, path: path + ".topics") } ?? [])
            let dataset = try m["dataset"].map { (n: Node) throws(ConfigError) in try r.string(n, path: path + ".dataset") }
            let en = try r.required(m, "expect", in: item, path: path)
            let expect = try expectation(r, en, path + ".expect")
            out.append(PolicyTestCase(name: name, principal: principal, model: model, text: text, direction: direction,
                                      topics: topics, dataset: dataset, expect: expect, line: item.mark?.line))
        }
        return out
    }

    private static func expectation(_ r: ConfigReader, _ n: Node, _ path: String) throws(ConfigError) -> Expectation {
        let m = try r.mapping(n, path: path, allowed: ["action", "label", "effective_label", "code", "route_to", "transforms", "rules", "would_have"])
        var e = Expectation()
        func action(_ x: Node, _ p: String) throws(ConfigError) -> RuleAction {
            let s = try r.string(x, path: p)
            guard let a = RuleAction(rawValue: s) else { throw r.invalid(x, p, "'\(s)' is not an action") }
            return a
        }
        if let x = m["action"] { e.action = try action(x, path + ".action") }
        if let x = m["would_have"] { e.wouldHave = try action(x, path + ".would_have") }
        if let x = m["label"] { e.label = try r.label(x, path: path + ".label") }
        if let x = m["effective_label"] { e.effectiveLabel = try r.label(x, path: path + ".effective_label") }
        if let x = m["code"] { e.code = try r.string(x, path: path + ".code") }
        if let x = m["route_to"] { e.routeTo = try r.string(x, path: path + ".route_to") }
        if let x = m["rules"] { e.rules = try r.strings(x, path: path + ".rules") }
        if let x = m["transforms"] {
            var t: [EntityType: RuleAction] = [:]
            for (k, v) in try r.pairs(x, path: path + ".transforms") {
                let type = try r.string(k, path: path + ".transforms")
                try r.known(type, k, path + ".transforms")
                let a = try action(v, path + ".transforms.\(type)")
                guard a.isTransform else { throw r.invalid(v, path + ".transforms.\(type)", "must be redact, pseudonymize or synthesize") }
                t[EntityType(type)] = a
            }
            e.transforms = t
        }
        guard !m.isEmpty else { throw r.invalid(n, path, "names nothing to check (action, label, code, transforms, rules …)") }
        return e
    }

    /// Classifies the text, evaluates the policy and returns every way the decision differs from
    /// the expectation (empty when the case passes).
    public func run(_ policy: Policy, classifier: SensitivityClassifier) -> (decision: Decision, failures: [String]) {
        let c = classifier.classify(text)
        let d = PolicyEvaluator.evaluate(policy, principal: principal,
                                         request: RequestFacts(model: model, direction: direction, topics: topics, dataset: dataset),
                                         classified: c.findings)
        var f: [String] = []
        for role in principal.roles where policy.roles[role] == nil {
            f.append("the principal's role '\(role)' is not defined in the policy")
        }
        func check<T: Equatable>(_ what: String, _ want: T?, _ got: T?) {
            if let want, want != got { f.append("\(what): expected \(want), got \(got.map { "\($0)" } ?? "none")") }
        }
        check("action", expect.action, d.action)
        check("label", expect.label, d.label)
        check("effective_label", expect.effectiveLabel, d.effectiveLabel)
        check("code", expect.code, d.code)
        check("route_to", expect.routeTo, d.routeTo)
        check("would_have", expect.wouldHave, d.wouldHave)
        if let t = expect.transforms, t != d.transforms {
            let show = { (x: [EntityType: RuleAction]) in x.map { "\($0.key)=\($0.value.rawValue)" }.sorted().joined(separator: ", ") }
            f.append("transforms: expected [\(show(t))], got [\(show(d.transforms))]")
        }
        let fired = Set(d.reasons.map(\.rule))
        for rule in expect.rules where !fired.contains(rule) {
            f.append("rule '\(rule)' did not fire (fired: \(d.reasons.map(\.rule).joined(separator: ", ")))")
        }
        return (d, f)
    }
}
