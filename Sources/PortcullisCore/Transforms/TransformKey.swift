import Crypto

/// The secret that makes hashed tags and synthetic values stable: the same key, type and value
/// always give the same output, and without the key the output says nothing about the value.
///
/// Every use derives its MAC input from a label and length-prefixed parts, so a hash tag, a fake
/// name and a date shift made with one key can never be the same MAC of different inputs.
public struct TransformKey: Sendable {
    let key: SymmetricKey
    /// HMAC state after the key was absorbed, copied for each MAC (key set-up once, not per value).
    private let keyed: HMAC<SHA256>

    /// Wraps an existing key (at least 128 bits is sensible; HMAC accepts any length).
    public init(_ key: SymmetricKey) {
        self.key = key
        keyed = HMAC<SHA256>(key: key)
    }

    /// A key from raw bytes, for keys kept in configuration or a key store.
    public init(bytes: [UInt8]) { self.init(SymmetricKey(data: bytes)) }

    /// A new random 256-bit key: stable within its lifetime only.
    public static func random() -> TransformKey { TransformKey(SymmetricKey(size: .bits256)) }

    /// HMAC-SHA256 over `label` and `parts`, each prefixed with its byte length.
    func mac(_ label: String, _ parts: [String]) -> [UInt8] {
        var h = keyed
        // One buffer of length-prefixed parts, one update (the same bytes as one update per piece).
        var input: [UInt8] = []
        input.reserveCapacity(64)
        for p in [label] + parts {
            let n = UInt32(p.utf8.count)
            input.append(contentsOf: [UInt8(n >> 24), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)])
            input.append(contentsOf: p.utf8)
        }
        h.update(data: input)
        return Array(h.finalize())
    }
}
