/// A deterministic stream of random numbers drawn from a keyed MAC (HMAC in counter mode).
///
/// Synthetic values must be the same on every platform and Swift release, so draws use this
/// type's own `below(_:)` rather than the standard library's `random(in:using:)`, whose algorithm
/// is not specified.
struct KeyedRandom {
    private let key: TransformKey
    private let label: String
    private let parts: [String]
    private var block: [UInt8] = []
    private var used = 0
    private var counter = 0

    init(key: TransformKey, label: String, parts: [String]) {
        self.key = key
        self.label = label
        self.parts = parts
    }

    mutating func next() -> UInt64 {
        if used + 8 > block.count {
            block = key.mac(label, parts + [String(counter)])
            counter += 1
            used = 0
        }
        var v: UInt64 = 0
        for k in 0..<8 { v = v << 8 | UInt64(block[used + k]) }
        used += 8
        return v
    }

    /// A number in `0..<n` (the modulo bias of a 64-bit draw is below 2⁻⁴⁰ for the ranges used here).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }

    mutating func digit() -> UInt8 { UInt8(below(10)) }

    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
