/// One piece of sensitive data found in a text.
///
/// `start` and `end` are Unicode code point offsets, end exclusive (what Python's `str` uses), so
/// results line up with Presidio and the evaluation corpora; `utf8Start`/`utf8End` are the same
/// span in UTF-8 bytes, for transforms that work on bytes.
public struct Finding: Hashable, Sendable, Codable {
    public var type: EntityType
    public var start: Int
    public var end: Int
    public var score: Double
    public var utf8Start: Int
    public var utf8End: Int
    /// Extra information a detector attached (for dictionary terms: the dictionary name).
    public var detail: String?

    public init(type: EntityType, start: Int, end: Int, score: Double, utf8Start: Int, utf8End: Int, detail: String? = nil) {
        self.type = type
        self.start = start
        self.end = end
        self.score = score
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.detail = detail
    }
}

/// A finding while scanning: byte offsets only; code point offsets are computed once at the end.
public struct Candidate: Sendable {
    public var type: EntityType
    public var start: Int
    public var end: Int
    public var score: Double
    /// Higher wins when two candidates overlap with equal scores (secrets beat PII beat context-only).
    public var priority: UInt8
    public var detail: String?

    public init(type: EntityType, start: Int, end: Int, score: Double, priority: UInt8 = 1, detail: String? = nil) {
        self.type = type
        self.start = start
        self.end = end
        self.score = score
        self.priority = priority
        self.detail = detail
    }
}
