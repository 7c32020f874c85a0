/// The first two bytes and the token lengths at which `VendorTokenDetector.match` can recognise a
/// prefix (`ghp`, `github`, `sk`, `AKIA…`, `eyJ…`), as tables the first pass and the detector
/// test in a load or two, before the detector reads a token.
enum VendorPrefixes {
    /// (first byte, second bytes, token lengths) of every prefix `match` dispatches on.
    private static let prefixes: [(first: Character, second: String, lengths: [Int])] = [
        ("g", "hil", [3, 5, 6]),  // ghp_ …, github_pat_, glpat-
        ("x", "o", [4]),  // xoxb-
        ("s", "kh", [2, 5]),  // sk_, sk-, shpat_
        ("r", "k", [2]),  // rk_
        ("A", "KSBC3I", [20] + Array(4...63)),  // AKIA…, ASIA…, ABIA…, ACCA…, A3T…, AIza…
        ("S", "GK", [2, 34]),  // SG., SK…
        ("n", "p", [3]),  // npm_
        ("p", "y", [4]),  // pypi-
        ("d", "o", [3]),  // dop_v1_, doo_v1_, dor_v1_
        ("h", "fto", [2, 4, 5]),  // hf_, http(s)://hooks.slack.com, hooks.slack.com
        ("e", "y", Array(3...63)),  // eyJ…
    ]

    /// For each first byte, the token lengths (bit `min(length, 63)`) a prefix needs.
    nonisolated(unsafe) static let lengthsByFirstByte: UnsafePointer<UInt64> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        p.initialize(repeating: 0, count: 256)
        for (first, _, lengths) in prefixes {
            for l in lengths { p[Int(first.asciiValue!)] |= 1 << UInt64(l) }
        }
        return UnsafePointer(p)
    }()

    /// The second bytes a prefix may have after each first byte, as bits `second & 63` (bytes that
    /// share those six bits pass too: a superset, which is all a filter needs).
    static func secondBytes(into table: UnsafeMutablePointer<UInt64>) {
        for (first, seconds, _) in prefixes {
            for c in seconds.utf8 { table[Int(first.asciiValue!)] |= 1 << UInt64(c & 63) }
        }
    }

    /// Whether a token of `length` bytes starting with `first` may open a prefixed vendor token.
    @inline(__always)
    static func mayStart(_ first: UInt8, length: Int, _ table: UnsafePointer<UInt64>) -> Bool {
        (table[Int(first)] >> UInt64(min(length, 63))) & 1 != 0
    }
}
