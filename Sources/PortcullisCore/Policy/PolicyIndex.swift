/// A policy's rule conditions compiled to small integer ids, so that evaluating thousands of
/// rules compares integers; each distinct type pattern, model pattern, role and topic is tested
/// at most once per request (lazily, only when a rule gets that far).
final class PolicyIndex: Sendable {
    /// One rule's conditions: plain values only (copying one costs no reference counting); each
    /// list is a range of ids in `ids`.
    struct Rule: Sendable {
        var types: Range<Int32>
        var models: Range<Int32>
        var roles: Range<Int32>
        var topics: Range<Int32>
        /// Bit per allowed label (`1 << rank`); 0 when the rule names no labels.
        var labelMask: UInt8
        var minLabel: SensitivityLabel?
        var direction: Direction?
        var missingTraining: Bool?
    }

    /// The ids every rule's lists point into.
    let ids: [Int32]
    let typePatterns: [TypePattern]
    let modelPatterns: [NamePattern]
    let roles: [String]
    let topics: [String]
    let rules: [Rule]
    /// Each rule's action, so the loop can skip rules without touching the rule itself.
    let actions: [RuleAction]

    init(rules source: [PolicyRule]) {
        var typeIds: [String: Int32] = [:], modelIds: [String: Int32] = [:], roleIds: [String: Int32] = [:], topicIds: [String: Int32] = [:]
        var types: [TypePattern] = [], models: [NamePattern] = [], roles: [String] = [], topics: [String] = []
        func id<T>(_ key: String, _ value: T, _ ids: inout [String: Int32], _ list: inout [T]) -> Int32 {
            if let i = ids[key] { return i }
            let i = Int32(list.count)
            ids[key] = i
            list.append(value)
            return i
        }
        var compiled: [Rule] = []
        compiled.reserveCapacity(source.count)
        var pool: [Int32] = []
        func range(_ list: [Int32]) -> Range<Int32> {
            let lo = Int32(pool.count)
            pool.append(contentsOf: list)
            return lo..<Int32(pool.count)
        }
        for r in source {
            let m = r.match
            compiled.append(Rule(
                types: range(m.types.map { id($0.description, $0, &typeIds, &types) }),
                models: range(m.models.map { id($0.pattern, $0, &modelIds, &models) }),
                roles: range(m.roles.map { id($0, $0, &roleIds, &roles) }),
                topics: range(m.topics.map { id($0, $0, &topicIds, &topics) }),
                labelMask: m.labels.reduce(0) { $0 | PolicyIndex.bit($1) },
                minLabel: m.minLabel, direction: m.direction, missingTraining: m.missingTraining))
        }
        ids = pool
        typePatterns = types
        modelPatterns = models
        self.roles = roles
        self.topics = topics
        rules = compiled
        actions = source.map(\.action)
    }

    @inline(__always) static func bit(_ l: SensitivityLabel) -> UInt8 {
        switch l {
        case .public: 1
        case .internal: 2
        case .confidential: 4
        case .restricted: 8
        }
    }

    /// Per-request answers, filled on first use: 0 not yet known, 1 no, 2 yes.
    struct Memo {
        var types: [UInt8]
        var models: [UInt8]
        var roles: [UInt8]
        var topics: [UInt8]
    }

    func memo() -> Memo {
        Memo(types: [UInt8](repeating: 0, count: typePatterns.count), models: [UInt8](repeating: 0, count: modelPatterns.count),
             roles: [UInt8](repeating: 0, count: roles.count), topics: [UInt8](repeating: 0, count: topics.count))
    }

    /// Whether rule `r` holds for the request (no strings built; see `PolicyEvaluator.explain`).
    @inline(__always)
    func holds(_ r: Rule, _ memo: inout Memo, types requestTypes: Dictionary<EntityType, SensitivityLabel>.Keys,
               label: SensitivityLabel, principal: Principal, request: RequestFacts, missingTraining: Bool) -> Bool {
        if let d = r.direction, d != request.direction { return false }
        if r.labelMask != 0 && r.labelMask & PolicyIndex.bit(label) == 0 { return false }
        if let min = r.minLabel, label < min { return false }
        if let t = r.missingTraining, t != missingTraining { return false }
        if !r.roles.isEmpty && !any(r.roles, &memo.roles, { principal.roles.contains(self.roles[$0]) }) { return false }
        if !r.topics.isEmpty && (request.topics.isEmpty || !any(r.topics, &memo.topics, { request.topics.contains(self.topics[$0]) })) {
            return false
        }
        if !r.types.isEmpty && (requestTypes.isEmpty || !any(r.types, &memo.types, { i in requestTypes.contains { self.typePatterns[i].matches($0) } })) {
            return false
        }
        if !r.models.isEmpty && !any(r.models, &memo.models, { self.modelPatterns[$0].matches(request.model) }) { return false }
        return true
    }

    @inline(__always)
    private func any(_ range: Range<Int32>, _ cache: inout [UInt8], _ test: (Int) -> Bool) -> Bool {
        for p in range {
            let i = Int(ids[Int(p)])
            var v = cache[i]
            if v == 0 {
                v = test(i) ? 2 : 1
                cache[i] = v
            }
            if v == 2 { return true }
        }
        return false
    }
}
