/// Calendar dates and date-times as people write them (`March 3, 2024`, `03/14/2023`,
/// `2023-03-14`, `14.03.2023`, `19 March 1976`, `3. März 2020`, `5 de mayo de 1990`, with an
/// optional time such as `at 10:30 AM`), in English, German, French, Spanish, Italian, Dutch and
/// Portuguese.
///
/// Machine timestamps are deliberately not reported: ISO-8601 with `T`, times with seconds (log
/// lines), and JSON time fields. Redacting every log timestamp ruins pasted logs for no privacy gain.
public struct DateTimeDetector: Detector {
    public let name = "date-time"
    public let entityTypes: [EntityType] = [.dateTime]

    static let monthTable: [String: Int] = {
        var m: [String: Int] = [:]
        let lists: [[String]] = [
            ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"],
            ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
            ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
            ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
            ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
            ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
        ]
        for l in lists { for (i, name) in l.enumerated() { m[name] = i + 1 } }
        for (k, v) in ["sept": 9, "jänner": 1, "maerz": 3, "marz": 3, "fevrier": 2, "aout": 8, "decembre": 12, "fév": 2,
                       "févr": 2, "avr": 4, "juil": 7, "déc": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "mrz": 3,
                       "okt": 10, "dez": 12, "setiembre": 9, "marco": 3] { m[k] = v }
        return m
    }()
    static let months = ByteStringSet(monthTable.keys)
    static let connectors = ByteStringSet(["at", "um", "à", "a", "las", "alle", "om", "às", "h"])
    static let machineKeys = ByteStringSet(["ts", "time", "timestamp", "created", "updated", "at", "date", "datetime",
                                            "logged", "eventtime", "occurred", "received", "sent"])
    public init() {}

    public func detect(in ctx: ScanContext) {
        // A date starts at a token with a digit or at a month name, and a month name opens a
        // date only with a digit within two bytes after it, which is in the next token: so the
        // candidates are each digit token and the token before it, in order.
        let tokens = ctx.tokens
        var next = 0  // the first token not yet consumed by a match
        for d in ctx.digitTokens where Int(d) >= next {
            let k = Int(d)
            if k - 1 >= next && !tokens[k - 1].has(Token.hasDigit) { report(ctx, k - 1, &next) }
            if k >= next { report(ctx, k, &next) }
        }
    }

    /// Reports the date starting at token `i`, if any, and moves `next` past it.
    @inline(__always)
    private func report(_ ctx: ScanContext, _ i: Int, _ next: inout Int) {
        guard let (s, e, last) = matchDate(ctx, i) else { return }
        if let (end, machine) = extendTime(ctx, e) {
            if !machine && !isMachineField(ctx, s) { ctx.emit(.dateTime, s, end, score: 0.85, priority: CandidatePriority.contextual) }
        } else if !isMachineField(ctx, s) {
            ctx.emit(.dateTime, s, e, score: 0.85, priority: CandidatePriority.contextual)
        }
        next = max(last + 1, ctx.tokenIndex(atOrAfter: e, from: last))
    }

    /// The value of a short number token; -1 for tokens too long to be a date part (no overflow).
    @inline(__always)
    private func num(_ ctx: ScanContext, _ t: Token) -> Int {
        guard t.length <= 4 else { return -1 }
        var v = 0
        for p in t.start..<t.end { v = v * 10 + Int(ctx.bytes[p] - 0x30) }
        return v
    }

    private func validDay(_ d: Int, _ m: Int) -> Bool {
        guard (1...12).contains(m), d >= 1 else { return false }
        // Days in month m (February 29): two bits a month of 0xEEFBB7 hold days - 28.
        let maxDay = 28 + (0xEEFBB7 >> (2 * (m - 1))) & 3
        return d <= maxDay
    }

    private func validYear(_ y: Int) -> Bool { (1900...2099).contains(y) }

    private func month(_ ctx: ScanContext, _ t: Token) -> Int? {
        guard t.isWord, t.length >= 3, t.length <= 10 else { return nil }
        // A month name is next to a number ("March 3", "3 March", "3. März", "3 de marzo").
        let nextDigit = ctx.cls(t.end + 1) & ByteClass.digit != 0 || ctx.cls(t.end + 2) & ByteClass.digit != 0
        let prevDigit = ctx.cls(t.start - 2) & ByteClass.digit != 0 || ctx.cls(t.start - 3) & ByteClass.digit != 0
            || ctx.cls(t.start - 4) & ByteClass.digit != 0 || ctx.cls(t.start - 5) & ByteClass.digit != 0
        guard nextDigit || prevDigit, Self.months.contains(ctx.bytes, t.start, t.end) else { return nil }
        return Self.monthTable[ctx.string(t.start, t.end).lowercased()]
    }

    /// (start, end, last token index) of a date starting at token `i`.
    private func matchDate(_ ctx: ScanContext, _ i: Int) -> (Int, Int, Int)? {
        let tokens = ctx.tokens
        let t = tokens[i]
        // Cheap shape tests first: a date starts with a number of at most four digits, an ordinal
        // day (`1st`, `1er`) or a month name of three to ten letters.
        if t.isNumber { guard t.length <= 4 else { return nil } }
        else if t.has(Token.hasDigit) { guard t.digitCount <= 2, t.length <= 4 else { return nil } }
        else {
            // A month name opens a date only when a number follows within two bytes ("March 3").
            guard t.length >= 3, t.length <= 10,
                  ctx.cls(t.end + 1) & ByteClass.digit != 0 || ctx.cls(t.end + 2) & ByteClass.digit != 0 else { return nil }
        }
        guard ctx.isLeftBoundary(token: i) else { return nil }
        @inline(__always) func next(_ k: Int) -> Token? { k < tokens.count ? tokens[k] : nil }
        if t.isNumber {
            // Numeric: YYYY-MM-DD, YYYY/MM/DD; DD.MM.YYYY, MM/DD/YYYY, DD/MM/YYYY, DD-MM-YYYY.
            guard let a = next(i + 1), let b = next(i + 2), a.isNumber, b.isNumber,
                  a.start == t.end + 1, b.start == a.end + 1 else { return textualDayFirst(ctx, i) }
            let s1 = ctx.byte(t.end), s2 = ctx.byte(a.end)
            guard s1 == s2, s1 == 0x2D || s1 == 0x2F || s1 == 0x2E, ctx.isRightBoundary(b.end) || ctx.byte(b.end) == 0x54 else {
                return textualDayFirst(ctx, i)
            }
            if ctx.byte(b.end) == s1 && ctx.cls(b.end + 1) & ByteClass.digit != 0 { return nil }
            let x = num(ctx, t), y = num(ctx, a), z = num(ctx, b)
            if t.length == 4 && a.length <= 2 && b.length <= 2 && s1 != 0x2E {
                guard validYear(x), validDay(z, y) else { return nil }
                return (t.start, b.end, i + 2)
            }
            if t.length <= 2 && a.length <= 2 && b.length == 4 {
                guard validYear(z), validDay(x, y) || validDay(y, x) else { return nil }
                if s1 == 0x2E && !validDay(x, y) { return nil }
                return (t.start, b.end, i + 2)
            }
            return nil
        }
        // Ordinal day first: "1st March 2024", "1er janvier 2020".
        if t.has(Token.hasDigit) && t.has(Token.hasLetter) && t.digitCount <= 2 { return textualDayFirst(ctx, i) }
        // Month first: "March 3, 2024", "Sep. 26, 1967", "Mar 3rd 2024".
        if let _ = month(ctx, t) {
            var p = t.end
            if ctx.byte(p) == 0x2E { p += 1 }
            guard ctx.byte(p) == 0x20 else { return nil }
            let di = ctx.tokenIndex(atOrAfter: p, from: i)
            guard let d = next(di), d.start == p + 1, d.has(Token.hasDigit), d.digitCount <= 2 else { return nil }
            let day = dayValue(ctx, d)
            guard let day, (1...31).contains(day) else { return nil }
            var q = d.end
            if ctx.byte(q) == 0x2C { q += 1 }
            guard ctx.byte(q) == 0x20, let yTok = next(di + 1), yTok.start == q + 1, yTok.isNumber, yTok.length == 4,
                  validYear(num(ctx, yTok)), ctx.isRightBoundary(yTok.end) || ctx.byte(yTok.end) == 0x2E else { return nil }
            return (t.start, yTok.end, di + 1)
        }
        return nil
    }

    /// Day first with a month name: "19 March 1976", "3rd of March 2023", "3. März 2020",
    /// "5 de mayo de 1990", "1er janvier 2020".
    private func textualDayFirst(_ ctx: ScanContext, _ i: Int) -> (Int, Int, Int)? {
        let tokens = ctx.tokens
        let t = tokens[i]
        // The next token is a month name, `de` or `of`: a number there ends it at once (`1 1 1 1`).
        guard i + 1 < tokens.count, !tokens[i + 1].has(Token.hasDigit) else { return nil }
        guard t.digitCount <= 2, t.length <= 4, let day = dayValue(ctx, t), (1...31).contains(day) else { return nil }
        var k = i + 1
        var p = t.end
        if ctx.byte(p) == 0x2E { p += 1 }
        guard ctx.byte(p) == 0x20, k < tokens.count, tokens[k].start == p + 1 else { return nil }
        if ctx.equalsIgnoringCase(tokens[k].start, tokens[k].end, "de") || ctx.equalsIgnoringCase(tokens[k].start, tokens[k].end, "of") {
            k += 1
            guard k < tokens.count, tokens[k].start == tokens[k - 1].end + 1 else { return nil }
        }
        guard let m = month(ctx, tokens[k]), validDay(day, m) else { return nil }
        var q = tokens[k].end
        if ctx.byte(q) == 0x2E { q += 1 }
        if ctx.byte(q) == 0x2C { q += 1 }
        guard ctx.byte(q) == 0x20 else { return nil }
        k += 1
        if k < tokens.count && (ctx.equalsIgnoringCase(tokens[k].start, tokens[k].end, "de") || ctx.equalsIgnoringCase(tokens[k].start, tokens[k].end, "del")) {
            k += 1
        }
        guard k < tokens.count, tokens[k].isNumber, tokens[k].length == 4, tokens[k].start - q <= 5,
              validYear(num(ctx, tokens[k])), ctx.isRightBoundary(tokens[k].end) || ctx.byte(tokens[k].end) == 0x2E else { return nil }
        return (t.start, tokens[k].end, k)
    }

    /// "3", "03", "3rd", "1st", "1er", "2nd" → the day number.
    private func dayValue(_ ctx: ScanContext, _ t: Token) -> Int? {
        var v = 0
        var p = t.start
        while p < t.end && p - t.start < 3 && ctx.cls(p) & ByteClass.digit != 0 { v = v * 10 + Int(ctx.bytes[p] - 0x30); p += 1 }
        guard p > t.start, ctx.cls(p) & ByteClass.digit == 0 else { return nil }
        if p == t.end { return v }
        let suffix = t.end - p
        guard suffix <= 2, ctx.equalsIgnoringCase(p, t.end, "st") || ctx.equalsIgnoringCase(p, t.end, "nd")
            || ctx.equalsIgnoringCase(p, t.end, "rd") || ctx.equalsIgnoringCase(p, t.end, "th")
            || ctx.equalsIgnoringCase(p, t.end, "er") else { return nil }
        return v
    }

    /// Extends a date with a following time ("at 9:45 AM", "08:15", ", 10:30"). Returns the new end
    /// and whether the time looks machine-made (ISO `T`, seconds), or nil when no time follows.
    private func extendTime(_ ctx: ScanContext, _ e: Int) -> (Int, Bool)? {
        if ctx.byte(e) == 0x54 && ctx.cls(e + 1) & ByteClass.digit != 0 { return (e, true) }
        var p = e
        if ctx.byte(p) == 0x2C { p += 1 }
        guard ctx.byte(p) == 0x20 else { return nil }
        p += 1
        // Optional connector word.
        var w = p
        while ctx.cls(w) & (ByteClass.alpha | ByteClass.high) != 0 && w - p < 6 { w += 1 }
        if w > p, ctx.byte(w) == 0x20, Self.connectors.contains(ctx.bytes, p, w) { p = w + 1 }
        if ctx.equalsIgnoringCase(p, p + 4, "las ") { p += 4 }
        var q = p
        while ctx.cls(q) & ByteClass.digit != 0 && q - p < 3 { q += 1 }
        let hl = q - p
        guard hl >= 1, hl <= 2, ctx.byte(q) == 0x3A || (ctx.byte(q) == 0x68 && ctx.cls(q + 1) & ByteClass.digit != 0),
              ctx.cls(q + 1) & ByteClass.digit != 0, ctx.cls(q + 2) & ByteClass.digit != 0 else { return nil }
        var end = q + 3
        var machine = false
        if ctx.byte(end) == 0x3A && ctx.cls(end + 1) & ByteClass.digit != 0 { machine = true }
        if ctx.cls(end) & ByteClass.digit != 0 { return nil }
        if ctx.byte(end) == 0x20 {
            if ctx.equalsIgnoringCase(end + 1, end + 3, "am") || ctx.equalsIgnoringCase(end + 1, end + 3, "pm") {
                if ctx.cls(end + 3) & ByteClass.alpha == 0 { end += 3 }
            } else if ctx.equalsIgnoringCase(end + 1, end + 5, "a.m.") || ctx.equalsIgnoringCase(end + 1, end + 5, "p.m.") {
                end += 5
            } else if ctx.equalsIgnoringCase(end + 1, end + 4, "uhr") {
                end += 4
            }
        } else if ctx.equalsIgnoringCase(end, end + 2, "am") || ctx.equalsIgnoringCase(end, end + 2, "pm") {
            if ctx.cls(end + 2) & ByteClass.alpha == 0 { end += 2 }
        }
        return (end, machine)
    }

    /// A date that is the value of a JSON/log time field (`"ts": "2024-…"`, `created_at=2024-…`).
    private func isMachineField(_ ctx: ScanContext, _ s: Int) -> Bool {
        var p = s - 1
        if ctx.byte(p) == 0x22 || ctx.byte(p) == 0x27 { p -= 1 }
        while ctx.byte(p) == 0x20 { p -= 1 }
        guard ctx.byte(p) == 0x3A || ctx.byte(p) == 0x3D else { return ctx.byte(s - 1) == 0x5B }
        p -= 1
        if ctx.byte(p) == 0x22 || ctx.byte(p) == 0x27 { p -= 1 }
        let e = p + 1
        while ctx.cls(p) & ByteClass.alpha != 0 && e - p < 24 { p -= 1 }
        guard e - (p + 1) > 0 else { return false }
        // The key's last word (created_at → at, eventTime → eventtime).
        var ws = p + 1
        for q in stride(from: e - 1, to: p, by: -1) where ctx.byte(q - 1) == 0x5F { ws = q; break }
        return Self.machineKeys.contains(ctx.bytes, ws, e) && !ctx.equalsIgnoringCase(ws, e, "date")
            || (Self.machineKeys.contains(ctx.bytes, p + 1, e) && ctx.byte(p) == 0x40)
    }
}
