/// Replaces found values with placeholders (`<PERSON_1>`) recorded in a `PseudonymVault`, so the
/// model sees consistent stand-ins and its answer can be restored.
public struct Pseudonymizer: Sendable {
    /// Which offsets of the findings to read.
    public var offsets: OffsetUnit

    /// A pseudonymizer reading `offsets`.
    public init(offsets: OffsetUnit = .codePoints) { self.offsets = offsets }

    /// `text` with each finding replaced by its value's placeholder in `vault`.
    public func pseudonymize(_ text: String, findings: [Finding], vault: inout PseudonymVault) -> String {
        let bytes = Array(text.utf8)
        let spans = TextSpan.normalized(vault.prepare(bytes) + TextSpan.resolve(findings, in: bytes, offsets: offsets))
        return TextSpan.rewrite(bytes, spans: spans) { span, value in vault.assign(value, type: span.type) }
    }

    /// Pseudonymises the messages of one request with one vault: the same value gets the same
    /// placeholder in every message, and literals in any message are reserved before any
    /// placeholder is given out.
    public func pseudonymize(_ messages: [(text: String, findings: [Finding])], vault: inout PseudonymVault) -> [String] {
        for m in messages { vault.reserveLiterals(in: m.text) }
        return messages.map { pseudonymize($0.text, findings: $0.findings, vault: &vault) }
    }

    /// Scans and pseudonymises in one step.
    public func pseudonymize(_ text: String, engine: ScanEngine, vault: inout PseudonymVault) -> String {
        Pseudonymizer(offsets: .utf8).pseudonymize(text, findings: engine.scan(text), vault: &vault)
    }
}
