/// Keccak-256 (the pre-standard SHA-3 padding Ethereum uses) for EIP-55 address checksums.
public enum Keccak256 {
    private static let rc: [UInt64] = [
        0x0000_0000_0000_0001, 0x0000_0000_0000_8082, 0x8000_0000_0000_808A, 0x8000_0000_8000_8000,
        0x0000_0000_0000_808B, 0x0000_0000_8000_0001, 0x8000_0000_8000_8081, 0x8000_0000_0000_8009,
        0x0000_0000_0000_008A, 0x0000_0000_0000_0088, 0x0000_0000_8000_8009, 0x0000_0000_8000_000A,
        0x0000_0000_8000_808B, 0x8000_0000_0000_008B, 0x8000_0000_0000_8089, 0x8000_0000_0000_8003,
        0x8000_0000_0000_8002, 0x8000_0000_0000_0080, 0x0000_0000_0000_800A, 0x8000_0000_8000_000A,
        0x8000_0000_8000_8081, 0x8000_0000_0000_8080, 0x0000_0000_8000_0001, 0x8000_0000_8000_8008,
    ]
    private static let rotations: [UInt64] = [
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    ]

    /// Keccak-f[1600] on a 25-lane state, with the θ and ρπ scratch on the stack.
    private static func permute(_ a: UnsafeMutablePointer<UInt64>) {
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 30) { scratch in
            let c = scratch.baseAddress!
            let b = c + 5
            for round in 0..<24 {
                for x in 0..<5 { c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20] }
                for x in 0..<5 {
                    let c1 = c[(x + 1) % 5]
                    let d = c[(x + 4) % 5] ^ ((c1 << 1) | (c1 >> 63))
                    a[x] ^= d; a[x + 5] ^= d; a[x + 10] ^= d; a[x + 15] ^= d; a[x + 20] ^= d
                }
                for x in 0..<5 {
                    for y in 0..<5 {
                        let r = rotations[x + 5 * y]
                        let v = a[x + 5 * y]
                        b[y + 5 * ((2 * x + 3 * y) % 5)] = r == 0 ? v : (v << r) | (v >> (64 - r))
                    }
                }
                for y in 0..<5 {
                    let row = 5 * y
                    for x in 0..<5 { a[x + row] = b[x + row] ^ (~b[(x + 1) % 5 + row] & b[(x + 2) % 5 + row]) }
                }
                a[0] ^= rc[round]
            }
        }
    }

    /// The 32-byte Keccak-256 digest of `data`.
    public static func hash(_ data: [UInt8]) -> [UInt8] {
        data.withUnsafeBufferPointer { hash($0) }
    }

    /// The 32-byte Keccak-256 digest of `data` (one heap allocation: the result).
    public static func hash(_ data: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let rate = 136
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 25) { stateBuf in
            let state = stateBuf.baseAddress!
            state.initialize(repeating: 0, count: 25)
            // Absorb full blocks, then the last partial block with Keccak's pad10*1 (0x01 … 0x80).
            var offset = 0
            while true {
                let remaining = data.count - offset
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: rate) { blockBuf in
                    let block = blockBuf.baseAddress!
                    let n = min(remaining, rate)
                    for k in 0..<rate { block[k] = k < n ? data[offset + k] : 0 }
                    if remaining < rate {
                        block[n] ^= 0x01
                        block[rate - 1] ^= 0x80
                    }
                    for i in 0..<(rate / 8) {
                        var lane: UInt64 = 0
                        for k in 0..<8 { lane |= UInt64(block[i * 8 + k]) << (8 * UInt64(k)) }
                        state[i] ^= lane
                    }
                }
                permute(state)
                if remaining < rate { break }
                offset += rate
            }
            var out = [UInt8]()
            out.reserveCapacity(32)
            for i in 0..<4 { for k in 0..<8 { out.append(UInt8((state[i] >> (8 * UInt64(k))) & 0xFF)) } }
            return out
        }
    }

    /// EIP-55: whether the mixed-case hex address (40 chars, no `0x`) has a valid checksum.
    /// All-lower or all-upper addresses carry no checksum and return nil.
    public static func eip55(_ hex: ArraySlice<UInt8>) -> Bool? {
        let hasUpper = hex.contains { $0 >= 0x41 && $0 <= 0x46 }
        let hasLower = hex.contains { $0 >= 0x61 && $0 <= 0x66 }
        guard hasUpper && hasLower else { return nil }
        let lower = hex.map(ByteClass.lowercase)
        let h = hash(lower)
        for (k, c) in hex.enumerated() where c >= 0x41 {
            let nibble = (h[k / 2] >> (k % 2 == 0 ? 4 : 0)) & 0xF
            let upper = c <= 0x46
            if upper != (nibble >= 8) { return false }
        }
        return true
    }
}
