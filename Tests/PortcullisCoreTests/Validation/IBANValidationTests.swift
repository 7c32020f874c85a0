import Testing
@testable import PortcullisCore

@Suite struct IBANValidationTests {
    /// A valid IBAN for `country` with an all-digit BBAN of the registry length (ISO 7064 MOD 97-10:
    /// check = 98 − (BBAN + country + "00") mod 97).
    static func make(_ country: String, length: Int, seed: Int) -> String {
        var bban = ""
        var x = UInt64(seed &* 2_654_435_761 &+ 12345)
        for _ in 0..<(length - 4) {
            x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bban.append(Character(Unicode.Scalar(UInt8(0x30 + (x >> 33) % 10))))
        }
        var rem = 0
        for c in (bban + country + "00").utf8 {
            rem = c >= 0x41 ? (rem * 100 + Int(c - 0x41 + 10)) % 97 : (rem * 10 + Int(c - 0x30)) % 97
        }
        let check = 98 - rem
        return country + (check < 10 ? "0" : "") + "\(check)" + bban
    }

    @Test func everyRegisteredCountryAtItsLength() {
        for (country, length) in IBAN.lengths {
            let iban = Self.make(country, length: length, seed: length)
            #expect(iban.count == length)
            #expect(IBAN.isValid(compact: Array(iban.utf8)), "\(iban)")
            // One character more or less is not an IBAN of that country, even with a matching checksum.
            let longer = Self.make(country, length: length + 1, seed: length)
            let shorter = Self.make(country, length: length - 1, seed: length)
            #expect(!IBAN.isValid(compact: Array(longer.utf8)), "\(longer)")
            #expect(!IBAN.isValid(compact: Array(shorter.utf8)), "\(shorter)")
        }
    }

    @Test func registryLengthsOfTheCorpusCountries() {
        let expected = ["DE": 22, "GB": 22, "FR": 27, "ES": 24, "NL": 18, "IT": 27, "CH": 21, "AT": 20, "BE": 16,
                        "IE": 22, "PL": 28, "NO": 15, "MT": 31, "LC": 32]
        for (country, length) in expected {
            #expect(IBAN.lengths[country] == length, "\(country)")
            let u = Array(country.utf8)
            #expect(IBAN.length(u[0], u[1]) == length)
        }
    }

    @Test(arguments: IBANTests.examples)
    func publishedExamplesPass(iban: String) {
        #expect(IBAN.isValid(compact: Array(iban.utf8)))
    }

    @Test(arguments: IBANTests.examples)
    func anySingleSubstitutionFails(iban: String) {
        // MOD 97-10 detects every single-character substitution.
        var bytes = Array(iban.utf8)
        for k in 4..<bytes.count where bytes[k] >= 0x30 && bytes[k] <= 0x39 {
            let saved = bytes[k]
            bytes[k] = saved == 0x39 ? 0x30 : saved + 1
            #expect(!IBAN.isValid(compact: bytes))
            bytes[k] = saved
        }
    }

    @Test func swappedCheckDigitsFail() {
        #expect(!IBAN.isValid(compact: Array("DE98370400440532013000".utf8)))
    }
}
