import Testing
@testable import PortcullisCore

/// Scans with the credential detectors only, so PII work in progress cannot change these results.
func scanSecrets(_ text: String) -> [Finding] {
    ScanEngine(detectors: DetectorRegistry.secrets(), injection: nil).scan(text)
}

/// Code point offsets of the first occurrence of `value` in `text` (what `Finding.start/end` use).
func codePointSpan(of value: String, in text: String) -> (start: Int, end: Int)? {
    let hay = Array(text.unicodeScalars), needle = Array(value.unicodeScalars)
    guard needle.count <= hay.count else { return nil }
    for i in 0...(hay.count - needle.count) where Array(hay[i..<i + needle.count]) == needle {
        return (i, i + needle.count)
    }
    return nil
}

/// Expects exactly one finding: `type` covering exactly `value`.
func expectOnly(_ type: EntityType, _ value: String, in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = scanSecrets(text)
    guard let span = codePointSpan(of: value, in: text) else {
        Issue.record("value not in text", sourceLocation: sourceLocation)
        return
    }
    #expect(found.count == 1, "findings: \(found)", sourceLocation: sourceLocation)
    #expect(found.first?.type == type, "findings: \(found)", sourceLocation: sourceLocation)
    #expect(found.first?.start == span.start, sourceLocation: sourceLocation)
    #expect(found.first?.end == span.end, sourceLocation: sourceLocation)
}

/// Expects no credential finding at all.
func expectNone(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = scanSecrets(text)
    #expect(found.isEmpty, "unexpected: \(found.map { "\($0.type) \($0.start)..<\($0.end)" })", sourceLocation: sourceLocation)
}

/// `prefix` repeated to about `bytes` bytes: inputs that would make a naive scanner quadratic.
func repeated(_ prefix: String, bytes: Int = 200_000) -> String {
    String(repeating: prefix, count: max(1, bytes / max(1, prefix.utf8.count)))
}
