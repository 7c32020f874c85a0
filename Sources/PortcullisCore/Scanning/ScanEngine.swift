/// Runs a set of detectors over a text and returns non-overlapping findings with code point offsets.
///
/// The engine is immutable and `Sendable`: build it once, scan from any number of tasks.
public struct ScanEngine: Sendable {
    public var detectors: [any Detector]
    /// Findings scoring below this are dropped (detectors report ambiguous shapes with low scores
    /// and raise them when context supports them).
    public var minimumScore: Double
    /// When set, only these types are reported.
    public var enabledTypes: Set<EntityType>?
    public let lexicon: Lexicon

    /// Largest input scanned as one text; callers split larger inputs (the CLI scans files in
    /// windows). A limit on every size keeps memory bounded whatever a client sends.
    public static let maxTextBytes = 64 << 20

    public init(detectors: [any Detector] = DetectorRegistry.standard(), minimumScore: Double = 0.5,
                enabledTypes: Set<EntityType>? = nil, lexicon: Lexicon = .standard) {
        self.detectors = detectors
        self.minimumScore = minimumScore
        self.enabledTypes = enabledTypes
        self.lexicon = lexicon
    }

    /// The entity types the engine's detectors can report.
    public var entityTypes: [EntityType] {
        Array(Set(detectors.flatMap(\.entityTypes))).sorted()
    }

    /// Scans a string.
    public func scan(_ text: String) -> [Finding] {
        var text = text
        return text.withUTF8 { scan(utf8: $0) }
    }

    /// Scans UTF-8 bytes (they must be valid UTF-8; `String` guarantees that).
    public func scan(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        scan(utf8: bytes, extra: [])
    }

    /// Scans, adding `extra` candidates (from an external recognizer) before overlaps are resolved.
    func scan(utf8 bytes: UnsafeBufferPointer<UInt8>, extra: [Candidate]) -> [Finding] {
        let ctx = ScanContext(bytes: bytes, lexicon: lexicon)
        for d in detectors { d.detect(in: ctx) }
        // Taken out of the context so it is uniquely referenced: filtered and sorted in place.
        var kept = ctx.takeCandidates()
        kept.append(contentsOf: extra)
        let minimumScore = minimumScore, enabledTypes = enabledTypes
        kept.removeAll { c in c.score < minimumScore || !(enabledTypes?.contains(c.type) ?? true) }
        return OffsetMapper.findings(from: OverlapResolver.resolve(&kept), bytes: bytes)
    }
}

/// Chooses among overlapping candidates: higher priority, then higher score, then longer wins.
enum OverlapResolver {
    /// Sorts `cands` in place, then keeps the winners.
    static func resolve(_ cands: inout [Candidate]) -> [Candidate] {
        cands.sort { a, b in
            a.start != b.start ? a.start < b.start : a.end > b.end
        }
        var out: [Candidate] = []
        out.reserveCapacity(cands.count)
        for c in cands {
            var drop = false
            while let last = out.last, last.end > c.start {
                if better(c, last) { out.removeLast() } else { drop = true; break }
            }
            if !drop { out.append(c) }
        }
        return out
    }

    @inline(__always) static func better(_ a: Candidate, _ b: Candidate) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.score != b.score { return a.score > b.score }
        return (a.end - a.start) > (b.end - b.start)
    }
}

/// Converts byte offsets to Unicode code point offsets in one forward walk.
enum OffsetMapper {
    /// `cands` must be sorted by start and non-overlapping.
    static func findings(from cands: [Candidate], bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var out: [Finding] = []
        out.reserveCapacity(cands.count)
        var bytePos = 0
        var scalars = 0
        @inline(__always) func advance(to target: Int) {
            // Eight bytes at a time: a continuation byte is 10xxxxxx, so count bytes whose top
            // bit is set and next bit clear, and every other byte starts a scalar.
            if let base = bytes.baseAddress {
                let high: UInt64 = 0x8080_8080_8080_8080
                while bytePos + 32 <= target {
                    let p = UnsafeRawPointer(base + bytePos)
                    let w0 = p.loadUnaligned(as: UInt64.self), w1 = p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                    let w2 = p.loadUnaligned(fromByteOffset: 16, as: UInt64.self), w3 = p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    let c = (w0 & ~(w0 << 1) & high).nonzeroBitCount + (w1 & ~(w1 << 1) & high).nonzeroBitCount
                        + (w2 & ~(w2 << 1) & high).nonzeroBitCount + (w3 & ~(w3 << 1) & high).nonzeroBitCount
                    scalars += 32 - c
                    bytePos += 32
                }
                while bytePos + 8 <= target {
                    let w = UnsafeRawPointer(base + bytePos).loadUnaligned(as: UInt64.self)
                    let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
                    scalars += 8 - continuation.nonzeroBitCount
                    bytePos += 8
                }
            }
            while bytePos < target {
                if bytes[bytePos] & 0xC0 != 0x80 { scalars += 1 }
                bytePos += 1
            }
        }
        for c in cands {
            advance(to: c.start)
            let s = scalars
            advance(to: c.end)
            out.append(Finding(type: c.type, start: s, end: scalars, score: c.score,
                               utf8Start: c.start, utf8End: c.end, detail: c.detail))
        }
        return out
    }
}
