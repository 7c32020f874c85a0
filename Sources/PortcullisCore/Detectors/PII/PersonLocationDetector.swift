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

    /// Column headers holding places.
    static let placeKeys = ByteStringSet(["city", "town", "location", "country", "state", "place", "ciudad", "ville",
                                          "stadt", "ort", "pays", "land", "region", "province", "birthplace"])
    static let nameKeys = ByteStringSet(["name", "fullname", "full_name", "author", "maintainer", "owner", "contact",
                                         "customer", "patient", "employee", "user", "username", "assignee", "reporter",
                                         "first_name", "last_name", "firstname", "lastname", "person", "nombre", "nom",
                                         "manager", "from", "to", "signer", "holder", "recipient", "sender"])

    public init() {}

    public func detect(in ctx: ScanContext) {
        let tokens = ctx.tokens
        var next = 0  // the first token not yet consumed by a run
        var words: [NameWord] = []
        words.reserveCapacity(16)
        // A run starts at a capitalised word.
        for m in ctx.capitalTokens where Int(m) >= next {
            let i = Int(m)
            let t = tokens[i]
            guard t.has(Token.firstUpper), t.isWord, ctx.cls(t.start - 1) & ByteClass.alnum == 0,
                  ctx.byte(t.start - 1) != 0x2D, ctx.byte(t.start - 1) != 0x5F, ctx.byte(t.start - 1) != 0x2F,
                  ctx.byte(t.start - 1) != 0x2E || ctx.cls(t.start - 2) & ByteClass.alnum == 0
            else { continue }
            NameWords.run(ctx, from: i, into: &words)
            if words.isEmpty { continue }
            for k in words.indices { words[k].features = features(ctx, words[k]) }
            let nextIndex = words[words.count - 1].lastToken + 1
            // A lone function word ("The", "Sie", "Mon") is neither a name nor a place.
            if words.count == 1 && words[0].features & Self.fFunction != 0 { next = max(nextIndex, i + 1); continue }
            // Trim cue words and capitalised common words at the edges ("Dear", "Herr", "Contact").
            var leadingCue = false
            while words.count > 1, isCue(ctx, words[0])
                    || (isCommon(ctx, words[0]) && !isFirstName(ctx, words[0]) && !ctx.lexicon.places.contains(ctx.bytes, words[0].start, words[words.count - 1].end)) {
                if isCue(ctx, words[0]) { leadingCue = true }
                words.removeFirst()
                while let f = words.first, f.isInitial || f.isParticle { words.removeFirst() }
            }
            while words.count > 1, isCommon(ctx, words[words.count - 1]), !isLastName(ctx, words[words.count - 1]),
                  !isFirstName(ctx, words[words.count - 1]) {
                words.removeLast()
            }
            while let l = words.last, l.isInitial || l.isParticle { words.removeLast() }
            if !words.isEmpty, !(words.count == 1 && isCue(ctx, words[0])) { decide(ctx, words, leadingCue: leadingCue) }
            next = max(nextIndex, i + 1)
        }
        AddressMatcher.detect(in: ctx)
    }

    // MARK: - Features

    // Feature bits of a name word, computed once per word.
    static let fEnglish: UInt8 = 1, fFunction: UInt8 = 2, fFirst: UInt8 = 4, fLast: UInt8 = 8, fCue: UInt8 = 16

    /// Looks each word up once in every list the decision needs.
    private func features(_ ctx: ScanContext, _ w: NameWord) -> UInt8 {
        if w.isInitial || w.isParticle { return 0 }
        let lex = ctx.lexicon
        let single = w.firstToken == w.lastToken
        let h = single ? ctx.tokenHash(w.firstToken) : ByteStringSet.hash(ctx.bytes, w.start, w.end)
        let b = ctx.bytes, s = w.start, e = w.end
        var f: UInt8 = 0
        let tags = single ? ctx.wordTags(w.firstToken) : lex.words.tag(hash: h, b, s, e)
        if single && tags & LexiconTag.englishWord != 0 { f |= Self.fEnglish }
        let cues = single ? ctx.cues(w.firstToken) : lex.cues.tag(hash: h, b, s, e)
        if single && cues & LexicalCue.function != 0 { f |= Self.fFunction }
        if cues & (LexicalCue.strongPerson | LexicalCue.demonym) != 0
            || (ctx.byte(e) == 0x3A && cues & LexicalCue.personLabel != 0) { f |= Self.fCue }
        if f & Self.fFunction == 0 {
            if tags & LexiconTag.firstName != 0 || anyPart(ctx, w, lex.firstNames, LexiconTag.firstName) { f |= Self.fFirst }
            if tags & LexiconTag.lastName != 0 || anyPart(ctx, w, lex.lastNames, LexiconTag.lastName) { f |= Self.fLast }
        }
        return f
    }

    @inline(__always) private func isCommon(_ ctx: ScanContext, _ w: NameWord) -> Bool { w.features & (Self.fEnglish | Self.fFunction) != 0 }
    @inline(__always) private func isFunctionWord(_ ctx: ScanContext, _ w: NameWord) -> Bool { w.features & Self.fFunction != 0 }
    @inline(__always) private func isCue(_ ctx: ScanContext, _ w: NameWord) -> Bool { w.features & Self.fCue != 0 }
    @inline(__always) private func isFirstName(_ ctx: ScanContext, _ w: NameWord) -> Bool { w.features & Self.fFirst != 0 }
    @inline(__always) private func isLastName(_ ctx: ScanContext, _ w: NameWord) -> Bool { w.features & Self.fLast != 0 }

    /// The word without accents, or one of its hyphenated parts, is in `set` (after the plain
    /// look-up of the whole word failed).
    private func anyPart(_ ctx: ScanContext, _ w: NameWord, _ set: ByteStringSet, _ tag: UInt32) -> Bool {
        if ctx.tokens[w.firstToken].has(Token.hasNonASCII) || w.lastToken > w.firstToken {
            if set.containsFoldingAccents(ctx.bytes, w.start, w.end) { return true }
        }
        guard w.lastToken > w.firstToken else { return false }
        for k in w.firstToken...w.lastToken where ctx.tokens[k].length >= 2 {
            if ctx.wordTags(k) & tag != 0 { return true }
            if ctx.tokens[k].has(Token.hasNonASCII) && set.containsFoldingAccents(ctx.bytes, ctx.tokens[k].start, ctx.tokens[k].end) { return true }
        }
        return false
    }

    /// The whole run (or its first `n` words) as a place name.
    private func placeLength(_ ctx: ScanContext, _ words: [NameWord]) -> Int {
        if words.count == 1 && words[0].firstToken == words[0].lastToken {
            return ctx.wordTags(words[0].firstToken) & LexiconTag.place != 0 ? 1 : 0
        }
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
        // "Notiz: Herr Weber …" — a label introducing a titled name, not someone speaking.
        let next = words[words.count - 1].lastToken + 1
        if next < ctx.tokens.count, ctx.tokens[next].start - end <= 3,
           ctx.cues(next) & LexicalCue.title != 0 { return false }
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

    /// The cue right before `start`: a title, greeting or role word, a `Label:`, `my name is`,
    /// a signature dash (`— Anna`), a name-valued key, or a name column.
    private func personCue(_ ctx: ScanContext, _ start: Int, _ words: [NameWord]) -> Bool {
        if isNameValue(ctx, start) || isSpeaker(ctx, words) { return true }
        var p = start - 1
        while p >= 0 && ctx.byte(p) == 0x20 { p -= 1 }
        // Signature dashes: "— Anna", "-- Anna", "- Anna" at a line end.
        if ctx.byte(p) == 0x94 && ctx.byte(p - 1) == 0x80 && ctx.byte(p - 2) == 0xE2 { return true }
        if ctx.byte(p) == 0x2D && (ctx.byte(p - 1) == 0x2D || ctx.byte(p - 1) == 0x20 || ctx.byte(p - 1) == 0x0A) { return true }
        let ti = words[0].firstToken - 1
        guard ti >= 0 else { return false }
        let t = ctx.tokens[ti]
        guard start - t.end <= 4 else { return ctx.columnHeader(at: start, matches: Self.nameKeys) }
        let cues = ctx.cues(ti)
        if cues & LexicalCue.strongPerson != 0 { return true }
        if ctx.byte(t.end) == 0x3A && cues & LexicalCue.personLabel != 0 { return true }
        // "my name is X", "I am X", "I'm X", "je m'appelle X", "me llamo X", "ich heiße X"
        if ti >= 1 {
            let u = ctx.tokens[ti - 1]
            if ctx.equalsIgnoringCase(t.start, t.end, "is") && ctx.equalsIgnoringCase(u.start, u.end, "name") { return true }
            if ctx.equalsIgnoringCase(t.start, t.end, "am") && ctx.equalsIgnoringCase(u.start, u.end, "i") { return true }
            if ctx.equalsIgnoringCase(t.start, t.end, "m") && ctx.equalsIgnoringCase(u.start, u.end, "i") { return true }
            if ctx.equalsIgnoringCase(t.start, t.end, "appelle") || ctx.equalsIgnoringCase(t.start, t.end, "llamo")
                || ctx.equalsIgnoringCase(t.start, t.end, "heiße") || ctx.equalsIgnoringCase(t.start, t.end, "chiamo") { return true }
        }
        return ctx.columnHeader(at: start, matches: Self.nameKeys)
    }

    /// Whether the run opens a sentence (text start, after `.?!:` or a line break), where any
    /// word is capitalised.
    private func sentenceInitial(_ ctx: ScanContext, _ start: Int) -> Bool {
        var p = start - 1
        while p >= 0 && (ctx.byte(p) == 0x20 || ctx.byte(p) == 0x22 || ctx.byte(p) == 0x27) { p -= 1 }
        if p < 0 { return true }
        let b = ctx.byte(p)
        if b == 0x0A || b == 0x2E || b == 0x3F || b == 0x21 { return true }
        if b == 0xBF && ctx.byte(p - 1) == 0xC2 { return true }  // ¿
        if b == 0xA1 && ctx.byte(p - 1) == 0xC2 { return true }  // ¡
        return false
    }

    /// Firm names made of surnames: `Miller, Stephens and Chavez`, `Hicks and Sons`.
    private func isCompanyName(_ ctx: ScanContext, _ start: Int, _ end: Int) -> Bool {
        func capitalisedAt(_ p: Int) -> Bool { ctx.cls(p) & ByteClass.upper != 0 }
        // "X and Y…" after the run
        if ctx.hasPrefix(" and ", at: end) || ctx.hasPrefix(" & ", at: end) {
            let q = end + (ctx.byte(end + 1) == 0x26 ? 3 : 5)
            if capitalisedAt(q) { return ctx.byte(start - 2) == 0x2C || ctx.hasPrefix(" and Sons", at: end) || ctx.hasPrefix(" & Sons", at: end) || ctx.byte(end - 1) != 0x2E && isListTail(ctx, q) }
        }
        // "X, Y and Z" — the run is the first of a comma list that ends in "and Z".
        if ctx.hasPrefix(", ", at: end) && capitalisedAt(end + 2) {
            var q = end + 2
            let limit = min(ctx.count, q + 40)
            while q < limit && ctx.cls(q) & (ByteClass.alpha | ByteClass.high) != 0 || (q < limit && ctx.byte(q) == 0x2D) { q += 1 }
            return ctx.hasPrefix(" and ", at: q) && capitalisedAt(q + 5)
        }
        return false
    }

    /// Whether the capitalised word at `q` ends the text's clause (`… and Chavez.`/`,`/`in`).
    private func isListTail(_ ctx: ScanContext, _ q: Int) -> Bool {
        var p = q
        while ctx.cls(p) & (ByteClass.alpha | ByteClass.high) != 0 || ctx.byte(p) == 0x2D { p += 1 }
        return ctx.byte(p) != 0x20 || ctx.cls(p + 1) & ByteClass.upper == 0
    }

    /// A house number right before the run ("61885 Noah Mission"): an address, not a person.
    private func afterHouseNumber(_ ctx: ScanContext, _ start: Int) -> Bool {
        ctx.byte(start - 1) == 0x20 && ctx.cls(start - 2) & ByteClass.digit != 0
    }

    // MARK: - Decision

    private func decide(_ ctx: ScanContext, _ words: [NameWord], leadingCue: Bool) {
        let start = words[0].start
        let end = words[words.count - 1].end
        let real = words.contains { $0.isInitial || $0.isParticle } ? words.filter { !$0.isInitial && !$0.isParticle } : words
        let n = real.count
        guard n >= 1 else { return }
        let first = real[0], last = real[n - 1]
        // The commonest run by far: one capitalised dictionary word that no name or place list
        // knows ("However", "Thanks"). No branch below can report it, so skip the context walks.
        if n == 1, first.firstToken == first.lastToken, first.features & (Self.fFirst | Self.fLast) == 0,
           isCommon(ctx, first), ctx.wordTags(first.firstToken) & LexiconTag.place == 0 { return }
        if first.firstToken == first.lastToken && ctx.cues(first.firstToken) & LexicalCue.organisationPrefix != 0 { return }
        if real.contains(where: { $0.firstToken == $0.lastToken && ctx.cues($0.firstToken) & LexicalCue.demonym != 0 }) { return }
        let fn = isFirstName(ctx, first)
        let ln = isLastName(ctx, last)
        var commonCount = 0
        for w in real where isCommon(ctx, w) && !isFirstName(ctx, w) && !isLastName(ctx, w) { commonCount += 1 }
        let singleCommon = n == 1 && isCommon(ctx, first)
        // The rejections first; the context tests below are each made only if the decision
        // reaches them (they only read the text, so the order changes no result).
        let orgAfter = ctx.hasCue(afterToken: words[words.count - 1].lastToken + 1, at: end, mask: LexicalCue.organisationSuffix, maxTokens: 1, maxBytes: 3)
        if orgAfter || (n == 1 && isCompanyName(ctx, start, end)) { return }
        if n >= 2 && last.firstToken == last.lastToken && ctx.cues(last.firstToken) & LexicalCue.organisationSuffix != 0 { return }
        if afterHouseNumber(ctx, start) { return }
        var strongCache: Bool?, initialCache: Bool?, locCueCache: Bool?, isPlaceCache: Bool?
        func strong() -> Bool {
            if let v = strongCache { return v }
            let v = leadingCue || personCue(ctx, start, words)
            strongCache = v
            return v
        }
        func weak() -> Bool {
            ctx.cueDistance(beforeToken: words[0].firstToken, at: start, mask: LexicalCue.weakPerson, maxTokens: 1, maxBytes: 8) != nil
        }
        func initial() -> Bool {
            if let v = initialCache { return v }
            let v = sentenceInitial(ctx, start)
            initialCache = v
            return v
        }
        func locCue() -> Bool {
            if let v = locCueCache { return v }
            let v = (!initial() && ctx.cueDistance(beforeToken: words[0].firstToken, at: start, mask: LexicalCue.locationCue, maxTokens: 2, maxBytes: 24) != nil)
                || ctx.hasCue(afterToken: words[words.count - 1].lastToken + 1, at: end, mask: LexicalCue.placeAfter, maxTokens: 1, maxBytes: 2)
                || ctx.columnHeader(at: start, matches: Self.placeKeys)
            locCueCache = v
            return v
        }
        func isPlace() -> Bool {
            if let v = isPlaceCache { return v }
            let v = placeLength(ctx, real) == n && (n == 1 && real[0].firstToken == real[0].lastToken && real[0].start == start
                || ctx.lexicon.places.contains(ctx.bytes, start, end))
            isPlaceCache = v
            return v
        }

        // Known places, unless a person cue says otherwise ("Dear Florence").
        if isPlace() && !strong() && (locCue() || !fn || (n > 1 && !ln)) {
            let score = locCue() ? 0.85 : n >= 2 ? 0.75 : (commonCount == 0 && !singleCommon && !initial() && !fn && !ln ? 0.65 : 0.35)
            ctx.emit(.location, start, end, score: score, priority: CandidatePriority.contextual)
            return
        }
        if n >= 2 {
            var score = 0.0
            if fn && ln { score = 0.9 }
            else if fn && commonCount == 0 { score = 0.8 }
            else if ln && (strong() || weak()) { score = 0.8 }
            else if strong() && commonCount == 0 { score = 0.75 }
            else if fn && strong() { score = 0.7 }
            if score > 0 {
                ctx.emit(.person, start, end, score: score, priority: CandidatePriority.contextual)
                return
            }
        } else if (fn || ln || !singleCommon) && strong() {
            // One word is a person only with a cue: "Hi Anna,", "Dr. Weber", "Anna: …", "— Anna".
            ctx.emit(.person, start, end, score: fn || ln ? 0.8 : 0.6, priority: CandidatePriority.contextual)
            return
        }
        if isPlace() && !singleCommon && !initial() && commonCount == 0 {
            ctx.emit(.location, start, end, score: locCue() ? 0.8 : 0.55, priority: CandidatePriority.contextual)
        } else if n <= 3 && commonCount == 0 && !singleCommon && !fn && !ln && first.end - first.start >= 4 && !initial()
                    && locCue() && !strong() {
            // An unknown town right after a place word ("relocating to Thomasbury").
            ctx.emit(.location, start, end, score: 0.55, priority: CandidatePriority.contextual)
        }
    }
}
