/// A named list of an organisation's own sensitive terms (project code names, client names), all
/// carrying one label.
public struct OrganisationDictionary: Sendable, Hashable {
    public var name: String
    public var label: SensitivityLabel
    public var terms: [String]

    public init(name: String, label: SensitivityLabel, terms: [String]) {
        self.name = name
        self.label = label
        self.terms = terms
    }
}

/// Finds the terms of every dictionary in one pass (one `TermAutomaton` for all of them) and
/// reports `DICTIONARY_TERM` with the dictionary's name as `detail`. A term in several dictionaries
/// is reported for the one with the highest label (the first such dictionary on a tie).
public struct DictionaryDetector: Detector {
    public let name = "dictionary"
    public let entityTypes: [EntityType] = [.dictionaryTerm]
    public let dictionaries: [OrganisationDictionary]
    private let automaton: TermAutomaton
    /// For each canonical term index: the dictionary reported for it.
    private let owner: [Int32]

    public init(dictionaries: [OrganisationDictionary]) {
        self.dictionaries = dictionaries
        var terms: [String] = []
        var from: [Int32] = []
        for (d, dict) in dictionaries.enumerated() {
            terms.append(contentsOf: dict.terms)
            from.append(contentsOf: repeatElement(Int32(d), count: dict.terms.count))
        }
        let automaton = TermAutomaton(terms: terms)
        var owner = from
        for (t, c) in automaton.canonicalIndex.enumerated() where c >= 0 && c != t {
            if dictionaries[Int(from[t])].label > dictionaries[Int(owner[c])].label { owner[c] = from[t] }
        }
        self.automaton = automaton
        self.owner = owner
    }

    /// The number of distinct terms the automaton holds states for.
    public var stateCount: Int { automaton.stateCount }

    public func detect(in ctx: ScanContext) {
        automaton.forEachMatch(in: ctx.bytes) { m in
            let dict = dictionaries[Int(owner[m.term])]
            ctx.emit(.dictionaryTerm, m.start, m.end, score: 0.99, priority: CandidatePriority.validated, detail: dict.name)
            return true
        }
    }
}
