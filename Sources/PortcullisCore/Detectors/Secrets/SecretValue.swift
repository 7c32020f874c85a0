/// Tests on a candidate secret value (a byte range of the scanned text): placeholders, environment
/// references, randomness. Shared by every credential detector so they agree on what is not a secret.
enum SecretValue {
    /// Substrings (lower-case) that mark documentation placeholders and redactions rather than
    /// real credentials. Random material of the lengths we test almost never contains them.
    static let placeholderMarks: [StaticString] = [
        "xxxx", "****", "....", "…", "${", "{{", "}}", "_here", "-here", "environ", "process.env", "getenv",
        "secrets.", "vault:", "dotenv", "example", "placeholder", "changeme", "change_me", "change-me", "changeit",
        "redacted", "dummy", "notreal", "not_real", "not-real",
    ]
    /// Short words that mark a placeholder only as a word of the value (`YOUR_API_KEY`,
    /// `todo-rotate`), not by chance inside a chosen password (`Gyour8$Lqz`, `stodoR7!kL9q`).
    /// (Documented example keys end in `EXAMPLE…` inside random material: that mark stays a plain
    /// substring above.)
    static let placeholderWordMarks: [StaticString] = ["your", "replace", "todo", "fixme", "insert", "sample"]
    /// Fill sequences that mark a placeholder only when they are most of the value
    /// (`sk_test_1234567890`), not a part of a chosen password (`Winter1234567!`).
    static let fillMarks: [StaticString] = ["0000000", "1234567", "abcdefg"]

    /// Whole values (case-insensitive) that are keywords, not secrets.
    static let placeholderWords: ByteStringSet = ByteStringSet([
        "none", "null", "nil", "true", "false", "undefined", "secret", "password", "passwd", "token", "apikey",
        "api_key", "api-key", "key", "test", "string", "str", "required", "optional", "default", "empty", "pass",
        "pwd", "env", "value", "tbd", "na", "n/a", "unset", "disabled", "enabled", "yes", "no", "on", "off",
        "hidden", "masked", "private", "secretkey", "secret_key", "mysecret", "mypassword", "pa$$word",
        "correcthorsebatterystaple", "hunter2", "letmein", "qwerty", "admin", "root", "guest", "user", "username",
        "postgres", "mysql", "redis", "localhost",
    ])

    /// Whether `bytes[s..<e]` looks like a placeholder, a redaction or an environment reference.
    static func isPlaceholder(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        if e <= s { return true }
        if placeholderWords.contains(ctx.bytes, s, e) { return true }
        let first = ctx.byte(s)
        // $VAR, ${VAR}, %VAR%, %(name)s
        if first == 0x24 { return true }
        if first == 0x25 && (ctx.byte(s + 1) == 0x28 || ctx.byte(e - 1) == 0x25) { return true }
        // One or two distinct characters repeated, or very low variety for the length.
        if distinctCount(ctx, s, e) <= max(3, (e - s) / 8) { return true }
        // Runs of one character (AAAAAA…, 000000…) that are most of the value are fill.
        var run = 1
        var i = s + 1
        while i < e {
            run = ctx.byte(i) == ctx.byte(i - 1) ? run + 1 : 1
            if run >= 6 && run * 2 >= e - s { return true }
            i += 1
        }
        if hasMark(ctx, s, e) { return true }
        // A `<…>` template (`<your-token>`, `<password>`), not a `<` inside random material.
        if let lt = (s..<e).first(where: { ctx.bytes[$0] == 0x3C }), (lt..<e).contains(where: { ctx.bytes[$0] == 0x3E }),
           (lt + 1 < e && ctx.cls(lt + 1) & ByteClass.alpha != 0) { return true }
        return false
    }

    /// Every mark with how it counts: 0 anywhere, 1 as a word of the value, 2 as most of the value.
    static let marks: [(text: StaticString, kind: UInt8)] =
        placeholderMarks.map { ($0, 0) } + placeholderWordMarks.map { ($0, 1) } + fillMarks.map { ($0, 2) }
    /// For each byte value, a bit per mark (by index in `marks`) that starts with it in lower case.
    static let marksByFirstByte: [UInt64] = {
        precondition(marks.count <= 64)
        var table = [UInt64](repeating: 0, count: 256)
        for (k, m) in marks.enumerated() { table[Int(m.text.utf8Start[0])] |= 1 << UInt64(k) }
        return table
    }()

    /// Whether the value holds one of `marks` as that mark requires: one pass over the value,
    /// comparing only the marks whose first letter is the byte at hand.
    static func hasMark(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        let table = marksByFirstByte, all = marks
        for i in s..<e {
            var m = table[Int(ByteClass.lowercase(ctx.bytes[i]))]
            while m != 0 {
                let k = m.trailingZeroBitCount
                m &= m - 1
                let (mark, kind) = all[k]
                let n = mark.utf8CodeUnitCount
                guard i + n <= e else { continue }
                let p = mark.utf8Start
                var j = 1
                while j < n && ByteClass.lowercase(ctx.bytes[i + j]) == p[j] { j += 1 }
                guard j == n else { continue }
                switch kind {
                case 0: return true
                case 1: if i == s || i + n == e || ctx.cls(i - 1) & ByteClass.alnum == 0 || ctx.cls(i + n) & ByteClass.alnum == 0 { return true }
                default: if n * 2 > e - s { return true }
                }
            }
        }
        return false
    }

    /// Case-insensitive substring test, bounded by the value length times the mark length. With
    /// `atWordBoundary`, only an occurrence with a boundary (the value's start or end, or a
    /// character that is not a letter or digit) on at least one side counts.
    static func contains(_ ctx: ScanContext, _ s: Int, _ e: Int, _ mark: StaticString, atWordBoundary: Bool = false) -> Bool {
        let n = mark.utf8CodeUnitCount
        if e - s < n { return false }
        let m = mark.utf8Start
        var i = s
        while i + n <= e {
            var k = 0
            while k < n && ByteClass.lowercase(ctx.bytes[i + k]) == m[k] { k += 1 }
            if k == n {
                if !atWordBoundary { return true }
                if i == s || i + n == e || ctx.cls(i - 1) & ByteClass.alnum == 0 || ctx.cls(i + n) & ByteClass.alnum == 0 { return true }
            }
            i += 1
        }
        return false
    }

    static func distinctCount(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Int {
        var seen = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        var n = 0
        for i in s..<e {
            let b = Int(ctx.bytes[i])
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: if seen.0 & bit == 0 { seen.0 |= bit; n += 1 }
            case 1: if seen.1 & bit == 0 { seen.1 |= bit; n += 1 }
            case 2: if seen.2 & bit == 0 { seen.2 |= bit; n += 1 }
            default: if seen.3 & bit == 0 { seen.3 |= bit; n += 1 }
            }
        }
        return n
    }

    /// Shannon entropy in bits per byte of `bytes[s..<e]` (what gitleaks and detect-secrets use).
    static func entropy(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Double {
        let n = e - s
        if n <= 0 { return 0 }
        var counts = [Int](repeating: 0, count: 256)
        for i in s..<e { counts[Int(ctx.bytes[i])] += 1 }
        var h = 0.0
        let total = Double(n)
        for c in counts where c > 0 {
            let p = Double(c) / total
            h -= p * log2(p)
        }
        return h
    }

    /// How many of lower-case, upper-case, digit and other (symbol) classes the value uses.
    static func classCount(_ ctx: ScanContext, _ s: Int, _ e: Int) -> (classes: Int, lower: Int, upper: Int, digit: Int, other: Int) {
        var lo = 0, up = 0, di = 0, ot = 0
        for i in s..<e {
            let f = SecretCharset.table[Int(ctx.bytes[i])]
            if f & SecretCharset.lower != 0 { lo += 1 } else if f & SecretCharset.upper != 0 { up += 1 } else if f & SecretCharset.digit != 0 {
                di += 1
            } else { ot += 1 }
        }
        let classes = (lo > 0 ? 1 : 0) + (up > 0 ? 1 : 0) + (di > 0 ? 1 : 0) + (ot > 0 ? 1 : 0)
        return (classes, lo, up, di, ot)
    }

    /// Whether every byte of `bytes[s..<e]` is in `mask`.
    static func all(_ ctx: ScanContext, _ s: Int, _ e: Int, _ mask: UInt16) -> Bool {
        var i = s
        while i < e {
            if SecretCharset.table[Int(ctx.bytes[i])] & mask == 0 { return false }
            i += 1
        }
        return true
    }

    /// `8-4-4-4-12` hex: a UUID (request ids, OAuth client ids), never a secret on its own.
    static func isUUID(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        guard e - s == 36 else { return false }
        for i in 0..<36 {
            let b = ctx.bytes[s + i]
            if i == 8 || i == 13 || i == 18 || i == 23 {
                if b != 0x2D { return false }
            } else if !SecretCharset.has(b, SecretCharset.hex) {
                return false
            }
        }
        return true
    }

    private static func log2(_ x: Double) -> Double {
        // Natural log through the bit pattern would be faster; values are short, so keep it simple.
        var v = x
        var exp = 0.0
        while v < 1 { v *= 2; exp -= 1 }
        while v >= 2 { v /= 2; exp += 1 }
        // log2 of v in [1, 2) by the series of ln((1+y)/(1-y)).
        let y = (v - 1) / (v + 1)
        let y2 = y * y
        var term = y
        var sum = 0.0
        var k = 1.0
        for _ in 0..<12 {
            sum += term / k
            term *= y2
            k += 2
        }
        return exp + 2 * sum / 0.693_147_180_559_945_3
    }
}

/// CRC-32 (IEEE 802.3, the polynomial zlib uses) and the base62 encoding GitHub and npm put in the
/// last six characters of their tokens.
enum TokenChecksum {
    static let crcTable: [UInt32] = (0..<256).map { i -> UInt32 in
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ ctx: ScanContext, _ s: Int, _ e: Int) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for i in s..<e { c = crcTable[Int((c ^ UInt32(ctx.bytes[i])) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    /// Whether the six bytes at `e - 6 ..< e` are the base62 (`0-9A-Za-z`) CRC-32 of `s ..< e - 6`.
    static func validBase62CRC(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        guard e - s > 6 else { return false }
        var v = crc32(ctx, s, e - 6)
        var i = e - 1
        while i >= e - 6 {
            let d = Int(v % 62)
            v /= 62
            let expected: UInt8 = d < 10 ? UInt8(0x30 + d) : d < 36 ? UInt8(0x41 + d - 10) : UInt8(0x61 + d - 36)
            if ctx.bytes[i] != expected { return false }
            i -= 1
        }
        return v == 0
    }
}
