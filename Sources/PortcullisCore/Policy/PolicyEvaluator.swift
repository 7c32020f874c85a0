/// Turns (policy, principal, request facts, findings) into a `Decision`. A pure function: no I/O,
/// no clock, no randomness, so the same inputs always give the same decision and tests need no
/// setup.
///
/// How it decides, in order:
/// Findings scoring below the policy's `thresholds` for their type do not count.
///
/// 1. **Access checks**: the model must exist in the policy and one of the principal's roles must
///    allow it (`model_not_allowed`), and the dataset, when the request names one.
/// 2. **Rules**, in document order. A rule fires when every condition of its `match` holds.
///    Transform rules (`redact`, `pseudonymize`, `synthesize`) claim the finding types they match
///    (the first rule to claim a type wins); the first deciding rule (`allow`, `block`,
///    `review`, `route`) settles the request, and after it only `alert` rules are still evaluated
///    (an alert fires wherever it is written). Put transform rules before the rule that allows.
/// 3. **Default**: if no rule decided, `Policy.defaultAction` (block unless the document says).
/// 4. **Before a vendor**: a request that would proceed needs every training its roles require
///    (`training_required`; a deciding rule matching `missing_training` may decide otherwise), a
///    route target the role may use, and the label of what the vendor will still see (after the
///    transforms) within the principal's highest role label and the vendor's clearance
///    (`vendor_not_cleared`). Alert rules fire even when the request is refused.
///
/// In `monitor` mode (the policy's or a rule's) the same decision is computed, recorded in
/// `reasons` and `wouldHave`, and not applied.
public enum PolicyEvaluator {
    /// Evaluates with each finding labelled by the policy's mapping.
    public static func evaluate(_ policy: Policy, principal: Principal, request: RequestFacts,
                                findings: [Finding]) -> Decision {
        var types: [EntityType: SensitivityLabel] = [:]
        for f in findings where types[f.type] == nil && policy.counts(f) { types[f.type] = policy.labels.label(for: f.type) }
        return evaluate(policy, principal: principal, request: request, labelledTypes: types)
    }

    /// Evaluates with the labels a `SensitivityClassifier` gave (document markers and dictionary
    /// terms carry their own label).
    public static func evaluate(_ policy: Policy, principal: Principal, request: RequestFacts,
                                classified: [LabelledFinding]) -> Decision {
        var types: [EntityType: SensitivityLabel] = [:]
        for f in classified where policy.counts(f.finding) { types[f.finding.type] = max(types[f.finding.type] ?? .public, f.label) }
        return evaluate(policy, principal: principal, request: request, labelledTypes: types)
    }

    /// The evaluation proper, over the distinct finding types and their labels (requests have few
    /// types; a policy may have thousands of rules).
    static func evaluate(_ policy: Policy, principal: Principal, request: RequestFacts,
                         labelledTypes types: [EntityType: SensitivityLabel]) -> Decision {
        var d = Decision(action: .allow, label: .public, effectiveLabel: .public, transforms: [:], routeTo: nil,
                         alerts: [], message: nil, code: nil, reasons: [], policyVersion: policy.version, wouldHave: nil)
        d.label = types.values.max() ?? .public
        let roles = principal.roles.compactMap { policy.roles[$0] }

        var decided: (action: RuleAction, rule: String, message: String?, code: String?, routeTo: String?)?
        func refuse(_ rule: String, _ action: RuleAction, _ code: String, _ why: String, _ message: String) {
            d.reasons.append(.init(rule: rule, action: action, why: why, monitored: false))
            if decided == nil { decided = (action, rule, message, code, nil) }
        }

        // 1. Access: the model exists, a role may use it, a role may use the dataset.
        func mayUse(_ model: String) -> Bool { roles.contains { r in r.models.contains { $0.matches(model) } } }
        /// The fallbacks the principal may use whose vendor is cleared for `label`.
        func usable(_ fallbacks: [String], for label: SensitivityLabel) -> [String] {
            fallbacks.filter { f in
                guard mayUse(f), let r = policy.models[f], let v = policy.vendors[r.vendor] else { return false }
                return label <= v.clearance
            }
        }
        let held = principal.roles.isEmpty ? "no role" : "roles \(principal.roles.joined(separator: ", "))"
        if policy.models[request.model] == nil {
            refuse("model-access", .block, "model_not_allowed", "the policy defines no model '\(request.model)'",
                   "The model '\(request.model)' is not available. Ask for one of: \(policy.models.keys.sorted().joined(separator: ", ")).")
        } else if !mayUse(request.model) {
            refuse("model-access", .block, "model_not_allowed", "\(held) may not use '\(request.model)'",
                   "Your role may not use the model '\(request.model)'. Ask your security team for access or use a model your role allows.")
        } else if let dataset = request.dataset, !roles.contains(where: { $0.datasets.contains(dataset) }) {
            refuse("dataset-access", .block, "policy_blocked", "\(held) may not use the dataset '\(dataset)'",
                   "Your role may not send data from '\(dataset)' to an AI tool. Ask your security team for access.")
        }
        let missing = Set(roles.flatMap(\.training)).subtracting(principal.training).sorted()

        // 2. Rules. After a refusal above, or after the deciding rule, only alert rules still run.
        var decidingRule: Int?
        do {
            let index = policy.index
            var memo = index.memo()
            let keys = types.keys
            let lacksTraining = !missing.isEmpty
            let refusedAlready = decided != nil
            // Rules are tested through the compiled index (integers, no copies of the rules'
            // strings); only a rule that holds is read and explained.
            let holding: [Int] = index.rules.withUnsafeBufferPointer { compiled in
                index.actions.withUnsafeBufferPointer { actions in
                    var out: [Int] = []
                    var settled = refusedAlready
                    for k in 0..<compiled.count {
                        if settled && actions[k] != .alert { continue }
                        guard index.holds(compiled[k], &memo, types: keys, label: d.label, principal: principal,
                                          request: request, missingTraining: lacksTraining) else { continue }
                        out.append(k)
                        if actions[k].decides && policy.rules[k].mode == .enforce { settled = true }
                    }
                    return out
                }
            }
            for k in holding {
                let rule = policy.rules[k]
                if decided != nil && rule.action != .alert { continue }
                let why = explain(rule.match, types: types, label: d.label, principal: principal, request: request,
                                  missingTraining: !missing.isEmpty) ?? "matches"
                let monitored = rule.mode == .monitor
                d.reasons.append(.init(rule: rule.id, action: rule.action, why: why, monitored: monitored))
                if monitored {
                    if rule.action.decides && rule.action != .allow && d.wouldHave == nil { d.wouldHave = rule.action }
                    continue
                }
                switch rule.action {
                case .alert:
                    d.alerts.append(.init(rule: rule.id, severity: rule.severity))
                case .redact, .pseudonymize, .synthesize:
                    for t in types.keys where d.transforms[t] == nil && matchesTypes(rule.match, t) {
                        d.transforms[t] = rule.action
                    }
                case .allow, .block, .review, .route:
                    let code: String? = rule.action == .block ? "policy_blocked" : rule.action == .review ? "review_required" : nil
                    decided = (rule.action, rule.id, rule.message, code, rule.routeTo)
                    decidingRule = k
                }
            }
        }

        // 3. Default, when no rule decided.
        if decided == nil {
            d.reasons.append(.init(rule: "default", action: policy.defaultAction, why: "no rule decided", monitored: false))
            let code: String? = policy.defaultAction == .block ? "policy_blocked" : policy.defaultAction == .review ? "review_required" : nil
            decided = (policy.defaultAction, "default", policy.defaultAction == .allow ? nil : policy.defaultMessage, code, nil)
        }

        // 4. A request that would go to a vendor: training done (unless the deciding rule is about
        // missing training), the route target allowed for the role, and what the vendor will still
        // see (after the transforms) within the role's and the vendor's clearance.
        d.effectiveLabel = types.filter { d.transforms[$0.key] == nil }.values.max() ?? .public
        if decided!.action == .allow || decided!.action == .route {
            let target = decided!.action == .route ? decided!.routeTo ?? request.model : request.model
            let trainingAddressed = decidingRule.map { policy.rules[$0].match.missingTraining == true } ?? false
            if !missing.isEmpty && !trainingAddressed {
                d.reasons.append(.init(rule: "training", action: .block, why: "training not completed: \(missing.joined(separator: ", "))", monitored: false))
                decided = (.block, "training", "Complete the required training first: \(missing.joined(separator: ", ")).", "training_required", nil)
            } else if target != request.model && !mayUse(target) {
                d.reasons.append(.init(rule: "model-access", action: .block, why: "\(held) may not use the route target '\(target)'", monitored: false))
                decided = (.block, "model-access",
                           "This request must go to '\(target)', which your role may not use. Ask your security team.", "model_not_allowed", nil)
            } else if let maxRole = roles.map(\.maxLabel).max(), d.effectiveLabel > maxRole {
                d.reasons.append(.init(rule: "role-label", action: .block,
                                       why: "label \(d.effectiveLabel) exceeds the principal's role limit \(maxRole)", monitored: false))
                decided = (.block, "role-label",
                           "This request holds \(d.effectiveLabel) data, more than your role may send to an AI tool. Remove it or ask your security team.",
                           "policy_blocked", nil)
            } else if let route = policy.models[target], let vendor = policy.vendors[route.vendor],
                      d.effectiveLabel > vendor.clearance {
                let msg = "This request holds \(d.effectiveLabel) data and '\(target)' is cleared only for \(vendor.clearance). Remove the sensitive data or use a model cleared for \(d.effectiveLabel) data."
                d.reasons.append(.init(rule: "vendor-clearance", action: .block,
                                       why: "label \(d.effectiveLabel) exceeds vendor '\(vendor.name)' clearance \(vendor.clearance)", monitored: false))
                decided = (.block, "vendor-clearance", msg, "vendor_not_cleared", nil)
            }
            if decided!.action == .allow || decided!.action == .route, let route = policy.models[target] {
                d.fallbacks = usable(route.fallbacks, for: d.effectiveLabel)
            }
        }

        let outcome = decided!
        // A model the policy does not define cannot be routed anywhere, monitor mode or not.
        if policy.mode == .monitor && policy.models[request.model] != nil {
            // Record what enforcing would do; let the request through untouched.
            if outcome.action != .allow { d.wouldHave = outcome.action }
            d.action = .allow
            d.transforms = [:]
            d.effectiveLabel = d.label
            d.fallbacks = usable(policy.models[request.model]?.fallbacks ?? [], for: d.label)
            return d
        }
        d.action = outcome.action
        d.message = outcome.message
        d.code = outcome.code
        d.routeTo = outcome.action == .route ? outcome.routeTo : nil
        if !d.proceeds { d.transforms = [:]; d.fallbacks = [] }
        return d
    }

    /// Why `m` holds for this request (called only for rules that hold), or nil when it does not.
    static func explain(_ m: RuleMatch, types: [EntityType: SensitivityLabel], label: SensitivityLabel, principal: Principal,
                        request: RequestFacts, missingTraining: Bool) -> String? {
        var why: [String] = []
        if !m.types.isEmpty {
            let hit = types.keys.filter { t in m.types.contains { $0.matches(t) } }.map(\.rawValue).sorted()
            guard !hit.isEmpty else { return nil }
            why.append("found \(hit.joined(separator: ", "))")
        }
        if !m.labels.isEmpty {
            guard m.labels.contains(label) else { return nil }
            why.append("label is \(label)")
        }
        if let min = m.minLabel {
            guard label >= min else { return nil }
            why.append("label \(label) ≥ \(min)")
        }
        if !m.roles.isEmpty {
            let hit = principal.roles.filter { m.roles.contains($0) }
            guard !hit.isEmpty else { return nil }
            why.append("role \(hit.joined(separator: ", "))")
        }
        if !m.models.isEmpty {
            guard m.models.contains(where: { $0.matches(request.model) }) else { return nil }
            why.append("model \(request.model)")
        }
        if let dir = m.direction {
            guard dir == request.direction else { return nil }
            why.append("direction \(dir.rawValue)")
        }
        if !m.topics.isEmpty {
            let hit = m.topics.filter { request.topics.contains($0) }
            guard !hit.isEmpty else { return nil }
            why.append("topic \(hit.joined(separator: ", "))")
        }
        if let t = m.missingTraining {
            guard t == missingTraining else { return nil }
            why.append(t ? "training missing" : "training complete")
        }
        return why.isEmpty ? "matches every request" : why.joined(separator: "; ")
    }

    static func matchesTypes(_ m: RuleMatch, _ t: EntityType) -> Bool {
        m.types.isEmpty || m.types.contains { $0.matches(t) }
    }
}
