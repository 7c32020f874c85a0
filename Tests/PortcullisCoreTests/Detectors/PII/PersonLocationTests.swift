import Testing
@testable import PortcullisCore

/// Only clear cases: the detector's heuristics are being tuned.
@Suite struct PersonLocationTests {
    let detectors: [any Detector] = [PersonLocationDetector()]

    @Test func greetingMakesAPerson() {
        let text = "Dear Anna Schmidt,\nthank you for your letter."
        #expect(PIIProbe.spans(text, detectors, type: .person) == [PIIProbe.span(.person, "Anna Schmidt", in: text)])
    }

    @Test func relocationMakesALocation() {
        let text = "She is relocating to Germany next spring."
        #expect(PIIProbe.spans(text, detectors, type: .location) == [PIIProbe.span(.location, "Germany", in: text)])
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "Dear Anna Schmidt,"
        let k = prefix.unicodeScalars.count + 5
        #expect(PIIProbe.spans(text, detectors, type: .person) == [PIIProbe.Span(type: .person, start: k, end: k + 12)])
    }
}
