import PortcullisCore

/// Every text of a chat request a vendor would see — message content (plain or in text parts),
/// tool-call arguments and tool results — with where it sits, so the transformed texts can be put back.
struct ChatTexts {
    enum Place: Equatable {
        case content(message: Int)
        case part(message: Int, part: Int)
        case toolArguments(message: Int, call: Int)
    }

    var places: [Place] = []
    var texts: [String] = []

    /// Collects the texts of `messages` (an OpenAI `messages` array).
    init(messages: [JSONValue]) {
        for (m, msg) in messages.enumerated() {
            switch msg["content"] {
            case .string(let s)?: add(.content(message: m), s)
            case .array(let parts)?:
                for (p, part) in parts.enumerated() {
                    if let t = part["text"]?.stringValue { add(.part(message: m, part: p), t) }
                }
            default: break
            }
            for (c, call) in (msg["tool_calls"]?.arrayValue ?? []).enumerated() {
                if let args = call["function"]?["arguments"]?.stringValue { add(.toolArguments(message: m, call: c), args) }
            }
        }
    }

    private mutating func add(_ place: Place, _ text: String) {
        places.append(place)
        texts.append(text)
    }

    /// `messages` with each text replaced by `replacements[i]`.
    func apply(_ replacements: [String], to messages: [JSONValue]) -> [JSONValue] {
        var out = messages
        for (place, text) in zip(places, replacements) {
            switch place {
            case .content(let m):
                out[m] = out[m].setting("content", .string(text))
            case .part(let m, let p):
                guard var parts = out[m]["content"]?.arrayValue else { continue }
                parts[p] = parts[p].setting("text", .string(text))
                out[m] = out[m].setting("content", .array(parts))
            case .toolArguments(let m, let c):
                guard var calls = out[m]["tool_calls"]?.arrayValue, let fn = calls[c]["function"] else { continue }
                calls[c] = calls[c].setting("function", fn.setting("arguments", .string(text)))
                out[m] = out[m].setting("tool_calls", .array(calls))
            }
        }
        return out
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
