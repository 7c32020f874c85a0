/// What a sample of one column (or JSONL field) holds: how many values, which entity types were
/// found, and how often one type covers a whole value (a column of names, of e-mails).
public struct ColumnProfile: Sendable {
    public var name: String
    public var values = 0
    public var nonEmpty = 0
    /// Findings per type.
    public var types: [EntityType: Int] = [:]
    /// Values that are, almost entirely, one finding of this type.
    public var wholeValue: [EntityType: Int] = [:]
    public var label: SensitivityLabel = .public

    public init(name: String) { self.name = name }

    /// Records one value and its labelled findings.
    public mutating func add(_ value: String, _ findings: [LabelledFinding]) {
        values += 1
        let length = value.unicodeScalars.count
        guard value.contains(where: { !$0.isWhitespace }) else { return }
        nonEmpty += 1
        for f in findings {
            types[f.finding.type, default: 0] += 1
            label = max(label, f.label)
            if (f.finding.end - f.finding.start) * 10 >= length * 8 { wholeValue[f.finding.type, default: 0] += 1 }
        }
    }

    /// The type that makes up whole values in at least half the non-empty values: the column
    /// holds that kind of data, so every value in it is treated as one (a name the detectors miss
    /// in row 9000 is still replaced).
    public var dominantType: EntityType? {
        guard nonEmpty > 0, let best = wholeValue.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              best.value * 2 >= nonEmpty else { return nil }
        return best.key
    }
}
