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

/// The errors of a classification configuration are the shared configuration errors.
public typealias ClassificationConfigError = ConfigError
