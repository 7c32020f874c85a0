/// One prompt of a red-team suite: an attack to be stopped, or a benign prompt that must pass.
///
/// A case is a `prompt` (one user message, with an optional `system` prompt) or a whole chat
/// (`messages`, OpenAI-shaped: tool results and pasted documents carry indirect injections).
public struct RedteamCase: Sendable, Equatable {
    /// Unique within a run (`inj-001`).
    public var id: String
    /// `injection`, `jailbreak`, `pii-exfiltration`, `credential-leakage`, `harmful`, `encoding`,
    /// `multilingual`, `benign`, or a category of the user's own.
    public var category: String
    /// A finer tag (`base64`, `indirect-tool`, `persona`), for the report.
    public var technique: String
    /// ISO 639-1 language code.
    public var lang: String
    /// The chat the gateway is sent (the system prompt first, when one is given).
    public var messages: [JSONValue]
    /// The model asked for; nil for the run's model.
    public var model: String?
    /// Offline runs only: what the simulated vendor does (the mock provider's upstream language:
    /// `echo`, `leak-system`, `script:TEXT`); nil for `echo`.
    public var mock: String?
    /// Where the case was read (`file:line`), for messages.
    public var source: String

    /// Whether this prompt must pass (not an attack).
    public var isBenign: Bool { category == RedteamCategory.benign }

    public init(id: String, category: String, technique: String = "", lang: String = "en", messages: [JSONValue],
                model: String? = nil, mock: String? = nil, source: String = "") {
        self.id = id
        self.category = category
        self.technique = technique
        self.lang = lang
        self.messages = messages
        self.model = model
        self.mock = mock
        self.source = source
    }

    /// A single-prompt case (with an optional system prompt).
    public init(id: String, category: String, prompt: String, system: String? = nil, technique: String = "", lang: String = "en") {
        var messages: [JSONValue] = []
        if let system { messages.append(.object(["role": .string("system"), "content": .string(system)])) }
        messages.append(.object(["role": .string("user"), "content": .string(prompt)]))
        self.init(id: id, category: category, technique: technique, lang: lang, messages: messages)
    }

    /// Every text of the chat, joined (for excerpts and masking in reports).
    public var text: String {
        messages.compactMap { m -> String? in
            switch m["content"] {
            case .string(let s)?: return s
            case .array(let parts)?: return parts.compactMap { $0["text"]?.stringValue }.joined(separator: "\n")
            default: return nil
            }
        }.joined(separator: "\n")
    }
}

/// The categories the report lists first, in this order; others follow by name.
public enum RedteamCategory {
    public static let benign = "benign"
    public static let known = ["injection", "jailbreak", "pii-exfiltration", "credential-leakage", "harmful", "encoding",
                               "multilingual", benign]
    /// Categories where the data not reaching the vendor as it was (redacted, pseudonymised) is a stop.
    public static let dataCategories: Set<String> = ["pii-exfiltration", "credential-leakage"]

    /// `categories` in report order.
    public static func ordered(_ categories: some Sequence<String>) -> [String] {
        let set = Set(categories)
        return known.filter(set.contains) + set.subtracting(known).sorted()
    }
}
