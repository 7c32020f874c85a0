import Foundation
import PortcullisCore

extension ScanOutput {
    /// The default output: per input with findings, one row per finding (masked), then dataset
    /// column reports and a summary line.
    static func writeTable(_ report: ScanReport) {
        var out = ""
        for input in report.inputs where !input.findings.isEmpty || input.columns != nil {
            out += "\(input.input)  label: \(input.label), \(input.findings.count) finding\(input.findings.count == 1 ? "" : "s")\n"
            if !input.findings.isEmpty {
                var rows = [["LOCATION", "TYPE", "LABEL", "SCORE", "VALUE"]]
                for f in input.findings {
                    var loc = "\(f.line)"
                    if let c = f.column { loc += ":\(c)" }
                    if let field = f.field { loc += " [\(field)]" }
                    let type = f.detail.map { "\(f.type) (\($0))" } ?? f.type
                    rows.append([loc, type, f.label.rawValue, String(format: "%.2f", f.score), f.masked])
                }
                out += table(rows, indent: "  ")
            }
            if let cols = input.columns {
                out += "  \(input.format == "csv" ? "columns" : "fields") (\(input.rows ?? 0) rows):\n"
                var rows = [["NAME", "LABEL", "FINDINGS", "TYPES"]]
                for c in cols {
                    let types = c.types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                        .map { "\($0.key)×\($0.value)" }.joined(separator: ", ")
                    rows.append([c.name, c.label.rawValue, "\(c.findings)", types.isEmpty ? "-" : types])
                }
                out += table(rows, indent: "    ")
            }
            out += "\n"
        }
        var byLabel: [SensitivityLabel: Int] = [:]
        for f in report.inputs.flatMap(\.findings) { byLabel[f.label, default: 0] += 1 }
        let counts = SensitivityLabel.allCases.reversed().compactMap { l in byLabel[l].map { "\(l) \($0)" } }
        let withFindings = report.inputs.filter { !$0.findings.isEmpty }.count
        out += "Scanned \(report.inputs.count) input\(report.inputs.count == 1 ? "" : "s")"
        if report.skippedBinaryFiles > 0 { out += " (skipped \(report.skippedBinaryFiles) binary)" }
        out += "; \(report.findingCount) finding\(report.findingCount == 1 ? "" : "s")"
        if !counts.isEmpty { out += " (\(counts.joined(separator: ", ")))" }
        out += " in \(withFindings); label: \(report.label)"
        if !report.problems.isEmpty { out += "; \(report.problems.count) problem\(report.problems.count == 1 ? "" : "s") (see stderr)" }
        out += "\n"
        stdout(out)
    }

    /// Left-aligned columns; the last column is not padded.
    static func table(_ rows: [[String]], indent: String) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for r in rows { for (i, c) in r.enumerated() where i < r.count - 1 { widths[i] = max(widths[i], c.count) } }
        return rows.map { r in
            indent + r.enumerated().map { i, c in
                i == r.count - 1 ? c : c + String(repeating: " ", count: widths[i] - c.count)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
