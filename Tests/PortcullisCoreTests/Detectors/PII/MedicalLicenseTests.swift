import Testing
@testable import PortcullisCore

@Suite struct MedicalLicenseTests {
    let detectors: [any Detector] = [MedicalLicenseDetector()]

    @Test(arguments: ["AB1234563", "BB1388568", "FM2468242"])
    func findsDEANumbersWithValidCheckDigits(dea: String) {
        let text = "Prescriber DEA \(dea), signed."
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.medicalLicense, dea, in: text)])
    }

    @Test(arguments: ["AB1234564", "ZB1234563", "AB123456", "AB12345633", "ab1234563x"])
    func ignoresInvalidNumbers(text: String) {
        #expect(PIIProbe.spans("DEA \(text)", detectors).isEmpty)
    }

    @Test func deaCheckDigitRule() {
        // (d1 + d3 + d5 + 2·(d2 + d4 + d6)) mod 10 = d7
        #expect(NationalIDs.isValidDEA(letters: (0x41, 0x42), digits: [1, 2, 3, 4, 5, 6, 3]))
        #expect(!NationalIDs.isValidDEA(letters: (0x41, 0x42), digits: [1, 2, 3, 4, 5, 6, 4]))
        #expect(!NationalIDs.isValidDEA(letters: (0x5A, 0x42), digits: [1, 2, 3, 4, 5, 6, 3]))  // Z: no registrant type
        #expect(!NationalIDs.isValidDEA(letters: (0x41, 0x42), digits: [1, 2, 3]))
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "DEA: BB1388568"
        let k = prefix.unicodeScalars.count + 5
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .medicalLicense, start: k, end: k + 9)])
    }
}
