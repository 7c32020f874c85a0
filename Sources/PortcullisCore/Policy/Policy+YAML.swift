import Crypto
import Foundation
import Yams

extension Policy {
    /// Loads a policy file.
    public static func load(path: String) throws(ConfigError) -> Policy {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .syntax(file: path, line: nil, column: nil, message: "cannot read the file (\(error.localizedDescription))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .syntax(file: path, line: nil, column: nil, message: "the file is not UTF-8 text")
        }
        return try parse(yaml: text, file: path)
    }

    /// Parses a policy document. Unknown keys are rejected and every error names the file, line
    /// and column, so a typo never silently weakens a policy.
    public static func parse(yaml: String, file: String = "<policy>") throws(ConfigError) -> Policy {
        let r = ConfigReader(file: file)
        guard let root = try ConfigReader.compose(yaml, file: file) else {
            throw .invalidValue(file: file, line: 1, column: 1, path: "the document", message: "the policy is empty")
        }
        let top = try r.mapping(root, path: "the top level", allowed: [
            "version", "name", "mode", "labels", "default_label", "vendors", "models", "roles", "rules", "minimization",
            "defaults", "thresholds", "canary", "topics", "judges", "failure_modes",
        ])
        var p = Policy()
        p.version = SHA256.hash(data: Data(yaml.utf8)).map { String(format: "%02x", $0) }.joined()
        if let n = top["version"] {
            let v = try r.int(n, path: "version", range: 1...1)
            _ = v
        }
        if let n = top["name"] { p.name = try r.string(n, path: "name") }
        if let n = top["mode"] { p.mode = try mode(r, n, "mode") }
        let overrides = try top["labels"].map { (n: Node) throws(ConfigError) in try r.labelOverrides(n, path: "labels") } ?? [:]
        let fallback = try top["default_label"].map { (n: Node) throws(ConfigError) in try r.label(n, path: "default_label") }
        p.labels = LabelMapping(overrides: overrides, fallback: fallback ?? .confidential)
        if let n = top["vendors"] {
            for (k, v) in try r.pairs(n, path: "vendors") {
                let name = try r.string(k, path: "vendors")
                p.vendors[name] = try vendor(r, name, v)
            }
        }
        if let n = top["models"] {
            var fallbackNodes: [(String, Node)] = []
            for (k, v) in try r.pairs(n, path: "models") {
                let name = try r.string(k, path: "models")
                let path = "models.\(name)"
                let m = try r.mapping(v, path: path, allowed: ["vendor", "upstream", "fallbacks"])
                let vn = try r.required(m, "vendor", in: v, path: path)
                let vendorName = try r.string(vn, path: path + ".vendor")
                guard p.vendors[vendorName] != nil else {
                    throw r.invalid(vn, path + ".vendor", "no vendor '\(vendorName)' is defined under vendors")
                }
                let upstream = try m["upstream"].map { (n: Node) throws(ConfigError) in try r.string(n, path: path + ".upstream") }
                p.models[name] = ModelRoute(name: name, vendor: vendorName, upstream: upstream ?? name)
                if let x = m["fallbacks"] { fallbackNodes.append((name, x)) }
            }
            // Checked once every model is known: a fallback may be defined after the model it backs up.
            for (name, x) in fallbackNodes {
                let path = "models.\(name).fallbacks"
                let names = try r.strings(x, path: path)
                for f in names {
                    guard p.models[f] != nil else { throw r.invalid(x, path, "no model '\(f)' is defined under models") }
                    guard f != name else { throw r.invalid(x, path, "a model cannot be its own fallback") }
                }
                guard Set(names).count == names.count else { throw r.invalid(x, path, "lists a model twice") }
                p.models[name]?.fallbacks = names
            }
        }
        if let n = top["roles"] {
            for (k, v) in try r.pairs(n, path: "roles") {
                let name = try r.string(k, path: "roles")
                let path = "roles.\(name)"
                let m = try r.mapping(v, path: path, allowed: ["models", "datasets", "max_label", "training"])
                var role = RoleSpec(name: name, models: [])
                if let x = m["models"] {
                    role.models = try r.strings(x, path: path + ".models").map(NamePattern.init)
                    for pat in role.models where !pat.pattern.contains("*") && p.models[pat.pattern] == nil {
                        throw r.invalid(x, path + ".models", "no model '\(pat.pattern)' is defined under models")
                    }
                }
                if let x = m["datasets"] { role.datasets = try r.strings(x, path: path + ".datasets") }
                if let x = m["max_label"] { role.maxLabel = try r.label(x, path: path + ".max_label") }
                if let x = m["training"] { role.training = try r.strings(x, path: path + ".training") }
                p.roles[name] = role
            }
        }
        if let n = top["rules"] {
            var ids = Set<String>()
            var rules: [PolicyRule] = []  // assigned once: every change to `Policy.rules` recompiles its index
            for (i, item) in try r.sequence(n, path: "rules").enumerated() {
                let rule = try rule(r, item, index: i, policy: p)
                guard ids.insert(rule.id).inserted else {
                    throw r.invalid(item, "rules[\(i)]", "the rule id '\(rule.id)' is used twice")
                }
                rules.append(rule)
            }
            p.rules = rules
        }
        if let n = top["minimization"] {
            let m = try r.mapping(n, path: "minimization", allowed: ["strip_fields", "max_history", "max_message_bytes", "max_request_bytes"])
            if let x = m["strip_fields"] { p.minimization.stripFields = try r.strings(x, path: "minimization.strip_fields") }
            if let x = m["max_history"] { p.minimization.maxHistory = try r.int(x, path: "minimization.max_history", range: 1...100_000) }
            if let x = m["max_message_bytes"] {
                p.minimization.maxMessageBytes = try r.int(x, path: "minimization.max_message_bytes", range: 1...(64 << 20))
            }
            if let x = m["max_request_bytes"] {
                p.minimization.maxRequestBytes = try r.int(x, path: "minimization.max_request_bytes", range: 1...(256 << 20))
            }
        }
        if let n = top["topics"] {
            for (k, v) in try r.pairs(n, path: "topics") {
                let name = try r.string(k, path: "topics")
                let path = "topics.\(name)"
                let m = try r.mapping(v, path: path, allowed: ["terms", "weak_terms", "threshold"])
                let strong = try m["terms"].map { (x: Node) throws(ConfigError) in try r.strings(x, path: path + ".terms") } ?? []
                let weak = try m["weak_terms"].map { (x: Node) throws(ConfigError) in try r.strings(x, path: path + ".weak_terms") } ?? []
                guard !strong.isEmpty || !weak.isEmpty else { throw r.invalid(v, path, "needs `terms` (or `weak_terms`)") }
                var topic = TopicLexicon(name: name, strong: strong, weak: weak)
                if let x = m["threshold"] {
                    topic.threshold = try r.double(x, path: path + ".threshold")
                    guard topic.threshold > 0 else { throw r.invalid(x, path + ".threshold", "must be above 0") }
                }
                p.topics.append(topic)
            }
        }
        if let n = top["failure_modes"] {
            let m = try r.mapping(n, path: "failure_modes", allowed: ["judges", "audit"])
            func mode(_ key: String) throws(ConfigError) -> FailureModes.Mode? {
                guard let x = m[key] else { return nil }
                let s = try r.string(x, path: "failure_modes." + key)
                guard let v = FailureModes.Mode(rawValue: s) else {
                    throw r.invalid(x, "failure_modes." + key, "must be closed (refuse the request) or open (go on without the guard), not '\(s)'")
                }
                return v
            }
            if let v = try mode("judges") { p.failureModes.judges = v }
            if let v = try mode("audit") { p.failureModes.audit = v }
        }
        if let n = top["judges"] {
            for (k, v) in try r.pairs(n, path: "judges") {
                let name = try r.string(k, path: "judges")
                let path = "judges.\(name)"
                let m = try r.mapping(v, path: path, allowed: ["model", "timeout_ms", "on_error"])
                let mn = try r.required(m, "model", in: v, path: path)
                let model = try r.string(mn, path: path + ".model")
                guard p.models[model] != nil else { throw r.invalid(mn, path + ".model", "no model '\(model)' is defined under models") }
                var spec = JudgeSpec(name: name, model: model, onError: p.failureModes.judges == .open ? .allow : .block)
                if let x = m["timeout_ms"] { spec.timeoutMilliseconds = try r.int(x, path: path + ".timeout_ms", range: 1...120_000) }
                if let x = m["on_error"] {
                    let s = try r.string(x, path: path + ".on_error")
                    // `closed` / `open` as in `failure_modes:`, or the actions they stand for.
                    switch s {
                    case "block", "closed": spec.onError = .block
                    case "allow", "open": spec.onError = .allow
                    default: throw r.invalid(x, path + ".on_error", "must be block (fail closed) or allow (fail open)")
                    }
                }
                p.judges.append(spec)
            }
        }
        if let n = top["canary"] {
            let m = try r.mapping(n, path: "canary", allowed: ["enabled", "message"])
            if let x = m["enabled"] { p.canary.enabled = try r.bool(x, path: "canary.enabled") }
            if let x = m["message"] { p.canary.message = try r.string(x, path: "canary.message") }
        }
        if let n = top["thresholds"] {
            var out: [(pattern: TypePattern, score: Double)] = []
            for (k, v) in try r.pairs(n, path: "thresholds") {
                let key = try r.string(k, path: "thresholds")
                guard let pattern = TypePattern(key) else {
                    throw r.invalid(k, "thresholds", "'\(key)' is not a finding type or pattern (US_SSN, aws-*, secret.*, threat.*, pii.*, *)")
                }
                let score = try r.double(v, path: "thresholds.\(key)")
                guard (0...1).contains(score) else { throw r.invalid(v, "thresholds.\(key)", "must be between 0 and 1") }
                out.append((pattern, score))
            }
            // Most specific first: exact types, then longer prefixes, then families, then `*`.
            func rank(_ p: TypePattern) -> Int {
                switch p.kind {
                case .exact: 0
                case .prefix: 1
                case .secrets, .threats: 2
                case .pii: 3
                case .any: 4
                }
            }
            p.thresholds = out.sorted { a, b in
                rank(a.pattern) != rank(b.pattern) ? rank(a.pattern) < rank(b.pattern) : a.pattern.text.count > b.pattern.text.count
            }
        }
        if let n = top["defaults"] {
            let m = try r.mapping(n, path: "defaults", allowed: ["action", "message"])
            if let x = m["action"] {
                let a = try action(r, x, "defaults.action")
                guard a == .allow || a == .block || a == .review else {
                    throw r.invalid(x, "defaults.action", "must be allow, block or review")
                }
                p.defaultAction = a
            }
            if let x = m["message"] { p.defaultMessage = try r.string(x, path: "defaults.message") }
        }
        return p
    }

    private static func vendor(_ r: ConfigReader, _ name: String, _ v: Node) throws(ConfigError) -> VendorSpec {
        let path = "vendors.\(name)"
        let m = try r.mapping(v, path: path, allowed: [
            "kind", "base_url", "api_key_env", "clearance", "dpa", "region", "retention_days", "assessment_due",
            "api_version", "timeout_ms", "latency_ms",
        ])
        let kn = try r.required(m, "kind", in: v, path: path)
        let kindName = try r.string(kn, path: path + ".kind")
        guard let kind = VendorSpec.Kind(rawValue: kindName) else {
            throw r.invalid(kn, path + ".kind", "'\(kindName)' is not a vendor kind (\(VendorSpec.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        let clearance = try r.label(try r.required(m, "clearance", in: v, path: path), path: path + ".clearance")
        var spec = VendorSpec(name: name, kind: kind, clearance: clearance)
        if let x = m["base_url"] {
            let url = try r.string(x, path: path + ".base_url")
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw r.invalid(x, path + ".base_url", "must start with https:// or http://")
            }
            spec.baseURL = url
        }
        if let x = m["api_key_env"] {
            let env = try r.string(x, path: path + ".api_key_env")
            guard !env.isEmpty, env.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else {
                throw r.invalid(x, path + ".api_key_env", "must be the NAME of an environment variable (A-Z, 0-9, _), never the key itself")
            }
            spec.apiKeyEnv = env
        }
        if let x = m["dpa"] { spec.dpa = try r.string(x, path: path + ".dpa") }
        if let x = m["region"] { spec.region = try r.string(x, path: path + ".region") }
        if let x = m["retention_days"] { spec.retentionDays = try r.int(x, path: path + ".retention_days", range: 0...36_500) }
        if let x = m["assessment_due"] {
            let d = try r.string(x, path: path + ".assessment_due")
            guard isISODate(d) else { throw r.invalid(x, path + ".assessment_due", "expected a date as YYYY-MM-DD, not '\(d)'") }
            spec.assessmentDue = d
        }
        if let x = m["api_version"] {
            guard kind == .azure else { throw r.invalid(x, path + ".api_version", "only an azure vendor has an api_version") }
            let v = try r.string(x, path: path + ".api_version")
            guard !v.isEmpty, v.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }) else {
                throw r.invalid(x, path + ".api_version", "expected a version such as 2024-10-21")
            }
            spec.apiVersion = v
        }
        if kind == .azure {
            guard spec.apiVersion != nil else { throw r.missing(v, "api_version", path) }
            guard spec.baseURL != nil else { throw r.missing(v, "base_url", path) }
        }
        if let x = m["timeout_ms"] { spec.timeoutMilliseconds = try r.int(x, path: path + ".timeout_ms", range: 100...600_000) }
        if let x = m["latency_ms"] {
            guard kind == .mock else { throw r.invalid(x, path + ".latency_ms", "only the mock vendor has a simulated latency") }
            spec.latencyMilliseconds = try r.int(x, path: path + ".latency_ms", range: 0...60_000)
        }
        return spec
    }

    private static func rule(_ r: ConfigReader, _ item: Node, index i: Int, policy p: Policy) throws(ConfigError) -> PolicyRule {
        let path = "rules[\(i)]"
        let m = try r.mapping(item, path: path, allowed: ["id", "description", "match", "action", "message", "route_to", "severity", "mode"])
        let idNode = try r.required(m, "id", in: item, path: path)
        let id = try r.string(idNode, path: path + ".id")
        guard !id.trimmingWhitespace().isEmpty else { throw r.invalid(idNode, path + ".id", "must not be empty") }
        let an = try r.required(m, "action", in: item, path: path)
        var rule = PolicyRule(id: id, action: try action(r, an, path + ".action"), line: item.mark?.line)
        if let x = m["description"] { rule.description = try r.string(x, path: path + ".description") }
        if let x = m["message"] { rule.message = try r.string(x, path: path + ".message") }
        if let x = m["severity"] {
            let s = try r.string(x, path: path + ".severity")
            guard let sev = AlertSeverity(rawValue: s) else {
                throw r.invalid(x, path + ".severity", "'\(s)' is not a severity (low, medium, high, critical)")
            }
            rule.severity = sev
        }
        if let x = m["mode"] { rule.mode = try mode(r, x, path + ".mode") }
        if let x = m["route_to"] {
            let target = try r.string(x, path: path + ".route_to")
            guard p.models[target] != nil else { throw r.invalid(x, path + ".route_to", "no model '\(target)' is defined under models") }
            rule.routeTo = target
        }
        if rule.action == .route && rule.routeTo == nil { throw r.missing(item, "route_to", path) }
        if rule.action == .alert && m["severity"] == nil { throw r.missing(item, "severity", path) }
        if rule.action == .block && rule.message == nil {
            throw r.invalid(an, path + ".action", "a block rule needs a message that tells the user what to do instead")
        }
        if let x = m["match"] { rule.match = try match(r, x, path + ".match", policy: p) }
        return rule
    }

    private static func match(_ r: ConfigReader, _ n: Node, _ path: String, policy p: Policy) throws(ConfigError) -> RuleMatch {
        let m = try r.mapping(n, path: path, allowed: ["types", "labels", "min_label", "roles", "models", "direction", "topics", "missing_training"])
        var out = RuleMatch()
        if let x = m["types"] {
            for s in try r.strings(x, path: path + ".types") {
                guard let t = TypePattern(s) else {
                    throw r.invalid(x, path + ".types", "'\(s)' is not a type name or pattern (TYPE, prefix*, secret.*, pii.*, *)")
                }
                if t.kind == .exact { try r.known(s, x, path + ".types") }
                if t.kind == .prefix && !KnownTypes.names.contains(where: { $0.hasPrefix(t.text) }) {
                    // A pattern that matches nothing switches its rule off without a word (fail open).
                    throw r.invalid(x, path + ".types", "'\(s)' matches no type Portcullis reports")
                }
                out.types.append(t)
            }
        }
        if let x = m["labels"] {
            for item in (try? r.sequence(x, path: path + ".labels")) ?? [x] { out.labels.append(try r.label(item, path: path + ".labels")) }
        }
        if let x = m["min_label"] { out.minLabel = try r.label(x, path: path + ".min_label") }
        if let x = m["roles"] {
            out.roles = try r.strings(x, path: path + ".roles")
            for role in out.roles where p.roles[role] == nil {
                throw r.invalid(x, path + ".roles", "no role '\(role)' is defined under roles")
            }
        }
        if let x = m["models"] {
            out.models = try r.strings(x, path: path + ".models").map(NamePattern.init)
            for pat in out.models where !p.models.keys.contains(where: pat.matches) {
                throw r.invalid(x, path + ".models", "'\(pat.pattern)' matches no model defined under models")
            }
        }
        if let x = m["direction"] {
            let s = try r.string(x, path: path + ".direction")
            if s != "any" {
                guard let d = Direction(rawValue: s) else { throw r.invalid(x, path + ".direction", "must be input, output or any") }
                out.direction = d
            }
        }
        if let x = m["topics"] { out.topics = try r.strings(x, path: path + ".topics") }
        if let x = m["missing_training"] { out.missingTraining = try r.bool(x, path: path + ".missing_training") }
        return out
    }

    private static func action(_ r: ConfigReader, _ n: Node, _ path: String) throws(ConfigError) -> RuleAction {
        let s = try r.string(n, path: path)
        guard let a = RuleAction(rawValue: s) else {
            throw r.invalid(n, path, "'\(s)' is not an action (\(RuleAction.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return a
    }

    private static func mode(_ r: ConfigReader, _ n: Node, _ path: String) throws(ConfigError) -> PolicyMode {
        let s = try r.string(n, path: path)
        guard let m = PolicyMode(rawValue: s) else { throw r.invalid(n, path, "must be enforce or monitor, not '\(s)'") }
        return m
    }

    private static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let mo = Int(parts[1]), let d = Int(parts[2]) else { return false }
        let days = [31, y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1970...2999).contains(y) && (1...12).contains(mo) && (1...days[mo - 1]).contains(d)
    }
}
