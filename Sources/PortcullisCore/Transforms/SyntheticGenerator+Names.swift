/// Fakes for people, places and e-mail addresses.
extension SyntheticGenerator {
    /// Titles kept as they are in a fake name (`Dr. Anna Weber` → `Dr. Tomas Hale`).
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "herr", "frau"]

    /// Places for fake locations: real, common and spread over many countries, so no single one
    /// points at the original.
    static let places = [
        "Springfield", "Riverside", "Fairview", "Georgetown", "Franklin", "Clinton", "Greenville", "Bristol",
        "Salem", "Madison", "Oxford", "Ashland", "Newport", "Kingston", "Milton", "Dover", "Auburn",
        "Lisbon", "Porto", "Lyon", "Bremen", "Graz", "Ghent", "Utrecht", "Aarhus", "Tampere", "Bergen",
        "Gdansk", "Brno", "Leipzig", "Bologna", "Seville", "Nantes", "Basel", "Cork", "Turku", "Malmo",
    ]

    static let reservedDomains = ["example.com", "example.org", "example.net"]

    /// The same number of words and the same capitalisation; the last word becomes a surname and
    /// the others given names; titles stay, initials stay initials, hyphenated parts stay hyphenated.
    static func fakePerson(_ value: String, _ rng: inout KeyedRandom) -> String? {
        // Words and the whitespace between them, alternately, so any spacing or line break stays.
        var words: [Substring] = []
        var i = value.startIndex
        while i < value.endIndex {
            let space = value[i].isWhitespace
            let j = value[i...].firstIndex { $0.isWhitespace != space } ?? value.endIndex
            words.append(value[i..<j])
            i = j
        }
        let nameIndices = words.indices.filter {
            !words[$0].first!.isWhitespace && !titles.contains(words[$0].lowercased().filter(\.isLetter))
        }
        guard let lastName = nameIndices.last else { return nil }
        let single = nameIndices.count == 1
        var out: [String] = []
        for (k, word) in words.enumerated() {
            guard nameIndices.contains(k) else { out.append(String(word)); continue }
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).map { part -> String in
                let letters = part.filter(\.isLetter)
                if letters.isEmpty { return String(part) }
                if letters.count == 1 {  // an initial: another letter, same punctuation
                    let letter = Character(Unicode.Scalar(UInt8(0x41 + rng.below(26))))
                    return part.replacingFirstLetter(with: letter)
                }
                let surname = k == lastName && (!single || !Lexicon.standard.firstNames.contains(String(letters)))
                let name = rng.pick(surname ? NamePool.lastNames : NamePool.firstNames)
                return part.replacingLetters(with: styled(name, like: String(letters)))
            }
            out.append(parts.joined(separator: "-"))
        }
        return out.joined()
    }

    /// A place from `places`, in the original's capitalisation style.
    static func fakeLocation(_ value: String, _ rng: inout KeyedRandom) -> String? {
        styled(rng.pick(places), like: value)
    }

    /// `given.surname` and two digits at an RFC 2606 reserved domain, which can never deliver mail.
    static func fakeEmail(_ rng: inout KeyedRandom) -> String? {
        let given = rng.pick(NamePool.firstNames), surname = rng.pick(NamePool.lastNames)
        return "\(given).\(surname)\(10 + rng.below(90))@\(rng.pick(reservedDomains))"
    }

    /// `name` (lower-case) written like `model`: all capitals, all lower-case or capitalised.
    static func styled(_ name: String, like model: String) -> String {
        let letters = model.filter(\.isLetter)
        if letters.count > 1 && letters.allSatisfy(\.isUppercase) { return name.uppercased() }
        if !letters.isEmpty && letters.allSatisfy(\.isLowercase) { return name.lowercased() }
        return name.prefix(1).uppercased() + name.dropFirst().lowercased()
    }
}

extension Substring {
    /// The text with its first letter replaced by `letter` (in that letter's case as given).
    fileprivate func replacingFirstLetter(with letter: Character) -> String {
        guard let i = firstIndex(where: \.isLetter) else { return String(self) }
        let replacement = self[i].isLowercase ? Character(letter.lowercased()) : letter
        return String(self[..<i]) + String(replacement) + String(self[index(after: i)...])
    }

    /// The text with everything from its first to its last letter replaced by `name`, so
    /// surrounding punctuation (`(Weber)`, `Weber,`) stays.
    fileprivate func replacingLetters(with name: String) -> String {
        guard let a = firstIndex(where: \.isLetter), let b = lastIndex(where: \.isLetter) else { return String(self) }
        return String(self[..<a]) + name + String(self[index(after: b)...])
    }
}
