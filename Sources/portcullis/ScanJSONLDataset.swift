import Foundation
import PortcullisCore

/// Scans a JSONL dataset: every string value of every line's object, with a per-field report
/// (fields named by key path: `user.email`, `items[].note`).
struct ScanJSONLDataset {
    let classifier: SensitivityClassifier
    let progress: ScanProgress
    let problem: (ScanProblem) -> Void

    func scan(_ reader: ScanByteReader, name: String) -> InputReport {
        var findings: [ReportedFinding] = []
        var tally = ColumnTally()
        var rows = 0
        var bytes = 0
        do {
            try reader.forEachLine(maxLine: ScanEngine.maxTextBytes) { line, number in
                guard let line else {
                    problem(ScanProblem(input: name, line: number, message: "line longer than \(ScanEngine.maxTextBytes) bytes; skipped"))
                    return
                }
                bytes += line.count + 1
                progress.add(bytes: line.count + 1)
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                rows += 1
                let object: Any
                let (json, repaired) = ScanUTF8.repairing(line)
                if repaired {
                    problem(ScanProblem(input: name, line: number, message: "invalid UTF-8; scanning the line with invalid bytes replaced by U+FFFD"))
                }
                do {
                    object = try JSONSerialization.jsonObject(with: Data(json), options: [.fragmentsAllowed])
                } catch {
                    problem(ScanProblem(input: name, line: number, message: "malformed JSONL line: \(ScanJSONLDataset.reason(error))"))
                    return
                }
                var fields: [(String, String)] = []
                ScanJSONLDataset.strings(in: object, path: "", into: &fields)
                for (field, value) in fields {
                    tally.declare(field)
                    let key = ScanJSONLDataset.contextKey(field) + ": "
                    let keyScalars = key.unicodeScalars.count, keyBytes = key.utf8.count
                    let found = classifier.classify(key + value).findings.compactMap { lf -> LabelledFinding? in
                        guard lf.finding.utf8Start >= keyBytes else { return nil }
                        var shifted = lf
                        shifted.finding.start -= keyScalars
                        shifted.finding.end -= keyScalars
                        shifted.finding.utf8Start -= keyBytes
                        shifted.finding.utf8End -= keyBytes
                        return shifted
                    }
                    guard !found.isEmpty else { continue }
                    let utf8 = Array(value.utf8)
                    for lf in found {
                        let f = lf.finding
                        let v = String(decoding: utf8[f.utf8Start..<f.utf8End], as: UTF8.self)
                        tally.add(field, type: f.type.rawValue, label: lf.label)
                        findings.append(ReportedFinding(
                            type: f.type.rawValue, label: lf.label, score: f.score, start: f.start, end: f.end,
                            line: number, column: nil, endLine: number, endColumn: nil, field: field, detail: f.detail,
                            masked: ScanMasking.mask(v, type: f.type)))
                    }
                }
            }
        } catch {
            problem(ScanProblem(input: name, line: nil, message: "read error: \(error.localizedDescription)"))
        }
        return InputReport(input: name, format: "jsonl", label: findings.map(\.label).max() ?? .public, bytes: bytes,
                           findings: findings, rows: rows, columns: tally.reports)
    }

    /// The string values in a JSON value, with their key paths, keys in sorted order.
    static func strings(in value: Any, path: String, into out: inout [(String, String)]) {
        switch value {
        case let s as String:
            out.append((path.isEmpty ? "(value)" : path, s))
        case let d as [String: Any]:
            for k in d.keys.sorted() { strings(in: d[k]!, path: path.isEmpty ? k : path + "." + k, into: &out) }
        case let a as [Any]:
            for v in a { strings(in: v, path: path + "[]", into: &out) }
        case let n as NSNumber:
            // Numbers hold PII too (`"ssn": 536221234`, `"card": 4111111111111111`).
            out.append((path.isEmpty ? "(value)" : path, "\(n)"))
        default:
            break
        }
    }

    /// The last key of a field path (`customer.ssn` → `ssn`, `cards[]` → `cards`), written in front
    /// of the value when it is scanned, so the field name is the context a bare number needs.
    static func contextKey(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return last.replacingOccurrences(of: "[]", with: "").replacingOccurrences(of: "_", with: " ")
    }

    /// A short reason from a JSONSerialization error (its debug description is long).
    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let d = ns.userInfo[NSDebugDescriptionErrorKey] as? String { return d }
        return ns.localizedDescription
    }
}
