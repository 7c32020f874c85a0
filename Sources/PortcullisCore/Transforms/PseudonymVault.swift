/// The placeholders given out while one request was pseudonymised, and the values behind them.
///
/// A value type: a vault belongs to one request, which threads it through its messages with
/// `inout` and hands a copy to whatever restores the answer. Value semantics make it `Sendable`
/// without a lock and make it impossible for two requests to share one by accident; a request
/// never needs to see another stage's later additions, because restoration starts only after
/// every message has been pseudonymised.
public struct PseudonymVault: Sendable, Hashable, Codable {
    private struct Key: Hashable, Codable {
        var type: EntityType
        var value: String
    }

    private var placeholders: [Key: String] = [:]
    /// Placeholder → original value.
    public private(set) var values: [String: String] = [:]
    private var counters: [EntityType: Int] = [:]
    /// Placeholder-shaped text seen in the input, never handed out, so an answer that repeats it
    /// is not mistaken for a pseudonym.
    private var reserved: Set<String> = []

    /// An empty vault, for one request.
    public init() {}

    /// Number of placeholders handed out.
    public var count: Int { values.count }
    /// Whether no placeholder has been handed out.
    public var isEmpty: Bool { values.isEmpty }

    /// The original value behind `placeholder`, if this vault handed it out.
    public func value(for placeholder: String) -> String? { values[placeholder] }

    /// The placeholder already given to `value` of `type`, if any.
    public func placeholder(for value: String, type: EntityType) -> String? {
        placeholders[Key(type: type, value: value)]
    }

    /// The placeholder for `value` of `type`: the one it already has, else the next free number
    /// for the type (`<PERSON_1>`, `<PERSON_2>` …), skipping numbers reserved by the input.
    public mutating func assign(_ value: String, type: EntityType) -> String {
        let key = Key(type: type, value: value)
        if let p = placeholders[key] { return p }
        var n = counters[type, default: 0]
        var p: String
        repeat {
            n += 1
            p = PlaceholderSyntax.format(type, n)
        } while reserved.contains(p) || values[p] != nil
        counters[type] = n
        placeholders[key] = p
        values[p] = value
        return p
    }

    /// Marks every placeholder-shaped literal in `text` as taken, so no value is given it later.
    ///
    /// Pseudonymising does this for each text it is given; call it for all the messages of a
    /// request first when the messages are pseudonymised one at a time.
    public mutating func reserveLiterals(in text: String) {
        let bytes = Array(text.utf8)
        for literal in PlaceholderSyntax.literals(in: bytes) {
            let p = String(decoding: bytes[literal.range], as: UTF8.self)
            if values[p] == nil { reserved.insert(p) }
        }
    }

    /// `text` with every placeholder of this vault replaced by its value; other text, unknown
    /// placeholders (`<PERSON_99>`) included, is left as it is.
    public func restore(_ text: String) -> String {
        guard !values.isEmpty else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        PlaceholderTable(values).restore(Array(text.utf8)[...], into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Reserves the literals in `bytes` and returns, as spans to pseudonymise, those that are
    /// already placeholders of this vault: such a literal is given a placeholder of its own, so
    /// restoring brings back the literal and not the value that placeholder stands for.
    mutating func prepare(_ bytes: [UInt8]) -> [TextSpan] {
        var collisions: [TextSpan] = []
        for literal in PlaceholderSyntax.literals(in: bytes) {
            let p = String(decoding: bytes[literal.range], as: UTF8.self)
            if values[p] != nil {
                collisions.append(TextSpan(type: literal.type, range: literal.range))
            } else {
                reserved.insert(p)
            }
        }
        return collisions
    }
}
