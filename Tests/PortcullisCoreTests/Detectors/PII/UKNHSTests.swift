import Testing
@testable import PortcullisCore

@Suite struct UKNHSTests {
    let detectors: [any Detector] = [UKNHSDetector()]

    @Test(arguments: ["943 476 5919", "943-476-5919", "9434765919", "401 023 2137"])
    func findsValidNumbersInNHSContext(number: String) {
        let text = "NHS number: \(number)."
        let f = PIIProbe.findings(text, detectors)
        #expect(f.map { PIIProbe.Span(type: $0.type, start: $0.start, end: $0.end) } == [PIIProbe.span(.ukNHS, number, in: text)])
        #expect(f.first?.score == 1.0)
    }

    @Test func withoutContextAValidNumberScoresLow() {
        let f = ScanEngine(detectors: detectors, minimumScore: 0, injection: nil).scan("ref 943 476 5919")
        #expect(f.count == 1)
        #expect((f.first?.score ?? 1) < 0.5)
    }

    @Test(arguments: ["943 476 5918", "943 4765 919", "94 3476 5919", "943-476 5919", "1234567890"])
    func ignoresInvalidOrMisgroupedNumbers(number: String) {
        #expect(PIIProbe.spans("NHS \(number)", detectors).isEmpty)
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "NHS 943 476 5919"
        let k = prefix.unicodeScalars.count + 4
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .ukNHS, start: k, end: k + 12)])
    }
}
