import Testing
@testable import PortcullisCore

/// Numbers right after CJK punctuation (`、`, `：`) or CJK text start a number: CJK has no spaces
/// between words, so only an alphabetic letter (Latin, Greek, Cyrillic) glues a number to a word.
@Suite struct CJKPunctuationTests {
    @Test(arguments: [
        ("日本語のテキスト、4111 1111 1111 1111", "4111 1111 1111 1111", [CreditCardDetector()] as [any Detector]),
        ("口座：GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32", [IBANDetector()]),
        ("電話：+44 20 7946 0958", "+44 20 7946 0958", [PhoneNumberDetector()]),
    ])
    func numbersAfterCJKPunctuation(text: String, value: String, detectors: [any Detector]) {
        #expect(PIIProbe.findings(text, detectors).map { PIIProbe.text(text, $0) } == [value])
    }
}
