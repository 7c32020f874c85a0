/// Telephone numbers as people write them: international (`+44 20 7946 0958`, `+49 (0)221 170911`)
/// and national formats for the US/Canada (NANP), UK, Germany, France, Spain and India.
///
/// Shape alone decides for well-formed grouped numbers; a bare run of digits needs a context word.
public struct PhoneNumberDetector: Detector {
    public let name = "phone-number"
    public let entityTypes: [EntityType] = [.phoneNumber]
    static let context = ByteStringSet([
        "phone", "phones", "tel", "telephone", "mobile", "cell", "cellphone", "call", "callback", "contact", "fax", "reach",
        "ring", "whatsapp", "sms", "text", "pager", "hotline", "number", "dial", "ph", "mob", "tlf", "tfno",
        "teléfono", "telefono", "móvil", "movil", "número", "numero", "téléphone", "telephone", "portable", "numéro",
        "telefon", "handy", "mobil", "rufnummer", "erreichen", "anrufen", "unter",
    ])
    /// Country calling codes accepted after `+` (ITU-T E.164 assignments in common use).
    static let countryCodes: Set<Int> = [
        1, 7, 20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98, 212, 213, 216, 218, 220, 221, 233, 234,
        249, 251, 254, 255, 256, 260, 263, 351, 352, 353, 354, 355, 356, 357, 358, 359, 370, 371, 372, 373, 374, 375,
        376, 377, 378, 380, 381, 382, 385, 386, 387, 389, 420, 421, 423, 852, 853, 855, 856, 880, 886, 960, 961,
        962, 963, 964, 965, 966, 967, 968, 970, 971, 972, 973, 974, 975, 976, 977, 992, 993, 994, 995, 996, 998,
    ]
    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        let runDigits = Self.runDigits(ctx)
        var lengths: [Int] = [], digits: [UInt8] = [], seps: [UInt8] = []
        lengths.reserveCapacity(17)
        digits.reserveCapacity(32)
        seps.reserveCapacity(17)
        var next = 0  // the first token not yet consumed by a match
        for (dk, di) in ctx.digitTokens.enumerated() where Int(di) >= next {
            let i = Int(di)
            let t = tokens[i]
            guard t.isNumber else { continue }
            let prev = ctx.byte(t.start - 1)
            // The shortest phone number is nine digits (ES, national); a lone shorter number is not one.
            if t.length < 9 && prev != 0x2B && prev != 0x28 && !ctx.continuesIntoGroup(i) { continue }
            var start = t.start
            var plus = false
            var openParen = false
            if prev == 0x2B { plus = true; start -= 1 } else if prev == 0x28 { openParen = true; start -= 1 }
            let boundaryByte = ctx.byte(start - 1)
            if ctx.cls(start - 1) & ByteClass.alnum != 0 || (boundaryByte >= 0x80 && ctx.isAlphabeticLetter(before: start))
                || boundaryByte == 0x5F || boundaryByte == 0x2B
                || ((boundaryByte == 0x2E || boundaryByte == 0x2D || boundaryByte == 0x2F || boundaryByte == 0x3A)
                    && ctx.cls(start - 2) & ByteClass.digit != 0)
            {
                continue
            }
            // A run of more than 15 digits in " -."-joined groups can only fail `match` (E.164 caps
            // numbers at 15 digits), so skip it without the walk: `1 1 1 1 …` stays linear.
            if !plus && !openParen && runDigits[dk] > 15 {
                continue
            }
            if let (end, score, last) = match(ctx, from: i, start: start, plus: plus, openParen: openParen, &lengths, &digits, &seps) {
                ctx.emit(.phoneNumber, start, end, score: score, priority: CandidatePriority.pattern)
                next = last + 1
            }
        }
    }

    /// For each digit token (by its position in `ctx.digitTokens`), the digits from it to the end
    /// of its run of number tokens joined by one space, dash or dot (the separators `match`
    /// follows after the first group); 0 for tokens with letters.
    static func runDigits(_ ctx: ScanContext) -> [Int32] {
        let tokens = ctx.tokens, digitTokens = ctx.digitTokens
        var out = [Int32](repeating: 0, count: digitTokens.count)
        var dk = digitTokens.count - 1
        while dk >= 0 {
            let k = Int(digitTokens[dk])
            let t = tokens[k]
            if t.isNumber {
                out[dk] = Int32(truncatingIfNeeded: t.length)
                // The next number token is also the next digit token.
                if dk + 1 < digitTokens.count, Int(digitTokens[dk + 1]) == k + 1, tokens[k + 1].isNumber,
                   tokens[k + 1].start == t.end + 1 {
                    let c = ctx.byte(t.end)
                    if c == 0x20 || c == 0x2D || c == 0x2E { out[dk] &+= out[dk + 1] }
                }
            }
            dk -= 1
        }
        return out
    }

    /// Walks the groups from token `i`; returns (end byte, score, last token index) for a phone number.
    private func match(_ ctx: ScanContext, from i: Int, start: Int, plus: Bool, openParen: Bool,
                       _ lengths: inout [Int], _ digits: inout [UInt8], _ seps: inout [UInt8]) -> (Int, Double, Int)? {
        let tokens = ctx.tokens
        // Buffers reused from match to match (this runs from many number tokens).
        lengths.removeAll(keepingCapacity: true)
        digits.removeAll(keepingCapacity: true)
        seps.removeAll(keepingCapacity: true)
        var k = i
        var trunkZero = false  // "(0)" after the country code
        let parenGroup = openParen ? 0 : -1
        var pos = tokens[i].start
        while k < tokens.count && digits.count <= 15 {
            let t = tokens[k]
            guard t.isNumber, t.start == pos else { break }
            lengths.append(t.length)
            for p in t.start..<t.end { digits.append(ctx.bytes[p] &- 0x30) }
            var q = t.end
            if parenGroup == lengths.count - 1 && openParen && lengths.count == 1 {
                guard ctx.byte(q) == 0x29 else { return nil }
                q += 1
            }
            // Separator: one of " -." or ") " / "(0)" patterns.
            let c = ctx.byte(q)
            if c == 0x20 && ctx.byte(q + 1) == 0x28 && ctx.byte(q + 2) == 0x30 && ctx.byte(q + 3) == 0x29 && plus && lengths.count == 1 {
                // "+49 (0)221 …" or "+44 (0) 20 …": the bracketed trunk zero is dropped when dialling.
                trunkZero = true
                seps.append(0x20)
                pos = ctx.byte(q + 4) == 0x20 ? q + 5 : q + 4
                k += 1  // the "0" inside the brackets is a token of its own
            } else if c == 0x20 && ctx.byte(q + 1) == 0x28 && ctx.cls(q + 2) & ByteClass.digit != 0 && lengths.count == 1 && plus {
                // "+1 (310) 555-0101"
                var r = q + 2
                while ctx.cls(r) & ByteClass.digit != 0 { r += 1 }
                guard ctx.byte(r) == 0x29 else { break }
                seps.append(0x28)
                k += 1
                let t2 = tokens[k]
                lengths.append(t2.length)
                for p in t2.start..<t2.end { digits.append(ctx.bytes[p] &- 0x30) }
                q = r + 1
                guard ctx.byte(q) == 0x20 || ctx.byte(q) == 0x2D, ctx.cls(q + 1) & ByteClass.digit != 0 else { return nil }
                seps.append(ctx.byte(q))
                pos = q + 1
            } else if (c == 0x20 || c == 0x2D || c == 0x2E) && ctx.cls(q + 1) & ByteClass.digit != 0 {
                seps.append(c)
                pos = q + 1
            } else if c == 0x28 && ctx.byte(q + 1) == 0x30 && ctx.byte(q + 2) == 0x29 && plus && lengths.count == 1 {
                trunkZero = true
                seps.append(0x20)
                pos = q + 3
                if ctx.byte(pos) == 0x20 { pos += 1 }
                k += 1
            } else {
                k += 1
                return finish(ctx, start: start, end: q, lengths: lengths, digits: digits, seps: seps, plus: plus,
                              openParen: openParen, trunkZero: trunkZero, last: k - 1)
            }
            k += 1
        }
        return nil
    }

    private func finish(_ ctx: ScanContext, start: Int, end: Int, lengths: [Int], digits: [UInt8], seps: [UInt8], plus: Bool,
                        openParen: Bool, trunkZero: Bool, last: Int) -> (Int, Double, Int)? {
        guard ctx.isRightBoundary(end) else { return nil }
        let n = digits.count
        let groups = lengths.count
        let dotted = seps.contains(0x2E)
        let firstSep = seps.first { $0 != 0x28 }
        let mixedSeps = seps.contains { $0 != 0x28 && $0 != firstSep }
        // The context word is looked for only by the formats that use it.
        var ctxCache: Bool?
        func hasContext() -> Bool {
            if let v = ctxCache { return v }
            let v = ctx.contextDistance(before: start, in: Self.context, maxTokens: 7, maxBytes: 64) != nil
            ctxCache = v
            return v
        }
        func boost() -> Double { hasContext() ? 0.15 : 0.0 }
        if plus {
            guard n >= 8, n <= 15 else { return nil }
            let cc1 = Int(digits[0]), cc2 = cc1 * 10 + Int(digits[1]), cc3 = cc2 * 10 + Int(digits[2])
            let ccLen = lengths[0] <= 3 && Self.countryCodes.contains(digitsValue(digits, lengths[0])) ? lengths[0]
                : (Self.countryCodes.contains(cc1) ? 1 : Self.countryCodes.contains(cc2) ? 2 : Self.countryCodes.contains(cc3) ? 3 : 0)
            guard ccLen > 0 else { return nil }
            if digits[0] == 1 { guard n == 11 else { return nil } }
            _ = trunkZero
            return (end, min(1, 0.85 + boost()), last)
        }
        // NANP: (AAA) EEE-NNNN, AAA-EEE-NNNN, AAA.EEE.NNNN, AAA EEE NNNN, 1-AAA-EEE-NNNN.
        var nanp = digits
        var nl = lengths
        if n == 11 && digits[0] == 1 && lengths[0] == 1 { nanp.removeFirst(); nl.removeFirst() }
        if nanp.count == 10 && nanp[0] >= 2 && nanp[3] >= 2 && !(nanp[1] == 1 && nanp[2] == 1) {
            if nl == [3, 3, 4] && !mixedSeps || (openParen && nl == [3, 3, 4]) || (openParen && nl == [3, 7]) {
                return (end, min(1, 0.8 + boost()), last)
            }
            if nl == [10] && !openParen { return hasContext() ? (end, 0.6, last) : nil }
        }
        if openParen { return nil }
        // National formats with a trunk 0 (UK, DE, FR, ES, IN …): at least two groups.
        if digits[0] == 0 && n >= 10 && n <= 12 && groups >= 2 && !dotted || (digits[0] == 0 && dotted && n == 10 && lengths == [2, 2, 2, 2, 2]) {
            // FR: 0X XX XX XX XX; UK: 0XXXX XXXXXX, 020 XXXX XXXX; DE: 0XXX XXXXXXX.
            if lengths == [2, 2, 2, 2, 2] { return (end, min(1, 0.8 + boost()), last) }
            if groups <= 4 && lengths[0] >= 3 && lengths[0] <= 5 { return (end, min(1, 0.7 + boost()), last) }
            return hasContext() ? (end, 0.6, last) : nil
        }
        // ES national: 9 digits starting 6, 7, 8 or 9 (3-3-3 or 3-2-2-2); IN mobile: 5-5 starting 6–9.
        if n == 9 && digits[0] >= 6 && (lengths == [3, 3, 3] || lengths == [3, 2, 2, 2]) && !dotted {
            return (end, min(1, 0.55 + boost()), last)
        }
        if n == 10 && lengths == [5, 5] && digits[0] >= 6 { return (end, min(1, 0.55 + boost()), last) }
        // A bare national number with a trunk 0 or 10+ digits, when a context word is near.
        if hasContext() && groups == 1 && (n == 10 || n == 11) && digits[0] == 0 { return (end, 0.6, last) }
        return nil
    }

    private func digitsValue(_ d: [UInt8], _ k: Int) -> Int { d.prefix(k).reduce(0) { $0 * 10 + Int($1) } }
}
