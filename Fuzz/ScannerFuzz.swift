import PortcullisCore

// libFuzzer target for the scanning engine: any bytes, decoded as UTF-8 with replacement, must
// scan without a crash, an out-of-bounds access (AddressSanitizer) or a broken invariant.
// Built and run by `scripts/fuzz`; lives outside `Sources/` so SwiftPM ignores it.

let engine = ScanEngine()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    check(text, engine.scan(text))
    return 0
}

/// The invariants every scan keeps, whatever the input (ScanEngine's documented contract).
func check(_ text: String, _ findings: [Finding]) {
    let scalarCount = text.unicodeScalars.count
    let utf8 = Array(text.utf8)
    // Code point offset of every UTF-8 offset that starts a scalar.
    var scalarAt = [Int](repeating: -1, count: utf8.count + 1)
    var n = 0
    for (i, b) in utf8.enumerated() where b & 0xC0 != 0x80 {
        scalarAt[i] = n
        n += 1
    }
    scalarAt[utf8.count] = n
    var previousEnd = 0
    for f in findings {
        require(0 <= f.start && f.start < f.end && f.end <= scalarCount, "code point span out of range", f)
        require(0 <= f.utf8Start && f.utf8Start < f.utf8End && f.utf8End <= utf8.count, "UTF-8 span out of range", f)
        require(scalarAt[f.utf8Start] == f.start && scalarAt[f.utf8End] == f.end,
                "UTF-8 offsets do not match code point offsets (or split a scalar)", f)
        require(f.score >= 0 && f.score <= 1, "score outside [0, 1]", f)
        // Threat findings (prompt injection, jailbreaks) are spans of text that may hold other
        // findings; every other finding is sorted and claims its bytes alone.
        if f.type.isThreat { continue }
        require(f.start >= previousEnd, "findings unsorted or overlapping", f)
        previousEnd = f.end
    }
}

func require(_ ok: Bool, _ message: String, _ f: Finding) {
    if !ok { fatalError("invariant broken: \(message): \(f)") }
}
