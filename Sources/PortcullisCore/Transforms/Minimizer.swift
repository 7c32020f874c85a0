/// Data minimisation for a chat request body: drop fields the vendor does not need, send only the
/// recent part of a conversation, and cap the length of each message (GDPR Art. 5(1)(c)).
public struct Minimizer: Sendable {
    /// Dotted paths of members to remove (`user`, `metadata.user_email`); a path that reaches an
    /// array applies to each element (`messages.name` removes `name` from every message).
    public var strippedFields: [String]
    /// How many messages of `messages` to keep, counted from the end; the system (and developer)
    /// messages at the start are always kept on top, because they carry the instructions.
    public var keepLastMessages: Int?
    /// Largest size in UTF-8 bytes of a message's text; longer text is cut at a scalar boundary.
    public var maxMessageBytes: Int?

    /// A minimiser; with the defaults it changes nothing.
    public init(strippedFields: [String] = [], keepLastMessages: Int? = nil, maxMessageBytes: Int? = nil) {
        self.strippedFields = strippedFields
        self.keepLastMessages = keepLastMessages
        self.maxMessageBytes = maxMessageBytes
    }

    /// The minimised body.
    public func minimize(_ body: JSONValue) -> JSONValue {
        var body = body
        for path in strippedFields {
            body = Self.removing(path.split(separator: ".").map(String.init)[...], from: body)
        }
        guard case .object(var object) = body, case .array(var messages)? = object["messages"] else { return body }
        if let n = keepLastMessages {
            let leading = messages.prefix { ["system", "developer"].contains($0["role"]?.stringValue ?? "") }
            let rest = messages.dropFirst(leading.count)
            messages = Array(leading) + rest.suffix(max(n, 0))
        }
        if let m = maxMessageBytes {
            messages = messages.map { Self.capping($0, bytes: max(m, 0)) }
        }
        object["messages"] = .array(messages)
        return .object(object)
    }

    private static func removing(_ path: ArraySlice<String>, from value: JSONValue) -> JSONValue {
        guard let first = path.first else { return value }
        switch value {
        case .object(var o):
            if path.count == 1 {
                o[first] = nil
            } else if let child = o[first] {
                o[first] = removing(path.dropFirst(), from: child)
            }
            return .object(o)
        case .array(let a):
            return .array(a.map { removing(path, from: $0) })
        default:
            return value
        }
    }

    /// Caps a message's `content`: a string, or an array of parts whose `text` members share the
    /// budget in order (the OpenAI and Anthropic multi-part forms).
    private static func capping(_ message: JSONValue, bytes budget: Int) -> JSONValue {
        guard case .object(var o) = message, let content = o["content"] else { return message }
        var left = budget
        switch content {
        case .string(let s):
            o["content"] = .string(cut(s, &left))
        case .array(let parts):
            o["content"] = .array(parts.map { part in
                guard case .object(var p) = part, let text = p["text"]?.stringValue else { return part }
                p["text"] = .string(cut(text, &left))
                return .object(p)
            })
        default:
            return message
        }
        return .object(o)
    }

    /// The longest prefix of `s` of at most `left` bytes that ends on a scalar boundary.
    private static func cut(_ s: String, _ left: inout Int) -> String {
        let utf8 = Array(s.utf8)
        var n = min(left, utf8.count)
        while n > 0 && n < utf8.count && utf8[n] & 0xC0 == 0x80 { n -= 1 }
        left -= n
        return String(decoding: utf8[..<n], as: UTF8.self)
    }
}
