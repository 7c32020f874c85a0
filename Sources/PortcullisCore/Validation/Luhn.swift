/// The Luhn (mod 10) check used by payment card numbers (ISO/IEC 7812-1).
public enum Luhn {
    /// Whether the digits (values 0…9) pass the Luhn check.
    public static func isValid(_ digits: [UInt8]) -> Bool {
        guard digits.count >= 2 else { return false }
        var sum = 0
        for (k, d) in digits.reversed().enumerated() {
            var v = Int(d)
            if k & 1 == 1 {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
        }
        return sum % 10 == 0
    }

    /// Whether the digits in `bytes[start..<end]` (ASCII; other bytes such as separators are
    /// skipped) pass the Luhn check. No allocation: used on the hot path.
    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var sum = 0
        var k = 0
        var p = end - 1
        while p >= start {
            let c = bytes[p]
            if c >= 0x30 && c <= 0x39 {
                var v = Int(c - 0x30)
                if k & 1 == 1 { v *= 2; if v > 9 { v -= 9 } }
                sum += v
                k += 1
            }
            p -= 1
        }
        return k >= 2 && sum % 10 == 0
    }

    /// The check digit that makes `payload` + digit Luhn-valid.
    public static func checkDigit(for payload: [UInt8]) -> UInt8 {
        for d: UInt8 in 0...9 where isValid(payload + [d]) { return d }
        return 0
    }
}

/// Payment card issuer ranges and lengths (IIN prefixes), so a Luhn-valid serial number is not a card.
public enum CardIssuer: String, Sendable {
    case visa, mastercard, amex, discover, jcb, dinersClub, unionPay, maestro

    /// The issuer whose prefix and length match the card number's digits, if any.
    public static func identify(_ d: [UInt8]) -> CardIssuer? {
        guard d.count >= 6 else { return nil }
        return identify(firstSix: d.prefix(6).reduce(0) { $0 * 10 + Int($1) }, length: d.count)
    }

    /// The issuer for a number whose first six digits are `firstSix` and which has `n` digits.
    public static func identify(firstSix p6: Int, length n: Int) -> CardIssuer? {
        let p2 = p6 / 10_000, p3 = p6 / 1_000, p4 = p6 / 100
        if p6 / 100_000 == 4 && (n == 13 || n == 16 || n == 19) { return .visa }
        if n == 16 && ((51...55).contains(p2) || (2221...2720).contains(p4)) { return .mastercard }
        if n == 15 && (p2 == 34 || p2 == 37) { return .amex }
        if (16...19).contains(n) && (p4 == 6011 || p2 == 65 || (644...649).contains(p3) || (622126...622925).contains(p6)) {
            return .discover
        }
        if (16...19).contains(n) && (3528...3589).contains(p4) { return .jcb }
        if n == 14 && ((300...305).contains(p3) || p2 == 36 || p2 == 38) { return .dinersClub }
        if (16...19).contains(n) && p2 == 62 { return .unionPay }
        if (12...19).contains(n) && [5018, 5020, 5038, 5893, 6304, 6759, 6761, 6762, 6763].contains(p4) { return .maestro }
        return nil
    }
}
