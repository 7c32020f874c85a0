/// A deterministic stream of random numbers keyed by a MAC: one HMAC-SHA256 of (label, parts)
/// under the key seeds a xoshiro256** generator, which draws the rest.
///
/// The seed is secret (it needs the key) and says nothing about the value it was derived from;
/// one HMAC per value instead of one per four draws keeps synthesis fast on large datasets.
/// Synthetic values must be the same on every platform and Swift release, so draws use this
/// type's own `below(_:)` rather than the standard library's `random(in:using:)`, whose algorithm
/// is not specified.
struct KeyedRandom {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(key: TransformKey, label: String, parts: [String]) {
        let seed = key.mac(label, parts)
        func word(_ k: Int) -> UInt64 {
            var v: UInt64 = 0
            for j in 0..<8 { v = v << 8 | UInt64(seed[k * 8 + j]) }
            return v
        }
        s0 = word(0); s1 = word(1); s2 = word(2); s3 = word(3)
        if s0 | s1 | s2 | s3 == 0 { s0 = 0x9E37_79B9_7F4A_7C15 }  // the all-zero state is a fixed point
    }

    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = s3 << 45 | s3 >> 19
        return result
    }

    /// A number in `0..<n` (the modulo bias of a 64-bit draw is below 2⁻⁴⁰ for the ranges used here).
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next() % UInt64(n))
    }

    mutating func digit() -> UInt8 { UInt8(below(10)) }

    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
}
