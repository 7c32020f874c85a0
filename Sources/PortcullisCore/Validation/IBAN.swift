/// International Bank Account Numbers: ISO 13616 country lengths and the mod-97 check (ISO 7064).
public enum IBAN {
    /// Total IBAN length per country (ISO 13616 registry).
    public static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
        "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
        "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
        "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
        "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
        "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
        "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
        "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
    ]

    /// Length for the two upper-case ASCII letters `a`,`b`, or nil for an unknown country.
    @inline(__always) public static func length(_ a: UInt8, _ b: UInt8) -> Int? {
        lengthTable[Int(a &- 0x41) &* 26 &+ Int(b &- 0x41)].map { Int($0) }
    }

    private static let lengthTable: [UInt8?] = {
        var t = [UInt8?](repeating: nil, count: 26 * 26)
        for (k, v) in lengths {
            let u = Array(k.utf8)
            t[Int(u[0] - 0x41) * 26 + Int(u[1] - 0x41)] = UInt8(v)
        }
        return t
    }()

    /// Whether the compact IBAN (upper-case letters and digits, no spaces) passes mod-97.
    public static func isValid(compact c: [UInt8]) -> Bool {
        guard c.count >= 15, c.count <= 34, c[0] >= 0x41, c[0] <= 0x5A, c[1] >= 0x41, c[1] <= 0x5A,
              let len = length(c[0], c[1]), len == c.count else { return false }
        var rem = 0
        for k in 0..<c.count {
            let ch = c[(k + 4) % c.count]
            switch ch {
            case 0x30...0x39: rem = (rem * 10 + Int(ch - 0x30)) % 97
            case 0x41...0x5A: rem = (rem * 100 + Int(ch - 0x41 + 10)) % 97
            case 0x61...0x7A: rem = (rem * 100 + Int(ch - 0x61 + 10)) % 97
            default: return false
            }
        }
        return rem == 1
    }
}
