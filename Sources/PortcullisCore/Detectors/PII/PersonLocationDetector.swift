/// People's names and places without a neural model: runs of capitalised words are weighed against
/// name and place gazetteers (built from public sources, see `Gazetteers/Data/SOURCES.md`), an
/// English dictionary, and the cues around them — titles, greetings, sign-offs, form labels,
/// chat speakers, JSON keys and column headers for people; prepositions and place words for places.
///
/// Names that no list knows still count when the context is strong (`Dear Ngozi Okafor`), and
/// gazetteer names need no context when both parts are known (`Kimberly Wright`).
public struct PersonLocationDetector: Detector {
    public let name = "person-location"
    public let entityTypes: [EntityType] = [.person, .location]

    /// Words right before a name that make it a person's: titles, greetings, sign-offs, labels.
    static let strongPerson = ByteStringSet([
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "sir", "madam", "herr", "frau", "mme", "mlle",
        "monsieur", "madame", "señor", "señora", "señorita", "senor", "senora", "sr", "sra", "srta", "don", "doña",
        "dear", "hi", "hello", "hey", "hola", "bonjour", "hallo", "liebe", "lieber", "ciao", "salut", "querido",
        "querida", "estimado", "estimada", "geehrte", "geehrter", "cher", "chère", "greetings", "thanks", "thank",
        "regards", "cheers", "best", "sincerely", "cordialement", "atentamente", "saludos", "grüße", "grüßen", "gruß",
        "name", "named", "patient", "customer", "client", "applicant", "candidate", "employee", "signed", "author",
        "maintainer", "owner", "attn", "caller", "tenant", "student", "nurse", "physician", "gp", "prescriber",
        "spouse", "wife", "husband", "colleague", "contractor", "consultant", "manager", "agent", "rep", "nom",
        "nombre", "signora", "signore", "sig", "dott", "ing", "mag", "lic", "licdo", "doctor", "dra", "is", "am",
        "im", "from", "cc", "bcc", "to", "requester", "reporter", "assignee", "reviewer", "approver", "recipient",
        "beneficiary", "holder", "cardholder", "insured", "member", "guest", "visitor", "user", "contact",
        "interview", "interviewing", "hired", "hire", "welcome", "congratulations", "mit", "freundlichen",
    ])
    /// Weaker cues: prepositions that precede people and places alike.
    static let weakPerson = ByteStringSet(["for", "with", "by", "of", "and", "per", "via", "para", "pour", "für",
                                           "con", "avec", "par", "von", "de", "le", "la", "el", "seen", "called",
                                           "ask", "asked", "tell", "told", "emailed", "met", "ping", "assigned"])
    static let locationCue = ByteStringSet([
        "in", "at", "to", "from", "near", "à", "en", "nach", "aus", "bei", "desde", "hacia", "vers", "relocating",
        "relocate", "relocated", "moved", "move", "moving", "based", "located", "office", "born", "birth", "city",
        "ciudad", "ville", "stadt", "visit", "visiting", "trip", "travel", "flight", "lives", "living", "headquartered",
        "branch", "issued", "state", "country", "address", "residence", "resident", "en", "dans", "zu", "im", "ins",
        "di", "da", "em", "a", "la", "de", "del", "shipped", "ship", "deliver", "delivered", "arrive", "arriving",
        "fly", "flying", "origin", "destination", "hometown", "region", "province", "county",
    ])
    /// Words after a capitalised run that make it an organisation or a thing, not a person.
    static let organisationSuffix = ByteStringSet([
        "inc", "llc", "ltd", "limited", "gmbh", "ag", "sa", "sas", "sarl", "plc", "corp", "corporation", "co",
        "company", "group", "holdings", "partners", "associates", "bank", "university", "college", "school",
        "hospital", "clinic", "street", "st", "avenue", "ave", "road", "rd", "foundation", "institute", "labs",
        "technologies", "solutions", "services", "systems", "team", "project", "app", "api", "server", "cluster",
    ])
    static let nameKeys = ByteStringSet(["name", "fullname", "full_name", "author", "maintainer", "owner", "contact",
                                         "customer", "patient", "employee", "user", "username", "assignee", "reporter",
                                         "first_name", "last_name", "firstname", "lastname", "person", "nombre", "nom",
                                         "manager", "from", "to", "signer", "holder", "recipient", "sender"])

    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        let lex = ctx.lexicon
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard t.has(Token.firstUpper), t.isWord, ctx.cls(t.start - 1) & ByteClass.alnum == 0,
                  ctx.byte(t.start - 1) != 0x2D, ctx.byte(t.start - 1) != 0x5F, ctx.byte(t.start - 1) != 0x2F,
                  ctx.byte(t.start - 1) != 0x2E || ctx.cls(t.start - 2) & ByteClass.alnum == 0
            else { i += 1; continue }
            var words = NameWords.run(ctx, from: i)
            if words.isEmpty { i += 1; continue }
            let nextIndex = words[words.count - 1].lastToken + 1
            // Trim capitalised common words at the edges ("Contact", "Please", "Hospital").
            var leadingCue = false
            while words.count > 1, isCommon(ctx, words[0]), !isFirstName(ctx, words[0]) {
                if lex.englishWords.contains(ctx.bytes, words[0].start, words[0].end),
                   Self.strongPerson.contains(ctx.bytes, words[0].start, words[0].end) { leadingCue = true }
                words.removeFirst()
            }
            while words.count > 1, isCommon(ctx, words[words.count - 1]), !isLastName(ctx, words[words.count - 1]),
                  !isFirstName(ctx, words[words.count - 1]) {
                words.removeLast()
            }
            while let l = words.last, l.isInitial || l.isParticle { words.removeLast() }
            while let f = words.first, f.isInitial || f.isParticle { words.removeFirst() }
            if !words.isEmpty { decide(ctx, words, leadingCue: leadingCue) }
            i = max(nextIndex, i + 1)
        }
        AddressMatcher.detect(in: ctx)
    }

    // MARK: - Features

    private func isCommon(_ ctx: ScanContext, _ w: NameWord) -> Bool {
        w.isInitial || w.isParticle ? false : (w.firstToken == w.lastToken && ctx.lexicon.englishWords.contains(ctx.bytes, w.start, w.end))
    }

    private func anyPart(_ ctx: ScanContext, _ w: NameWord, _ set: ByteStringSet) -> Bool {
        if set.contains(ctx.bytes, w.start, w.end) { return true }
        guard w.lastToken > w.firstToken else { return false }
        for k in w.firstToken...w.lastToken where ctx.tokens[k].length >= 2 && set.contains(ctx.bytes, ctx.tokens[k].start, ctx.tokens[k].end) {
            return true
        }
        return false
    }

    private func isFirstName(_ ctx: ScanContext, _ w: NameWord) -> Bool { !w.isInitial && anyPart(ctx, w, ctx.lexicon.firstNames) }
    private func isLastName(_ ctx: ScanContext, _ w: NameWord) -> Bool { !w.isInitial && anyPart(ctx, w, ctx.lexicon.lastNames) }

    /// The whole run (or its first `n` words) as a place name.
    private func placeLength(_ ctx: ScanContext, _ words: [NameWord]) -> Int {
        var n = min(words.count, 4)
        while n >= 1 {
            if ctx.lexicon.places.contains(ctx.bytes, words[0].start, words[n - 1].end) { return n }
            n -= 1
        }
        return 0
    }

    /// A single name at the start of a line followed by a colon: a chat speaker (`Anna: hi`).
    private func isSpeaker(_ ctx: ScanContext, _ words: [NameWord]) -> Bool {
        let end = words[words.count - 1].end
        guard ctx.byte(end) == 0x3A, ctx.byte(end + 1) == 0x20 || ctx.byte(end + 1) == 0x0A else { return false }
        var p = words[0].start - 1
        while p >= 0 && ctx.byte(p) == 0x20 { p -= 1 }
        if p < 0 || ctx.byte(p) == 0x0A { return true }
        // "[#support] Anna:" or "[10:32] Anna:"
        if ctx.byte(p) == 0x5D {
            while p >= 0 && ctx.byte(p) != 0x5B && ctx.byte(p) != 0x0A { p -= 1 }
            p -= 1
            while p >= 0 && ctx.byte(p) == 0x20 { p -= 1 }
            return p < 0 || ctx.byte(p) == 0x0A
        }
        return false
    }

    /// `"name": "…"` or `name=…` right before the run.
    private func isNameValue(_ ctx: ScanContext, _ start: Int) -> Bool {
        var p = start - 1
        if ctx.byte(p) == 0x22 || ctx.byte(p) == 0x27 { p -= 1 }
        while ctx.byte(p) == 0x20 { p -= 1 }
        guard ctx.byte(p) == 0x3A || ctx.byte(p) == 0x3D else { return false }
        p -= 1
        if ctx.byte(p) == 0x22 || ctx.byte(p) == 0x27 { p -= 1 }
        let e = p + 1
        while p >= 0 && (ctx.cls(p) & ByteClass.alpha != 0 || ctx.byte(p) == 0x5F) && e - p < 24 { p -= 1 }
        return e > p + 1 && Self.nameKeys.contains(ctx.bytes, p + 1, e)
    }

    // MARK: - Decision

    private func decide(_ ctx: ScanContext, _ words: [NameWord], leadingCue: Bool) {
        let start = words[0].start
        let end = words[words.count - 1].end
        let real = words.filter { !$0.isInitial && !$0.isParticle }
        let n = real.count
        guard n >= 1 else { return }
        let first = real[0], last = real[n - 1]
        let fn = isFirstName(ctx, first)
        let ln = isLastName(ctx, last)
        let commonCount = real.filter { isCommon(ctx, $0) && !isFirstName(ctx, $0) && !isLastName(ctx, $0) }.count
        let strong = leadingCue || ctx.contextDistance(before: start, in: Self.strongPerson, maxTokens: 2, maxBytes: 24) != nil
            || isNameValue(ctx, start) || isSpeaker(ctx, words)
            || ctx.columnHeader(at: start, matches: Self.nameKeys)
        let weak = ctx.contextDistance(before: start, in: Self.weakPerson, maxTokens: 1, maxBytes: 8) != nil
        let locCue = ctx.contextDistance(before: start, in: Self.locationCue, maxTokens: 2, maxBytes: 24) != nil
        let orgAfter = ctx.hasContext(after: end, in: Self.organisationSuffix, maxTokens: 1, maxBytes: 3)
        let placeN = placeLength(ctx, real)
        let isPlace = placeN == n

        // Places: known place names, or unknown capitalised words right after a place cue.
        if isPlace && !strong && (locCue || !fn || n > 1 && !ln) {
            let score = locCue ? 0.85 : (commonCount == 0 && !fn && !ln ? 0.65 : 0.35)
            ctx.emit(.location, start, end, score: score, priority: CandidatePriority.contextual)
            return
        }
        if orgAfter { return }
        if n >= 2 {
            var score = 0.0
            if fn && (ln || commonCount == 0) { score = 0.9 }
            else if ln && (strong || weak) { score = 0.8 }
            else if strong && commonCount == 0 { score = 0.75 }
            else if fn && strong { score = 0.7 }
            else if (fn || ln) && commonCount == 0 { score = 0.6 }
            if score > 0 {
                ctx.emit(.person, start, end, score: score, priority: CandidatePriority.contextual)
                return
            }
        } else {
            // One word: a person only with a cue, a place only if known or after a place cue.
            if strong && (fn || ln || commonCount == 0) {
                ctx.emit(.person, start, end, score: fn ? 0.8 : 0.6, priority: CandidatePriority.contextual)
                return
            }
        }
        if isPlace {
            ctx.emit(.location, start, end, score: locCue ? 0.8 : 0.55, priority: CandidatePriority.contextual)
        } else if locCue && n <= 3 && commonCount == 0 && !fn && !ln && !strong {
            ctx.emit(.location, start, end, score: 0.55, priority: CandidatePriority.contextual)
        }
    }
}
