import Testing
@testable import PortcullisCore

@Suite struct CreditCardTests {
    let detectors: [any Detector] = [CreditCardDetector()]

    @Test(arguments: [
        "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "5555555555554444", "5555 5555 5555 4444",
        "378282246310005", "3782 822463 10005", "6011111111111117", "4012888888881881",
    ])
    func findsIssuerAndLuhnValidNumbers(card: String) {
        let text = "Please charge card \(card) today."
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.creditCard, card, in: text)])
    }

    @Test(arguments: [
        "4111 1111 1111 1112",  // Luhn-invalid
        "1234567812345678",  // Luhn-invalid serial
        "9999 9999 9999 9995",  // Luhn-valid, no issuer has this prefix
        "4111 1111 1111 111",  // too short for Visa
        "order 4111111111111111234",  // longer run than any card
    ])
    func ignoresInvalidNumbers(text: String) {
        #expect(PIIProbe.spans("ref: \(text)", detectors).isEmpty)
    }

    @Test func ignoresNumbersGluedToIdentifiers() {
        #expect(PIIProbe.spans("sku-A4111111111111111 and x4111111111111111", detectors).isEmpty)
    }

    @Test func contextRaisesTheScore() {
        let plain = PIIProbe.findings("number 4111 1111 1111 1111", detectors)
        let card = PIIProbe.findings("visa 4111 1111 1111 1111", detectors)
        #expect(plain.count == 1 && card.count == 1)
        #expect(card[0].score > plain[0].score)
    }

    @Test(arguments: PIIProbe.spacedPrefixes)
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "4111 1111 1111 1111 🎉"
        let k = prefix.unicodeScalars.count
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .creditCard, start: k, end: k + 19)])
    }

    @Test func twoCardsOnOneLine() {
        let text = "cards 4111111111111111, 5555555555554444."
        #expect(PIIProbe.values(text, detectors, type: .creditCard) == ["4111111111111111", "5555555555554444"])
    }
}
