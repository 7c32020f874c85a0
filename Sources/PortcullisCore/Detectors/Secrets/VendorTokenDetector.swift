/// Provider credentials that carry a recognisable prefix or shape (gitleaks' provider rules):
/// GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Google, AWS key ids, Twilio, SendGrid, npm,
/// PyPI, Shopify, DigitalOcean, Hugging Face, Mailchimp, Telegram, JWTs and Slack webhooks.
///
/// One walk over the tokens dispatches on the first bytes of each; every match consumes its body
/// through a `RunCache`, so repeated prefixes inside one long run cost nothing extra, and all other
/// work per token is bounded by the longest format (a few hundred bytes).
public struct VendorTokenDetector: Detector {
    public let name = "secrets.vendor"
    public let entityTypes: [EntityType] = [
        .awsAccessToken, .awsSecretAccessKey, .githubPAT, .githubFineGrainedPAT, .githubAppToken, .githubOAuth,
        .gitlabPAT, .slackBotToken, .slackUserToken, .slackWebhookURL, .stripeAccessToken, .openaiAPIKey,
        .anthropicAPIKey, .gcpAPIKey, .jwt, .twilioAPIKey, .sendgridAPIToken, .npmAccessToken, .pypiUploadToken,
        .shopifyAccessToken, .digitaloceanPAT, .huggingfaceAccessToken, .mailchimpAPIKey, .telegramBotAPIToken,
    ]
    public init() {}

    public func detect(in ctx: ScanContext) {
        var runs = RunCache()
        var skipUntil = 0
        let prefixes = VendorPrefixes.lengthsByFirstByte
        // Every token `match` can accept is a secret mark (`TokenMarks.isSecretMark`).
        for m in ctx.secretTokens {
            let t = ctx.tokens[Int(m)]
            guard t.start >= skipUntil else { continue }
            // The shapes `match` tests before the prefixes (Mailchimp, Telegram), then the prefixes.
            let next = ctx.byte(t.end)
            guard (t.length == 32 && next == 0x2D) || next == 0x3A
                    || VendorPrefixes.mayStart(ctx.bytes[t.start], length: t.length, prefixes) else { continue }
            if let end = match(ctx, t, &runs) { skipUntil = end }
        }
    }

    private typealias C = SecretCharset

    /// Emits the token starting at `t` if it is a known credential; returns the end of the finding.
    private func match(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let s = t.start
        let next = ctx.byte(t.end)
        // Shapes identified by the whole token rather than a prefix.
        if t.length == 32 && next == 0x2D, let e = mailchimp(ctx, t) { return e }
        if next == 0x3A && ctx.byte(t.end + 1) == 0x41, let e = telegram(ctx, t, &runs) { return e }
        switch ctx.bytes[s] {
        case 0x67:  // g
            if t.length == 3 && next == 0x5F && ctx.byte(s + 1) == 0x68 { return github(ctx, t, &runs) }
            if t.length == 6 && ctx.hasPrefix("github_pat_", at: s) { return githubFineGrained(ctx, t, &runs) }
            if t.length == 5 && ctx.hasPrefix("glpat-", at: s) {
                let e = runs.end(ctx, from: s + 6, C.b64url)
                return body(ctx, .gitlabPAT, s, s + 6, e, min: 20, max: 64, score: e - s - 6 == 20 ? 0.95 : 0.85)
            }
        case 0x78:  // x
            if t.length == 4 && next == 0x2D && ctx.hasPrefix("xox", at: s) { return slack(ctx, t, &runs) }
        case 0x73:  // s
            if t.length == 2 && ctx.byte(s + 1) == 0x6B {
                if next == 0x5F { return stripe(ctx, t, &runs) }
                if next == 0x2D { return openAIOrAnthropic(ctx, t, &runs) }
            }
            if t.length == 5 && next == 0x5F
                && (ctx.hasPrefix("shpat", at: s) || ctx.hasPrefix("shpss", at: s) || ctx.hasPrefix("shpca", at: s)
                    || ctx.hasPrefix("shppa", at: s))
            {
                return hexBody(ctx, .shopifyAccessToken, s, s + 6, length: 32, &runs)
            }
        case 0x72:  // r
            if t.length == 2 && ctx.byte(s + 1) == 0x6B && next == 0x5F { return stripe(ctx, t, &runs) }
        case 0x41:  // A
            if t.length == 20, let e = awsKeyID(ctx, t, &runs) { return e }
            if t.length >= 4 && ctx.hasPrefix("AIza", at: s) {
                let e = runs.end(ctx, from: s, C.b64url)
                return body(ctx, .gcpAPIKey, s, s + 4, e, min: 35, max: 35, score: 0.95)
            }
        case 0x53:  // S
            if t.length == 2 && ctx.byte(s + 1) == 0x47 && next == 0x2E { return sendgrid(ctx, t, &runs) }
            if t.length == 34 && ctx.byte(s + 1) == 0x4B { return twilio(ctx, t) }
        case 0x6E:  // n
            if t.length == 3 && next == 0x5F && ctx.hasPrefix("npm", at: s) {
                let e = runs.end(ctx, from: s + 4, C.alnum)
                guard e - s - 4 == 36 else { return nil }
                let score = TokenChecksum.validBase62CRC(ctx, s + 4, e) ? 0.99 : 0.9
                return body(ctx, .npmAccessToken, s, s + 4, e, min: 36, max: 36, score: score)
            }
        case 0x70:  // p
            if t.length == 4 && next == 0x2D && ctx.hasPrefix("pypi", at: s) { return pypi(ctx, t, &runs) }
        case 0x64:  // d
            if t.length == 3 && (ctx.hasPrefix("dop_v1_", at: s) || ctx.hasPrefix("doo_v1_", at: s)) {
                return hexBody(ctx, .digitaloceanPAT, s, s + 7, length: 64, &runs)
            }
            if t.length == 3 && ctx.hasPrefix("dor_v1_", at: s) {
                return hexBody(ctx, "digitalocean-refresh-token", s, s + 7, length: 64, &runs)
            }
        case 0x68:  // h
            if t.length == 2 && ctx.byte(s + 1) == 0x66 && next == 0x5F { return huggingFace(ctx, t, &runs) }
            if (t.length == 5 || t.length == 4), let e = slackWebhook(ctx, t, &runs) { return e }
        case 0x65:  // e
            if t.length >= 3 && ctx.hasPrefix("eyJ", at: s) { return jwt(ctx, t, &runs) }
        default:
            break
        }
        return nil
    }

    /// Emits `[s, e)` as `type` when the body `[bodyStart, e)` has an allowed length, a clean right
    /// edge and is not a placeholder.
    private func body(_ ctx: ScanContext, _ type: EntityType, _ s: Int, _ bodyStart: Int, _ e: Int,
                      min: Int, max: Int, score: Double) -> Int? {
        let n = e - bodyStart
        guard n >= min, n <= max, !SecretValue.isPlaceholder(ctx, bodyStart, e) else { return nil }
        ctx.emit(type, s, e, score: score, priority: CandidatePriority.secret)
        return e
    }

    private func hexBody(_ ctx: ScanContext, _ type: EntityType, _ s: Int, _ bodyStart: Int, length: Int,
                         _ runs: inout RunCache) -> Int? {
        let e = runs.end(ctx, from: bodyStart, C.alnum)
        guard e - bodyStart == length, SecretValue.all(ctx, bodyStart, e, C.hex) else { return nil }
        return body(ctx, type, s, bodyStart, e, min: length, max: length, score: 0.95)
    }

    // MARK: GitHub

    /// `ghp_` / `gho_` / `ghu_` / `ghs_` / `ghr_` + 30 base62 + 6-character base62 CRC-32 of those 30.
    private func github(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let type: EntityType
        switch ctx.byte(t.start + 2) {
        case 0x70: type = .githubPAT
        case 0x6F: type = .githubOAuth
        case 0x75, 0x73: type = .githubAppToken
        case 0x72: type = "github-refresh-token"
        default: return nil
        }
        let bodyStart = t.end + 1
        let e = runs.end(ctx, from: bodyStart, C.alnum)
        guard e - bodyStart == 36 else { return nil }
        let score = TokenChecksum.validBase62CRC(ctx, bodyStart, e) ? 0.99 : 0.85
        return body(ctx, type, t.start, bodyStart, e, min: 36, max: 36, score: score)
    }

    /// `github_pat_` + 22 + `_` + 59 word characters.
    private func githubFineGrained(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let bodyStart = t.start + 11
        let e = runs.end(ctx, from: bodyStart, C.word)
        return body(ctx, .githubFineGrainedPAT, t.start, bodyStart, e, min: 70, max: 100, score: e - bodyStart == 82 ? 0.97 : 0.85)
    }

    // MARK: Slack

    /// `xoxb-<digits>-<digits>-<alnum>` (bot), `xoxp-` / `xoxe-` `<digits>-<digits>-<digits>-<hex>` (user).
    private func slack(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let type: EntityType
        switch ctx.byte(t.start + 3) {
        case 0x62: type = .slackBotToken
        case 0x70, 0x65: type = .slackUserToken
        default: return nil
        }
        let e = runs.end(ctx, from: t.start, C.slackBody)
        guard e - t.start <= 300 else { return nil }
        var i = t.end + 1
        var numeric = 0
        var tailStart = -1
        while i < e {
            var j = i
            while j < e && ctx.bytes[j] != 0x2D { j += 1 }
            if tailStart < 0 && j - i >= 6 && j - i <= 15 && SecretValue.all(ctx, i, j, C.digit) {
                numeric += 1
            } else if tailStart < 0 {
                tailStart = i
            }
            i = j + 1
        }
        guard numeric >= 2, tailStart > 0, e - tailStart >= 16, !SecretValue.isPlaceholder(ctx, tailStart, e) else { return nil }
        ctx.emit(type, t.start, e, score: 0.95, priority: CandidatePriority.secret)
        return e
    }

    /// `https://hooks.slack.com/services/T…/B…/…` (also `/workflows/` and `/triggers/`); the whole URL.
    private func slackWebhook(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        var host = t.start
        if ctx.hasPrefix("https://", at: t.start) {
            host = t.start + 8
        } else if ctx.hasPrefix("http://", at: t.start) {
            host = t.start + 7
        }
        guard ctx.hasPrefix("hooks.slack.com/", at: host) else { return nil }
        var p = host + 16
        if ctx.hasPrefix("services/", at: p) {
            p += 9
        } else if ctx.hasPrefix("workflows/", at: p) {
            p += 10
        } else if ctx.hasPrefix("triggers/", at: p) {
            p += 9
        } else {
            return nil
        }
        var e = runs.end(ctx, from: p, C.b64)
        while e > p && ctx.byte(e - 1) == 0x2F { e -= 1 }
        guard e - p <= 200 else { return nil }
        var segments = 0
        var lastStart = p
        for i in p..<e where ctx.bytes[i] == 0x2F {
            segments += 1
            lastStart = i + 1
        }
        guard segments >= 2, e - lastStart >= 16, !SecretValue.isPlaceholder(ctx, lastStart, e) else { return nil }
        ctx.emit(.slackWebhookURL, t.start, e, score: 0.97, priority: CandidatePriority.secret)
        return e
    }

    // MARK: Stripe, OpenAI, Anthropic

    /// `sk_live_` / `sk_test_` / `rk_live_` / `rk_test_` (+ `_prod_`) and 10–247 alphanumerics.
    private func stripe(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let m = t.start + 3
        guard ctx.hasPrefix("live_", at: m) || ctx.hasPrefix("test_", at: m) || ctx.hasPrefix("prod_", at: m) else { return nil }
        let bodyStart = t.start + 8
        let e = runs.end(ctx, from: bodyStart, C.alnum)
        return body(ctx, .stripeAccessToken, t.start, bodyStart, e, min: 20, max: 247, score: 0.95)
    }

    /// `sk-ant-api03-…AA` / `sk-ant-admin01-…AA` (Anthropic); `sk-proj-` / `sk-svcacct-` / `sk-admin-`
    /// and legacy `sk-…` keys with the `T3BlbkFJ` marker (base64 of "OpenAI") (OpenAI).
    private func openAIOrAnthropic(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let s = t.start
        let e = runs.end(ctx, from: s, C.b64url)
        let n = e - s
        guard n >= 40, n <= 300 else { return nil }
        if ctx.hasPrefix("sk-ant-", at: s) {
            // sk-ant-<kind><version>-<body>
            var k = s + 7
            while k < e && ctx.bytes[k] != 0x2D { k += 1 }
            guard k < e, k - s - 7 <= 10 else { return nil }
            let bodyLen = e - k - 1
            guard bodyLen >= 80, bodyLen <= 120 else { return nil }
            let checksumShaped = ctx.byte(e - 1) == 0x41 && ctx.byte(e - 2) == 0x41
            return body(ctx, .anthropicAPIKey, s, k + 1, e, min: 80, max: 120, score: checksumShaped ? 0.97 : 0.85)
        }
        let marked = SecretValue.contains(ctx, s, e, "t3blbkfj") && containsExact(ctx, s, e, "T3BlbkFJ")
        if marked {
            return body(ctx, .openaiAPIKey, s, s + 3, e, min: 40, max: 297, score: 0.97)
        }
        if ctx.hasPrefix("sk-proj-", at: s) || ctx.hasPrefix("sk-svcacct-", at: s) || ctx.hasPrefix("sk-admin-", at: s) {
            guard n >= 60, SecretValue.entropy(ctx, s, e) >= 4.0 else { return nil }
            return body(ctx, .openaiAPIKey, s, s + 3, e, min: 57, max: 297, score: 0.8)
        }
        return nil
    }

    private func containsExact(_ ctx: ScanContext, _ s: Int, _ e: Int, _ mark: StaticString) -> Bool {
        let n = mark.utf8CodeUnitCount
        let m = mark.utf8Start
        var i = s
        while i + n <= e {
            var k = 0
            while k < n && ctx.bytes[i + k] == m[k] { k += 1 }
            if k == n { return true }
            i += 1
        }
        return false
    }

    // MARK: AWS, Google, Twilio, SendGrid

    /// `AKIA` / `ASIA` / `ABIA` / `ACCA` / `A3T?` + 16 base32 (gitleaks' aws-access-token). AWS's
    /// documented examples end in `EXAMPLE` and are not reported.
    private func awsKeyID(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let s = t.start
        let prefixed = ctx.hasPrefix("AKIA", at: s) || ctx.hasPrefix("ASIA", at: s) || ctx.hasPrefix("ABIA", at: s)
            || ctx.hasPrefix("ACCA", at: s) || (ctx.hasPrefix("A3T", at: s) && SecretCharset.has(ctx.bytes[s + 3], C.upperDigit))
        guard prefixed, SecretValue.all(ctx, s + 4, t.end, C.base32),
              !SecretValue.contains(ctx, s, t.end, "example"),
              SecretValue.distinctCount(ctx, s + 4, t.end) >= 6
        else { return nil }
        ctx.emit(.awsAccessToken, s, t.end, score: 0.95, priority: CandidatePriority.secret)
        awsSecretAfterKeyID(ctx, t.end, &runs)
        return t.end
    }

    /// A 40-character secret right after a key id (`AKIA…,secret` in the credentials CSV AWS hands
    /// out, `AKIA… secret` in a message).
    private func awsSecretAfterKeyID(_ ctx: ScanContext, _ keyEnd: Int, _ runs: inout RunCache) {
        var j = keyEnd
        while j < keyEnd + 4 {
            let b = ctx.byte(j)
            guard b == 0x2C || b == 0x3B || b == 0x3A || b == 0x09 || b == 0x20 || b == 0x7C || b == 0x22 || b == 0x27 else { break }
            j += 1
        }
        guard j > keyEnd, SecretCharset.has(ctx.byte(j), C.b64) else { return }
        let e = runs.end(ctx, from: j, C.b64)
        guard e - j == 40, ctx.byte(e) != 0x3D else { return }
        let cc = SecretValue.classCount(ctx, j, e)
        guard cc.lower > 0, cc.upper > 0, cc.digit > 0, !SecretValue.isPlaceholder(ctx, j, e) else { return }
        ctx.emit(.awsSecretAccessKey, j, e, score: 0.85, priority: CandidatePriority.secret)
    }

    /// `SK` + 32 hex (a Twilio API key SID).
    private func twilio(_ ctx: ScanContext, _ t: Token) -> Int? {
        let s = t.start + 2
        guard SecretValue.all(ctx, s, t.end, C.hex) else { return nil }
        let cc = SecretValue.classCount(ctx, s, t.end)
        guard cc.digit > 0, cc.lower + cc.upper > 0, cc.lower == 0 || cc.upper == 0 else { return nil }
        return body(ctx, .twilioAPIKey, t.start, s, t.end, min: 32, max: 32, score: 0.9)
    }

    /// `SG.` + 22 + `.` + 43 url-safe base64 characters.
    private func sendgrid(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let a = t.start + 3
        let ae = runs.end(ctx, from: a, C.b64url)
        guard ae - a >= 16, ae - a <= 32, ctx.byte(ae) == 0x2E else { return nil }
        let b = ae + 1
        let be = runs.end(ctx, from: b, C.b64url)
        guard be - b >= 30, be - b <= 50, !SecretValue.isPlaceholder(ctx, a, ae) else { return nil }
        return body(ctx, .sendgridAPIToken, t.start, b, be, min: 30, max: 50, score: (ae - a == 22 && be - b == 43) ? 0.97 : 0.85)
    }

    // MARK: npm, PyPI, Hugging Face, Mailchimp, Telegram

    /// `pypi-` + a macaroon whose base64 starts `AgEIcHlwaS5vcmc` ("pypi.org") or another index's.
    private func pypi(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let bodyStart = t.start + 5
        guard ctx.hasPrefix("AgE", at: bodyStart) else { return nil }
        let e = runs.end(ctx, from: bodyStart, C.b64url)
        let score = ctx.hasPrefix("AgEIcHlwaS5vcmc", at: bodyStart) || ctx.hasPrefix("AgENdGVzdC5weXBpLm9yZw", at: bodyStart) ? 0.97 : 0.8
        return body(ctx, .pypiUploadToken, t.start, bodyStart, e, min: 50, max: 4096, score: score)
    }

    /// `hf_` + 34 letters (gitleaks' huggingface-access-token); digits are tolerated at a lower score.
    private func huggingFace(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let bodyStart = t.start + 3
        let e = runs.end(ctx, from: bodyStart, C.alnum)
        let n = e - bodyStart
        guard n >= 30, n <= 40 else { return nil }
        let cc = SecretValue.classCount(ctx, bodyStart, e)
        let lettersOnly = cc.digit == 0
        guard cc.lower > 0 && cc.upper > 0 else { return nil }
        return body(ctx, .huggingfaceAccessToken, t.start, bodyStart, e, min: 30, max: 40,
                    score: lettersOnly && n == 34 ? 0.95 : 0.7)
    }

    /// 32 lower-case hex + `-us` + data-centre number.
    private func mailchimp(_ ctx: ScanContext, _ t: Token) -> Int? {
        guard ctx.hasPrefix("-us", at: t.end), SecretValue.all(ctx, t.start, t.end, C.hex) else { return nil }
        var e = t.end + 3
        while e < t.end + 5 && SecretCharset.has(ctx.byte(e), C.digit) { e += 1 }
        guard e > t.end + 3, !SecretCharset.has(ctx.byte(e), C.alnum) else { return nil }
        let cc = SecretValue.classCount(ctx, t.start, t.end)
        guard cc.upper == 0, cc.digit > 0, cc.lower > 0 else { return nil }
        return body(ctx, .mailchimpAPIKey, t.start, t.start, e, min: 33, max: 40, score: 0.93)
    }

    /// `<bot id>:A` + 34 url-safe base64 characters; also inside Bot API URLs (`/bot<id>:<secret>/`).
    private func telegram(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        var ds = t.end
        while ds > t.start && SecretCharset.has(ctx.bytes[ds - 1], C.digit) { ds -= 1 }
        guard t.end - ds >= 5, t.end - ds <= 16, ds == t.start || (ds - t.start == 3 && ctx.hasPrefix("bot", at: t.start)) else { return nil }
        let bodyStart = t.end + 1
        let e = runs.end(ctx, from: bodyStart, C.b64url)
        guard e - bodyStart == 35 else { return nil }
        return body(ctx, .telegramBotAPIToken, ds, bodyStart, e, min: 35, max: 35, score: 0.93)
    }

    // MARK: JWT

    /// `header.payload.signature`, each base64url, header and payload JSON objects (`eyJ` = `{"`).
    /// The header must decode to JSON naming `alg` or `typ`, which base64 of other JSON rarely does.
    private func jwt(_ ctx: ScanContext, _ t: Token, _ runs: inout RunCache) -> Int? {
        let s = t.start
        let he = runs.end(ctx, from: s, C.b64url)
        guard he - s >= 10, he - s <= 1024, ctx.byte(he) == 0x2E, ctx.hasPrefix("ey", at: he + 1) else { return nil }
        let pe = runs.end(ctx, from: he + 1, C.b64url)
        guard pe - he - 1 >= 10, pe - he - 1 <= 16384, ctx.byte(pe) == 0x2E else { return nil }
        let se = runs.end(ctx, from: pe + 1, C.b64url)
        let header = Base64URL.decode(ctx, s, he)
        guard header.first == 0x7B else { return nil }
        let named = Base64URL.contains(header, "\"alg\"") || Base64URL.contains(header, "\"typ\"")
        guard named else { return nil }
        let signed = se - pe - 1 >= 16
        let end = signed ? se : pe + 1
        ctx.emit(.jwt, s, end, score: signed ? 0.95 : 0.75, priority: CandidatePriority.secret)
        return end
    }
}

/// A small base64url decoder for JWT headers (bounded input, no padding required).
enum Base64URL {
    static func value(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x41...0x5A: return b - 0x41
        case 0x61...0x7A: return b - 0x61 + 26
        case 0x30...0x39: return b - 0x30 + 52
        case 0x2D, 0x2B: return 62
        case 0x5F, 0x2F: return 63
        default: return nil
        }
    }

    static func decode(_ ctx: ScanContext, _ s: Int, _ e: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((e - s) * 3 / 4)
        var acc: UInt32 = 0
        var bits = 0
        for i in s..<min(e, s + 1024) {
            guard let v = value(ctx.bytes[i]) else { break }
            acc = (acc << 6) | UInt32(v)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    static func contains(_ hay: [UInt8], _ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        let p = needle.utf8Start
        if hay.count < n { return false }
        for i in 0...(hay.count - n) {
            var k = 0
            while k < n && hay[i + k] == p[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }
}
