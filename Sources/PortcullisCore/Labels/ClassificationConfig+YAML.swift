import Foundation
import Yams

extension ClassificationConfig {
    /// Loads a YAML configuration file; term files are resolved relative to its folder.
    public static func load(path: String) throws(ClassificationConfigError) -> ClassificationConfig {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .syntax(file: path, line: nil, column: nil, message: "cannot read the file (\(error.localizedDescription))")
        }
        let base = (path as NSString).deletingLastPathComponent
        return try parse(yaml: text, file: path) { term throws(ClassificationConfigError) in
            let full = term.hasPrefix("/") ? term : (base.isEmpty ? term : base + "/" + term)
            do {
                return try String(contentsOfFile: full, encoding: .utf8)
            } catch {
                throw .unreadableTermFile(file: path, line: nil, column: nil, path: full, reason: error.localizedDescription)
            }
        }
    }

    /// Parses YAML text. `readTermFile` returns the contents of a dictionary's `file:`; `file`
    /// names the source in error messages.
    public static func parse(
        yaml: String, file: String = "<config>",
        readTermFile: (String) throws(ClassificationConfigError) -> String = { p throws(ClassificationConfigError) in
            throw .unreadableTermFile(file: "<config>", line: nil, column: nil, path: p, reason: "term files need a file path")
        }
    ) throws(ClassificationConfigError) -> ClassificationConfig {
        let root = try ConfigReader.compose(yaml, file: file)
        var config = ClassificationConfig()
        guard let root else { return config }
        let r = ConfigReader(file: file)
        let top = try r.mapping(root, path: "the top level", allowed: [
            "minimum_score", "enabled_types", "disabled_types", "default_label", "labels", "builtin_markers", "markers",
            "dictionaries",
        ])
        if let n = top["minimum_score"] {
            let v = try r.double(n, path: "minimum_score")
            guard (0...1).contains(v) else { throw r.invalid(n, "minimum_score", "must be between 0 and 1, not \(v)") }
            config.minimumScore = v
        }
        if let n = top["enabled_types"] { config.enabledTypes = Set(try r.types(n, path: "enabled_types")) }
        if let n = top["disabled_types"] { config.disabledTypes = Set(try r.types(n, path: "disabled_types")) }
        let overrides = try top["labels"].map { (n: Node) throws(ConfigError) in try r.labelOverrides(n, path: "labels") } ?? [:]
        var fallback = SensitivityLabel.confidential
        if let n = top["default_label"] { fallback = try r.label(n, path: "default_label") }
        config.labels = LabelMapping(overrides: overrides, fallback: fallback)
        var markers = DocumentMarker.builtIn
        if let n = top["builtin_markers"], !(try r.bool(n, path: "builtin_markers")) { markers = [] }
        if let n = top["markers"] {
            for (i, item) in try r.sequence(n, path: "markers").enumerated() {
                let path = "markers[\(i)]"
                let m = try r.mapping(item, path: path, allowed: ["text", "label", "case"])
                guard let t = m["text"] else { throw r.missing(item, "text", path) }
                guard let l = m["label"] else { throw r.missing(item, "label", path) }
                let text = try r.string(t, path: path + ".text")
                guard !text.trimmingWhitespace().isEmpty else { throw r.invalid(t, path + ".text", "must not be empty") }
                var rule: DocumentMarker.CaseRule?
                if let c = m["case"] {
                    let s = try r.string(c, path: path + ".case")
                    guard let cr = DocumentMarker.CaseRule(rawValue: s) else {
                        throw r.invalid(c, path + ".case", "'\(s)' is not one of \(DocumentMarker.CaseRule.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    rule = cr
                }
                markers.append(DocumentMarker(text, label: try r.label(l, path: path + ".label"), caseRule: rule))
            }
        }
        config.markers = markers
        if let n = top["dictionaries"] {
            var names = Set<String>()
            for (i, item) in try r.sequence(n, path: "dictionaries").enumerated() {
                let path = "dictionaries[\(i)]"
                let m = try r.mapping(item, path: path, allowed: ["name", "label", "terms", "file"])
                guard let nameNode = m["name"] else { throw r.missing(item, "name", path) }
                guard let l = m["label"] else { throw r.missing(item, "label", path) }
                let name = try r.string(nameNode, path: path + ".name")
                guard names.insert(name).inserted else { throw r.invalid(nameNode, path + ".name", "duplicate dictionary name '\(name)'") }
                var terms: [String] = []
                if let t = m["terms"] {
                    for term in try r.sequence(t, path: path + ".terms") { terms.append(try r.string(term, path: path + ".terms")) }
                }
                if let f = m["file"] {
                    let p = try r.string(f, path: path + ".file")
                    let contents: String
                    do {
                        contents = try readTermFile(p)
                    } catch {
                        if case let .unreadableTermFile(_, _, _, full, reason) = error {
                            throw .unreadableTermFile(file: file, line: f.mark?.line, column: f.mark?.column, path: full, reason: reason)
                        }
                        throw error
                    }
                    terms.append(contentsOf: ClassificationConfig.termLines(contents))
                }
                guard m["terms"] != nil || m["file"] != nil else { throw r.missing(item, "terms' or 'file", path) }
                config.dictionaries.append(OrganisationDictionary(name: name, label: try r.label(l, path: path + ".label"), terms: terms))
            }
        }
        return config
    }

    /// The terms of a term file: one a line, blank lines and lines starting with `#` skipped.
    static func termLines(_ contents: String) -> [String] {
        contents.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { String($0).trimmingWhitespace() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }
}
