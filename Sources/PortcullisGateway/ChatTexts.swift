import PortcullisCore

/// Every text of a request a vendor would see, wherever it sits — message content (plain or in
/// text parts), names, tool-call arguments, tool results, and also tool definitions, response
/// formats, `user` and `metadata` — with its path, so the transformed texts can be put back.
/// Other gateways inspect only message text; a credential in a tool's description reaches the
/// vendor there. Skipped: the routing `model` and structural members (`role`, `type`, ids).
struct ChatTexts {
    enum Step: Equatable { case key(String), index(Int) }

    /// Members whose strings are structure, not content.
    static let structural: Set<String> = ["role", "type", "id", "tool_call_id", "tool_use_id", "finish_reason", "object"]

    var paths: [[Step]] = []
    var texts: [String] = []

    /// Collects the texts of a request body (the model name and structural members left out).
    init(body: JSONValue) {
        var path: [Step] = []
        if case .object(let o) = body {
            for (k, v) in o where k != "model" { path.append(.key(k)); walk(v, &path); path.removeLast() }
        }
    }

    private mutating func walk(_ v: JSONValue, _ path: inout [Step]) {
        switch v {
        case .string(let s) where !s.isEmpty:
            paths.append(path)
            texts.append(s)
        case .array(let a):
            for (i, e) in a.enumerated() { path.append(.index(i)); walk(e, &path); path.removeLast() }
        case .object(let o):
            for (k, e) in o where !Self.structural.contains(k) { path.append(.key(k)); walk(e, &path); path.removeLast() }
        default: break
        }
    }

    /// `body` with each text replaced by `replacements[i]` (unchanged texts are not rewritten).
    func apply(_ replacements: [String], to body: JSONValue) -> JSONValue {
        var out = body
        for (k, (path, text)) in zip(paths, replacements).enumerated() where text != texts[k] {
            out = Self.setting(path[...], .string(text), in: out)
        }
        return out
    }

    static func setting(_ path: ArraySlice<Step>, _ value: JSONValue, in v: JSONValue) -> JSONValue {
        guard let step = path.first else { return value }
        switch (step, v) {
        case (.key(let k), .object(var o)):
            guard let child = o[k] else { return v }
            o[k] = setting(path.dropFirst(), value, in: child)
            return .object(o)
        case (.index(let i), .array(var a)) where a.indices.contains(i):
            a[i] = setting(path.dropFirst(), value, in: a[i])
            return .array(a)
        default:
            return v
        }
    }
}

extension JSONValue {
    /// This object with member `key` set (unchanged if not an object).
    func setting(_ key: String, _ value: JSONValue) -> JSONValue {
        guard case .object(var o) = self else { return self }
        o[key] = value
        return .object(o)
    }

    /// The text of a message's content: the string, or its text parts joined.
    public var contentText: String {
        switch self["content"] {
        case .string(let s)?: return s
        case .array(let parts)?: return parts.compactMap { $0["text"]?.stringValue }.joined(separator: "\n")
        default: return ""
        }
    }
}
