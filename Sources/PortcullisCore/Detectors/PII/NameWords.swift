/// One word of a proper name as written: a capitalised token, possibly joined to further
/// capitalised tokens by hyphens or apostrophes (`Kidd-Cox`, `O'Brien`, `Cordier-Étienne`), or an
/// initial (`J.`).
struct NameWord {
    var start: Int
    var end: Int
    /// Token index range [firstToken, lastToken].
    var firstToken: Int
    var lastToken: Int
    var isInitial: Bool
    var isParticle: Bool
    /// Look-up results computed once per word (see `PersonLocationDetector.features`).
    var features: UInt8 = 0
}

/// Builds runs of name words on one line (`Maria C. Chapman`, `Lucas Barroso Jara`,
/// `Ludwig van Beethoven`), the raw material for PERSON and LOCATION decisions.
enum NameWords {
    static let particles = ByteStringSet(["van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le",
                                          "dos", "das", "do", "y", "ter", "ten", "bin", "al", "st"])
    /// German articles that are particles only after `van`/`von`/`de` (`von der Leyen`); alone
    /// they introduce a noun (`Sie den Betrag`).
    static let articleOnly = ByteStringSet(["der", "den", "das", "des", "dem"])

    /// The name word starting at token `i`, or nil when token `i` cannot start one.
    static func word(_ ctx: ScanContext, _ i: Int) -> NameWord? {
        let tokens = ctx.tokens
        let t = tokens[i]
        // An initial: one upper-case letter followed by a dot.
        if t.length == 1 && t.has(Token.firstUpper) && ctx.byte(t.end) == 0x2E && !t.has(Token.hasDigit) {
            return NameWord(start: t.start, end: t.end + 1, firstToken: i, lastToken: i, isInitial: true, isParticle: false)
        }
        guard t.isCapitalised || (t.has(Token.firstUpper) && t.isWord && t.length >= 2 && t.has(Token.hasNonASCII)) else { return nil }
        guard t.length <= 30, !isCamelCaseIdentifier(ctx, t) else { return nil }
        var k = i
        var end = t.end
        while k + 1 < tokens.count {
            let sep = ctx.byte(end)
            let isApos = sep == 0x27 || (sep == 0xE2 && ctx.byte(end + 1) == 0x80 && ctx.byte(end + 2) == 0x99)
            guard sep == 0x2D || isApos else { break }
            let gap = isApos && sep == 0xE2 ? 3 : 1
            let n = tokens[k + 1]
            guard n.start == end + gap, n.isWord, n.has(Token.firstUpper) || (isApos && n.length >= 2) else { break }
            k += 1
            end = n.end
            if k - i >= 3 { break }
        }
        return NameWord(start: t.start, end: end, firstToken: i, lastToken: k, isInitial: false, isParticle: false)
    }

    /// `KeyError`, `GitHub`, `JavaScript`: an upper-case letter inside an ASCII word, unless the
    /// word starts like a surname that keeps one (`McDonald`, `MacArthur`, `DeShawn`, `LaToya`).
    static func isCamelCaseIdentifier(_ ctx: ScanContext, _ t: Token) -> Bool {
        var inner = false
        var p = t.start + 1
        while p < t.end {
            if ctx.cls(p) & ByteClass.upper != 0 { inner = true; break }
            p += 1
        }
        guard inner else { return false }
        let k = p - t.start
        if k == 2 && (ctx.hasPrefix("Mc", at: t.start) || ctx.hasPrefix("De", at: t.start) || ctx.hasPrefix("La", at: t.start)
            || ctx.hasPrefix("Le", at: t.start) || ctx.hasPrefix("Di", at: t.start) || ctx.hasPrefix("Du", at: t.start)) { return false }
        if k == 3 && (ctx.hasPrefix("Mac", at: t.start) || ctx.hasPrefix("Van", at: t.start) || ctx.hasPrefix("Von", at: t.start)) { return false }
        return true
    }

    /// A run of name words starting at token `i`, each separated by one space (particles and
    /// initials allowed inside), at most `maxWords` long.
    static func run(_ ctx: ScanContext, from i: Int, maxWords: Int = 5) -> [NameWord] {
        var out: [NameWord] = []
        run(ctx, from: i, maxWords: maxWords, into: &out)
        return out
    }

    /// The same, into a buffer the caller reuses from run to run (no allocation per capitalised word).
    static func run(_ ctx: ScanContext, from i: Int, maxWords: Int = 5, into out: inout [NameWord]) {
        while !out.isEmpty { out.removeLast() }  // keeps the capacity, without the generic range removal
        guard let first = word(ctx, i), !first.isInitial else { return }
        out.append(first)
        var k = first.lastToken + 1
        let tokens = ctx.tokens
        while k < tokens.count && out.count < maxWords {
            let prevEnd = out[out.count - 1].end
            guard tokens[k].start == prevEnd + 1, ctx.byte(prevEnd) == 0x20 else { break }
            if let w = word(ctx, k) {
                out.append(w)
                k = w.lastToken + 1
                continue
            }
            // Particles (`van`, `de la`) only when a capitalised word follows.
            let t = tokens[k]
            if particles.contains(ctx.bytes, t.start, t.end) && !t.has(Token.firstUpper) && !articleOnly.contains(ctx.bytes, t.start, t.end) {
                var j = k + 1
                if j < tokens.count && particles.contains(ctx.bytes, tokens[j].start, tokens[j].end) && tokens[j].start == t.end + 1 { j += 1 }
                if j < tokens.count && tokens[j].start == tokens[j - 1].end + 1, let w = word(ctx, j), !w.isInitial {
                    for p in k..<j {
                        out.append(NameWord(start: tokens[p].start, end: tokens[p].end, firstToken: p, lastToken: p, isInitial: false, isParticle: true))
                    }
                    out.append(w)
                    k = w.lastToken + 1
                    continue
                }
            }
            break
        }
        // A run never ends on an initial or a particle.
        while let last = out.last, last.isInitial || last.isParticle { out.removeLast() }
    }
}
