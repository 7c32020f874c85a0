/// The entity types Portcullis can report: every built-in detector's, plus labelled-data and the
/// prompt-attack types, for validating names in configuration.
enum KnownTypes {
    static let names: Set<String> = {
        var s = Set(DetectorRegistry.standard().flatMap(\.entityTypes).map(\.rawValue))
        for t in ["DOCUMENT_MARKER", "DICTIONARY_TERM"] { s.insert(t) }
        for t in EntityType.threats { s.insert(t.rawValue) }
        return s
    }()

    /// The known name closest to `s` by edit distance, when it is close enough to be a typo.
    static func nearest(to s: String) -> String? {
        let a = Array(s.lowercased())
        var best: (String, Int)? = nil
        for name in names {
            let d = distance(a, Array(name.lowercased()))
            if d <= max(2, a.count / 4), d < (best?.1 ?? Int.max) { best = (name, d) }
        }
        return best?.0
    }

    /// Levenshtein distance (insertions, deletions, substitutions).
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        var prev = Array(0...b.count)
        for i in 1...a.count {
            var cur = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where j <= b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
