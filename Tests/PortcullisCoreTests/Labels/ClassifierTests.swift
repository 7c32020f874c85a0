import Testing
@testable import PortcullisCore

extension LabelsTests {
    @Suite("Labels: classifier and dictionaries")
    struct ClassifierTests {
        @Test func textLabelIsTheHighestFound() {
            let c = SensitivityClassifier()
            #expect(c.classify("nothing to see").label == .public)
            #expect(c.classify("mail anna@example.com").label == .confidential)
            #expect(c.classify("INTERNAL ONLY: mail anna@example.com, key AKIAZ7VRSQ3LMNOPQR2X").label >= .confidential)
            #expect(c.classify("FOR INTERNAL USE ONLY").label == .internal)
        }

        @Test func dictionariesCarryTheirLabel() {
            let c = SensitivityClassifier(engine: ScanEngine(detectors: []), dictionaries: [
                OrganisationDictionary(name: "projects", label: .confidential, terms: ["Falcon", "Blue Harbour"]),
                OrganisationDictionary(name: "clients", label: .restricted, terms: ["Globex", "falcon"]),
            ])
            let r = c.classify("Globex asked about blue harbour and FALCON.")
            #expect(r.findings.map(\.finding.type) == [.dictionaryTerm, .dictionaryTerm, .dictionaryTerm])
            #expect(r.findings.map(\.finding.detail) == ["clients", "projects", "clients"])
            #expect(r.findings.map(\.finding.start) == [0, 19, 36])
            #expect(r.label == .restricted)
        }

        @Test func markerLabelsComeFromTheMarker() {
            let c = SensitivityClassifier(engine: ScanEngine(detectors: []))
            let r = c.classify("STRICTLY CONFIDENTIAL")
            #expect(r.findings.first?.label == .restricted)
        }

        @Test func configDrivesTheClassifier() throws {
            let cfg = try ClassificationConfig.parse(yaml: """
                minimum_score: 0.6
                disabled_types: [DATE_TIME]
                labels:
                  EMAIL_ADDRESS: restricted
                builtin_markers: false
                markers:
                  - text: Project Eyes
                    label: restricted
                dictionaries:
                  - name: codes
                    label: internal
                    terms: [Osprey]
                """)
            let c = SensitivityClassifier(config: cfg)
            #expect(c.classify("anna@example.com").label == .restricted)
            #expect(c.classify("CONFIDENTIAL").findings.isEmpty)
            #expect(c.classify("project eyes").label == .restricted)
            #expect(c.classify("osprey").label == .internal)
            #expect(c.classify("on 2024-03-01").findings.allSatisfy { $0.finding.type != .dateTime })
        }
    }
}
