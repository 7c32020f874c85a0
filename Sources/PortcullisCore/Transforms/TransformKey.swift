import Crypto

/// The secret that makes hashed tags and synthetic values stable: the same key, type and value
/// always give the same output, and without the key the output says nothing about the value.
///
/// Every use derives its MAC input from a label and length-prefixed parts, so a hash tag, a fake
/// name and a date shift made with one key can never be the same MAC of different inputs.
public struct TransformKey: Sendable {
    let key: SymmetricKey

    /// Wraps an existing key (at least 128 bits is sensible; HMAC accepts any length).
    public init(_ key: SymmetricKey) { self.key = key }

    /// A key from raw bytes, for keys kept in configuration or a key store.
    public init(bytes: [UInt8]) { key = SymmetricKey(data: bytes) }

    /// A new random 256-bit key: stable within its lifetime only.
    public static func random() -> TransformKey { TransformKey(SymmetricKey(size: .bits256)) }

    /// HMAC-SHA256 over `label` and `parts`, each prefixed with its byte length.
    func mac(_ label: String, _ parts: [String]) -> [UInt8] {
        var h = HMAC<SHA256>(key: key)
        for p in [label] + parts {
            var n = UInt32(p.utf8.count).bigEndian
            withUnsafeBytes(of: &n) { h.update(data: $0) }
            h.update(data: Array(p.utf8))
        }
        return Array(h.finalize())
    }
}
