import Crypto

/// Bitcoin Base58Check (legacy P2PKH `1…` and P2SH `3…` addresses): base-58 decoding and the
/// 4-byte double SHA-256 checksum.
public enum Base58Check {
    private static let alphabet = Array("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".utf8)
    private static let index: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in alphabet.enumerated() { t[Int(c)] = Int8(i) }
        return t
    }()

    /// Whether `c` is a base-58 character.
    @inline(__always) public static func isBase58(_ c: UInt8) -> Bool { index[Int(c)] >= 0 }

    /// Decodes base-58 text to bytes, or nil for a character outside the alphabet.
    public static func decode(_ s: ArraySlice<UInt8>) -> [UInt8]? {
        var out = [UInt8]()
        for c in s {
            let v = index[Int(c)]
            if v < 0 { return nil }
            var carry = Int(v)
            for k in stride(from: out.count - 1, through: 0, by: -1) {
                carry += Int(out[k]) * 58
                out[k] = UInt8(carry & 0xFF)
                carry >>= 8
            }
            while carry > 0 {
                out.insert(UInt8(carry & 0xFF), at: 0)
                carry >>= 8
            }
        }
        let zeros = s.prefix { $0 == 0x31 }.count
        return [UInt8](repeating: 0, count: zeros) + out
    }

    /// Whether a Bitcoin legacy address decodes to 25 bytes with version 0x00 or 0x05 and a
    /// valid checksum.
    public static func isValidBitcoinAddress(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.count >= 26, s.count <= 35, let raw = decode(s), raw.count == 25,
              raw[0] == 0x00 || raw[0] == 0x05 else { return false }
        let payload = raw[0..<21]
        let h = SHA256.hash(data: Array(SHA256.hash(data: payload)))
        return Array(h.prefix(4)) == Array(raw[21..<25])
    }
}

/// Bech32 and Bech32m (BIP 173 / BIP 350) checksums for SegWit addresses (`bc1…`).
public enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let index: [Int8] = {
        var t = [Int8](repeating: -1, count: 256)
        for (i, c) in charset.enumerated() {
            t[Int(c)] = Int8(i)
            if c >= 0x61 { t[Int(c - 0x20)] = Int8(i) }  // upper-case form
        }
        return t
    }()

    @inline(__always) public static func isCharset(_ c: UInt8) -> Bool { index[Int(c)] >= 0 }

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        let gen: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]
        var chk: UInt32 = 1
        for v in values {
            let b = chk >> 25
            chk = (chk & 0x1ff_ffff) << 5 ^ UInt32(v)
            for i in 0..<5 where (b >> i) & 1 == 1 { chk ^= gen[i] }
        }
        return chk
    }

    /// Whether `s` (`hrp` + `1` + data) carries a valid Bech32 or Bech32m checksum.
    public static func isValid(_ s: ArraySlice<UInt8>) -> Bool {
        guard s.count >= 8, s.count <= 90, let sep = s.lastIndex(of: 0x31) else { return false }
        let hrp = s[s.startIndex..<sep].map(ByteClass.lowercase)
        let dataPart = s[(sep + 1)...]
        guard !hrp.isEmpty, dataPart.count >= 6 else { return false }
        var data: [UInt8] = []
        for c in dataPart {
            let v = index[Int(c)]
            if v < 0 { return false }
            data.append(UInt8(v))
        }
        let expanded = hrp.map { $0 >> 5 } + [0] + hrp.map { $0 & 31 }
        let pm = polymod(expanded + data)
        return pm == 1 || pm == 0x2bc8_30a3
    }
}
