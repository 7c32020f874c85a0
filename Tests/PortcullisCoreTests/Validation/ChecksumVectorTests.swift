import Testing
@testable import PortcullisCore

/// Published test vectors for the checksums crypto addresses and health identifiers carry.
@Suite struct ChecksumVectorTests {
    static func bytes(_ s: String) -> ArraySlice<UInt8> { ArraySlice(Array(s.utf8)) }

    @Test(arguments: ["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"])
    func base58CheckValid(address: String) {
        #expect(Base58Check.isValidBitcoinAddress(Self.bytes(address)))
    }

    @Test(arguments: ["1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "1A1zP1eP5QGefi2DMPTfTL5SLmv7Divf",
                      "0A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNl"])
    func base58CheckInvalid(address: String) {
        #expect(!Base58Check.isValidBitcoinAddress(Self.bytes(address)))
    }

    @Test func base58DecodesLeadingOnesAsZeroBytes() {
        #expect(Base58Check.decode(Self.bytes("1112")) == [0, 0, 0, 1])
        #expect(Base58Check.decode(Self.bytes("5Q")) == [0xFF])  // 4·58 + 23 = 255
        #expect(Base58Check.decode(Self.bytes("0OIl")) == nil)
    }

    /// BIP-173 valid Bech32 strings and addresses, and BIP-350 Bech32m.
    @Test(arguments: [
        "A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
        "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w",
        "BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4", "tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7",
        "bc1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3qccfmv3",
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0",
    ])
    func bech32Valid(s: String) {
        #expect(Bech32.isValid(Self.bytes(s)))
    }

    @Test(arguments: [
        "li1dgmt3",  // checksum too short
        "x1b4n0q5v",  // invalid data character
        "pzry9x0s0muk",  // no separator
        "1pzry9x0s0muk",  // empty human-readable part
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr",
    ])
    func bech32Invalid(s: String) {
        #expect(!Bech32.isValid(Self.bytes(s)))
    }

    @Test func keccak256OfTheEmptyString() {
        let hex = Keccak256.hash([]).map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        #expect(hex == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
    }

    /// The four mixed-case examples published in EIP-55.
    @Test(arguments: [
        "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "fB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
        "dbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "D1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
    ])
    func eip55Valid(hex: String) {
        #expect(Keccak256.eip55(Self.bytes(hex)) == true)
        // Flipping the case of one letter breaks the checksum.
        var b = Array(hex.utf8)
        let k = b.firstIndex { ($0 >= 0x41 && $0 <= 0x46) || ($0 >= 0x61 && $0 <= 0x66) }!
        b[k] ^= 0x20
        #expect(Keccak256.eip55(ArraySlice(b)) == false)
    }

    @Test func eip55SingleCaseCarriesNoChecksum() {
        #expect(Keccak256.eip55(Self.bytes("52908400098527886e0f7030069857d2e4169ee7")) == nil)
        #expect(Keccak256.eip55(Self.bytes("52908400098527886E0F7030069857D2E4169EE7")) == nil)
    }

    @Test func nhsModulus11() {
        func d(_ s: String) -> [UInt8] { s.utf8.map { $0 - 0x30 } }
        #expect(NationalIDs.isValidNHS(d("9434765919")))
        #expect(NationalIDs.isValidNHS(d("4010232137")))
        #expect(!NationalIDs.isValidNHS(d("9434765918")))
        #expect(!NationalIDs.isValidNHS(d("1234567890")))  // check digit would be 10: never issued
        #expect(!NationalIDs.isValidNHS(d("943476591")))
    }
}
