/// Deterministic "ordinary" text of the kind an AI gateway sees: prose in English, German and
/// French, chat and mail with names, e-mail addresses, phone numbers, IBANs and card numbers,
/// code and configuration lines, log lines with timestamps and IP addresses, JSON records,
/// emoji and other non-ASCII text.
struct MixedTextGenerator {
    var rng: SplitMix64

    init(seed: UInt64 = 0x5EED_0F_C0FFEE) { rng = SplitMix64(seed: seed) }

    /// Texts of 4–64 KB each (cut at line ends) adding up to at least `totalBytes` UTF-8 bytes.
    mutating func chunks(totalBytes: Int) -> [String] {
        var out: [String] = []
        var total = 0
        while total < totalBytes {
            let target = 4096 + rng.below(60 * 1024)
            let chunk = text(bytes: target)
            total += chunk.utf8.count
            out.append(chunk)
        }
        return out
    }

    /// One text of at least `bytes` UTF-8 bytes, whole lines.
    mutating func text(bytes: Int) -> String {
        var s = ""
        s.reserveCapacity(bytes + 512)
        while s.utf8.count < bytes {
            s += line()
            s += "\n"
        }
        return s
    }

    mutating func line() -> String {
        switch rng.below(100) {
        case 0..<28: return englishProse()
        case 28..<36: return germanProse()
        case 36..<44: return frenchProse()
        case 44..<54: return personalLine()
        case 54..<66: return codeOrConfig()
        case 66..<82: return logLine()
        case 82..<93: return jsonRecord()
        default: return emojiLine()
        }
    }

    // MARK: - Prose

    static let englishWords = [
        "the", "report", "shows", "that", "our", "team", "has", "finished", "migration", "of", "services", "to", "new",
        "cluster", "and", "we", "expect", "fewer", "incidents", "next", "quarter", "please", "review", "attached",
        "draft", "before", "meeting", "on", "budget", "is", "within", "limits", "customer", "feedback", "was",
        "positive", "although", "some", "users", "reported", "slow", "search", "results", "in", "afternoon", "a",
        "small", "change", "configuration", "fixed", "it", "for", "now", "however", "long", "term", "solution",
        "needs", "more", "work", "from", "platform", "group", "this", "summary", "covers", "main", "points",
        "discussed", "during", "weekly", "sync", "with", "product", "owners", "design", "partners", "vendors",
        "contract", "renewal", "due", "end", "month", "legal", "approved", "wording", "model", "evaluation",
        "accuracy", "improved", "by", "three", "percent", "after", "training", "larger", "dataset",
    ]
    static let germanWords = [
        "die", "Überweisung", "wurde", "gestern", "ausgeführt", "und", "der", "Betrag", "ist", "auf", "dem", "Konto",
        "eingegangen", "bitte", "prüfen", "Sie", "Unterlagen", "für", "nächste", "Besprechung", "mit", "Kunden",
        "Lösung", "läuft", "stabil", "seit", "Woche", "größere", "Änderungen", "sind", "nicht", "geplant", "wir",
        "freuen", "uns", "über", "Rückmeldung", "Straße", "Grüße", "Müller", "schön", "Bestätigung", "Vertrag",
    ]
    static let frenchWords = [
        "la", "réunion", "est", "prévue", "pour", "demain", "matin", "nous", "avons", "reçu", "votre", "message",
        "et", "équipe", "travaille", "déjà", "sur", "une", "solution", "le", "contrat", "été", "signé", "après",
        "quelques", "échanges", "merci", "de", "vérifier", "les", "données", "avant", "à", "où", "très", "bientôt",
        "prochaine", "étape", "client", "rapport", "sécurité", "système", "être", "mis", "jour", "garçon", "français",
    ]

    mutating func sentence(_ words: [String], min: Int, max: Int) -> String {
        let n = min + rng.below(max - min + 1)
        var parts: [String] = []
        for k in 0..<n {
            var w = rng.pick(words)
            if k == 0 { w = w.prefix(1).uppercased() + w.dropFirst() }
            parts.append(w)
        }
        return parts.joined(separator: " ") + rng.pick([".", ".", ".", "?", "!"])
    }

    mutating func englishProse() -> String {
        (0..<(1 + rng.below(3))).map { _ in sentence(Self.englishWords, min: 8, max: 22) }.joined(separator: " ")
    }

    mutating func germanProse() -> String {
        var s = sentence(Self.germanWords, min: 7, max: 18)
        if rng.chance(20) { s += " Sehr geehrte Frau \(rng.pick(Self.lastNames)), vielen Dank für Ihre Nachricht vom \(date())." }
        if rng.chance(10) { s += " Die Zahlung geht an \(iban(grouped: true))." }
        return s
    }

    mutating func frenchProse() -> String {
        var s = sentence(Self.frenchWords, min: 7, max: 18)
        if rng.chance(20) { s += " Bonjour \(rng.pick(Self.firstNames)), vous pouvez me joindre au \(phone())." }
        return s
    }

    // MARK: - People and identifiers

    static let firstNames = [
        "Anna", "Lukas", "Sophie", "Jonas", "Emma", "Noah", "Léa", "Hugo", "Chloé", "Louis", "Mia", "Ben", "Olivia",
        "James", "Amelia", "Oliver", "Priya", "Rahul", "Wei", "Mei", "Carlos", "Lucía", "Mateo", "Sofía", "Ngozi",
        "Kwame", "Aiko", "Haruto", "Fatima", "Omar", "Zoë", "Björn", "Søren", "Ines", "Marta", "Pierre",
    ]
    static let lastNames = [
        "Schmidt", "Müller", "Schneider", "Fischer", "Weber", "Dubois", "Martin", "Bernard", "Lefèvre", "Smith",
        "Johnson", "Williams", "Brown", "Taylor", "Patel", "Sharma", "Wang", "Li", "García", "Rodríguez", "Okafor",
        "Mensah", "Tanaka", "Sato", "Haddad", "Nguyen", "Kowalski", "Novák", "Jensen", "O'Brien", "Kidd-Cox",
    ]
    static let domains = ["example.com", "example.org", "mail.example.de", "corp.example.net", "bücher.example",
                          "univ.example.edu", "example.co.uk", "société.example.fr"]
    static let cities = ["Berlin", "Hamburg", "München", "Paris", "Lyon", "London", "Manchester", "Madrid",
                         "New York", "San Francisco", "Zürich", "Wien", "Bengaluru", "Toronto"]

    mutating func fullName() -> String { "\(rng.pick(Self.firstNames)) \(rng.pick(Self.lastNames))" }

    mutating func email() -> String {
        let local = rng.pick(Self.firstNames).lowercased() + rng.pick([".", "_", ""]) + rng.pick(Self.lastNames).lowercased()
        return local.filter { $0 != "'" } + "@" + rng.pick(Self.domains)
    }

    mutating func phone() -> String {
        switch rng.below(8) {
        case 0: return "(\(2 + rng.below(8))\(rng.digits(2))) 555-01\(rng.digits(2))"
        case 1: return "+1 \(2 + rng.below(8))\(rng.digits(2))-555-01\(rng.digits(2))"
        case 2: return "+44 20 7946 0\(rng.digits(3))"
        case 3: return "020 7946 0\(rng.digits(3))"
        case 4: return "+49 30 \(rng.digits(8))"
        case 5: return "030 \(rng.digits(7))"
        case 6: return "01 \(rng.digits(2)) \(rng.digits(2)) \(rng.digits(2)) \(rng.digits(2))"
        default: return "+33 6 \(rng.digits(2)) \(rng.digits(2)) \(rng.digits(2)) \(rng.digits(2))"
        }
    }

    mutating func date() -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        switch rng.below(3) {
        case 0: return "\(rng.pick(months)) \(1 + rng.below(28)), \(2015 + rng.below(10))"
        case 1: return "\(1 + rng.below(28)).\(1 + rng.below(12)).\(2015 + rng.below(10))"
        default: return "\(2015 + rng.below(10))-0\(1 + rng.below(9))-1\(rng.below(9))"
        }
    }

    /// A German, British or French IBAN with a correct ISO 7064 mod-97 check.
    mutating func iban(grouped: Bool) -> String {
        let (country, bban): (String, String) = switch rng.below(3) {
        case 0: ("DE", rng.digits(18))
        case 1: ("GB", rng.pick(["NWBK", "BARC", "MIDL", "LOYD"]) + rng.digits(14))
        default: ("FR", rng.digits(23))
        }
        let compact = country + Self.ibanCheckDigits(country: country, bban: bban) + bban
        guard grouped else { return compact }
        var out = ""
        for (k, c) in compact.enumerated() {
            if k > 0 && k % 4 == 0 { out += " " }
            out.append(c)
        }
        return out
    }

    static func ibanCheckDigits(country: String, bban: String) -> String {
        var rem = 0
        for c in (bban + country + "00").utf8 {
            if c >= 0x41 { rem = (rem * 100 + Int(c - 0x41 + 10)) % 97 } else { rem = (rem * 10 + Int(c - 0x30)) % 97 }
        }
        let check = 98 - rem
        return check < 10 ? "0\(check)" : "\(check)"
    }

    /// A 16-digit Visa number with a correct Luhn check digit.
    mutating func cardNumber() -> String {
        var d = [4] + (0..<14).map { _ in rng.below(10) }
        var sum = 0
        for (k, v) in d.reversed().enumerated() {
            var x = v
            if k % 2 == 0 { x *= 2; if x > 9 { x -= 9 } }
            sum += x
        }
        d.append((10 - sum % 10) % 10)
        let s = d.map(String.init).joined()
        return rng.chance(50) ? s : stride(from: 0, to: 16, by: 4).map { i in
            String(s.dropFirst(i).prefix(4))
        }.joined(separator: " ")
    }

    mutating func ipv4() -> String {
        "\(rng.pick([10, 172, 192, 203, 81])).\(rng.below(256)).\(rng.below(256)).\(1 + rng.below(254))"
    }

    mutating func personalLine() -> String {
        switch rng.below(7) {
        case 0: return "Dear \(fullName()), thank you for your order. We will ship it to \(rng.pick(Self.cities)) on \(date())."
        case 1: return "Please contact \(fullName()) at \(email()) or call \(phone()) if anything is unclear."
        case 2: return "Card on file: \(cardNumber()), billing address in \(rng.pick(Self.cities))."
        case 3: return "Refund to IBAN \(iban(grouped: rng.chance(50))) was approved by \(fullName())."
        case 4: return "Best regards,\n\(fullName())\n\(rng.pick(["Account Manager", "Head of Support", "CTO"]))"
        case 5: return "\(rng.pick(Self.firstNames)): can you send me the slides? My number is \(phone())."
        default: return "Meeting notes (\(date())): \(fullName()) presented the roadmap; see https://wiki.example.com/page?id=\(rng.digits(5))."
        }
    }

    // MARK: - Machine text

    mutating func codeOrConfig() -> String {
        switch rng.below(10) {
        case 0: return "db_host=\(ipv4())"
        case 1: return "timeout_ms = \(rng.below(10000))"
        case 2: return "export PATH=/usr/local/bin:$PATH"
        case 3: return "log_level: \(rng.pick(["debug", "info", "warn"]))  # set per environment"
        case 4: return "    let total = items.reduce(0) { $0 + $1.price * Double($1.quantity) }"
        case 5: return "    if (retries > \(rng.below(10))) { return Err(\"gave up after \" + retries); }"
        case 6: return "MAX_CONNECTIONS=\(rng.below(500)) CACHE_TTL=\(rng.below(3600)) FEATURE_FLAGS=search,export"
        case 7: return "[server]\nport = \(1024 + rng.below(60000))\nworkers = \(1 + rng.below(16))"
        case 8: return "def handler(event, context):\n    return {\"statusCode\": 200, \"body\": json.dumps(event)}"
        default: return "image: registry.example.com/app/api:\(rng.below(5)).\(rng.below(20)).\(rng.below(100))"
        }
    }

    mutating func logLine() -> String {
        let level = rng.pick(["INFO", "INFO", "INFO", "WARN", "DEBUG", "ERROR"])
        let ts = "2024-0\(1 + rng.below(9))-1\(rng.below(9))T0\(rng.below(10)):\(10 + rng.below(50)):\(10 + rng.below(50))Z"
        switch rng.below(4) {
        case 0: return "\(ts) \(level) [worker-\(rng.below(8))] request from \(ipv4()) completed in \(rng.below(900))ms status=200"
        case 1: return "2023-07-21 17:\(10 + rng.below(50)):21,\(rng.digits(3)) \(level) http.server GET /api/v1/items/\(rng.digits(6)) 200"
        case 2: return "\(ts) \(level) sshd[\(rng.digits(5))]: Accepted publickey for deploy from \(ipv4()) port \(rng.digits(5)) ssh2"
        default: return "\(ts) \(level) cache hit ratio=0.\(rng.digits(2)) evictions=\(rng.below(100)) trace_id=\(rng.digits(16))"
        }
    }

    mutating func jsonRecord() -> String {
        let name = fullName()
        switch rng.below(3) {
        case 0:
            return "{\"id\": \(rng.digits(6)), \"name\": \"\(name)\", \"email\": \"\(email())\", \"city\": \"\(rng.pick(Self.cities))\", \"active\": true}"
        case 1:
            return "{\"event\": \"login\", \"ip\": \"\(ipv4())\", \"ts\": \"2024-03-04T02:58:02Z\", \"ok\": \(rng.chance(80))}"
        default:
            return "{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": \"\(sentence(Self.englishWords, min: 6, max: 14))\"}]}"
        }
    }

    mutating func emojiLine() -> String {
        rng.pick([
            "Great job team 👍🏽🎉 — see you in Zürich 🇨🇭 next week!",
            "👩‍💻 deploying now… fingers crossed 🤞",
            "東京での会議は明日の午前十時からです。資料を確認してください。",
            "Привет! Отчёт готов, посмотрите, пожалуйста.",
            "Καλημέρα, η αναφορά είναι έτοιμη.",
            "Café, naïve, façade, coöperate — Unicode everywhere ✨🚀",
            "Die Größe der Straßenbahn überrascht mich 🚋🇩🇪",
            "مرحبا، التقرير جاهز للمراجعة",
        ])
    }
}
