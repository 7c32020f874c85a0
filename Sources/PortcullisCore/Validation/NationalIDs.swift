/// Check-digit rules for national and professional identifiers.
public enum NationalIDs {
    /// UK NHS number: 10 digits, mod 11 with weights 10…2 (NHS Data Dictionary).
    public static func isValidNHS(_ d: [UInt8]) -> Bool {
        guard d.count == 10 else { return false }
        var sum = 0
        for k in 0..<9 { sum += Int(d[k]) * (10 - k) }
        let check = 11 - sum % 11
        if check == 10 { return false }
        return (check == 11 ? 0 : check) == Int(d[9])
    }

    /// US SSN structure: area not 000, 666 or 900–999; group not 00; serial not 0000 (SSA rules).
    public static func isValidSSN(_ d: [UInt8]) -> Bool {
        guard d.count == 9 else { return false }
        let area = Int(d[0]) * 100 + Int(d[1]) * 10 + Int(d[2])
        let group = Int(d[3]) * 10 + Int(d[4])
        let serial = Int(d[5]) * 1000 + Int(d[6]) * 100 + Int(d[7]) * 10 + Int(d[8])
        if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 { return false }
        // Numbers the SSA or advertising made famous are never issued to a person.
        if d == [0, 7, 8, 0, 5, 1, 1, 2, 0] || d == [1, 2, 3, 4, 5, 6, 7, 8, 9] { return false }
        return true
    }

    /// ABA routing number checksum (3-7-1 weights), used to tell routing numbers from accounts.
    public static func isValidABA(_ d: [UInt8]) -> Bool {
        guard d.count == 9 else { return false }
        let w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
        return zip(d, w).reduce(0) { $0 + Int($1.0) * $1.1 } % 10 == 0
    }

    /// DEA registration number: two letters and seven digits; the last digit is
    /// (d1+d3+d5 + 2·(d2+d4+d6)) mod 10.
    public static func isValidDEA(letters: (UInt8, UInt8), digits d: [UInt8]) -> Bool {
        guard d.count == 7 else { return false }
        // First letter: registrant type (A, B, F, G for practitioners; M mid-level; P–U, X …).
        let first = ByteClass.lowercase(letters.0) &- 0x20
        guard "ABCDEFGHJKLMPRSTUX".utf8.contains(first) else { return false }
        let sum = Int(d[0]) + Int(d[2]) + Int(d[4]) + 2 * (Int(d[1]) + Int(d[3]) + Int(d[5]))
        return sum % 10 == Int(d[6])
    }
}
