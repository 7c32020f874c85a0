import Testing
@testable import PortcullisCore

@Suite struct IBANTests {
    let detectors: [any Detector] = [IBANDetector()]

    /// Published example IBANs (national banking associations' and ECBS examples) for the corpus countries.
    static let examples = [
        "DE89370400440532013000", "GB82WEST12345698765432", "FR1420041010050500013M02606", "ES9121000418450200051332",
        "NL91ABNA0417164300", "IT60X0542811101000000123456", "CH9300762011623852957", "AT611904300234573201",
        "BE68539007547034", "IE29AIBK93115212345678", "PL61109010140000071219812874",
    ]

    static func grouped(_ iban: String) -> String {
        var out = ""
        for (k, c) in iban.enumerated() {
            if k > 0 && k % 4 == 0 { out += " " }
            out.append(c)
        }
        return out
    }

    @Test(arguments: examples)
    func findsCompactIBANs(iban: String) {
        let text = "Bitte überweisen Sie auf \(iban) bis Freitag."
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.ibanCode, iban, in: text)])
    }

    @Test(arguments: examples)
    func findsIBANsInGroupsOfFour(iban: String) {
        let g = Self.grouped(iban)
        let text = "IBAN: \(g)\nBIC: COBADEFFXXX"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.ibanCode, g, in: text)])
    }

    @Test func findsDashedGroups() {
        let text = "acct DE89-3704-0044-0532-0130-00."
        #expect(PIIProbe.values(text, detectors, type: .ibanCode) == ["DE89-3704-0044-0532-0130-00"])
    }

    @Test(arguments: [
        "DE89370400440532013001",  // check digits do not match
        "DE8937040044053201300",  // one character short for Germany
        "DE893704004405320130000",  // one too many
        "XX89370400440532013000",  // no such country
        "GB82 WEST 1234 5698 7654 31",  // mod-97 fails
    ])
    func ignoresInvalidIBANs(text: String) {
        #expect(PIIProbe.spans("IBAN \(text) end", detectors).isEmpty)
    }

    @Test(arguments: PIIProbe.spacedPrefixes)
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "GB82 WEST 1234 5698 7654 32 ✅"
        let k = prefix.unicodeScalars.count
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .ibanCode, start: k, end: k + 27)])
    }
}
