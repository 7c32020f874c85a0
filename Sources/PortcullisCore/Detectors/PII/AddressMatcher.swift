/// Postal addresses as one LOCATION span: a street part (house number and street words, or a
/// flat/unit/box designator) followed by comma-separated parts ending in a postal code or a town.
/// US (`… Suite 165, West William, GA 07200`), UK postcodes (`HG64 1UD`), and the continental
/// `Musterstraße 12, 12345 Berlin` / `58, chemin Pons, 23122 Ollivier` forms.
enum AddressMatcher {
    static let streetWords = ByteStringSet([
        "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "lane", "ln", "boulevard", "blvd", "court", "ct",
        "place", "pl", "square", "sq", "terrace", "way", "path", "parkway", "parkways", "circle", "cir", "highway",
        "hwy", "trail", "trl", "crescent", "close", "gardens", "grove", "hill", "hills", "mews", "row", "walk", "wharf",
        "rest", "fall", "falls", "hollow", "ridge", "park", "plaza", "point", "port", "ramp", "route", "run", "shore",
        "spring", "springs", "station", "summit", "turnpike", "valley", "view", "village", "ville", "vista", "well",
        "wells", "pike", "pass", "mill", "mills", "loop", "lake", "lakes", "junction", "island", "heights", "haven",
        "glen", "green", "gateway", "forge", "ford", "fields", "field", "estates", "extension", "creek", "crossing",
        "cove", "corner", "corners", "common", "cliff", "centre", "center", "causeway", "canyon", "burg", "brook",
        "branch", "bridge", "bypass", "bluff", "bend", "beach", "alley", "oval", "orchard", "meadow", "meadows",
        "manor", "light", "lodge", "knoll", "isle", "inlet", "harbor", "harbour", "flat", "flats", "expressway",
        "dale", "dam", "divide", "drives", "end", "overpass", "pines", "plains", "prairie", "rapids", "roads",
        "shoal", "skyway", "squares", "stravenue", "stream", "streets", "throughway", "trace", "track", "trafficway",
        "tunnel", "union", "unions", "underpass", "viaduct", "ways", "wall", "keys", "key", "knolls", "locks", "mission", "mount", "mountain", "neck", "pine",
        "plain", "radial", "ranch", "river", "spur", "crest", "curve", "crossroad", "estate", "ferry", "fork", "fort",
        "freeway", "garden", "glens", "greens", "groves", "harbors", "islands", "junctions", "land", "landing",
        "lights", "loaf", "lock", "mall", "manors", "motorway", "parks", "passage", "points", "ports", "ridges",
        "shoals", "shores", "spurs", "views", "vistas", "cape", "camp", "club", "courts", "coves", "creeks", "dales",
        "drives", "estates", "falls", "fords", "forest", "forges", "gardens", "gateways", "hollows", "isles",
    ])
    static let unitWords = ByteStringSet(["flat", "studio", "apt", "apartment", "unit", "suite", "ste", "psc", "box",
                                          "floor", "room", "building", "bldg", "cmr", "usns", "usnv", "usns", "uss"])
    static let continentalStreet = ByteStringSet(["calle", "avenida", "av", "paseo", "plaza", "camino", "carrer", "rue",
                                                  "chemin", "boulevard", "bd", "allée", "impasse", "place", "quai",
                                                  "route", "via", "viale", "piazza", "corso", "rua", "travessa",
                                                  "ronda", "callejón", "pasaje", "cours", "avenue", "strada"])
    static let germanStreetSuffixes: [StaticString] = ["straße", "strasse", "str", "weg", "gasse", "platz", "allee",
                                                       "ring", "damm", "ufer", "steig", "pfad", "chaussee", "markt"]
    /// `germanStreetSuffixes` by their last byte, so one load picks the few to compare.
    static let suffixesByLastByte: [[StaticString]] = {
        var table = [[StaticString]](repeating: [], count: 256)
        for suf in germanStreetSuffixes { table[Int(suf.utf8Start[suf.utf8CodeUnitCount - 1])].append(suf) }
        return table
    }()

    static func detect(in ctx: ScanContext) {
        // An address starts at a number, a capitalised word or a word after a hyphen: all marks.
        // A word opens one only with a number within six tokens after it (see `match`): `nextDigit`
        // follows the walk through `digitTokens` to skip the other words without a look-up.
        let tokens = ctx.tokens, digitTokens = ctx.digitTokens
        var next = 0
        var nextDigit = 0  // index into digitTokens of the first digit token after the current mark
        for m in ctx.markTokens where Int(m) >= next {
            let i = Int(m)
            // A house number is followed by a word (`match`'s first test, without the call).
            if tokens[i].isNumber && !(i + 1 < tokens.count && tokens[i + 1].isWord) { continue }
            if !tokens[i].has(Token.hasDigit) {
                while nextDigit < digitTokens.count && Int(digitTokens[nextDigit]) <= i { nextDigit += 1 }
                guard nextDigit < digitTokens.count, Int(digitTokens[nextDigit]) - i <= 6 else { continue }
            }
            if let (s, e) = match(ctx, i) {
                ctx.emit(.location, s, e, score: 0.85, priority: CandidatePriority.pattern)
                next = ctx.tokenIndex(atOrAfter: e, from: i)
            }
        }
    }

    /// A street part starting at token `i`; returns the whole address span.
    static func match(_ ctx: ScanContext, _ i: Int) -> (Int, Int)? {
        let tokens = ctx.tokens
        let t = tokens[i]
        // Cheap shape tests before anything else: an address starts with a house number, a unit
        // word (`Flat`, `Suite`) or a street word (`Calle`, `…straße`).
        if t.isNumber {
            guard t.length <= 6, i + 1 < tokens.count, tokens[i + 1].isWord else { return nil }
        } else {
            guard t.isWord, t.length >= 2, t.has(Token.firstUpper) || ctx.byte(t.start - 1) == 0x2D else { return nil }
            // A word opens an address only as a unit word before a number or as a street word.
            let unit = t.has(Token.firstUpper) && i + 1 < tokens.count && tokens[i + 1].has(Token.hasDigit)
                && tokens[i + 1].start == t.end + 1 && ctx.token(i, in: unitWords)
            guard unit || ctx.token(i, in: continentalStreet) || hasGermanSuffix(ctx, i) else { return nil }
        }
        guard ctx.isLeftBoundary(token: i) else { return nil }
        var k = i
        var streetEnd = -1
        if t.isNumber && t.length <= 6 {
            // "916 Kelly Path", "58, chemin Pons", "93628 Vega Hollow Suite 165"
            var j = i + 1
            if j < tokens.count && ctx.byte(t.end) == 0x2C { /* "58, chemin" */ }
            var words = 0
            while j < tokens.count && words < 5 {
                let w = tokens[j]
                let gap = w.start - tokens[j - 1].end
                guard gap <= 2, w.isWord else { break }
                words += 1
                if words >= 2 && w.has(Token.firstUpper) && isStreetWord(ctx, w) { streetEnd = w.end; k = j }
                if words == 1 && continentalStreet.contains(ctx.bytes, w.start, w.end) { streetEnd = w.end; k = j }
                j += 1
            }
            if streetEnd < 0 { return nil }
            if k < j - 1, continentalStreet.contains(ctx.bytes, tokens[k].start, tokens[k].end) {
                k = j - 1
                streetEnd = tokens[k].end
            }
        } else if t.isWord && t.has(Token.firstUpper) && ctx.token(i, in: unitWords) {
            guard i + 1 < tokens.count, tokens[i + 1].has(Token.hasDigit), tokens[i + 1].start == t.end + 1 else { return nil }
            k = i + 1
            streetEnd = tokens[k].end
        } else if t.isWord && (t.has(Token.firstUpper) || ctx.byte(t.start - 1) == 0x2D)
                    && (ctx.token(i, in: continentalStreet) || hasGermanSuffix(ctx, i)) {
            // "Calle Belen Cruz 48", "Fischergasse 63-89", "Jolanda-Fröhlich-Weg 60"
            var j = i
            while j < tokens.count && j - i < 6 && !tokens[j].isNumber { j += 1 }
            guard j < tokens.count, tokens[j].isNumber, tokens[j].length <= 5, tokens[j].start - tokens[j - 1].end <= 2 else { return nil }
            if !continentalStreet.contains(ctx.bytes, t.start, t.end) {
                guard (i..<j).contains(where: { hasGermanSuffix(ctx, $0) }) else { return nil }
            }
            k = j
            streetEnd = tokens[j].end
        } else {
            return nil
        }
        // Continue over ", part" chunks while they look like address parts.
        var end = streetEnd
        var parts = 0
        var sawPostal = false
        var p = end
        while parts < 6 {
            var q = p
            // House number ranges "63-89", unit numbers after the street: " Suite 165", " Puerta 3 "
            while ctx.byte(q) == 0x20 || ctx.byte(q) == 0x2D { q += 1 }
            if ctx.byte(q) == 0x2C { q += 1 } else if q == p || ctx.cls(q) & ByteClass.alnum == 0 { break }
            while ctx.byte(q) == 0x20 { q += 1 }
            let ti = ctx.tokenIndex(atOrAfter: q)
            guard ti < tokens.count, tokens[ti].start == q else { break }
            // A chunk: up to 4 tokens of capitalised words / numbers / postcodes on this line.
            var j = ti
            var chunkEnd = q
            var hasPostal = false
            var ok = true
            while j < tokens.count && j - ti < 5 {
                let w = tokens[j]
                if j > ti {
                    let gap = ctx.string(tokens[j - 1].end, w.start)
                    guard gap == " " || gap == "-" else { break }
                }
                if w.isNumber && w.length >= 4 && w.length <= 5 { hasPostal = true }
                else if isUKPostcodePart(ctx, w) { hasPostal = true }
                else if !(w.has(Token.firstUpper) || w.isNumber || w.isAllCaps || ctx.byte(w.start - 1) == 0x2D) { ok = false; break }
                chunkEnd = w.end
                j += 1
            }
            guard chunkEnd > q else { break }
            end = chunkEnd
            p = chunkEnd
            parts += 1
            if hasPostal { sawPostal = true }
            // A postal code ends the address (what follows a comma is a phone, an e-mail …).
            if hasPostal || !ok { break }
        }
        _ = k
        guard parts >= 1 || sawPostal else { return nil }
        // "Jolanda-Fröhlich-Weg": the street name starts at the first hyphenated part.
        var s0 = tokens[i].start
        var m = i
        while m > 0 && ctx.byte(tokens[m].start - 1) == 0x2D && tokens[m - 1].end == tokens[m].start - 1 && i - m < 4 {
            m -= 1
            s0 = tokens[m].start
        }
        return (s0, end)
    }

    /// A street type word, singular or plural (`Mountain`, `Mountains`).
    private static func isStreetWord(_ ctx: ScanContext, _ t: Token) -> Bool {
        streetWords.contains(ctx.bytes, t.start, t.end)
            || (t.length > 3 && ctx.byte(t.end - 1) == 0x73 && streetWords.contains(ctx.bytes, t.start, t.end - 1))
    }

    private static func isUKPostcodePart(_ ctx: ScanContext, _ t: Token) -> Bool {
        // Outward "HG64", "M4", "BT2R" or inward "1UD", "3XL".
        guard t.length >= 2, t.length <= 4, t.has(Token.hasDigit), t.has(Token.hasUpper), !t.has(Token.hasLower) else { return false }
        return true
    }

    private static func hasGermanSuffix(_ ctx: ScanContext, _ i: Int) -> Bool {
        let t = ctx.tokens[i]
        guard t.isWord, t.length >= 3 else { return false }
        let candidates = suffixesByLastByte[Int(ByteClass.lowercase(ctx.bytes[t.end - 1]))]
        if candidates.isEmpty { return false }
        for suf in candidates {
            let n = suf.utf8CodeUnitCount
            if t.length > n && ctx.hasPrefixIgnoringCase(suf, at: t.end - n) { return true }
            // "Jolanda-Fröhlich-Weg": the suffix is its own token after a hyphen.
            if t.length == n && ctx.byte(t.start - 1) == 0x2D && ctx.equalsIgnoringCase(t.start, t.end, suf) { return true }
        }
        return false
    }
}
