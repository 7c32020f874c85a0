/// How sensitive a piece of data is, from `public` (anyone may see it) to `restricted` (a leak
/// causes serious harm: credentials, government identifiers, financial accounts, health data).
///
/// Labels are ordered, so a text's label is simply the highest label of anything found in it, and a
/// threshold such as `--fail-on confidential` means "confidential or restricted".
public enum SensitivityLabel: String, CaseIterable, Comparable, Sendable, Codable, CustomStringConvertible {
    case `public`
    case `internal`
    case confidential
    case restricted

    private var rank: Int {
        switch self {
        case .public: 0
        case .internal: 1
        case .confidential: 2
        case .restricted: 3
        }
    }

    public static func < (a: SensitivityLabel, b: SensitivityLabel) -> Bool { a.rank < b.rank }

    public var description: String { rawValue }

    /// Parses a label name, ignoring case and surrounding white space (`Confidential`, ` restricted`).
    public init?(name: String) {
        let n = name.trimmingWhitespace().lowercased()
        self.init(rawValue: n)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
