/// Fakes for credentials.
extension SyntheticGenerator {
    /// A random string of the same length: each letter or digit is replaced by a random one of its
    /// class (upper, lower, digit; hex digits stay hex), punctuation and whitespace stay, so a
    /// fake key still fits the field it was in and nothing of the secret survives. PEM armour
    /// lines (`-----BEGIN RSA PRIVATE KEY-----`, RFC 7468) stay too: they name the kind of key,
    /// not the key.
    static func fakeSecret(_ value: String, _ rng: inout KeyedRandom) -> String? {
        let bytes = Array(value.utf8)
        var keep = [Bool](repeating: false, count: bytes.count)
        var lineStart = 0
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x0A {
            if bytes[lineStart..<i].starts(with: "-----".utf8) {
                for k in lineStart..<i { keep[k] = true }
            }
            lineStart = i + 1
        }
        let changed = bytes.indices.filter { !keep[$0] && isAlphanumeric(bytes[$0]) }
        guard !changed.isEmpty else { return nil }
        let hex = changed.allSatisfy { k in
            let b = bytes[k]
            return (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
        }
        var out = bytes
        for k in changed {
            switch bytes[k] {
            case 0x30...0x39: out[k] = 0x30 + rng.digit()
            case 0x41...0x5A: out[k] = 0x41 + UInt8(rng.below(hex ? 6 : 26))
            default: out[k] = 0x61 + UInt8(rng.below(hex ? 6 : 26))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
