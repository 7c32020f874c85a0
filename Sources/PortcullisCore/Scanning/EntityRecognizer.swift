/// A source of entities outside the built-in detectors: a named-entity model or service (spaCy,
/// a transformer behind HTTP, a cloud NER API).
///
/// Core has no networking: an implementation lives where I/O is allowed (the gateway, a CLI
/// plug-in) and is handed to `ScanEngine.scan(_:recognizer:replacingBuiltIn:)`, which merges its
/// entities with the built-in detectors' findings under the same overlap rules.
public protocol EntityRecognizer: Sendable {
    /// The types this recognizer reports (`PERSON`, `LOCATION` …).
    var entityTypes: [EntityType] { get }
    /// Entities in `text`, with Unicode code point offsets (end exclusive).
    func recognize(_ text: String) async throws -> [RecognizedEntity]
}

/// One entity reported by an `EntityRecognizer`.
public struct RecognizedEntity: Sendable, Hashable {
    public var type: EntityType
    /// Code point offsets, end exclusive.
    public var start: Int
    public var end: Int
    public var score: Double

    public init(type: EntityType, start: Int, end: Int, score: Double) {
        self.type = type
        self.start = start
        self.end = end
        self.score = score
    }
}

extension ScanEngine {
    /// Scans with the built-in detectors and an external recognizer, resolving overlaps once.
    ///
    /// With `replacingBuiltIn`, built-in detectors that report any of the recognizer's types are
    /// left out (the recognizer takes over PERSON/LOCATION, say). Entities with offsets outside the
    /// text are dropped; a recognizer error is thrown to the caller, who decides whether to fail
    /// closed.
    public func scan(_ text: String, recognizer: any EntityRecognizer, replacingBuiltIn: Bool = true) async throws -> [Finding] {
        let external = try await recognizer.recognize(text)
        var engine = self
        if replacingBuiltIn {
            let taken = Set(recognizer.entityTypes)
            engine.detectors = detectors.filter { Set($0.entityTypes).isDisjoint(with: taken) }
        }
        var text = text
        return text.withUTF8 { bytes in
            engine.scan(utf8: bytes, extra: OffsetMapper.candidates(from: external, bytes: bytes))
        }
    }
}

extension OffsetMapper {
    /// Converts code point offsets to byte offsets in one walk; invalid spans are dropped.
    static func candidates(from entities: [RecognizedEntity], bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
        var points: [Int] = []
        for e in entities where e.start >= 0 && e.start < e.end { points.append(e.start); points.append(e.end) }
        points.sort()
        var byteOf: [Int: Int] = [:]
        var scalar = 0
        var b = 0
        var k = 0
        while k < points.count {
            while b < bytes.count && scalar < points[k] {
                b += 1
                while b < bytes.count && bytes[b] & 0xC0 == 0x80 { b += 1 }
                scalar += 1
            }
            if scalar == points[k] { byteOf[points[k]] = b }
            k += 1
        }
        return entities.compactMap { e in
            guard let s = byteOf[e.start], let end = byteOf[e.end], s < end else { return nil }
            return Candidate(type: e.type, start: s, end: end, score: max(0, min(1, e.score)),
                             priority: CandidatePriority.contextual)
        }
    }
}
