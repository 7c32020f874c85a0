import Foundation

extension UUID {
    /// A random (version 4) UUID from the system's CSPRNG (`getrandom`).
    ///
    /// Foundation's `UUID()` on Linux opens, reads and closes `/dev/urandom` for every value; the
    /// audit log makes one per event, and that was a few percent of its time.
    public static func random() -> UUID {
        var rng = SystemRandomNumberGenerator()
        var b = (rng.next() as UInt64, rng.next() as UInt64)
        return withUnsafeMutableBytes(of: &b) { raw -> UUID in
            raw[6] = (raw[6] & 0x0F) | 0x40  // version 4
            raw[8] = (raw[8] & 0x3F) | 0x80  // RFC 4122 variant
            return UUID(uuid: raw.load(as: uuid_t.self))
        }
    }

    /// The same text as `uuidString` (upper-case, 8-4-4-4-12), without going through `snprintf`.
    public var text: String {
        let digits: StaticString = "0123456789ABCDEF"
        return withUnsafeBytes(of: uuid) { raw in
            String(unsafeUninitializedCapacity: 36) { out in
                digits.withUTF8Buffer { hex in
                    var o = 0
                    for i in 0..<16 {
                        if i == 4 || i == 6 || i == 8 || i == 10 { out[o] = UInt8(ascii: "-"); o += 1 }
                        out[o] = hex[Int(raw[i] >> 4)]
                        out[o + 1] = hex[Int(raw[i] & 0x0F)]
                        o += 2
                    }
                    return o
                }
            }
        }
    }

    /// Parses the 8-4-4-4-12 hexadecimal form (either case), as `UUID(uuidString:)` does, without `sscanf`.
    public init?(text: String) {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var s = text
        let ok = s.withUTF8 { u -> Bool in
            guard u.count == 36 else { return false }
            return withUnsafeMutableBytes(of: &bytes) { out -> Bool in
                var o = 0, i = 0
                while i < 36 {
                    if i == 8 || i == 13 || i == 18 || i == 23 {
                        guard u[i] == UInt8(ascii: "-") else { return false }
                        i += 1
                        continue
                    }
                    guard let hi = Self.nibble(u[i]), let lo = Self.nibble(u[i + 1]) else { return false }
                    out[o] = hi << 4 | lo
                    o += 1
                    i += 2
                }
                return true
            }
        }
        guard ok else { return nil }
        self.init(uuid: bytes)
    }

    private static func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
