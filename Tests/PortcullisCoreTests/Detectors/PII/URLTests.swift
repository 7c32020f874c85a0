import Testing
@testable import PortcullisCore

@Suite struct URLTests {
    let detectors: [any Detector] = [URLDetector()]

    @Test(arguments: [
        "https://example.com", "http://example.com/path/to/page.html", "https://docs.example.org/guide?id=42&lang=de#intro",
        "ftp://files.example.net/pub/file.tar.gz", "https://en.wikipedia.org/wiki/Foo_(bar)", "https://münchen.example/straße",
        "http://[2001:db8::1]:8080/status", "https://example.com:8443/api/v1/users/123",
    ])
    func findsURLs(url: String) {
        let text = "See \(url) for details"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.url, url, in: text)])
    }

    @Test func trailingPunctuationAndUnbalancedBracketsAreExcluded() {
        #expect(PIIProbe.values("Visit https://example.com/a.", detectors, type: .url) == ["https://example.com/a"])
        #expect(PIIProbe.values("(see https://example.com/a)", detectors, type: .url) == ["https://example.com/a"])
        #expect(PIIProbe.values("[link](https://example.com/x?y=1), ok", detectors, type: .url) == ["https://example.com/x?y=1"])
        #expect(PIIProbe.values("\"https://example.com/q\";", detectors, type: .url) == ["https://example.com/q"])
    }

    @Test func manyClosingBracketsAreTrimmedInLinearTime() {
        let text = "http://example.com/x" + String(repeating: ")", count: 20_000)
        #expect(PIIProbe.values(text, detectors, type: .url) == ["http://example.com/x"])
    }

    @Test(arguments: ["registry.local", "app.py", "www.example.com", "mailto:anna@example.com", "file:///etc/passwd",
                      "xhttp://example.com", "http://", "https:// example.com"])
    func ignoresNonURLs(text: String) {
        #expect(PIIProbe.spans(text, detectors).isEmpty)
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "https://example.com/a?b=c 🔗"
        let k = prefix.unicodeScalars.count
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .url, start: k, end: k + 25)])
    }
}
