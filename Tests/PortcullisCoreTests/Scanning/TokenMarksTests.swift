import Testing
@testable import PortcullisCore

/// The first pass's index lists must hold every token a detector can start at: detectors walk
/// only those lists, so a token missing from one is a finding lost. Random texts mix the shapes
/// each rule is about (digits, capitals, `:` `=` `-` `::` neighbours, long tokens, credential
/// words, vendor prefixes, password clients, accented and non-Latin words).
@Suite struct TokenMarksTests {
    static let pieces = [
        "the", "report", "Anna", "Zürich", "Émilie", "東京", "Привет", "👍🏽", "1", "42", "2024", "4111", "fe80", "a1b2",
        "password", "DB_PASSWORD", "apiKey", "client_secret", "token", "Authorization", "creds", "pwd", "pw", "keyring",
        "ghp_", "github_pat_", "glpat-", "xoxb-", "sk_live_", "sk-", "shpat_", "rk_", "AKIAIOSFODNN7EXAMPLE", "AIzaSy",
        "SG.", "SK0123456789abcdef0123456789abcdef", "npm_", "pypi-", "dop_v1_", "hf_", "https", "hooks", "eyJhbGciOi",
        "mysql", "MySQL", "mariadb", "sshpass", "-p", "BEGIN", "AccountKey", "postgres", String(repeating: "x", count: 30),
    ]
    static let separators = [" ", " ", " ", ":", "=", "-", "::", ".", ",", "/", "\n", "_", "://", "@"]

    static func text(_ rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<(5 + rng.below(40)) { s += rng.pick(pieces) + rng.pick(separators) }
        return s
    }

    @Test func listsHoldEveryTokenTheirRulesName() {
        var rng = SplitMix64(seed: 20_261_125)
        for _ in 0..<300 {
            var text = Self.text(&rng)
            text.withUTF8 { bytes in
                let ctx = ScanContext(bytes: bytes, lexicon: .empty)
                let tokens = ctx.tokens
                let digits = Set(ctx.digitTokens.map(Int.init)), capitals = Set(ctx.capitalTokens.map(Int.init))
                let marks = Set(ctx.markTokens.map(Int.init)), secrets = Set(ctx.secretTokens.map(Int.init))
                for (i, t) in tokens.enumerated() {
                    #expect(digits.contains(i) == t.has(Token.hasDigit))
                    #expect(capitals.contains(i) == t.has(Token.firstUpper))
                    let before = ctx.byte(t.start - 1), after = ctx.byte(t.end)
                    if t.has(Token.hasDigit) || t.has(Token.firstUpper) || after == 0x3A || after == 0x3D || before == 0x2D
                        || (before == 0x3A && ctx.byte(t.start - 2) == 0x3A) || t.length >= TokenMarks.longToken {
                        #expect(marks.contains(i), "mark missing: \(ctx.string(t.start, t.end))")
                    }
                    let word = ctx.string(t.start, t.end)
                    if KeywordSecretDetector.mentionsKeyword(ctx, t) || after == 0x3A
                        || KeywordSecretDetector.passwordClients.contains(bytes, t.start, t.end)
                        || (ctx.byte(t.start) == 0x70 && before == 0x2D)
                        || Self.opensVendorToken(word, length: t.length) {
                        #expect(secrets.contains(i), "secret mark missing: \(word)")
                    }
                }
            }
        }
    }

    /// The token shapes `VendorTokenDetector.match` dispatches on (first bytes and lengths).
    static func opensVendorToken(_ w: String, length: Int) -> Bool {
        let prefixes: [(String, Set<Int>?)] = [
            ("gh", [3]), ("gi", [6]), ("gl", [5]), ("xo", [4]), ("sk", [2]), ("sh", [5]), ("rk", [2]), ("AK", [20]),
            ("AS", [20]), ("AB", [20]), ("AC", [20]), ("A3", [20]), ("AI", Set(4...63)), ("SG", [2]), ("SK", [34]), ("np", [3]),
            ("py", [4]), ("do", [3]), ("hf", [2]), ("ht", [4, 5]), ("ho", [5]), ("ey", nil),
        ]
        return prefixes.contains { p, lengths in w.hasPrefix(p) && (lengths?.contains(length) ?? (length >= 3)) }
    }

    /// The word-at-a-time hash and the byte-by-byte one agree: the same word hashes the same in
    /// any case, with accents folded, and wherever it sits in its buffer (ends of buffers take
    /// the byte-by-byte path).
    @Test func hashIsTheSameOnEveryPath() {
        let words = ["a", "Anna", "ANNA", "anna", "Müller", "MÜLLER", "müller", "Émilie", "émilie", "straße",
                     "abcdefgh", "ABCDEFGH", "abcdefghi", "Kidd-Cox", "KIDD-COX", "東京", "xxxxxxxxxxxxxxxxxxxxxxxx"]
        for w in words {
            let alone = Array(w.utf8), padded = Array(("  " + w + " tail text").utf8)
            let h1 = alone.withUnsafeBufferPointer { ByteStringSet.hash($0, 0, $0.count) }
            let h2 = padded.withUnsafeBufferPointer { ByteStringSet.hash($0, 2, 2 + alone.count) }
            #expect(h1 == h2, "\(w)")
            let lower = Array(w.lowercased().utf8)
            let h3 = lower.withUnsafeBufferPointer { ByteStringSet.hash($0, 0, $0.count) }
            #expect(h1 == h3, "\(w)")
        }
        let set = ByteStringSet(["müller", "anna", "abcdefghi"])
        for w in ["MÜLLER", "Müller", "ANNA", "Anna", "ABCDEFGHI"] { #expect(set.contains(w), "\(w)") }
        for w in ["Mueller", "Ann", "abcdefgh"] { #expect(!set.contains(w), "\(w)") }
    }
}
