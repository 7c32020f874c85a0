/// A pattern over finding types: an exact type (`US_SSN`), a prefix (`aws-*`), a family
/// (`secret.*` for every credential type, `threat.*` for prompt injection and jailbreaks,
/// `pii.*` for every other type) or `*`.
public struct TypePattern: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case exact, prefix, secrets, threats, pii, any }
    public let kind: Kind
    /// The type name, or the prefix without `*`.
    public let text: String

    /// Parses a pattern; nil when `s` is not one (see `LabelMapping.isValidKey`).
    public init?(_ s: String) {
        guard LabelMapping.isValidKey(s) else { return nil }
        switch s {
        case "*": kind = .any; text = ""
        case LabelMapping.secretFamily: kind = .secrets; text = ""
        case LabelMapping.piiFamily: kind = .pii; text = ""
        case LabelMapping.threatFamily: kind = .threats; text = ""
        default:
            if s.hasSuffix("*") { kind = .prefix; text = String(s.dropLast()) } else { kind = .exact; text = s }
        }
    }

    public func matches(_ type: EntityType) -> Bool {
        switch kind {
        case .exact: type.rawValue == text
        case .prefix: type.rawValue.hasPrefix(text)
        case .secrets: type.isSecret
        case .threats: type.isThreat
        case .pii: !type.isSecret && !type.isThreat
        case .any: true
        }
    }

    public var description: String {
        switch kind {
        case .exact: text
        case .prefix: text + "*"
        case .secrets: LabelMapping.secretFamily
        case .pii: LabelMapping.piiFamily
        case .threats: LabelMapping.threatFamily
        case .any: "*"
        }
    }
}

/// A name or a glob with `*` anywhere (`gpt-*`, `*-mini`, `*`), for model names.
public struct NamePattern: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let parts: [Substring]

    public init(_ pattern: String) {
        self.pattern = pattern
        parts = pattern.split(separator: "*", omittingEmptySubsequences: false)
    }

    /// Whether `name` matches (case-sensitive; `*` matches any run of characters).
    public func matches(_ name: String) -> Bool {
        guard parts.count > 1 else { return name == pattern }
        var rest = Substring(name)
        guard rest.hasPrefix(parts[0]) else { return false }
        rest = rest.dropFirst(parts[0].count)
        for part in parts[1..<(parts.count - 1)] where !part.isEmpty {
            guard let r = rest.range(of: part) else { return false }
            rest = rest[r.upperBound...]
        }
        return rest.hasSuffix(parts[parts.count - 1])
    }

    public var description: String { pattern }
}

extension Substring {
    /// The first range of `needle` (no Foundation).
    fileprivate func range(of needle: Substring) -> Range<Index>? {
        guard !needle.isEmpty else { return startIndex..<startIndex }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(needle) { return i..<index(i, offsetBy: needle.count) }
            i = index(after: i)
        }
        return nil
    }
}
