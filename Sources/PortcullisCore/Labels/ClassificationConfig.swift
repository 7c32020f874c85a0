/// Everything that shapes classification: the label mapping, document markers, organisation
/// dictionaries, the minimum score and which types are reported. Usually loaded from YAML
/// (`ClassificationConfig.load(path:)`, see `examples/classification.yaml`).
public struct ClassificationConfig: Sendable {
    public var labels: LabelMapping
    /// The markers in force: the built-in ones (unless `builtin_markers: false`) then custom ones;
    /// a custom marker with the same text as a built-in one replaces it.
    public var markers: [DocumentMarker]
    public var dictionaries: [OrganisationDictionary]
    public var minimumScore: Double
    /// When set, only these types are reported.
    public var enabledTypes: Set<EntityType>?
    /// Never reported.
    public var disabledTypes: Set<EntityType>

    public init(labels: LabelMapping = LabelMapping(), markers: [DocumentMarker] = DocumentMarker.builtIn,
                dictionaries: [OrganisationDictionary] = [], minimumScore: Double = 0.5,
                enabledTypes: Set<EntityType>? = nil, disabledTypes: Set<EntityType> = []) {
        self.labels = labels
        self.markers = markers
        self.dictionaries = dictionaries
        self.minimumScore = minimumScore
        self.enabledTypes = enabledTypes
        self.disabledTypes = disabledTypes
    }

    /// The engine's type filter: `enabledTypes` minus `disabledTypes`, or every type the detectors
    /// (plus markers and dictionaries) report minus `disabledTypes`, or nil for "everything".
    public func effectiveEnabledTypes(available detectors: [any Detector]) -> Set<EntityType>? {
        if let e = enabledTypes { return e.subtracting(disabledTypes) }
        if disabledTypes.isEmpty { return nil }
        var all = Set(detectors.flatMap(\.entityTypes))
        all.insert(.documentMarker)
        all.insert(.dictionaryTerm)
        return all.subtracting(disabledTypes)
    }
}

/// Why a classification configuration could not be used; messages name the file, line and column.
public enum ClassificationConfigError: Error, CustomStringConvertible, Equatable {
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
