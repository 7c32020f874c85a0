import Yams

/// Reads typed values out of a composed YAML tree, turning every mismatch into an error that
/// names the place.
struct ConfigReader {
    let file: String

    static func syntaxError(_ e: YamlError, file: String) -> ConfigError {
        switch e {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let ctx = context.map { $0.text + ": " } ?? ""
            return .syntax(file: file, line: mark.line, column: mark.column, message: ctx + problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .syntax(file: file, line: context.mark.line, column: context.mark.column,
                           message: "duplicate keys: \(duplicates.joined(separator: ", "))")
        default:
            return .syntax(file: file, line: nil, column: nil, message: "\(e)")
        }
    }

    func invalid(_ n: Node, _ path: String, _ message: String) -> ConfigError {
        .invalidValue(file: file, line: n.mark?.line, column: n.mark?.column, path: path, message: message)
    }

    func missing(_ n: Node, _ key: String, _ path: String) -> ConfigError {
        .missingKey(file: file, line: n.mark?.line, column: n.mark?.column, key: key, path: path)
    }

    func pairs(_ n: Node, path: String) throws(ConfigError) -> [(Node, Node)] {
        guard case let .mapping(m) = n else { throw invalid(n, path, "expected a mapping (key: value)") }
        return m.map { ($0.key, $0.value) }
    }

    func mapping(_ n: Node, path: String, allowed: [String]) throws(ConfigError) -> [String: Node] {
        var out: [String: Node] = [:]
        for (k, v) in try pairs(n, path: path) {
            let key = try string(k, path: path)
            guard allowed.contains(key) else {
                throw .unknownKey(file: file, line: k.mark?.line, column: k.mark?.column, key: key, path: path, expected: allowed)
            }
            out[key] = v
        }
        return out
    }

    func sequence(_ n: Node, path: String) throws(ConfigError) -> [Node] {
        guard case let .sequence(s) = n else { throw invalid(n, path, "expected a list") }
        return Array(s)
    }

    func string(_ n: Node, path: String) throws(ConfigError) -> String {
        guard case let .scalar(s) = n else { throw invalid(n, path, "expected a text value") }
        return s.string
    }

    func double(_ n: Node, path: String) throws(ConfigError) -> Double {
        guard let s = try? string(n, path: path), let v = Double(s) else { throw invalid(n, path, "expected a number") }
        return v
    }

    func bool(_ n: Node, path: String) throws(ConfigError) -> Bool {
        let s = try string(n, path: path).lowercased()
        switch s {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw invalid(n, path, "expected true or false, not '\(s)'")
        }
    }

    func label(_ n: Node, path: String) throws(ConfigError) -> SensitivityLabel {
        let s = try string(n, path: path)
        guard let l = SensitivityLabel(name: s) else {
            throw invalid(n, path, "'\(s)' is not a label (public, internal, confidential, restricted)")
        }
        return l
    }

    func types(_ n: Node, path: String) throws(ConfigError) -> [EntityType] {
        try sequence(n, path: path).map { (item: Node) throws(ConfigError) -> EntityType in
            let s = try string(item, path: path)
            guard LabelMapping.isValidKey(s), !s.hasSuffix("*") else { throw invalid(item, path, "'\(s)' is not a type name") }
            try known(s, item, path)
            return EntityType(s)
        }
    }

    /// A misspelt type name would silently disable or mislabel a detector (fail open): only the
    /// types Portcullis can report are accepted, with the nearest one suggested.
    func known(_ s: String, _ n: Node, _ path: String) throws(ConfigError) {
        let all = KnownTypes.names
        guard !all.contains(s) else { return }
        let hint = KnownTypes.nearest(to: s).map { " (did you mean \($0)?)" } ?? ""
        throw invalid(n, path, "'\(s)' is not a type Portcullis reports\(hint)")
    }
}

extension ConfigReader {
    /// Parses YAML text into a node tree (nil for an empty document), mapping syntax errors to
    /// `ConfigError.syntax` with their line and column.
    static func compose(_ yaml: String, file: String) throws(ConfigError) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let e as YamlError {
            throw syntaxError(e, file: file)
        } catch {
            throw .syntax(file: file, line: nil, column: nil, message: "\(error)")
        }
    }

    func int(_ n: Node, path: String, range: ClosedRange<Int>) throws(ConfigError) -> Int {
        guard let s = try? string(n, path: path), let v = Int(s) else { throw invalid(n, path, "expected a whole number") }
        guard range.contains(v) else { throw invalid(n, path, "must be between \(range.lowerBound) and \(range.upperBound), not \(v)") }
        return v
    }

    /// A list of texts; a single text is accepted as a list of one.
    func strings(_ n: Node, path: String) throws(ConfigError) -> [String] {
        if case .scalar = n { return [try string(n, path: path)] }
        var out: [String] = []
        for item in try sequence(n, path: path) { out.append(try string(item, path: path)) }
        return out
    }

    /// A required key of a mapping.
    func required(_ m: [String: Node], _ key: String, in n: Node, path: String) throws(ConfigError) -> Node {
        guard let v = m[key] else { throw missing(n, key, path) }
        return v
    }

    /// A `labels:` mapping of type names or patterns to labels (shared by the classification
    /// config and policies); exact names must be types Portcullis reports.
    func labelOverrides(_ n: Node, path: String) throws(ConfigError) -> [String: SensitivityLabel] {
        var overrides: [String: SensitivityLabel] = [:]
        for (k, v) in try pairs(n, path: path) {
            let key = try string(k, path: path)
            guard LabelMapping.isValidKey(key) else {
                throw invalid(k, path, "'\(key)' is not a type name or pattern (TYPE, prefix*, secret.*, pii.*, *)")
            }
            if !key.hasSuffix("*") { try known(key, k, path) }
            overrides[key] = try label(v, path: "\(path).\(key)")
        }
        return overrides
    }
}
