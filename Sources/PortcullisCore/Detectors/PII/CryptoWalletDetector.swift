/// Cryptocurrency addresses with their checksums: Bitcoin legacy (Base58Check), SegWit
/// (Bech32/Bech32m, `bc1…`) and Ethereum (`0x` + 40 hex, EIP-55 when mixed case).
public struct CryptoWalletDetector: Detector {
    public let name = "crypto"
    public let entityTypes: [EntityType] = [.crypto]
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        // Addresses are long tokens (`TokenMarks.longToken` bytes or more), which are marks.
        for m in ctx.markTokens {
            let i = Int(m)
            let t = tokens[i]
            guard t.length >= 26, t.length <= 90, !t.has(Token.hasNonASCII), ctx.isLeftBoundary(token: i),
                  ctx.isRightBoundary(t.end) else { continue }
            let s = t.start
            let slice = ArraySlice(ctx.bytes[s..<t.end])
            let first = ctx.bytes[s]
            if (first == 0x31 || first == 0x33) && t.length <= 35 && slice.allSatisfy(Base58Check.isBase58) {
                if Base58Check.isValidBitcoinAddress(slice) {
                    ctx.emit(.crypto, s, t.end, score: 1.0, priority: CandidatePriority.validated)
                }
            } else if ctx.hasPrefixIgnoringCase("bc1", at: s) || ctx.hasPrefixIgnoringCase("tb1", at: s) {
                if t.length >= 42 && t.length <= 62 && Bech32.isValid(slice) {
                    ctx.emit(.crypto, s, t.end, score: 1.0, priority: CandidatePriority.validated)
                }
            } else if t.length == 42 && first == 0x30 && ctx.byte(s + 1) == 0x78 {
                let hex = ArraySlice(ctx.bytes[(s + 2)..<t.end])
                guard hex.allSatisfy({ ByteClass.table[Int($0)] & ByteClass.hex != 0 }) else { continue }
                switch Keccak256.eip55(hex) {
                case .some(true): ctx.emit(.crypto, s, t.end, score: 1.0, priority: CandidatePriority.validated)
                case .none: ctx.emit(.crypto, s, t.end, score: 0.8, priority: CandidatePriority.validated)
                case .some(false): break
                }
            }
        }
    }
}
