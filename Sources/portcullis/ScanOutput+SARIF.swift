import Foundation
import PortcullisCore

extension ScanOutput {
    /// `--sarif`: a SARIF 2.1.0 log (OASIS), one rule per finding type, results located by file
    /// URI and 1-based line/column regions counted in Unicode code points (`columnKind`).
    static func writeSARIF(_ report: ScanReport, classifier: SensitivityClassifier) {
        let findings = report.inputs.flatMap { i in i.findings.map { (i.input, $0) } }
        let types = Array(Set(findings.map(\.1.type))).sorted()
        var ruleIndex: [String: Int] = [:]
        var rules: [[String: Any]] = []
        for (i, t) in types.enumerated() {
            ruleIndex[t] = i
            let label = classifier.mapping.label(for: EntityType(t))
            let kind = EntityType(t).isSecret ? "credential" : (t == "DOCUMENT_MARKER" || t == "DICTIONARY_TERM" ? "labelled data" : "personal data")
            rules.append([
                "id": t, "name": t,
                "shortDescription": ["text": "\(t): \(kind)"],
                "fullDescription": ["text": "Portcullis found \(kind) of type \(t). Remove it, or move it to a place cleared for its label."],
                "defaultConfiguration": ["level": level(label)],
                "properties": ["tags": ["security", kind], "security-severity": severity(label)],
            ])
        }
        var results: [[String: Any]] = []
        for (input, f) in findings {
            var region: [String: Any] = ["startLine": f.line, "endLine": f.endLine]
            if let c = f.column { region["startColumn"] = c }
            if let c = f.endColumn { region["endColumn"] = c }
            var message = "\(f.type) (\(f.label)): \(f.masked)"
            if let field = f.field { message += " in \(field)" }
            results.append([
                "ruleId": f.type, "ruleIndex": ruleIndex[f.type] ?? 0, "level": level(f.label),
                "message": ["text": message],
                "locations": [["physicalLocation": ["artifactLocation": artifact(input), "region": region]]],
                "properties": ["label": f.label.rawValue, "score": f.score],
            ])
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": [
                    "name": "portcullis", "version": Portcullis.configuration.version,
                    "informationUri": "https://github.com/portcullis/portcullis", "rules": rules,
                ]],
                "columnKind": "unicodeCodePoints",
                "results": results,
                "properties": ["label": report.label.rawValue],
            ]],
        ]
        do {
            var data = try JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        } catch {
            stderr("portcullis scan: cannot encode SARIF: \(error)")
        }
    }

    /// restricted → error, confidential → warning, internal → note, public → none.
    static func level(_ l: SensitivityLabel) -> String {
        switch l {
        case .restricted: "error"
        case .confidential: "warning"
        case .internal: "note"
        case .public: "none"
        }
    }

    /// GitHub's `security-severity` (0–10) so code scanning sorts by label.
    static func severity(_ l: SensitivityLabel) -> String {
        switch l {
        case .restricted: "9.0"
        case .confidential: "6.0"
        case .internal: "3.0"
        case .public: "0.0"
        }
    }

    /// Relative paths stay relative to the source root (what code scanning expects); absolute
    /// paths become file URIs; command-line texts and stdin get a descriptive name.
    static func artifact(_ input: String) -> [String: Any] {
        if input.hasPrefix("<") { return ["uri": input.trimmingCharacters(in: CharacterSet(charactersIn: "<>")).replacingOccurrences(of: " ", with: "-")] }
        var path = input
        while path.hasPrefix("./") { path.removeFirst(2) }
        let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        if path.hasPrefix("/") { return ["uri": "file://" + encoded] }
        return ["uri": encoded, "uriBaseId": "%SRCROOT%"]
    }
}
