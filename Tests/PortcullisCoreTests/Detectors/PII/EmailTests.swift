import Testing
@testable import PortcullisCore

@Suite struct EmailTests {
    let detectors: [any Detector] = [EmailDetector()]

    @Test(arguments: [
        "anna.schmidt@example.com", "billing@example.co.uk", "j.o'brien+news@mail.example.org", "x_y-z@sub.example.io",
        "kontakt@bücher.de", "info@xn--bcher-kva.de", "info@παράδειγμα.ελ", "user123@example.museum",
    ])
    func findsAddresses(email: String) {
        let text = "Write to <\(email)> please."
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.emailAddress, email, in: text)])
    }

    @Test func trailingPunctuationIsNotPartOfTheAddress() {
        #expect(PIIProbe.values("mail anna@example.com.", detectors, type: .emailAddress) == ["anna@example.com"])
        #expect(PIIProbe.values("(anna@example.com)", detectors, type: .emailAddress) == ["anna@example.com"])
    }

    @Test(arguments: ["@example.com", "anna@", "anna@localhost", "anna.@example.com", "a@b.c", "user@host.123",
                      "git@github.com:org/repo.git is not", "@@@", "a@b@c"])
    func ignoresNonAddresses(text: String) {
        let found = PIIProbe.values(text, detectors, type: .emailAddress)
        // `git@github.com:org/repo.git` does contain the address-shaped `git@github.com`; the rest must not.
        #expect(found.isEmpty || found == ["git@github.com"])
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "anna@example.com 👍"
        let k = prefix.unicodeScalars.count
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .emailAddress, start: k, end: k + 16)])
    }

    @Test func internationalisedDomainOffsets() {
        let text = "🇫🇷 écrire à lea@société.fr"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.emailAddress, "lea@société.fr", in: text)])
    }

    @Test func nonASCIILocalPartIsNotCutInTwo() {
        // RFC 6531 allows UTF-8 local parts; reporting `a@société.fr` out of `léa@société.fr`
        // masks half a word. Either the whole address or nothing.
        let text = "écrire à léa@société.fr"
        #expect(PIIProbe.values(text, detectors, type: .emailAddress).allSatisfy { $0 == "léa@société.fr" })
    }
}
