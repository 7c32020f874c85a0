import Yams

/// What happens to one CSV column or JSONL field.
public enum ColumnAction: String, Sendable, CaseIterable, Equatable {
    /// Scan each value; transform what is found by its label (the default).
    case auto
    /// Copy unchanged, unscanned.
    case keep
    /// Remove the column or field.
    case drop
    /// Replace found values (or the whole value, in a column of one type) with a type tag.
    case redact
    /// Replace them with a keyed pseudonym (`[PERSON:3f9a1c0b]`): the same value always gets the
    /// same pseudonym under one key, in every row and every run, with no table kept in memory.
    case pseudonymize
    /// Replace them with format-preserving fake values, stable per value under the key.
    case synthesize
}

/// A small YAML plan for `portcullis anonymize`:
/// ```yaml
/// default: auto            # auto | keep | drop | redact | pseudonymize | synthesize
/// columns:                 # CSV header names or JSONL field paths (a.b for nested fields)
///   customer_id: keep
///   notes: redact
///   internal_score: drop
/// ```
public struct AnonymizePlan: Sendable, Equatable {
    public var defaultAction: ColumnAction
    public var columns: [String: ColumnAction]

    public init(defaultAction: ColumnAction = .auto, columns: [String: ColumnAction] = [:]) {
        self.defaultAction = defaultAction
        self.columns = columns
    }

    public func action(for column: String) -> ColumnAction { columns[column] ?? defaultAction }

    public static func parse(yaml: String, file: String = "<plan>") throws(ConfigError) -> AnonymizePlan {
        let r = ConfigReader(file: file)
        var plan = AnonymizePlan()
        guard let root = try ConfigReader.compose(yaml, file: file) else { return plan }
        let top = try r.mapping(root, path: "the top level", allowed: ["default", "columns", "fields"])
        func action(_ n: Node, _ path: String) throws(ConfigError) -> ColumnAction {
            let s = try r.string(n, path: path)
            guard let a = ColumnAction(rawValue: s) else {
                throw r.invalid(n, path, "'\(s)' is not an action (\(ColumnAction.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return a
        }
        if let n = top["default"] { plan.defaultAction = try action(n, "default") }
        for key in ["columns", "fields"] {
            guard let n = top[key] else { continue }
            for (k, v) in try r.pairs(n, path: key) {
                let name = try r.string(k, path: key)
                plan.columns[name] = try action(v, "\(key).\(name)")
            }
        }
        return plan
    }
}
