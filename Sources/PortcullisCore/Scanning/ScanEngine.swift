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
    /// Scores the text for prompt injection and jailbreaks; its findings (`PROMPT_INJECTION`,
    /// `JAILBREAK`) are spans of text that may hold other findings, so they are kept beside the
    /// others rather than competing with them for the same bytes. Nil turns it off.
    public var injection: InjectionDetector?

    /// Largest input scanned as one text; callers split larger inputs (the CLI scans files in
    /// windows). A limit on every size keeps memory bounded whatever a client sends.
    public static let maxTextBytes = 64 << 20

    public init(detectors: [any Detector] = DetectorRegistry.standard(), minimumScore: Double = 0.5,
                enabledTypes: Set<EntityType>? = nil, lexicon: Lexicon = .standard,
                injection: InjectionDetector? = InjectionDetector()) {
        self.detectors = detectors
        self.minimumScore = minimumScore
        self.enabledTypes = enabledTypes
        self.lexicon = lexicon
        if var injection {
            injection.minimumScore = max(injection.minimumScore, minimumScore)
            self.injection = injection
        } else {
            self.injection = nil
        }
    }

    /// The entity types the engine's detectors can report.
    public var entityTypes: [EntityType] {
        Array(Set(detectors.flatMap(\.entityTypes) + (injection == nil ? [] : InjectionDetector.entityTypes))).sorted()
    }

    /// Whether the injection detector runs: it is set and one of its types is enabled.
    var runsInjection: Bool {
        guard injection != nil else { return false }
        guard let enabledTypes else { return true }
        return InjectionDetector.entityTypes.contains { enabledTypes.contains($0) }
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
        // Taken out of the context so it is uniquely referenced: filtered in place, then ordered
        // and resolved through indices.
        var kept = ctx.takeCandidates()
        kept.append(contentsOf: extra)
        let minimumScore = minimumScore, enabledTypes = enabledTypes
        kept.removeAll { c in c.score < minimumScore || !(enabledTypes?.contains(c.type) ?? true) }
        let found = OffsetMapper.findings(from: kept, winners: OverlapResolver.resolve(kept), bytes: bytes)
        guard runsInjection, let injection else { return found }
        var threats = injection.candidates(utf8: bytes)
        threats.removeAll { c in !(enabledTypes?.contains(c.type) ?? true) }
        guard !threats.isEmpty else { return found }
        return (found + OffsetMapper.anyFindings(from: threats, bytes: bytes)).sorted { a, b in
            a.utf8Start != b.utf8Start ? a.utf8Start < b.utf8Start : a.utf8End > b.utf8End
        }
    }
}

/// Chooses among overlapping candidates: higher priority, then higher score, then longer wins.
enum OverlapResolver {
    /// The indices of the winners among `cands`, in order of start. Candidates are ordered by
    /// start, then longest first, then as given (a stable sort), through an array of indices: the
    /// candidates themselves (strings inside) are never copied or moved while sorting.
    static func resolve(_ cands: [Candidate]) -> [Int32] {
        var order = (0..<Int32(truncatingIfNeeded: cands.count)).map { $0 }
        var out: [Int32] = []
        out.reserveCapacity(cands.count)
        cands.withUnsafeBufferPointer { c in
            order.sort { i, j in
                let a = c[Int(i)].start, b = c[Int(j)].start
                if a != b { return a < b }
                let x = c[Int(i)].end, y = c[Int(j)].end
                return x != y ? x > y : i < j
            }
            for k in order {
                var drop = false
                while let last = out.last, c[Int(last)].end > c[Int(k)].start {
                    if better(c, Int(k), Int(last)) { out.removeLast() } else { drop = true; break }
                }
                if !drop { out.append(k) }
            }
        }
        return out
    }

    @inline(__always) static func better(_ c: UnsafeBufferPointer<Candidate>, _ a: Int, _ b: Int) -> Bool {
        if c[a].priority != c[b].priority { return c[a].priority > c[b].priority }
        if c[a].score != c[b].score { return c[a].score > c[b].score }
        return (c[a].end - c[a].start) > (c[b].end - c[b].start)
    }
}

/// Converts byte offsets to Unicode code point offsets in one forward walk.
enum OffsetMapper {
    /// Findings for candidates that may overlap one another, in the candidates' order.
    static func anyFindings(from cands: [Candidate], bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        let bounds = Array(Set(cands.flatMap { [$0.start, $0.end] })).sorted()
        var scalarsAt: [Int: Int] = [:]
        var pos = 0, scalars = 0
        for b in bounds {
            while pos < b {
                if bytes[pos] & 0xC0 != 0x80 { scalars += 1 }
                pos += 1
            }
            scalarsAt[b] = scalars
        }
        return cands.map { c in
            Finding(type: c.type, start: scalarsAt[c.start]!, end: scalarsAt[c.end]!, score: c.score,
                    utf8Start: c.start, utf8End: c.end, detail: c.detail)
        }
    }

    /// The findings for `cands[winners]`; the winners must be sorted by start and non-overlapping.
    static func findings(from cands: [Candidate], winners: [Int32], bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        var out: [Finding] = []
        out.reserveCapacity(winners.count)
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
        cands.withUnsafeBufferPointer { c in
            for w in winners {
                let k = Int(w)
                advance(to: c[k].start)
                let s = scalars
                advance(to: c[k].end)
                out.append(Finding(type: c[k].type, start: s, end: scalars, score: c[k].score,
                                   utf8Start: c[k].start, utf8End: c[k].end, detail: c[k].detail))
            }
        }
        return out
    }
}
