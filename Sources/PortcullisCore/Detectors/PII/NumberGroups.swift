/// A run of digit groups joined by single separators (`4111 1111 1111 1111`, `212-555-0199`),
/// collected once from a starting token so shaped-number detectors do bounded work per token.
struct NumberGroups {
    /// Token indices of the groups.
    var tokens: [Int] = []
    /// The separator byte before each group after the first (0 when adjacent).
    var separators: [UInt8] = []
    var digits: [UInt8] = []
    /// Digits per group.
    var lengths: [Int] = []

    var start: Int = 0
    var end: Int = 0

    /// Collects number tokens starting at token `i`, joined by one byte from `seps`, up to
    /// `maxDigits` digits. When `sameSeparator`, every separator must equal the first.
    static func collect(_ ctx: ScanContext, from i: Int, seps: StaticString, maxDigits: Int, sameSeparator: Bool) -> NumberGroups {
        var g = NumberGroups()
        let tokens = ctx.tokens
        var k = i
        g.start = tokens[i].start
        while k < tokens.count {
            let t = tokens[k]
            guard t.isNumber, g.digits.count + t.length <= maxDigits else { break }
            if k > i {
                let gap = t.start - tokens[k - 1].end
                guard gap == 1 else { break }
                let sep = ctx.byte(t.start - 1)
                guard seps.utf8Contains(sep) else { break }
                if sameSeparator, let first = g.separators.first, first != sep { break }
                g.separators.append(sep)
            }
            g.tokens.append(k)
            g.lengths.append(t.length)
            for p in t.start..<t.end { g.digits.append(ctx.bytes[p] &- 0x30) }
            g.end = t.end
            k += 1
        }
        return g
    }
}

extension StaticString {
    @inline(__always) func utf8Contains(_ b: UInt8) -> Bool {
        let p = utf8Start
        for k in 0..<utf8CodeUnitCount where p[k] == b { return true }
        return false
    }
}

extension ScanContext {
    /// Whether the token at `i` stands alone on its left: not glued to a letter, digit, or a
    /// digit group joined by `.`/`-`/`/` (so we do not start inside a longer identifier).
    func isLeftBoundary(token i: Int) -> Bool {
        let s = tokens[i].start
        let b = byte(s - 1)
        if cls(s - 1) & ByteClass.alnum != 0 || b == 0x5F || (b >= 0x80 && isAlphabeticLetter(before: s)) { return false }
        if (b == 0x2E || b == 0x2D || b == 0x2F || b == 0x3A) && cls(s - 2) & ByteClass.alnum != 0 { return false }
        return true
    }

    /// Whether the byte range ending at `e` is not continued by an identifier character
    /// (a trailing `.`/`-` followed by a digit also continues it).
    func isRightBoundary(_ e: Int) -> Bool {
        let b = byte(e)
        if cls(e) & ByteClass.alnum != 0 || b == 0x5F || (b >= 0x80 && isAlphabeticLetter(at: e)) { return false }
        if (b == 0x2E || b == 0x2D || b == 0x2F) && cls(e + 1) & ByteClass.digit != 0 { return false }
        return true
    }

    /// Whether the scalar ending right before byte `pos` is a letter of an alphabet that separates
    /// words with spaces (Latin, Greek, Cyrillic). CJK text and punctuation (`、`, `：`) do not glue
    /// a number to a word: `電話：+44 …` and `テキスト4111 …` still start a number.
    func isAlphabeticLetter(before pos: Int) -> Bool {
        var s = pos - 1
        while s > 0 && pos - s < 4 && bytes[s] & 0xC0 == 0x80 { s -= 1 }
        guard s >= 0, s < pos else { return false }
        let k = UTF8Scalar.letterKind(UTF8Scalar.decode(bytes, at: s).0)
        return k == .upper || k == .lower
    }

    /// Whether the scalar starting at byte `pos` is an alphabetic letter (see `isAlphabeticLetter(before:)`).
    func isAlphabeticLetter(at pos: Int) -> Bool {
        guard pos < bytes.count else { return false }
        let k = UTF8Scalar.letterKind(UTF8Scalar.decode(bytes, at: pos).0)
        return k == .upper || k == .lower
    }

    /// Whether the number token `i` continues into another digit group (`4111 1111`, `212-555`,
    /// `(212) 555`), so a shaped-number detector can skip lone short numbers without collecting.
    @inline(__always)
    func continuesIntoGroup(_ i: Int) -> Bool {
        let e = tokens[i].end
        let b = byte(e)
        if b == 0x20 || b == 0x2D || b == 0x2E { return cls(e + 1) & ByteClass.digit != 0 || byte(e + 1) == 0x28 }
        if b == 0x29 { return byte(e + 1) == 0x20 || byte(e + 1) == 0x2D }
        return false
    }

    /// The digits of token `i` as values 0…9.
    func digitValues(_ i: Int) -> [UInt8] {
        let t = tokens[i]
        return (t.start..<t.end).map { bytes[$0] &- 0x30 }
    }
}

/// Scores a shaped candidate by how close its context words are: nearest word counts most.
enum ContextScore {
    static func score(base: Double, withContext: Double, distance: Int?) -> Double {
        guard let d = distance else { return base }
        return max(base, withContext - 0.03 * Double(d - 1))
    }
}
