/// Detects the topics a policy can ban or route: regulated domains (medical, legal, financial
/// advice) and harmful requests (weapons, malware, self-harm, drug synthesis, fraud), plus any
/// topic a policy defines with its own terms.
///
/// Each topic is a lexicon of phrases with weights; a text is on a topic when the distinct
/// phrases it holds weigh at least the topic's threshold (a phrase counts once however often it
/// appears, so repetition does not make a topic). All topics' phrases run in one Aho–Corasick
/// pass over the UTF-8 bytes (`TermAutomaton`: case-insensitive, on word boundaries): linear time.
/// Usable on input and output; the policy's rules say what a topic means (`match: { topics: … }`).
public struct TopicDetector: Sendable {
    public let topics: [TopicLexicon]
    private let automaton: TermAutomaton
    /// For each canonical term: (topic index, weight) pairs.
    private let owners: [[(topic: Int32, weight: Double, cue: Bool)]]

    /// Topics whose hit also makes the aggregate `harmful` topic.
    public static let harmfulTopics: Set<String> = ["weapons", "malware", "self-harm", "drugs", "fraud"]

    public init(topics: [TopicLexicon] = TopicLexicon.builtIn) {
        self.topics = topics
        var terms: [String] = []
        var from: [(Int32, Double)] = []
        var cue: [Bool] = []
        for (t, topic) in topics.enumerated() {
            for p in topic.phrases {
                terms.append(p.phrase)
                from.append((Int32(t), p.weight))
                cue.append(false)
            }
            for c in topic.cues {
                terms.append(c.phrase)
                from.append((Int32(t), c.weight))
                cue.append(true)
            }
        }
        let automaton = TermAutomaton(terms: terms)
        var owners = [[(topic: Int32, weight: Double, cue: Bool)]](repeating: [], count: terms.count)
        for (k, c) in automaton.canonicalIndex.enumerated() where c >= 0 {
            owners[c].append((from[k].0, from[k].1, cue[k]))
        }
        self.automaton = automaton
        self.owners = owners
    }

    /// The topics of `text` with their scores (the weight of the distinct phrases found), highest first.
    public func detect(_ text: String) -> [TopicHit] {
        var text = text
        return text.withUTF8 { detect(utf8: $0) }
    }

    public func detect(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [TopicHit] {
        var seen = Set<Int>()
        var score = [Double](repeating: 0, count: topics.count)
        var cueUp = [Double](repeating: 0, count: topics.count)
        var cueDown = [Double](repeating: 0, count: topics.count)
        var evidence = [[String]](repeating: [], count: topics.count)
        automaton.forEachMatch(in: bytes) { m in
            guard seen.insert(m.term).inserted else { return true }
            for o in owners[m.term] {
                if o.cue {
                    if o.weight > 0 { cueUp[Int(o.topic)] += o.weight } else { cueDown[Int(o.topic)] += o.weight }
                    continue
                }
                score[Int(o.topic)] += o.weight
                if evidence[Int(o.topic)].count < 5 {
                    evidence[Int(o.topic)].append(String(decoding: UnsafeBufferPointer(rebasing: bytes[m.start..<m.end]), as: UTF8.self))
                }
            }
            return true
        }
        // Cues count only beside the topic's own words: the strongest request cue, less every defence cue.
        for t in topics.indices where score[t] > 0 {
            score[t] += min(cueUp[t], topics[t].cueCap) + cueDown[t]
        }
        var hits: [TopicHit] = []
        var harmful = 0.0
        for (t, topic) in topics.enumerated() where score[t] >= topic.threshold {
            hits.append(TopicHit(topic: topic.name, score: score[t], evidence: evidence[t]))
            if Self.harmfulTopics.contains(topic.name) { harmful = max(harmful, score[t]) }
        }
        if harmful > 0 && !hits.contains(where: { $0.topic == "harmful" }) {
            hits.append(TopicHit(topic: "harmful", score: harmful, evidence: []))
        }
        return hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.topic < $1.topic }
    }

    /// The names of the topics of all `texts`.
    public func topicNames(_ texts: [String]) -> Set<String> {
        Set(texts.flatMap { detect($0).map(\.topic) })
    }
}

/// One topic found in a text: its name, its score and (up to five of) the phrases that made it.
public struct TopicHit: Sendable, Equatable {
    public var topic: String
    public var score: Double
    public var evidence: [String]
}

/// A topic: weighted phrases and the score a text needs to be on it.
public struct TopicLexicon: Sendable, Equatable {
    public var name: String
    public var phrases: [(phrase: String, weight: Double)]
    public var threshold: Double
    /// Phrases that count only beside one of `phrases` (a request for the thing, or a question
    /// about defending against it, with a negative weight); the positive ones add at most `cueCap`.
    public var cues: [(phrase: String, weight: Double)]
    public var cueCap: Double

    public init(name: String, phrases: [(phrase: String, weight: Double)], threshold: Double = 1.0,
                cues: [(phrase: String, weight: Double)] = [], cueCap: Double = 0.5) {
        self.name = name
        self.phrases = phrases
        self.threshold = threshold
        self.cues = cues
        self.cueCap = cueCap
    }

    /// A topic from two lists: phrases that alone put a text on the topic, and phrases that do
    /// only together with another (weights 1 and 0.5, threshold 1).
    public init(name: String, strong: [String], weak: [String] = []) {
        self.init(name: name, phrases: strong.map { ($0, 1.0) } + weak.map { ($0, 0.5) })
    }

    public static func == (a: TopicLexicon, b: TopicLexicon) -> Bool {
        a.name == b.name && a.threshold == b.threshold && a.phrases.map(\.phrase) == b.phrases.map(\.phrase)
            && a.phrases.map(\.weight) == b.phrases.map(\.weight) && a.cues.map(\.phrase) == b.cues.map(\.phrase)
            && a.cues.map(\.weight) == b.cues.map(\.weight) && a.cueCap == b.cueCap
    }
}
