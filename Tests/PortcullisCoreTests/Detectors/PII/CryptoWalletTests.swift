import Testing
@testable import PortcullisCore

@Suite struct CryptoWalletTests {
    let detectors: [any Detector] = [CryptoWalletDetector()]

    @Test(arguments: [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",  // the genesis block's P2PKH address
        "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy",  // P2SH
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq",  // P2WPKH (Bech32)
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",  // BIP-173 example, upper case
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",  // BIP-173 P2WSH
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",  // BIP-350 Taproot (Bech32m)
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",  // EIP-55 example
        "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",  // EIP-55 example
    ])
    func findsAddressesWithValidChecksums(address: String) {
        let text = "send to \(address) now"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.crypto, address, in: text)])
    }

    @Test(arguments: [
        "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb",  // Base58Check checksum broken
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",  // Bech32 checksum broken
        "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD",  // EIP-55 case broken
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",  // sha256 digest
        "550e8400-e29b-41d4-a716-446655440000",  // UUID
        "da39a3ee5e6b4b0d3255bfef95601890afd80709",  // git SHA-1
    ])
    func ignoresInvalidAddressesAndHashes(text: String) {
        #expect(PIIProbe.spans("value \(text) end", detectors).isEmpty)
    }

    @Test func unchecksummedEthereumAddressScoresLower() {
        let lower = PIIProbe.findings("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", detectors)
        let mixed = PIIProbe.findings("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", detectors)
        #expect(lower.count == 1 && mixed.count == 1)
        #expect(lower[0].score < mixed[0].score)
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "₿ 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"
        let k = prefix.unicodeScalars.count + 2
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .crypto, start: k, end: k + 34)])
    }
}
