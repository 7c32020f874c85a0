/// Fakes for credentials.
extension SyntheticGenerator {
    /// A random string of the same length: each letter or digit is replaced by a random one of its
    /// class (upper, lower, digit; hex digits stay hex), punctuation and whitespace stay, so a
    /// fake key still fits the field it was in and nothing of the secret survives.
    static func fakeSecret(_ value: String, _ rng: inout KeyedRandom) -> String? {
        let bytes = Array(value.utf8)
        let letters = bytes.filter(isLetter)
        guard letters.count + bytes.filter({ $0 >= 0x30 && $0 <= 0x39 }).count > 0 else { return nil }
        let hex = letters.allSatisfy { (0x41...0x46).contains($0) || (0x61...0x66).contains($0) }
        let out = bytes.map { b -> UInt8 in
            switch b {
            case 0x30...0x39: return 0x30 + rng.digit()
            case 0x41...0x5A: return 0x41 + UInt8(rng.below(hex ? 6 : 26))
            case 0x61...0x7A: return 0x61 + UInt8(rng.below(hex ? 6 : 26))
            default: return b
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
