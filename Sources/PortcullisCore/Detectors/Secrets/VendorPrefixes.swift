/// For each first byte, the token lengths at which `VendorTokenDetector.match` can recognise a
/// prefix (`ghp`, `github`, `sk`, `AKIA…`, `eyJ…`): bit `min(length, 63)`. One load and a shift
/// skip the tokens no vendor format starts with, before the detector looks at them.
enum VendorPrefixes {
    nonisolated(unsafe) static let lengthsByFirstByte: UnsafePointer<UInt64> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        p.initialize(repeating: 0, count: 256)
        func set(_ c: Character, _ lengths: [Int]) {
            for l in lengths { p[Int(c.asciiValue!)] |= 1 << UInt64(l) }
        }
        let fromThreeOn = Array(3...63), fromFourOn = Array(4...63)
        set("g", [3, 5, 6])  // ghp_ …, glpat-, github_pat_
        set("x", [4])  // xoxb-
        set("s", [2, 5])  // sk_, sk-, shpat_
        set("r", [2])  // rk_
        set("A", [20] + fromFourOn)  // AKIA…, AIza…
        set("S", [2, 34])  // SG., SK…
        set("n", [3])  // npm_
        set("p", [4])  // pypi-
        set("d", [3])  // dop_v1_
        set("h", [2, 4, 5])  // hf_, hooks.slack.com
        set("e", fromThreeOn)  // eyJ…
        return UnsafePointer(p)
    }()

    /// Whether a token of `length` bytes starting with `first` may open a prefixed vendor token.
    @inline(__always)
    static func mayStart(_ first: UInt8, length: Int, _ table: UnsafePointer<UInt64>) -> Bool {
        (table[Int(first)] >> UInt64(min(length, 63))) & 1 != 0
    }
}
