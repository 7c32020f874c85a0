/// Finds document markers in one pass over the text; reports `DOCUMENT_MARKER` with the marker's
/// text as `detail` (the classifier turns that into the marker's label).
///
/// Markers match ignoring case on word boundaries, white space runs count as one space, then each
/// marker's `CaseRule` decides whether the occurrence is a marking or just a word.
public struct DocumentMarkerDetector: Detector {
    public let name = "document-marker"
    public let entityTypes: [EntityType] = [.documentMarker]
    /// The markers, after later duplicates (same text ignoring case and spacing) replaced earlier ones.
    public let markers: [DocumentMarker]
    private let automaton: TermAutomaton

    /// Label keys that put a marker in header position: `Classification: Confidential`.
    static let labelKeys = ByteStringSet(["classification", "classified", "sensitivity", "label", "marking", "security"])

    public init(markers: [DocumentMarker] = DocumentMarker.builtIn) {
        var index: [[UInt8]: Int] = [:]
        var list: [DocumentMarker] = []
        for m in markers {
            let key = TermFolding.normalise(m.text)
            guard !key.isEmpty else { continue }
            if let i = index[key] { list[i] = m } else {
                index[key] = list.count
                list.append(m)
            }
        }
        self.markers = list
        automaton = TermAutomaton(terms: list.map(\.text))
    }

    public func detect(in ctx: ScanContext) {
        let bytes = ctx.bytes
        automaton.forEachMatch(in: bytes) { m in
            let marker = markers[m.term]
            // `CONFIDENTIAL_FLAG`: an identifier, not a marking.
            if ctx.byte(m.start - 1) == 0x5F || ctx.byte(m.end) == 0x5F { return false }
            let score: Double
            switch marker.caseRule {
            case .insensitive:
                score = 0.95
            case .exact:
                guard TermFolding.collapsed(ctx.string(m.start, m.end)) == TermFolding.collapsed(marker.text) else { return false }
                score = 0.95
            case .upperOrHeader:
                if DocumentMarkerDetector.isUpper(bytes, m.start, m.end) {
                    score = 0.95
                } else if DocumentMarkerDetector.isHeaderPosition(ctx, m.start, m.end) {
                    score = 0.9
                } else {
                    return false
                }
            }
            ctx.emit(.documentMarker, m.start, m.end, score: score, priority: CandidatePriority.validated, detail: marker.text)
            return true
        }
    }

    /// No lower-case letter in the range.
    static func isUpper(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let (s, len) = UTF8Scalar.decode(b, at: i)
            if s < 0x80 {
                if s >= 0x61 && s <= 0x7A { return false }
            } else if UTF8Scalar.letterKind(s) == .lower {
                return false
            }
            i += len
        }
        return true
    }

    /// Decoration around a header-like marker: `# Confidential`, `**Confidential**`, `[Confidential]`.
    @inline(__always) static func isDecoration(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || "#*-=_[](){}<>|/\\\"'`~:.!".utf8.contains(b)
    }

    /// Whether the marker starts its line (after decoration) and ends it or is followed by a
    /// separator, or follows a label key such as `Classification:`.
    static func isHeaderPosition(_ ctx: ScanContext, _ start: Int, _ end: Int) -> Bool {
        let limit = 120
        // Before: decoration only back to the line start, or "<label key> :".
        var i = start - 1
        var sawColon = false
        while i >= 0 && start - i < limit {
            let b = ctx.byte(i)
            if b == 0x0A || b == 0x0D { break }
            if !isDecoration(b) {
                guard sawColon, ctx.cls(i) & ByteClass.alpha != 0 else { return false }
                var s = i
                while s > 0 && ctx.cls(s - 1) & ByteClass.alpha != 0 { s -= 1 }
                return labelKeys.contains(ctx.bytes, s, i + 1)
            }
            if b == 0x3A { sawColon = true }
            i -= 1
        }
        if i >= 0 && start - i >= limit { return false }
        // After: end of line, or a separator before whatever follows.
        var j = end
        while j < ctx.count && (ctx.byte(j) == 0x20 || ctx.byte(j) == 0x09) { j += 1 }
        if j >= ctx.count { return true }
        let b = ctx.byte(j)
        if b == 0x0A || b == 0x0D { return true }
        if "-:|*#])}>/".utf8.contains(b) { return true }
        // An em or en dash.
        return b == 0xE2 && ctx.byte(j + 1) == 0x80 && (ctx.byte(j + 2) == 0x94 || ctx.byte(j + 2) == 0x93)
    }
}

extension TermFolding {
    /// Runs of white space as one space, trimmed (for exact-case comparisons).
    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
