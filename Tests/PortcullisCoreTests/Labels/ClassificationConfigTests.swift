import Testing
@testable import PortcullisCore

extension LabelsTests {
    @Suite("Labels: configuration errors")
    struct ClassificationConfigTests {
        func error(_ yaml: String) -> ClassificationConfigError? {
            do {
                _ = try ClassificationConfig.parse(yaml: yaml, file: "c.yaml")
                return nil
            } catch {
                return error
            }
        }

        @Test func emptyIsDefaults() throws {
            let c = try ClassificationConfig.parse(yaml: "")
            #expect(c.minimumScore == 0.5)
            #expect(c.markers == DocumentMarker.builtIn)
        }

        @Test func unknownTopLevelKeyNamesKeyAndPlace() {
            let e = error("minimum_score: 0.5\nminimum_scor: 0.7\n")
            #expect(e == .unknownKey(file: "c.yaml", line: 2, column: 1, key: "minimum_scor", path: "the top level",
                                     expected: ["minimum_score", "enabled_types", "disabled_types", "default_label", "labels",
                                                "builtin_markers", "markers", "dictionaries"]))
            #expect(e?.description.hasPrefix("c.yaml:2:1: unknown key 'minimum_scor'") == true)
        }

        @Test func unknownNestedKey() {
            let e = error("dictionaries:\n  - name: a\n    label: internal\n    terms: [x]\n    lable: restricted\n")
            guard case let .unknownKey(_, line, column, key, path, _) = e else {
                Issue.record("got \(String(describing: e))")
                return
            }
            #expect(key == "lable")
            #expect(path == "dictionaries[0]")
            #expect(line == 5)
            #expect(column == 5)
        }

        @Test func badLabelAndBadScore() {
            #expect(error("labels:\n  US_SSN: secret\n")?.description.contains("c.yaml:2:11") == true)
            #expect(error("minimum_score: 2\n")?.description.contains("between 0 and 1") == true)
            #expect(error("markers:\n  - label: internal\n")?.description.contains("'text'") == true)
        }

        @Test func syntaxErrorHasLineAndColumn() {
            guard case let .syntax(_, line, column, _) = error("labels: [a, b\nx: 1\n") else {
                Issue.record("expected a syntax error")
                return
            }
            #expect(line != nil)
            #expect(column != nil)
        }

        @Test func termFiles() throws {
            let c = try ClassificationConfig.parse(yaml: "dictionaries:\n  - name: clients\n    label: restricted\n    file: clients.txt\n",
                                                   file: "c.yaml") { p throws(ClassificationConfigError) in
                #expect(p == "clients.txt")
                return "# clients\nGlobex\n\n  Initech  \n"
            }
            #expect(c.dictionaries.first?.terms == ["Globex", "Initech"])
            let e = error("dictionaries:\n  - name: clients\n    label: restricted\n    file: clients.txt\n")
            guard case let .unreadableTermFile(_, line, _, _, _) = e else {
                Issue.record("expected unreadable term file")
                return
            }
            #expect(line == 4)
        }
    }
}

extension LabelsTests {
    /// A misspelt type would silently switch a detector off or mislabel it (fail open).
    @Suite struct UnknownTypeNameTests {
        @Test(arguments: ["enabled_types: [EMAIL_ADRESS]\n", "disabled_types: [aws-acces-token]\n", "labels:\n  US_SNN: public\n"])
        func misspeltTypesAreRejectedWithASuggestion(yaml: String) {
            do {
                _ = try ClassificationConfig.parse(yaml: yaml, file: "t.yaml")
                Issue.record("accepted a misspelt type")
            } catch {
                #expect("\(error)".contains("did you mean"))
            }
        }
    }
}
