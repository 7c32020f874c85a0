import Testing
@testable import PortcullisCore

@Suite struct PhoneNumberTests {
    let detectors: [any Detector] = [PhoneNumberDetector()]

    @Test(arguments: [
        "(310) 534 0408", "(415) 555-0132", "415-555-0132", "415.555.0132", "+1 415-555-0132", "+1 (310) 555-0101",
        "1-800-555-0199",  // US / NANP
        "+44 20 7946 0958", "020 7946 0958", "+44 (0)20 7946 0958", "07700 900123",  // UK
        "+49 30 12345678", "030 1234567", "+49 (0)89 1234 5678", "0171 2345678",  // DE
        "01 23 45 67 89", "+33 1 23 45 67 89", "06.12.34.56.78",  // FR
        "+34 912 345 678", "612 345 678",  // ES
        "+91 98765 43210", "98765 43210",  // IN
    ])
    func findsNumbersAsWritten(number: String) {
        let text = "Call me on \(number) tomorrow."
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.phoneNumber, number, in: text)])
    }

    @Test(arguments: [
        "version 2.14.3",
        "2024-03-04",  // a date
        "firmware 10.2.33.4",
        "12345",
        "invoice 2023-0042-17",
        "+1 415-555",  // too short for NANP
        "3.14159 2.71828",
    ])
    func ignoresOtherNumbers(text: String) {
        #expect(PIIProbe.spans(text, detectors).isEmpty)
    }

    @Test func bareDigitsNeedAContextWord() {
        #expect(PIIProbe.spans("ticket 4155550132 closed", detectors).isEmpty)
        #expect(PIIProbe.values("phone: 4155550132", detectors, type: .phoneNumber) == ["4155550132"])
    }

    @Test(arguments: PIIProbe.spacedPrefixes)
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "+44 20 7946 0958 📞"
        let k = prefix.unicodeScalars.count
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .phoneNumber, start: k, end: k + 16)])
    }

    @Test(arguments: ["+49 (0)221 170911", "+44 (0) 20 7946 0958", "+1 (310) 555-0101"])
    func bracketedTrunkZeroAndAreaCodes(number: String) {
        let text = "Bitte unter \(number) anrufen."
        #expect(PIIProbe.values(text, detectors, type: .phoneNumber) == [number])
    }
}
