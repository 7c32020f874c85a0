import PortcullisCore

/// The text a red-team report shows for a case: its first 100 characters on one line, with every
/// personal value and credential found in it masked (`ScanMasking`), since a user's corpus may
/// hold real ones.
struct RedteamExcerpt: Sendable {
    let classifier: SensitivityClassifier

    func excerpt(_ c: RedteamCase) -> String {
        let text = c.text
        var bytes = Array(text.utf8)
        let found = classifier.classify(text).findings.map(\.finding)
            .filter { !$0.type.isThreat && $0.type != .documentMarker }
            .sorted { $0.utf8Start > $1.utf8Start }
        var lastStart = Int.max
        for f in found where f.utf8End <= lastStart {
            let value = String(decoding: bytes[f.utf8Start..<f.utf8End], as: UTF8.self)
            bytes.replaceSubrange(f.utf8Start..<f.utf8End, with: Array("[\(f.type.rawValue): \(ScanMasking.mask(value, type: f.type))]".utf8))
            lastStart = f.utf8Start
        }
        var line = ""
        var lastSpace = false
        for ch in String(decoding: bytes, as: UTF8.self) {
            let space = ch.isWhitespace
            if space && lastSpace { continue }
            line.append(space ? " " : ch)
            lastSpace = space
        }
        return line.count > 100 ? String(line.prefix(100)) + "…" : line
    }
}
