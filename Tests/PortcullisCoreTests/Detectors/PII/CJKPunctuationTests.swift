import Testing
@testable import PortcullisCore

/// Numbers right after CJK punctuation (`、`, `：`) or CJK text: `isLeftBoundary` treats every byte
/// ≥ 0x80 before a token as part of a word, so these are missed. Known issue, reported; the
/// expectations say what should happen.
@Suite struct CJKPunctuationTests {
    @Test(arguments: [
        ("日本語のテキスト、4111 1111 1111 1111", "4111 1111 1111 1111", [CreditCardDetector()] as [any Detector]),
        ("口座：GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32", [IBANDetector()]),
        ("電話：+44 20 7946 0958", "+44 20 7946 0958", [PhoneNumberDetector()]),
    ])
    func numbersAfterCJKPunctuation(text: String, value: String, detectors: [any Detector]) {
        withKnownIssue("isLeftBoundary rejects any non-ASCII byte before a number, punctuation included") {
            #expect(PIIProbe.findings(text, detectors).map { PIIProbe.text(text, $0) } == [value])
        }
    }
}
