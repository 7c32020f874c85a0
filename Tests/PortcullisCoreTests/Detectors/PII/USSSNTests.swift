import Testing
@testable import PortcullisCore

@Suite struct USSSNTests {
    let detectors: [any Detector] = [USSSNDetector()]

    @Test func dashedNumberNeedsNoContext() {
        let text = "Record 536-22-1987 updated."
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.usSSN, "536-22-1987", in: text)])
    }

    @Test(arguments: ["SSN: 536 22 1987", "social security number 536221987", "ssn=536-22-1987"])
    func contextFindsOtherForms(text: String) {
        let f = PIIProbe.findings(text, detectors)
        #expect(f.count == 1)
        #expect(f.first.map { PIIProbe.text(text, $0).filter(\.isNumber) } == "536221987")
        #expect((f.first?.score ?? 0) >= 0.9)
    }

    @Test func unseparatedNumberWithoutContextIsNotReported() {
        #expect(PIIProbe.spans("order 536221987 shipped", detectors).isEmpty)
    }

    @Test(arguments: [
        "000-12-3456",  // area 000
        "666-12-3456",  // area 666
        "912-12-3456",  // area 9xx (ITINs, never SSNs)
        "536-00-1987",  // group 00
        "536-22-0000",  // serial 0000
        "078-05-1120",  // the Woolworth wallet card number
        "536-22-1987-44",  // a longer number
        "1536-22-1987",
    ])
    func ssaRulesRejectNumbers(number: String) {
        #expect(PIIProbe.spans("SSN \(number)", detectors).isEmpty)
    }

    @Test func csvColumnHeaderCountsAsContext() {
        let text = "name,ssn,city\nAnna,536221987,Berlin\n"
        #expect(PIIProbe.values(text, detectors, type: .usSSN) == ["536221987"])
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "SSN 536-22-1987"
        let k = prefix.unicodeScalars.count + 4
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .usSSN, start: k, end: k + 11)])
    }

    @Test func ssnStructureRules() {
        func d(_ s: String) -> [UInt8] { s.utf8.map { $0 - 0x30 } }
        #expect(NationalIDs.isValidSSN(d("536221987")))
        #expect(NationalIDs.isValidSSN(d("899991234")))
        #expect(!NationalIDs.isValidSSN(d("900991234")))
        #expect(!NationalIDs.isValidSSN(d("123456789")))
        #expect(!NationalIDs.isValidSSN(d("53622198")))
    }
}
