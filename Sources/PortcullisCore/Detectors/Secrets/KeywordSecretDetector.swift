/// Secrets found by the name they are assigned to rather than by their shape: `password = "…"`,
/// `DB_PASSWORD=…`, `client_secret: …`, `api_key=…`, `"apiKey": "…"`, `--password …`, `mysql -p'…'`,
/// `<password>…</password>`, `Authorization: Bearer …` (gitleaks' generic-api-key idea: a keyword,
/// an assignment, a value with enough randomness).
///
/// Also types two well-known values by their key: a 40-character AWS secret access key and an
/// 88-character Azure storage account key.
///
/// Work per keyword is bounded (64-byte names, 512-byte values) and the walk resumes after each
/// name and value it read, so `password=password=…` costs one pass.
public struct KeywordSecretDetector: Detector {
    public let name = "secrets.keyword"
    public let entityTypes: [EntityType] = [.genericAPIKey, .genericPassword, .awsSecretAccessKey, .azureStorageAccountKey]
    public init() {}

    static let maxName = 64
    /// Commands whose `-p` flag takes a password rather than a port.
    static let passwordClientNames = ["mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlsh", "mariadb", "mariadb-dump", "sshpass"]
    static let passwordClients = ByteStringSet(passwordClientNames)
    /// The token lengths a password client's name can have (for `TokenMarks`).
    static let clientWordLengths = 5...10
    static let maxValue = 512

    public func detect(in ctx: ScanContext) {
        var skipUntil = 0
        var lastClient = -1  // end of the last `mysql` / `mariadb` / `sshpass` command word
        let first = KeywordStarts.first, second = KeywordStarts.second, sets = KeywordStarts.letterSetPointer
        // Every token this loop can act on is a secret mark (`TokenMarks.isSecretMark`).
        for m in ctx.secretTokens {
            let t = ctx.tokens[Int(m)]
            guard t.start >= skipUntil else { continue }
            if Self.clientWordLengths.contains(t.length), ctx.bytes[t.start] | 0x20 == 0x6D || ctx.bytes[t.start] | 0x20 == 0x73,
               Self.passwordClients.contains(ctx.bytes, t.start, t.end) { lastClient = t.end }
            if ctx.bytes[t.start] == 0x70 && ctx.byte(t.start - 1) == 0x2D, let e = mysqlPasswordFlag(ctx, t, lastClient: lastClient) {
                skipUntil = e
                continue
            }
            guard KeywordStarts.mayContainKeyword(t.letters, sets), Self.mentionsKeyword(ctx, t, first, second) else { continue }
            skipUntil = assignment(ctx, t)
        }
    }

    /// Cheap first test on one token: does it contain a credential word at all?
    static func mentionsKeyword(_ ctx: ScanContext, _ t: Token,
                                _ first: UnsafePointer<UInt8> = KeywordStarts.first,
                                _ second: UnsafePointer<UInt8> = KeywordStarts.second) -> Bool {
        if t.length < 2 || t.length > 48 { return false }
        let s = t.start, e = t.end
        if t.length == 2 { return ctx.equalsIgnoringCase(s, e, "pw") }
        // One pass over byte pairs: a keyword can start at `j` only if the first-letter and
        // second-letter tables share a bit for bytes j and j+1; only then compare the keyword.
        let b = ctx.bytes
        var j = s
        while j + 1 < e {
            let m = first[Int(b[j])] & second[Int(b[j + 1])]
            if m != 0 {
                if m & KeywordStarts.pass != 0 && j + 4 <= e && ctx.hasPrefixIgnoringCase("pass", at: j) { return true }
                if m & KeywordStarts.pwd != 0 && j + 3 <= e && ctx.hasPrefixIgnoringCase("pwd", at: j) { return true }
                if m & KeywordStarts.secret != 0 && j + 6 <= e && ctx.hasPrefixIgnoringCase("secret", at: j) { return true }
                if m & KeywordStarts.token != 0 && j + 5 <= e && ctx.hasPrefixIgnoringCase("token", at: j) { return true }
                if m & KeywordStarts.key != 0 && j + 3 <= e && ctx.hasPrefixIgnoringCase("key", at: j) { return true }
                if m & KeywordStarts.auth != 0 && j + 4 <= e && ctx.hasPrefixIgnoringCase("auth", at: j) { return true }
                if m & KeywordStarts.cred != 0 && j + 4 <= e && ctx.hasPrefixIgnoringCase("cred", at: j) { return true }
            }
            j += 1
        }
        return false
    }

    enum Kind { case password, apiKey, authorization }

    // MARK: Names

    /// Splits an identifier into words at `_ - .` and camel-case humps (`apiKey`, `APIKey`).
    static func words(_ ctx: ScanContext, _ s: Int, _ e: Int) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        var i = s
        while i < e {
            while i < e && !SecretCharset.has(ctx.bytes[i], SecretCharset.alnum) { i += 1 }
            let ws = i
            while i < e && SecretCharset.has(ctx.bytes[i], SecretCharset.alnum) {
                let c = ctx.bytes[i]
                if i > ws && SecretCharset.has(c, SecretCharset.upper) {
                    let prev = ctx.bytes[i - 1]
                    let nextLower = i + 1 < e && SecretCharset.has(ctx.bytes[i + 1], SecretCharset.lower)
                    if SecretCharset.has(prev, SecretCharset.lower | SecretCharset.digit)
                        || (SecretCharset.has(prev, SecretCharset.upper) && nextLower)
                    {
                        out.append((ws, i))
                        break
                    }
                }
                i += 1
            }
            if i > ws, out.last.map({ $0.0 != ws }) ?? true { out.append((ws, i)) }
            if out.count > 16 { break }
        }
        return out
    }

    static let passwordWords = ByteStringSet([
        "password", "passwd", "pwd", "pass", "passphrase", "pw", "passcode", "pword", "passwort", "pswd", "passw",
    ])
    static let secretWords = ByteStringSet([
        "secret", "token", "apikey", "secretkey", "accesskey", "clientsecret", "credential", "credentials", "creds",
        "authtoken", "apitoken", "accesstoken", "apisecret", "privatekey", "accountkey", "signingkey",
        "encryptionkey", "masterkey", "sessionkey", "secrettoken", "bearertoken", "refreshtoken", "idtoken",
    ])
    static let keyQualifiers = ByteStringSet([
        "api", "secret", "access", "private", "auth", "client", "app", "application", "master", "encryption",
        "signing", "sign", "license", "licence", "consumer", "service", "account", "subscription", "webhook",
        "session", "jwt", "hmac", "admin", "integration", "developer", "dev", "partner", "server", "shared", "root",
        "cipher", "crypto", "aes", "enc", "storage", "write", "read", "ingest", "ingestion", "bot", "rest",
        "project", "customer", "merchant", "tenant", "org", "organization", "sdk", "deploy", "deployment",
        "mgmt", "management", "live", "prod", "production", "test", "sandbox", "x", "user", "personal", "token",
    ])
    /// Words that make a credential-sounding name about something else (`password_policy`, `public_key`).
    static let notSecretWords = ByteStringSet([
        "hash", "hashed", "digest", "salt", "policy", "reset", "forgot", "hint", "prompt", "placeholder", "label",
        "field", "regex", "pattern", "min", "max", "length", "len", "expiry", "expires", "expiration", "age",
        "file", "path", "command", "cmd", "validator", "validation", "strength", "rules", "public", "publishable",
        "primary", "foreign", "sort", "partition", "cache", "idempotency", "csrf", "xsrf", "page", "next",
        "continuation", "cursor", "pagination", "sync", "type", "name", "id", "url", "uri", "endpoint", "header",
        "prefix", "format", "env", "var", "version", "count", "ttl", "timeout", "lifetime", "limit", "usage",
        "location", "dir", "filename", "ref", "arn", "param", "parameter", "input", "output", "policy", "mode",
        "enabled", "required", "algorithm", "alg", "size", "bits", "store", "manager", "provider", "helper",
        "kind", "method", "scope", "scopes", "audience", "issuer", "duration", "event", "events",
    ])
    static let trailingFiller = ByteStringSet(["value", "base", "str", "string", "val", "b64", "base64"])

    static func classify(_ ctx: ScanContext, _ w: [(Int, Int)]) -> Kind? {
        var words = w
        if words.count > 1, let l = words.last, trailingFiller.contains(ctx.bytes, l.0, l.1) { words.removeLast() }
        guard let last = words.last else { return nil }
        for x in words where notSecretWords.contains(ctx.bytes, x.0, x.1) { return nil }
        let b = ctx.bytes
        if ctx.equalsIgnoringCase(last.0, last.1, "authorization") { return .authorization }
        if passwordWords.contains(b, last.0, last.1) || endsWith(ctx, last, "password") || endsWith(ctx, last, "passwd")
            || endsWith(ctx, last, "pwd")
        {
            if ctx.equalsIgnoringCase(last.0, last.1, "pass") && words.count == 1 { return nil }
            return .password
        }
        if secretWords.contains(b, last.0, last.1) || endsWith(ctx, last, "secret") || endsWith(ctx, last, "token")
            || endsWith(ctx, last, "apikey")
        {
            return .apiKey
        }
        if ctx.equalsIgnoringCase(last.0, last.1, "key") && words.count >= 2 {
            let prev = words[words.count - 2]
            if keyQualifiers.contains(b, prev.0, prev.1) { return .apiKey }
        }
        return nil
    }

    static func endsWith(_ ctx: ScanContext, _ w: (Int, Int), _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.1 - w.0 > n else { return false }
        return ctx.hasPrefixIgnoringCase(suffix, at: w.1 - n)
    }

    static func hasWord(_ ctx: ScanContext, _ w: [(Int, Int)], _ word: StaticString) -> Bool {
        w.contains { ctx.equalsIgnoringCase($0.0, $0.1, word) }
    }

    // MARK: Assignments

    /// Reads the name around keyword token `t`, an assignment and its value; returns where to resume.
    private func assignment(_ ctx: ScanContext, _ t: Token) -> Int {
        var ns = t.start
        while ns > 0 && t.start - ns < Self.maxName && SecretCharset.has(ctx.byte(ns - 1), SecretCharset.identifier) { ns -= 1 }
        var ne = t.end
        while ne < ctx.count && ne - t.end < Self.maxName && SecretCharset.has(ctx.byte(ne), SecretCharset.identifier) { ne += 1 }
        let resume = ne
        while ne > ns && (ctx.byte(ne - 1) == 0x2E || ctx.byte(ne - 1) == 0x2D) { ne -= 1 }
        var isFlag = false
        while ns < ne && (ctx.byte(ns) == 0x2D || ctx.byte(ns) == 0x2E) {
            if ctx.byte(ns) == 0x2D { isFlag = true }
            ns += 1
        }
        guard ne > ns else { return resume }
        let w = Self.words(ctx, ns, ne)
        guard let kind = Self.classify(ctx, w) else { return resume }
        var scanned = resume
        guard let (vs, ve, quoted) = value(ctx, nameStart: ns, nameEnd: ne, isFlag: isFlag, kind: kind, scanned: &scanned) else {
            return max(resume, scanned)
        }
        report(ctx, kind: kind, words: w, vs, ve, quoted: quoted)
        return max(resume, ve)
    }

    /// Finds the value assigned to the name `[ns, ne)`: `=`, `:`, `:=`, `=>`, a flag's space, XML
    /// element content or a `value="…"` attribute.
    private func value(_ ctx: ScanContext, nameStart ns: Int, nameEnd ne: Int, isFlag: Bool, kind: Kind,
                       scanned: inout Int) -> (Int, Int, Bool)? {
        var j = ne
        let open = ctx.byte(ns - 1)
        let nameQuoted = SecretCharset.has(open, SecretCharset.quote)
        if nameQuoted && ctx.byte(j) == open { j += 1 }
        if ctx.byte(j) == 0x5D { j += 1 }  // config['password'] = …
        // XML element: <password>value</password>
        if open == 0x3C && ctx.byte(j) == 0x3E {
            let vs = j + 1
            var ve = vs
            while ve < ctx.count && ve - vs < Self.maxValue && ctx.bytes[ve] != 0x3C && ctx.bytes[ve] != 0x0A { ve += 1 }
            guard ctx.byte(ve) == 0x3C, ctx.byte(ve + 1) == 0x2F else { return nil }
            return (vs, ve, true)
        }
        let afterName = j
        j = skipBlanks(ctx, j)
        var op = false
        switch ctx.byte(j) {
        case 0x3D:  // = == =>
            j += 1
            if ctx.byte(j) == 0x3D || ctx.byte(j) == 0x3E { j += 1 }
            op = true
        case 0x3A:  // : :=
            if ctx.byte(j + 1) == 0x3A { return nil }
            j += 1
            if ctx.byte(j) == 0x3D { j += 1 }
            op = true
        case 0x3F, 0x2B, 0x7C:  // ?= += ||=
            var k = j
            while k < j + 3 && (ctx.byte(k) == 0x3F || ctx.byte(k) == 0x2B || ctx.byte(k) == 0x7C) { k += 1 }
            if ctx.byte(k) == 0x3D { j = k + 1; op = true }
        default:
            break
        }
        if !op {
            if nameQuoted && ctx.hasPrefixIgnoringCase("value=", at: j) && SecretCharset.has(ctx.byte(j + 6), SecretCharset.quote) {
                j += 6  // key="Password" value="…"
            } else if (isFlag || netrcStyle(ctx, ns, kind)) && ctx.byte(afterName) == 0x20 && j == afterName + 1 {
                // --password hunter2, .netrc "login u password p"
            } else if kind == .password && j == afterName + 1 && (ctx.hasPrefix("is ", at: j) || ctx.hasPrefix("was ", at: j)) {
                j += ctx.byte(j) == 0x69 ? 3 : 4  // prose: "the root password is Xyz!42"
            } else {
                return nil
            }
        }
        j = skipBlanks(ctx, j)
        // Python type annotation: `API_KEY: str = "…"`.
        if ctx.hasPrefix("str ", at: j) || ctx.hasPrefix("str=", at: j) || ctx.hasPrefix("String ", at: j) {
            var k = j
            while k < j + 8 && ctx.byte(k) != 0x3D { k += 1 }
            if ctx.byte(k) == 0x3D { j = skipBlanks(ctx, k + 1) }
        }
        return literal(ctx, at: j, kind: kind, scanned: &scanned)
    }

    private func skipBlanks(_ ctx: ScanContext, _ from: Int) -> Int {
        var j = from
        while j < from + 8 && (ctx.byte(j) == 0x20 || ctx.byte(j) == 0x09) { j += 1 }
        return j
    }

    /// A `.netrc` line (`machine h login u password p`): the name follows `login`/`machine` on its line.
    private func netrcStyle(_ ctx: ScanContext, _ ns: Int, _ kind: Kind) -> Bool {
        guard kind == .password else { return false }
        let i = max(0, ns - 200)
        return SecretValue.contains(ctx, i, ns, "login ") && SecretValue.contains(ctx, i, ns, "machine ")
    }

    /// The literal at `j`: a quoted string (escapes honoured) or a bare word.
    /// `scanned` is raised to the last byte read when the literal is rejected, so the caller can resume
    /// after it instead of re-reading it from the next keyword inside.
    private func literal(_ ctx: ScanContext, at start: Int, kind: Kind, scanned: inout Int) -> (Int, Int, Bool)? {
        var j = start
        // r"…", b'…', f"…" prefixes.
        if SecretCharset.has(ctx.byte(j + 1), SecretCharset.quote) && "rbufRBUF".utf8.contains(ctx.byte(j)) { j += 1 }
        let q = ctx.byte(j)
        var vs: Int, ve: Int, quoted: Bool
        if SecretCharset.has(q, SecretCharset.quote) {
            vs = j + 1
            ve = vs
            while ve < ctx.count && ve - vs < Self.maxValue {
                let c = ctx.bytes[ve]
                if c == q || c == 0x0A { break }
                if c == 0x5C { ve += 2; continue }
                ve += 1
            }
            guard ctx.byte(ve) == q else {
                scanned = max(scanned, ve)
                return nil
            }
            quoted = true
        } else {
            vs = j
            ve = vs
            while ve < ctx.count && ve - vs < Self.maxValue {
                let c = ctx.bytes[ve]
                if c <= 0x20 || c >= 0x7F || SecretCharset.has(c, SecretCharset.quote) || c == 0x2C || c == 0x3B || c == 0x29
                    || c == 0x5D || c == 0x7D || c == 0x3C || c == 0x3E || c == 0x26
                {
                    break
                }
                ve += 1
            }
            if ve - vs >= Self.maxValue {
                scanned = max(scanned, ve)
                return nil
            }
            quoted = false
        }
        if kind == .authorization {
            // Authorization: Bearer <token> / Token <token>
            var k = vs
            if ctx.hasPrefixIgnoringCase("bearer ", at: k) { k += 7 } else if ctx.hasPrefixIgnoringCase("token ", at: k) { k += 6 } else { return nil }
            while ctx.byte(k) == 0x20 { k += 1 }
            var e = k
            let limit = quoted ? ve : min(ctx.count, k + Self.maxValue)
            while e < limit && SecretCharset.has(ctx.bytes[e], SecretCharset.visible) && !SecretCharset.has(ctx.bytes[e], SecretCharset.quote)
                && ctx.bytes[e] != 0x2C
            {
                e += 1
            }
            return e > k ? (k, e, quoted) : nil
        }
        return ve > vs ? (vs, ve, quoted) : nil
    }

    // MARK: Values

    private func report(_ ctx: ScanContext, kind: Kind, words w: [(Int, Int)], _ vs: Int, _ ve: Int, quoted: Bool) {
        let n = ve - vs
        guard n >= (kind == .password ? 6 : 16), n <= 256, !SecretValue.isPlaceholder(ctx, vs, ve), !looksLikeReference(ctx, vs, ve, quoted: quoted) else { return }
        let cc = SecretValue.classCount(ctx, vs, ve)
        switch kind {
        case .password:
            guard !SecretValue.contains(ctx, vs, ve, "password"), !SecretValue.contains(ctx, vs, ve, " ") else { return }
            let strong = cc.classes >= 3 || (cc.classes == 2 && n >= 8)
            let randomish = quoted && n >= 10 && SecretValue.entropy(ctx, vs, ve) >= 3.0
            guard strong || randomish, !looksLikePath(ctx, vs, ve) else { return }
            // A bare word of letters in code is a variable, not a password.
            if !quoted && cc.digit == 0 && SecretValue.all(ctx, vs, ve, SecretCharset.word) { return }
            ctx.emit(.genericPassword, vs, ve, score: cc.classes >= 3 ? 0.8 : 0.7, priority: CandidatePriority.secret)
        case .apiKey, .authorization:
            guard n >= 16, SecretValue.all(ctx, vs, ve, SecretCharset.visible), !SecretValue.isUUID(ctx, vs, ve) else { return }
            guard cc.digit < n, cc.lower + cc.upper + cc.digit >= n * 3 / 4 else { return }
            if let special = wellKnown(ctx, w, vs, ve, cc) {
                ctx.emit(special, vs, ve, score: 0.85, priority: CandidatePriority.secret)
                return
            }
            // Names of things (MY_SECRET_NAME, some.dotted.path) have letters and separators only.
            if cc.digit == 0 && (cc.lower == 0 || cc.upper == 0) { return }
            let h = SecretValue.entropy(ctx, vs, ve)
            guard h >= 3.0, !SecretValue.contains(ctx, vs, ve, "password"), !isWordy(ctx, vs, ve) else { return }
            guard !looksLikePath(ctx, vs, ve) else { return }
            let score = h >= 3.5 ? 0.8 : 0.65
            ctx.emit(.genericAPIKey, vs, ve, score: score, priority: CandidatePriority.secret)
        }
    }

    /// AWS secret keys (40 base64 characters under an AWS / secret-access name) and Azure storage
    /// account keys (88 base64 characters under an account/storage key name).
    private func wellKnown(_ ctx: ScanContext, _ w: [(Int, Int)], _ vs: Int, _ ve: Int,
                           _ cc: (classes: Int, lower: Int, upper: Int, digit: Int, other: Int)) -> EntityType? {
        let n = ve - vs
        if n == 40 && SecretValue.all(ctx, vs, ve, SecretCharset.b64) {
            let aws = Self.hasWord(ctx, w, "aws") || (Self.hasWord(ctx, w, "secret") && Self.hasWord(ctx, w, "access"))
                || w.contains { ctx.equalsIgnoringCase($0.0, $0.1, "secretaccesskey") }
            if aws || (Self.hasWord(ctx, w, "secret") && awsKeyIDNear(ctx, vs, ve)) { return .awsSecretAccessKey }
        }
        if n >= 80 && n <= 90 && SecretValue.all(ctx, vs, ve, SecretCharset.b64std) && ctx.byte(ve - 1) == 0x3D {
            let azure = Self.hasWord(ctx, w, "account") || Self.hasWord(ctx, w, "storage") || Self.hasWord(ctx, w, "azure")
                || w.contains { ctx.equalsIgnoringCase($0.0, $0.1, "accountkey") }
            if azure { return .azureStorageAccountKey }
        }
        return nil
    }

    /// File system paths (`PWD=/home/u`, `key_file: ./certs/k.pem`) and reStructuredText roles.
    private func looksLikePath(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        for i in s..<e where ctx.bytes[i] == 0x2B || ctx.bytes[i] == 0x3D { return false }  // base64, not a path
        let c0 = ctx.byte(s), c1 = ctx.byte(s + 1)
        if c0 == 0x2F || c0 == 0x3A || c0 == 0x5C { return true }  // / : \
        if (c0 == 0x7E || c0 == 0x2E) && (c1 == 0x2F || c1 == 0x2E) { return true }  // ~/ ./ ../
        return SecretCharset.has(c0, SecretCharset.alnum) && c1 == 0x3A && ctx.byte(s + 2) == 0x5C  // C:\
    }

    /// Whether the value reads as words (`_EllipticCurvePrivateKey`, `Comment.Special`): most of its
    /// letters belong to dictionary words of three letters or more. Random keys almost never do.
    private func isWordy(_ ctx: ScanContext, _ s: Int, _ e: Int) -> Bool {
        var letters = 0, covered = 0, dictWords = 0
        var i = s
        while i < e {
            guard SecretCharset.has(ctx.bytes[i], SecretCharset.upper | SecretCharset.lower) else { i += 1; continue }
            let ws = i
            i += 1
            // A word: an optional capital then lower-case letters, or a run of capitals.
            if SecretCharset.has(ctx.bytes[ws], SecretCharset.upper) && i < e && SecretCharset.has(ctx.bytes[i], SecretCharset.upper) {
                while i < e && SecretCharset.has(ctx.bytes[i], SecretCharset.upper)
                    && !(i + 1 < e && SecretCharset.has(ctx.bytes[i + 1], SecretCharset.lower)) { i += 1 }
            } else {
                while i < e && SecretCharset.has(ctx.bytes[i], SecretCharset.lower) { i += 1 }
            }
            letters += i - ws
            if i - ws >= 3 && ctx.lexicon.englishWords.contains(ctx.bytes, ws, i) {
                covered += i - ws
                dictWords += 1
            }
        }
        return dictWords >= 2 && covered * 10 >= letters * 7
    }

    /// Whether an AWS key id (`AKIA…`/`ASIA…`) or the word `aws` sits within 300 bytes of the value
    /// (Terraform's `access_key`/`secret_key` pair, SDK constructors).
    private func awsKeyIDNear(_ ctx: ScanContext, _ vs: Int, _ ve: Int) -> Bool {
        let lo = max(0, vs - 300), hi = min(ctx.count, ve + 300)
        return SecretValue.contains(ctx, lo, hi, "akia") || SecretValue.contains(ctx, lo, hi, "asia")
            || SecretValue.contains(ctx, lo, vs, "aws")
    }

    /// Code that reads a secret from somewhere else: `os.getenv("X")`, `config["x"]`,
    /// `settings.SECRET`, `{token}`.
    private func looksLikeReference(_ ctx: ScanContext, _ s: Int, _ e: Int, quoted: Bool) -> Bool {
        var hasOpen = false, hasClose = false
        for i in s..<e {
            let c = ctx.bytes[i]
            if c == 0x7B { hasOpen = true } else if c == 0x7D { hasClose = true }
            if !quoted && (c == 0x28 || c == 0x5B || c == 0x7B) { return true }
        }
        if hasOpen && hasClose { return true }
        if quoted { return false }
        // A dotted path of identifiers without digits: settings.API_KEY, process.env.TOKEN.
        var dots = 0
        for i in s..<e {
            let c = ctx.bytes[i]
            if c == 0x2E { dots += 1 } else if !SecretCharset.has(c, SecretCharset.alnum) && c != 0x5F { return false }
            if SecretCharset.has(c, SecretCharset.digit) { return false }
        }
        return dots > 0
    }

    // MARK: mysql -p

    /// `mysql -u root -p'secret'` / `-psecret`, `sshpass -p 'secret'`: the value after `-p`, when the
    /// command on that line is a MySQL client or sshpass (elsewhere `-p` is usually a port).
    private func mysqlPasswordFlag(_ ctx: ScanContext, _ t: Token, lastClient: Int) -> Int? {
        let before = ctx.byte(t.start - 2)
        guard before == 0x20 || before == 0x09 else { return nil }
        guard lastClient >= 0, t.start - lastClient <= 200 else { return nil }
        for i in lastClient..<t.start where ctx.bytes[i] == 0x0A { return nil }
        var j = t.start + 1
        if t.length == 1 && ctx.byte(j) == 0x20 {
            j += 1
            guard SecretCharset.has(ctx.byte(j), SecretCharset.quote) else { return nil }
        }
        var scanned = j
        guard let (vs, ve, quoted) = literal(ctx, at: j, kind: .password, scanned: &scanned) else { return scanned > j ? scanned : nil }
        report(ctx, kind: .password, words: [], vs, ve, quoted: quoted || SecretCharset.has(ctx.byte(j), SecretCharset.quote))
        return ve
    }
}
