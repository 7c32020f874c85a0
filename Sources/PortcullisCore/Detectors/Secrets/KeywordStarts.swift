/// Byte tables for the keyword filter of `KeywordSecretDetector.mentionsKeyword`: for each
/// credential word, one bit set at its first letter (in `first`) and at its second letter (in
/// `second`), both cases. Two loads and an AND per byte pair say which word could start there.
enum KeywordStarts {
    static let pass: UInt8 = 1 << 0, pwd: UInt8 = 1 << 1, secret: UInt8 = 1 << 2, token: UInt8 = 1 << 3
    static let key: UInt8 = 1 << 4, auth: UInt8 = 1 << 5, cred: UInt8 = 1 << 6

    private static let words: [(UInt8, StaticString)] = [
        (pass, "pass"), (pwd, "pwd"), (secret, "secret"), (token, "token"), (key, "key"), (auth, "auth"), (cred, "cred"),
    ]

    /// The `Token.letters` sets of the credential words (`pw` stands for `pw` and `pwd`): a token
    /// can contain one of the words only if its letters include one of these sets.
    static let letterSets: [UInt32] = ["pass", "pw", "secret", "token", "key", "auth", "cred"].map { Token.letterSet($0) }

    /// Whether a token with the ASCII letters `letters` may contain a credential word (a test on
    /// the token's letter set alone, before its bytes are read). Each word's set is tested under
    /// a letter it must hold (`p` for pass/pw, `k` for token/key, `c` for secret/cred, `u` for
    /// auth), so most tokens fail at the first test.
    @inline(__always)
    static func mayContainKeyword(_ letters: UInt32, _ sets: UnsafePointer<UInt32>) -> Bool {
        if letters & pkcu == 0 { return false }
        if letters & bit("p") != 0 && (letters & sets[0] == sets[0] || letters & sets[1] == sets[1]) { return true }
        if letters & bit("k") != 0 && (letters & sets[3] == sets[3] || letters & sets[4] == sets[4]) { return true }
        if letters & bit("c") != 0 && (letters & sets[2] == sets[2] || letters & sets[6] == sets[6]) { return true }
        return letters & sets[5] == sets[5]
    }

    /// The letters `p`, `k`, `c`, `u`: each credential word holds one of them (checked by a test).
    static let pkcu: UInt32 = 1 << 15 | 1 << 10 | 1 << 2 | 1 << 20

    /// The `Token.letters` bit of one lower-case ASCII letter.
    @inline(__always) private static func bit(_ c: Unicode.Scalar) -> UInt32 { 1 << (c.value - 0x61) }

    nonisolated(unsafe) static let letterSetPointer: UnsafePointer<UInt32> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt32>.allocate(capacity: letterSets.count)
        p.initialize(from: letterSets, count: letterSets.count)
        return UnsafePointer(p)
    }()

    nonisolated(unsafe) static let first: UnsafePointer<UInt8> = table(at: 0)  // immutable after initialisation
    nonisolated(unsafe) static let second: UnsafePointer<UInt8> = table(at: 1)  // immutable after initialisation

    private static func table(at k: Int) -> UnsafePointer<UInt8> {
        let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        p.initialize(repeating: 0, count: 256)
        for (bit, word) in words {
            let c = word.utf8Start[k]
            p[Int(c)] |= bit
            p[Int(c) & ~0x20] |= bit  // upper case
        }
        return UnsafePointer(p)
    }
}
