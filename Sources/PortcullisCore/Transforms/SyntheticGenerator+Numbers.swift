/// Fakes for numbers with check digits or structure rules: cards, IBANs, SSNs, NHS numbers, phones.
extension SyntheticGenerator {
    /// Same digit count and separators, a prefix of the same issuer (ISO/IEC 7812 IIN ranges), a
    /// valid Luhn check digit.
    static func fakeCard(_ value: String, _ rng: inout KeyedRandom) -> String? {
        let original = digits(of: value)
        guard original.count >= 2 else { return nil }
        var d: [UInt8]
        switch CardIssuer.identify(original) {
        case .visa: d = [4]
        case .mastercard: d = [5, UInt8(1 + rng.below(5))]
        case .amex: d = [3, rng.pick([4, 7])]
        case .discover: d = [6, 0, 1, 1]
        case .jcb:
            let k = 28 + rng.below(62)
            d = [3, 5, UInt8(k / 10), UInt8(k % 10)]
        case .dinersClub: d = [3, 6]
        case .unionPay: d = [6, 2, 1]
        case .maestro: d = [6, 7, 5, 9]
        case nil: d = [original[0]]
        }
        while d.count < original.count - 1 { d.append(rng.digit()) }
        d = Array(d.prefix(original.count - 1))
        d.append(Luhn.checkDigit(for: d))
        return replacingDigits(of: value, with: d)
    }

    /// Same country, length, spacing and letter/digit layout; check digits computed by ISO 7064
    /// mod 97-10 so the fake passes the same validation as a real IBAN.
    static func fakeIBAN(_ value: String, _ rng: inout KeyedRandom) -> String? {
        var bytes = Array(value.utf8)
        let positions = bytes.indices.filter { isAlphanumeric(bytes[$0]) }
        guard positions.count >= 5, isLetter(bytes[positions[0]]), isLetter(bytes[positions[1]]) else { return nil }
        for p in positions.dropFirst(4) {
            let b = bytes[p]
            if b >= 0x30 && b <= 0x39 {
                bytes[p] = 0x30 + rng.digit()
            } else {
                let letter = UInt8(0x41 + rng.below(26))
                bytes[p] = b >= 0x61 ? letter + 0x20 : letter
            }
        }
        // Check digits: 98 − (BBAN + country + "00" as a number mod 97).
        var rem = 0
        let rearranged = positions.dropFirst(4).map { bytes[$0] } + [bytes[positions[0]], bytes[positions[1]], 0x30, 0x30]
        for b in rearranged {
            let u = b >= 0x61 ? b - 0x20 : b
            rem = u >= 0x41 ? (rem * 100 + Int(u - 0x41 + 10)) % 97 : (rem * 10 + Int(u - 0x30)) % 97
        }
        let check = 98 - rem
        bytes[positions[2]] = 0x30 + UInt8(check / 10)
        bytes[positions[3]] = 0x30 + UInt8(check % 10)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Nine digits the SSA could issue (area 001–899 but not 666, group 01–99, serial 0001–9999),
    /// with the original's separators.
    static func fakeSSN(_ value: String, _ rng: inout KeyedRandom) -> String? {
        guard digits(of: value).count == 9 else { return nil }
        var d: [UInt8]
        repeat {
            var area = 1 + rng.below(899)
            if area == 666 { area = 665 }
            let group = 1 + rng.below(99), serial = 1 + rng.below(9999)
            d = [area / 100, area / 10 % 10, area % 10, group / 10, group % 10,
                 serial / 1000, serial / 100 % 10, serial / 10 % 10, serial % 10].map(UInt8.init)
        } while !NationalIDs.isValidSSN(d)
        return replacingDigits(of: value, with: d)
    }

    /// Ten digits with a valid NHS mod-11 check digit, with the original's separators.
    static func fakeNHS(_ value: String, _ rng: inout KeyedRandom) -> String? {
        guard digits(of: value).count == 10 else { return nil }
        while true {
            var d = (0..<9).map { _ in rng.digit() }
            let sum = d.enumerated().reduce(0) { $0 + Int($1.element) * (10 - $1.offset) }
            let check = (11 - sum % 11) % 11
            guard check != 10 else { continue }  // no valid check digit: the NHS never issues these
            d.append(UInt8(check))
            return replacingDigits(of: value, with: d)
        }
    }

    /// Keeps a leading `+` or `00` with the country code, or a national trunk `0`, and every
    /// separator; the other digits are drawn anew (the first of them never 0, so a trunk prefix
    /// cannot turn into an international one).
    static func fakePhone(_ value: String, _ rng: inout KeyedRandom) -> String? {
        let bytes = Array(value.utf8)
        let original = digits(of: value)
        let first = bytes.firstIndex { $0 >= 0x30 && $0 <= 0x39 } ?? 0
        let plus = bytes[..<first].contains(0x2B)
        var kept = 0
        if plus || original.starts(with: [0, 0]) {
            let idd = plus ? 0 : 2
            let group = bytes[first...].prefix { $0 >= 0x30 && $0 <= 0x39 }.count - idd
            kept = idd + ((1...3).contains(group) ? group : countryCodeLength(original.dropFirst(idd)))
        } else if original.first == 0 {
            kept = 1
        }
        guard kept < original.count else { return nil }
        var d = Array(original.prefix(kept))
        d.append(UInt8(1 + rng.below(9)))
        while d.count < original.count { d.append(rng.digit()) }
        return replacingDigits(of: value, with: d)
    }

    /// ITU-T E.164 country codes are 1–3 digits: 1 (NANP) and 7 stand alone; other codes are
    /// taken as two digits, which keeps the code or, for three-digit codes, most of it.
    private static func countryCodeLength(_ d: ArraySlice<UInt8>) -> Int {
        guard let first = d.first else { return 0 }
        return first == 1 || first == 7 ? 1 : min(2, d.count)
    }

    static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    static func isAlphanumeric(_ b: UInt8) -> Bool { isLetter(b) || (b >= 0x30 && b <= 0x39) }
}
