@testable import PortcullisCore

/// Runs one detector (or the full engine) over a text and describes what it found in the terms
/// the evaluation corpora use: type and Unicode code point offsets.
enum PIIProbe {
    struct Span: Equatable, CustomStringConvertible {
        var type: EntityType
        var start: Int
        var end: Int
        var description: String { "\(type)[\(start)..<\(end)]" }
    }

    static func findings(_ text: String, _ detectors: [any Detector]) -> [Finding] {
        ScanEngine(detectors: detectors, injection: nil).scan(text)
    }

    static func spans(_ text: String, _ detectors: [any Detector], type: EntityType? = nil) -> [Span] {
        findings(text, detectors).filter { type == nil || $0.type == type }.map { Span(type: $0.type, start: $0.start, end: $0.end) }
    }

    /// The text of a finding, cut by code point offsets.
    static func text(_ text: String, _ f: Finding) -> String {
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: s[f.start..<f.end])
        return String(out)
    }

    /// The values found for `type`, cut by code point offsets.
    static func values(_ text: String, _ detectors: [any Detector], type: EntityType) -> [String] {
        findings(text, detectors).filter { $0.type == type }.map { Self.text(text, $0) }
    }

    /// The code point offset of `needle`'s first occurrence in `text`.
    static func offset(of needle: String, in text: String) -> Int? {
        let h = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        guard n.count <= h.count else { return nil }
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return i }
        return nil
    }

    /// The span `needle` occupies in `text`, typed.
    static func span(_ type: EntityType, _ needle: String, in text: String) -> Span {
        let s = offset(of: needle, in: text) ?? -1
        return Span(type: type, start: s, end: s + needle.unicodeScalars.count)
    }

    /// Prefixes that shift code point offsets by known amounts while breaking UTF-16 and grapheme
    /// counts: ZWJ emoji (5 scalars, 1 grapheme), a skin tone (2), a flag (2), accented Latin.
    static let nonASCIIPrefixes: [(String, Int)] = [
        ("👩‍💻 ", 4), ("👍🏽 ", 3), ("🇩🇪 ", 3), ("Crème brûlée à Zürich: ", 23), ("日本語のテキスト、", 9),
        ("e\u{301}te\u{301} ", 6),
    ]

    /// The prefixes that end in a space: number detectors see any non-ASCII byte right before a
    /// number as part of an identifier (see `CJKPunctuationTests`).
    static let spacedPrefixes = nonASCIIPrefixes.map(\.0).filter { $0.hasSuffix(" ") }
}
