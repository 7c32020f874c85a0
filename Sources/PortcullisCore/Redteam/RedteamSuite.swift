import Yams

/// A named list of red-team cases, read from JSONL (one case a line) or YAML (a list of cases,
/// or `cases:` holding one).
///
/// A case's keys: `id`, `category`, `technique`, `lang`, then `prompt` (with an optional
/// `system`) or `messages` (an OpenAI chat), and optionally `model` and `mock`. Evaluation sets
/// shaped `{"id", "text", "label": "attack"|"benign"}` read as they are: `text` is the prompt and
/// `label` gives the category (`attack` or `benign`) when `category` is absent.
public struct RedteamSuite: Sendable {
    public var name: String
    public var cases: [RedteamCase]

    public init(name: String, cases: [RedteamCase]) {
        self.name = name
        self.cases = cases
    }

    /// Why a suite could not be read: every bad case, each naming its file and line.
    public struct ReadError: Error, CustomStringConvertible {
        public var problems: [String]
        public var description: String {
            let shown = problems.prefix(10).joined(separator: "\n")
            return problems.count > 10 ? shown + "\n… and \(problems.count - 10) more" : shown
        }
    }

    static let keys: Set<String> = ["id", "category", "technique", "lang", "prompt", "text", "system", "messages", "model", "mock", "label"]
    /// Keys datasets carry that a case does not use.
    static let ignored: Set<String> = ["source", "notes", "tags", "meta", "reference"]

    /// Reads `text` as JSONL when `file` ends in `.jsonl` or `.json`, as YAML otherwise.
    public static func parse(_ text: String, file: String, name: String? = nil) throws(ReadError) -> RedteamSuite {
        let suiteName = name ?? Self.baseName(file)
        let lower = file.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") || lower.hasSuffix(".ndjson") {
            return RedteamSuite(name: suiteName, cases: try jsonl(text, file: file))
        }
        return RedteamSuite(name: suiteName, cases: try yaml(text, file: file))
    }

    static func baseName(_ path: String) -> String {
        var base = path.split(separator: "/").last.map(String.init) ?? path
        for ext in [".jsonl", ".ndjson", ".json", ".yaml", ".yml"] where base.lowercased().hasSuffix(ext) {
            base.removeLast(ext.count)
            break
        }
        return base
    }

    static func jsonl(_ text: String, file: String) throws(ReadError) -> [RedteamCase] {
        var cases: [RedteamCase] = []
        var problems: [String] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            if trimmed.isEmpty || trimmed.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            let at = "\(file):\(lineNumber)"
            do {
                let json = try JSONValue.parse(String(trimmed), maxDepth: 64)
                cases.append(try make(json, at: at, index: cases.count))
            } catch let e as JSONValue.ParseError {
                problems.append("\(at): not valid JSON: \(e)")
            } catch {
                problems.append("\(at): \(error)")
            }
        }
        try check(cases, problems: problems, file: file)
        return cases
    }

    static func yaml(_ text: String, file: String) throws(ReadError) -> [RedteamCase] {
        let root: Node?
        do {
            root = try ConfigReader.compose(text, file: file)
        } catch {
            throw ReadError(problems: [error.description])
        }
        guard let root else { throw ReadError(problems: ["\(file): the file holds no cases"]) }
        var list: Node = root
        if case .mapping(let m) = root {
            guard m.count == 1, let cases = m["cases"] else {
                throw ReadError(problems: ["\(file):\(root.mark?.line ?? 1): expected a list of cases, or `cases:` holding one"])
            }
            list = cases
        }
        guard case .sequence(let items) = list else {
            throw ReadError(problems: ["\(file):\(list.mark?.line ?? 1): expected a list of cases"])
        }
        var cases: [RedteamCase] = []
        var problems: [String] = []
        for item in items {
            let at = "\(file):\(item.mark?.line ?? 0)"
            do {
                cases.append(try make(json(item), at: at, index: cases.count))
            } catch {
                problems.append("\(at): \(error)")
            }
        }
        try check(cases, problems: problems, file: file)
        return cases
    }

    /// A YAML tree as JSON: plain scalars that read as null, booleans or numbers become those.
    static func json(_ n: Node) -> JSONValue {
        switch n {
        case .scalar(let s):
            if s.style == .plain {
                switch s.string {
                case "null", "~", "": return .null
                case "true": return .bool(true)
                case "false": return .bool(false)
                default: if let i = Int(s.string) { return .integer(i) }
                }
            }
            return .string(s.string)
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let m): return .object(Dictionary(m.map { (k, v) in (k.string ?? "", json(v)) }, uniquingKeysWith: { a, _ in a }))
        case .alias: return .null
        }
    }

    struct CaseError: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }

    static func make(_ json: JSONValue, at: String, index: Int) throws -> RedteamCase {
        guard case .object(let o) = json else { throw CaseError("a case must be an object") }
        if let unknown = o.keys.filter({ !keys.contains($0) && !ignored.contains($0) }).sorted().first {
            throw CaseError("unknown key '\(unknown)' (a case has: \(keys.sorted().joined(separator: ", ")))")
        }
        func string(_ key: String) throws -> String? {
            switch o[key] {
            case nil, .null?: return nil
            case .string(let s)?: return s
            case .integer(let i)?: return String(i)
            default: throw CaseError("`\(key)` must be a text")
            }
        }
        let id = try string("id") ?? "case-\(index + 1)"
        var category = try string("category")
        if category == nil, let label = try string("label") {
            category = label.lowercased() == "benign" ? RedteamCategory.benign : "attack"
        }
        guard let category, !category.isEmpty else { throw CaseError("case '\(id)' has no `category` (or `label`)") }
        let prompt = try string("prompt") ?? string("text")
        var messages: [JSONValue]
        switch (prompt, o["messages"]) {
        case (let p?, nil):
            messages = [.object(["role": .string("user"), "content": .string(p)])]
        case (nil, .array(let m)?):
            guard !m.isEmpty else { throw CaseError("case '\(id)': `messages` is empty") }
            for (i, message) in m.enumerated() {
                guard case .object = message, message["role"]?.stringValue != nil else {
                    throw CaseError("case '\(id)': messages[\(i)] must be an object with a `role`")
                }
            }
            messages = m
        case (nil, nil): throw CaseError("case '\(id)' has neither `prompt` nor `messages`")
        case (nil, _?): throw CaseError("case '\(id)': `messages` must be a list of chat messages")
        case (_?, _?): throw CaseError("case '\(id)': give `prompt` or `messages`, not both")
        }
        if let system = try string("system") {
            messages.insert(.object(["role": .string("system"), "content": .string(system)]), at: 0)
        }
        return RedteamCase(id: id, category: category, technique: try string("technique") ?? "", lang: try string("lang") ?? "",
                           messages: messages, model: try string("model"), mock: try string("mock"), source: at)
    }

    static func check(_ cases: [RedteamCase], problems: [String], file: String) throws(ReadError) {
        var problems = problems
        var seen: [String: String] = [:]
        for c in cases {
            if let first = seen[c.id] { problems.append("\(c.source): the id '\(c.id)' is used twice (first at \(first))") }
            seen[c.id] = seen[c.id] ?? c.source
        }
        if problems.isEmpty && cases.isEmpty { problems.append("\(file): the file holds no cases") }
        if !problems.isEmpty { throw ReadError(problems: problems) }
    }
}

extension RedteamSuite {
    /// A built-in suite by name (`injection`, `benign` …), nil for an unknown name.
    public static func builtIn(_ name: String) -> RedteamSuite? {
        guard let text = BuiltInRedteamSuites.jsonl(name) else { return nil }
        // The embedded suites are checked by the tests: a failure here is a build mistake.
        return try? parse(text, file: "built-in:\(name).jsonl", name: name)
    }

    /// Every built-in suite, in report order.
    public static var builtInAll: [RedteamSuite] { BuiltInRedteamSuites.names.compactMap(builtIn) }
}
