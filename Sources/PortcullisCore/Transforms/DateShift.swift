/// Moves the calendar date in a `DATE_TIME` value by a number of days, keeping its format:
/// `2024-03-15`, `15/03/2024`, `March 15th, 2024`, `Fri 15 Mar 2024` … (English month and
/// weekday names, zero-padding as in the original). A time of day and other words stay as they are.
struct DateShift {
    var days: Int

    static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                         "september", "october", "november", "december"]
    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    private enum Role { case year, month, day }

    private struct Token {
        enum Kind { case number, word, other }
        var kind: Kind
        var text: Substring
    }

    /// The shifted value, or nil when no day, month and year can be read from it.
    func apply(to value: String) -> String? {
        var tokens = Self.tokenize(value)
        // The date is the first three numbers or month names.
        let fields = tokens.indices.filter {
            tokens[$0].kind == .number || (tokens[$0].kind == .word && Self.month(tokens[$0].text) != nil)
        }.prefix(3)
        guard fields.count == 3 else { return nil }
        let separator = fields[fields.startIndex] + 1 < tokens.count ? tokens[fields[fields.startIndex] + 1].text : ""
        guard let roles = Self.roles(fields.map { tokens[$0] }, separator: separator) else { return nil }
        var y = 0, m = 0, d = 0, yearDigits = 4
        for (i, role) in zip(fields, roles) {
            let t = tokens[i]
            switch role {
            case .year:
                yearDigits = t.text.count
                y = Int(t.text)!
                if yearDigits == 2 { y += y < 50 ? 2000 : 1900 }
            case .month: m = t.kind == .number ? Int(t.text)! : Self.month(t.text)!
            case .day: d = Int(t.text)!
            }
        }
        let original = CivilDate(year: y, month: m, day: d)
        guard original.isValid else { return nil }
        let shifted = CivilDate(days: original.days + days)
        // Day and month are zero-padded when the original shows a leading zero, or when it is an
        // all-numeric date with two-digit fields (`15/11/2024` → `01/12/2024`).
        let dayMonth = zip(fields, roles).filter { $0.1 != .year }.map { tokens[$0.0] }
        let zeroPadded = dayMonth.contains { $0.kind == .number && $0.text.count == 2 && $0.text.first == "0" }
            || dayMonth.allSatisfy { $0.kind == .number && $0.text.count == 2 }
        let width = zeroPadded ? 2 : 1
        for (i, role) in zip(fields, roles) {
            let t = tokens[i]
            switch role {
            case .year:
                tokens[i].text = Self.padded(yearDigits == 2 ? shifted.year % 100 : shifted.year, width: yearDigits)
            case .month:
                if t.kind == .number {
                    tokens[i].text = Self.padded(shifted.month, width: width)
                } else {
                    let name = Self.months[shifted.month - 1]
                    tokens[i].text = Substring(Self.styled(t.text.count <= 4 ? String(name.prefix(3)) : name, like: t.text))
                }
            case .day:
                tokens[i].text = Self.padded(shifted.day, width: width)
                if i + 1 < tokens.count, ["st", "nd", "rd", "th"].contains(tokens[i + 1].text.lowercased()) {
                    tokens[i + 1].text = Substring(Self.styled(Self.ordinalSuffix(shifted.day), like: tokens[i + 1].text))
                }
            }
        }
        for i in tokens.indices where tokens[i].kind == .word {
            if let w = Self.weekdays.firstIndex(where: { Self.matches(tokens[i].text, $0) }) {
                let name = Self.weekdays[shifted.weekday]
                let full = tokens[i].text.count == Self.weekdays[w].count
                tokens[i].text = Substring(Self.styled(full ? name : String(name.prefix(3)), like: tokens[i].text))
            }
        }
        return tokens.map(\.text).joined()
    }

    /// Which field is which: a four-digit number is the year; with a month name the other number is
    /// the day; an all-numeric date is year-month-day when it starts with the year, else the field
    /// that cannot be a month (over 12) is the day, and when both could be, `/` means the US order
    /// (`03/04/2024` is 4 March) and `.` or `-` the European one.
    private static func roles(_ t: [Token], separator: Substring) -> [Role]? {
        let isYear = t.map { $0.kind == .number && $0.text.count == 4 }
        let word = t.map { $0.kind == .word }
        if word == [true, false, false] && isYear[2] { return [.month, .day, .year] }
        if word == [false, true, false] && isYear[2] { return [.day, .month, .year] }
        if word == [false, true, false] && isYear[0] { return [.year, .month, .day] }
        guard !word.contains(true) else { return nil }
        if isYear[0] && !isYear[1] && !isYear[2] { return [.year, .month, .day] }
        guard !isYear[0] && !isYear[1] && (isYear[2] || t[2].text.count == 2) else { return nil }
        let a = Int(t[0].text)!, b = Int(t[1].text)!
        if a > 12 { return [.day, .month, .year] }
        if b > 12 { return [.month, .day, .year] }
        return separator == "/" ? [.month, .day, .year] : [.day, .month, .year]
    }

    private static func tokenize(_ s: String) -> [Token] {
        var tokens: [Token] = []
        var i = s.startIndex
        while i < s.endIndex {
            let c = s[i]
            let kind: Token.Kind = c.isASCII && c.isNumber ? .number : c.isLetter ? .word : .other
            var j = s.index(after: i)
            if kind != .other {
                while j < s.endIndex && (kind == .number ? s[j].isASCII && s[j].isNumber : s[j].isLetter) { j = s.index(after: j) }
            }
            tokens.append(Token(kind: kind, text: s[i..<j]))
            i = j
        }
        return tokens.map { $0.kind == .number && $0.text.count > 4 ? Token(kind: .other, text: $0.text) : $0 }
    }

    /// 1…12 for an English month name or its abbreviation (`Mar`, `Sept`).
    private static func month(_ w: Substring) -> Int? {
        months.firstIndex { matches(w, $0) }.map { $0 + 1 }
    }

    /// Whether `w` is `name` or its three- or four-letter abbreviation, in any case.
    private static func matches(_ w: Substring, _ name: String) -> Bool {
        let l = w.lowercased()
        return l == name || ((3...4).contains(l.count) && name.hasPrefix(l))
    }

    private static func padded(_ n: Int, width: Int) -> Substring {
        let s = String(n)
        return Substring(String(repeating: "0", count: max(0, width - s.count)) + s)
    }

    private static func ordinalSuffix(_ d: Int) -> String {
        if (11...13).contains(d % 100) { return "th" }
        return ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][d % 10]
    }

    private static func styled(_ name: String, like model: Substring) -> String {
        SyntheticGenerator.styled(name, like: String(model))
    }
}
