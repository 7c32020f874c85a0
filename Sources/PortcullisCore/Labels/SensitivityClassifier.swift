/// A finding with the sensitivity label it carries.
public struct LabelledFinding: Sendable, Hashable {
    public var finding: Finding
    public var label: SensitivityLabel

    public init(finding: Finding, label: SensitivityLabel) {
        self.finding = finding
        self.label = label
    }
}

/// What a text holds and how sensitive it is: the highest label found (`public` when nothing is).
public struct Classification: Sendable {
    public var findings: [LabelledFinding]
    public var label: SensitivityLabel

    public init(findings: [LabelledFinding]) {
        self.findings = findings
        label = findings.map(\.label).max() ?? .public
    }
}

/// Scans a text for PII, credentials, document markers and organisation terms in one engine run
/// and labels each finding and the text.
public struct SensitivityClassifier: Sendable {
    /// The engine, with the marker and dictionary detectors added to its detectors.
    public var engine: ScanEngine
    public let mapping: LabelMapping
    private let markerLabels: [String: SensitivityLabel]
    private let dictionaryLabels: [String: SensitivityLabel]

    public init(engine: ScanEngine = ScanEngine(), mapping: LabelMapping = LabelMapping(),
                markers: [DocumentMarker] = DocumentMarker.builtIn, dictionaries: [OrganisationDictionary] = []) {
        var engine = engine
        let markerDetector = DocumentMarkerDetector(markers: markers)
        if !markerDetector.markers.isEmpty { engine.detectors.append(markerDetector) }
        if dictionaries.contains(where: { !$0.terms.isEmpty }) {
            engine.detectors.append(DictionaryDetector(dictionaries: dictionaries))
        }
        self.engine = engine
        self.mapping = mapping
        markerLabels = Dictionary(markerDetector.markers.map { ($0.text, $0.label) }, uniquingKeysWith: { _, b in b })
        dictionaryLabels = Dictionary(dictionaries.map { ($0.name, $0.label) }, uniquingKeysWith: { a, b in max(a, b) })
    }

    /// A classifier configured by a `ClassificationConfig` (usually loaded from YAML).
    public init(config: ClassificationConfig, detectors: [any Detector] = DetectorRegistry.standard()) {
        self.init(engine: ScanEngine(detectors: detectors, minimumScore: config.minimumScore,
                                     enabledTypes: config.effectiveEnabledTypes(available: detectors)),
                  mapping: config.labels, markers: config.markers, dictionaries: config.dictionaries)
    }

    /// The label of one finding: a marker's or dictionary's own label, otherwise the mapping's.
    public func label(for f: Finding) -> SensitivityLabel {
        if f.type == .documentMarker, let d = f.detail, let l = markerLabels[d] { return l }
        if f.type == .dictionaryTerm, let d = f.detail, let l = dictionaryLabels[d] { return l }
        return mapping.label(for: f.type)
    }

    public func classify(_ text: String) -> Classification {
        var text = text
        return text.withUTF8 { classify(utf8: $0) }
    }

    /// Classifies UTF-8 bytes (valid UTF-8, at most `ScanEngine.maxTextBytes`).
    public func classify(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Classification {
        Classification(findings: engine.scan(utf8: bytes).map { LabelledFinding(finding: $0, label: label(for: $0)) })
    }
}
