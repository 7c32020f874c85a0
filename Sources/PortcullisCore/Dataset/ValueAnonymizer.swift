/// Anonymises single values (a CSV cell, a JSONL string, a text window) under one key: scans
/// them, then replaces what is found according to a `ColumnAction`. Stateless and `Sendable`:
/// the same key, value and action always give the same output, so runs are reproducible and no
/// per-value table grows with the input.
public struct ValueAnonymizer: Sendable {
    public let classifier: SensitivityClassifier
    private let tags: Redactor
    private let pseudonyms: Redactor
    private let synthesizer: SyntheticGenerator

    public init(key: TransformKey, classifier: SensitivityClassifier = SensitivityClassifier()) {
        self.classifier = classifier
        tags = Redactor(style: .typeTag, key: key)
        // 64-bit pseudonyms: a dataset of millions of people must not merge two of them (32 bits
        // collide from about 65 000 distinct values on).
        pseudonyms = Redactor(style: .hash, key: key, hashLength: 16)
        synthesizer = SyntheticGenerator(key: key)
    }

    /// The labelled findings of `value`.
    public func classify(_ value: String) -> [LabelledFinding] { classifier.classify(value).findings }

    /// `value` anonymised by `action`; `dominant` is the column's type (whole values of it are
    /// replaced even when the detectors find nothing). Returns the new value and what was found.
    public func anonymize(_ value: String, action: ColumnAction, dominant: EntityType? = nil) -> (String, [LabelledFinding]) {
        switch action {
        case .keep: return (value, [])
        case .drop: return ("", [])
        case .auto, .redact, .pseudonymize, .synthesize: return anonymize(value, found: classify(value), action: action, dominant: dominant)
        }
    }

    /// The same with findings already computed (code point offsets into `value`), for callers that
    /// scan a whole row at once so each cell keeps its column header and neighbours as context.
    public func anonymize(_ value: String, found: [LabelledFinding], action: ColumnAction, dominant: EntityType? = nil) -> (String, [LabelledFinding]) {
        switch action {
        case .keep: return (value, [])
        case .drop: return ("", [])
        case .auto, .redact, .pseudonymize, .synthesize: break
        }
        let length = value.unicodeScalars.count
        // The common case in a dataset column: one finding that is the whole value.
        if found.count == 1, found[0].finding.start == 0, found[0].finding.end >= length {
            return (replace(value, type: found[0].finding.type, label: found[0].label, action: action), found)
        }
        if let dominant, value.contains(where: { !$0.isWhitespace }),
           !found.contains(where: { ($0.finding.end - $0.finding.start) * 10 >= length * 8 }) {
            let label = classifier.mapping.label(for: dominant)
            return (replace(value, type: dominant, label: label, action: action,
                            avoiding: Set(found.map { f in substring(value, f.finding.start, f.finding.end) })), found)
        }
        guard !found.isEmpty else { return (value, []) }
        // Replace from the end so earlier offsets stay valid.
        var scalars = Array(value.unicodeScalars)
        let spans = found.map { f -> (LabelledFinding, Int, Int) in
            (f, min(f.finding.start, scalars.count), min(f.finding.end, scalars.count))
        }
        let originals = Set(spans.map { String(String.UnicodeScalarView(scalars[$0.1..<max($0.1, $0.2)])) })
        for (f, s, e) in spans.sorted(by: { $0.1 > $1.1 }) where s < e {
            let original = String(String.UnicodeScalarView(scalars[s..<e]))
            let new = replace(original, type: f.finding.type, label: f.label, action: action, avoiding: originals)
            scalars.replaceSubrange(s..<e, with: Array(new.unicodeScalars))
        }
        return (String(String.UnicodeScalarView(scalars)), found)
    }

    /// One found value replaced. `auto` decides by label: public stays; credentials get a type
    /// tag (a fake key could still look like a key); everything else a format-preserving fake.
    /// A fake that happens to equal one of `avoiding` (another real value of the same text, such
    /// as a fake city that is the real city named elsewhere in the row) is drawn again.
    public func replace(_ original: String, type: EntityType, label: SensitivityLabel, action: ColumnAction,
                        avoiding: Set<String> = []) -> String {
        let value = replaceOnce(original, type: type, label: label, action: action)
        guard avoiding.contains(value), value != original || label != .public else { return value }
        for salt in 1...8 {
            let again = synthesizer.fake(for: original + String(repeating: "\u{0}", count: salt), type: type)
            if !avoiding.contains(again) && again != original { return again }
        }
        return tags.replacement(for: original, type: type)
    }

    private func replaceOnce(_ original: String, type: EntityType, label: SensitivityLabel, action: ColumnAction) -> String {
        switch action {
        case .keep: return original
        case .drop: return ""
        case .redact: return tags.replacement(for: original, type: type)
        case .pseudonymize: return pseudonyms.replacement(for: original, type: type)
        case .synthesize: return synthesizer.fake(for: original, type: type)
        case .auto:
            if label == .public { return original }
            if type.isSecret || type == .documentMarker || type == .dictionaryTerm { return tags.replacement(for: original, type: type) }
            return synthesizer.fake(for: original, type: type)
        }
    }

    private func substring(_ v: String, _ s: Int, _ e: Int) -> String {
        let scalars = Array(v.unicodeScalars)
        return String(String.UnicodeScalarView(scalars[min(s, scalars.count)..<min(max(s, e), scalars.count)]))
    }
}
