import Testing
@testable import PortcullisCore

@Suite struct ContextualIDTests {
    @Test(arguments: ["passport 123456789", "Passport No. A12345678", "Reisepass: C03005988"])
    func passportsNeedAPassportWord(text: String) {
        #expect(PIIProbe.spans(text, [ContextualIDDetector.usPassport]).count == 1)
    }

    @Test func passportShapeWithoutContextIsNotReported() {
        #expect(PIIProbe.spans("order 123456789 shipped", [ContextualIDDetector.usPassport]).isEmpty)
    }

    @Test(arguments: [
        ("driver license 282962341", "282962341"),  // NY: 9 digits
        ("CA driver's license A1234567", "A1234567"),
        ("FL DL: A123-456-78-901-0", "A123-456-78-901-0"),
        ("licence no. 12345678", "12345678"),  // TX/PA: 8 digits
        ("IL driver license B12345678901", "B12345678901"),
    ])
    func driverLicencesInStateFormats(text: String, value: String) {
        #expect(PIIProbe.values(text, [ContextualIDDetector.usDriverLicense], type: .usDriverLicense) == [value])
    }

    @Test func medicalAndDEALicencesAreNotDriverLicences() {
        #expect(PIIProbe.spans("medical license 12345678", [ContextualIDDetector.usDriverLicense]).isEmpty)
    }

    @Test func bankAccountNumbersInAccountContext() {
        let text = "Checking account 000123456789 at First Bank"
        #expect(PIIProbe.values(text, [ContextualIDDetector.usBankNumber], type: .usBankNumber) == ["000123456789"])
    }

    @Test(arguments: ["routing 021000021", "ABA 011000015", "routing number: 121000358"])
    func routingNumbersAreNotAccounts(text: String) {
        #expect(PIIProbe.spans("bank \(text)", [ContextualIDDetector.usBankNumber]).isEmpty)
    }

    @Test func routingAndAccountSideBySide() {
        let text = "Bank details: routing 021000021, account 4455667788"
        #expect(PIIProbe.values(text, [ContextualIDDetector.usBankNumber], type: .usBankNumber) == ["4455667788"])
    }

    @Test func columnHeaderIsContext() {
        let text = "name,passport_number\nAnna,123456789\n"
        #expect(PIIProbe.values(text, [ContextualIDDetector.usPassport], type: .usPassport) == ["123456789"])
    }

    @Test func abaChecksum() {
        func d(_ s: String) -> [UInt8] { s.utf8.map { $0 - 0x30 } }
        #expect(NationalIDs.isValidABA(d("021000021")))
        #expect(NationalIDs.isValidABA(d("011000015")))
        #expect(!NationalIDs.isValidABA(d("021000022")))
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "passport 123456789"
        let k = prefix.unicodeScalars.count + 9
        #expect(PIIProbe.spans(text, [ContextualIDDetector.usPassport]) == [PIIProbe.Span(type: .usPassport, start: k, end: k + 9)])
    }
}
