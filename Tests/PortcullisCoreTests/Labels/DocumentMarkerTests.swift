import Testing
@testable import PortcullisCore

extension LabelsTests {
    @Suite("Labels: document markers")
    struct DocumentMarkerTests {
        let engine = ScanEngine(detectors: [DocumentMarkerDetector()], lexicon: .empty)

        func markers(_ text: String) -> [String] { engine.scan(text).compactMap(\.detail) }

        @Test func upperCaseSingleWordAnywhere() {
            #expect(markers("This memo is CONFIDENTIAL, please.") == ["CONFIDENTIAL"])
            #expect(markers("RESTRICTED") == ["RESTRICTED"])
        }

        @Test func singleWordInProseIsNotAMarker() {
            #expect(markers("Please keep this confidential between us.").isEmpty)
            #expect(markers("Access is restricted to admins.").isEmpty)
            #expect(markers("Confidential information is defined in section 2.").isEmpty)
        }

        @Test func singleWordInHeaderPosition() {
            #expect(markers("# Confidential\nQ3 plan") == ["CONFIDENTIAL"])
            #expect(markers("Title\n[Confidential]\nbody") == ["CONFIDENTIAL"])
            #expect(markers("Confidential - draft for the board") == ["CONFIDENTIAL"])
            #expect(markers("Classification: Confidential. Do read.") == ["CONFIDENTIAL"])
        }

        @Test func identifiersAreNotMarkers() {
            #expect(markers("let CONFIDENTIAL_FLAG = 1").isEmpty)
        }

        @Test func phrasesInAnyCaseAndLongestWins() {
            #expect(markers("strictly confidential: board only") == ["STRICTLY CONFIDENTIAL"])
            #expect(markers("Privileged &  Confidential") == ["Privileged & Confidential"])
            #expect(markers("attorney-client privileged communication") == ["Attorney-Client Privileged"])
            #expect(markers("For Internal Use Only") == ["FOR INTERNAL USE ONLY"])
            #expect(markers("Do not distribute this.") == ["DO NOT DISTRIBUTE"])
            #expect(markers("TOP SECRET//NOFORN") == ["TOP SECRET"])
        }

        @Test func offsetsInCodePoints() {
            let f = engine.scan("é€ — INTERNAL ONLY")
            #expect(f.count == 1)
            #expect(f.first?.start == 5)
            #expect(f.first?.end == 18)
        }

        @Test func customMarkersAndCaseRules() {
            let d = DocumentMarkerDetector(markers: [
                DocumentMarker("Eyes Only", label: .restricted, caseRule: .exact),
                DocumentMarker("acme-secret", label: .restricted),
                DocumentMarker("CONFIDENTIAL", label: .restricted, caseRule: .insensitive),
            ] + DocumentMarker.builtIn.filter { $0.text != "CONFIDENTIAL" })
            let e = ScanEngine(detectors: [d], lexicon: .empty)
            #expect(e.scan("for your Eyes Only").count == 1)
            #expect(e.scan("for your eyes only").isEmpty)
            #expect(e.scan("ACME-SECRET plan").count == 1)
            #expect(e.scan("keep it confidential").count == 1)
        }

        @Test func laterMarkerWithSameTextReplacesEarlier() {
            let d = DocumentMarkerDetector(markers: DocumentMarker.builtIn + [DocumentMarker("Confidential", label: .restricted)])
            #expect(d.markers.filter { $0.text.lowercased() == "confidential" }.map(\.label) == [.restricted])
        }
    }
}
