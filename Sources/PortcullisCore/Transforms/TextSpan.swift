/// A part of a text to replace, in UTF-8 byte offsets, with the type that decides how.
struct TextSpan: Hashable, Sendable {
    var type: EntityType
    var range: Range<Int>
}

extension TextSpan {
    /// The findings' spans in `bytes`, sorted, non-overlapping and on scalar boundaries.
    ///
    /// A transform must never leave part of a value behind, so a span that cuts a UTF-8 sequence
    /// is widened to whole scalars, offsets past the end are clamped, and overlapping spans are
    /// merged into the earlier one (its type wins).
    static func resolve(_ findings: [Finding], in bytes: [UInt8], offsets: OffsetUnit) -> [TextSpan] {
        var spans: [TextSpan]
        switch offsets {
        case .utf8:
            spans = findings.map { f in
                TextSpan(type: f.type, range: widen(f.utf8Start, f.utf8End, in: bytes))
            }
        case .codePoints:
            let byteOffset = codePointsToBytes(Set(findings.flatMap { [$0.start, $0.end] }), in: bytes)
            spans = findings.map { f in
                TextSpan(type: f.type, range: widen(byteOffset[f.start] ?? 0, byteOffset[f.end] ?? 0, in: bytes))
            }
        }
        return normalized(spans)
    }

    /// Sorts spans and merges overlapping ones; empty spans are dropped.
    static func normalized(_ spans: [TextSpan]) -> [TextSpan] {
        let sorted = spans.filter { !$0.range.isEmpty }.sorted {
            $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound
                : $0.range.upperBound > $1.range.upperBound
        }
        var out: [TextSpan] = []
        for s in sorted {
            if let last = out.last, s.range.lowerBound < last.range.upperBound {
                out[out.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, s.range.upperBound)
            } else {
                out.append(s)
            }
        }
        return out
    }

    /// Clamps `start..<end` to the text and widens it to scalar boundaries.
    private static func widen(_ start: Int, _ end: Int, in bytes: [UInt8]) -> Range<Int> {
        var s = min(max(start, 0), bytes.count)
        var e = min(max(end, s), bytes.count)
        while s > 0 && s < bytes.count && isContinuation(bytes[s]) { s -= 1 }
        while e < bytes.count && isContinuation(bytes[e]) { e += 1 }
        return s..<e
    }

    @inline(__always) private static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

    /// The byte offset of each wanted code point offset, in one pass (offsets past the end map to
    /// the end of the text).
    private static func codePointsToBytes(_ wanted: Set<Int>, in bytes: [UInt8]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        let targets = wanted.sorted()
        var t = 0
        var scalar = 0
        var i = 0
        while t < targets.count {
            if targets[t] <= scalar || i >= bytes.count {
                result[targets[t]] = targets[t] <= 0 ? 0 : i
                t += 1
                continue
            }
            i += 1
            while i < bytes.count && isContinuation(bytes[i]) { i += 1 }
            scalar += 1
        }
        return result
    }

    /// `text` with each span replaced by `replacement(span, value)`; the rest is copied unchanged.
    static func rewrite(_ bytes: [UInt8], spans: [TextSpan], _ replacement: (TextSpan, String) -> String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + spans.count * 8)
        var at = 0
        for s in spans {
            out.append(contentsOf: bytes[at..<s.range.lowerBound])
            out.append(contentsOf: replacement(s, String(decoding: bytes[s.range], as: UTF8.self)).utf8)
            at = s.range.upperBound
        }
        out.append(contentsOf: bytes[at...])
        return String(decoding: out, as: UTF8.self)
    }
}
