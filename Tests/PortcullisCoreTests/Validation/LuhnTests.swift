import Testing
@testable import PortcullisCore

@Suite struct LuhnTests {
    static func digits(_ s: String) -> [UInt8] { s.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { $0 - 0x30 } }

    @Test(arguments: ["79927398713", "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117",
                      "3530111333300000", "30569309025904", "4000056655665556", "0"] as [String])
    func validNumbers(s: String) {
        // "0" alone is too short to carry a check digit.
        #expect(Luhn.isValid(Self.digits(s)) == (s.count >= 2))
    }

    @Test(arguments: ["79927398710", "79927398711", "4111111111111112", "1234567812345678"])
    func invalidNumbers(s: String) {
        #expect(!Luhn.isValid(Self.digits(s)))
    }

    @Test func checkDigitCompletesAPayload() {
        #expect(Luhn.checkDigit(for: Self.digits("7992739871")) == 3)
        #expect(Luhn.checkDigit(for: Self.digits("411111111111111")) == 1)
    }

    @Test func everySingleDigitErrorIsCaught() {
        let good = Self.digits("4111111111111111")
        for k in good.indices {
            for d: UInt8 in 0...9 where d != good[k] {
                var bad = good
                bad[k] = d
                #expect(!Luhn.isValid(bad))
            }
        }
    }

    @Test func issuerPrefixesAndLengths() {
        #expect(CardIssuer.identify(Self.digits("4111111111111111")) == .visa)
        #expect(CardIssuer.identify(Self.digits("4222222222222")) == .visa)
        #expect(CardIssuer.identify(Self.digits("5555555555554444")) == .mastercard)
        #expect(CardIssuer.identify(Self.digits("2221000000000009")) == .mastercard)
        #expect(CardIssuer.identify(Self.digits("378282246310005")) == .amex)
        #expect(CardIssuer.identify(Self.digits("6011111111111117")) == .discover)
        #expect(CardIssuer.identify(Self.digits("3530111333300000")) == .jcb)
        #expect(CardIssuer.identify(Self.digits("30569309025904")) == .dinersClub)
        #expect(CardIssuer.identify(Self.digits("37828224631000")) == nil)  // Amex prefix, 14 digits
        #expect(CardIssuer.identify(Self.digits("9999999999999995")) == nil)
    }
}
