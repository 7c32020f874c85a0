/// Why a configuration file (classification settings, a policy, test cases) could not be used;
/// messages name the file, line and column.
public enum ConfigError: Error, CustomStringConvertible, Equatable {
    /// The YAML itself does not parse.
    case syntax(file: String, line: Int?, column: Int?, message: String)
    /// A key the configuration does not know (often a typo).
    case unknownKey(file: String, line: Int?, column: Int?, key: String, path: String, expected: [String])
    /// A value of the wrong kind or out of range.
    case invalidValue(file: String, line: Int?, column: Int?, path: String, message: String)
    /// A required key is absent.
    case missingKey(file: String, line: Int?, column: Int?, key: String, path: String)
    /// A dictionary's term file could not be read.
    case unreadableTermFile(file: String, line: Int?, column: Int?, path: String, reason: String)

    public var description: String {
        func at(_ f: String, _ l: Int?, _ c: Int?) -> String {
            var s = f
            if let l { s += ":\(l)" }
            if let c { s += ":\(c)" }
            return s
        }
        switch self {
        case let .syntax(f, l, c, m):
            return "\(at(f, l, c)): invalid YAML: \(m)"
        case let .unknownKey(f, l, c, key, path, expected):
            return "\(at(f, l, c)): unknown key '\(key)' in \(path) (expected one of: \(expected.joined(separator: ", ")))"
        case let .invalidValue(f, l, c, path, m):
            return "\(at(f, l, c)): \(path): \(m)"
        case let .missingKey(f, l, c, key, path):
            return "\(at(f, l, c)): \(path) is missing the required key '\(key)'"
        case let .unreadableTermFile(f, l, c, path, reason):
            return "\(at(f, l, c)): cannot read term file '\(path)': \(reason)"
        }
    }
}
