import PortcullisCore

/// One finding as reported: where it is (code point offsets, 1-based lines and columns in code
/// points) and its value masked. The raw value never leaves the scanner.
struct ReportedFinding: Codable {
    var type: String
    var label: SensitivityLabel
    var score: Double
    /// Code point offsets in the input (end exclusive).
    var start: Int
    var end: Int
    var line: Int
    /// 1-based code point column; nil where there is no line text (JSONL dataset fields).
    var column: Int?
    var endLine: Int
    /// The column just after the last character (SARIF's convention).
    var endColumn: Int?
    /// The JSONL field or CSV column the value sits in.
    var field: String?
    var detail: String?
    var masked: String
}

/// Per-column (CSV) or per-field (JSONL) classification of a dataset.
struct ColumnReport: Codable {
    var name: String
    var findings: Int
    var types: [String: Int]
    var label: SensitivityLabel
}

/// Everything found in one input.
struct InputReport: Codable {
    var input: String
    var format: String
    var label: SensitivityLabel
    var bytes: Int
    var findings: [ReportedFinding]
    var rows: Int?
    var columns: [ColumnReport]?
}

/// A problem with an input: it was reported on stderr and the scan went on.
struct ScanProblem: Codable {
    var input: String
    var line: Int?
    var message: String

    var text: String { line.map { "\(input):\($0): \(message)" } ?? "\(input): \(message)" }
}

/// The whole scan.
struct ScanReport: Codable {
    var label: SensitivityLabel = .public
    var inputs: [InputReport] = []
    var problems: [ScanProblem] = []
    var skippedBinaryFiles = 0
    var skippedFolders = 0

    var findingCount: Int { inputs.reduce(0) { $0 + $1.findings.count } }
}

/// Column statistics collected while scanning a dataset.
struct ColumnTally {
    var order: [String] = []
    var counts: [String: [String: Int]] = [:]
    var labels: [String: SensitivityLabel] = [:]

    mutating func declare(_ name: String) {
        if counts[name] == nil {
            counts[name] = [:]
            order.append(name)
        }
    }

    mutating func add(_ name: String, type: String, label: SensitivityLabel) {
        declare(name)
        counts[name, default: [:]][type, default: 0] += 1
        labels[name] = max(labels[name] ?? .public, label)
    }

    var reports: [ColumnReport] {
        order.map { n in
            let t = counts[n] ?? [:]
            return ColumnReport(name: n, findings: t.values.reduce(0, +), types: t, label: labels[n] ?? .public)
        }
    }
}
