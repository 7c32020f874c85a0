/// The placeholders of a vault as bytes, for restoring answers in one pass, whole or streamed.
///
/// A placeholder has exactly one `<` (its first byte) and one `>` (its last), so at most one known
/// placeholder can start at any position and a match never needs to look back: this is what lets
/// `StreamingRestorer` decide every byte but a short tail as soon as it arrives.
struct PlaceholderTable: Sendable {
    let values: [[UInt8]: [UInt8]]
    /// The placeholders in byte order: those that start with a given tail are a run beginning at
    /// the tail's insertion point, so one binary search answers `couldStartPlaceholder(_:)`.
    private let sorted: [[UInt8]]
    /// Length in bytes of the longest placeholder.
    let maxLength: Int

    init(_ mapping: [String: String]) {
        var v: [[UInt8]: [UInt8]] = [:]
        for (placeholder, value) in mapping { v[Array(placeholder.utf8)] = Array(value.utf8) }
        values = v
        sorted = v.keys.sorted { $0.lexicographicallyPrecedes($1) }
        maxLength = v.keys.map(\.count).max() ?? 0
    }

    /// Appends `bytes` to `out` with every known placeholder replaced by its value; anything else,
    /// unknown placeholders included, is copied as it is.
    func restore(_ bytes: ArraySlice<UInt8>, into out: inout [UInt8]) {
        var i = bytes.startIndex
        var copied = i
        while i < bytes.endIndex {
            guard bytes[i] == PlaceholderSyntax.open else { i += 1; continue }
            var j = i + 1
            let limit = min(bytes.endIndex, i + maxLength)
            while j < limit && bytes[j] != PlaceholderSyntax.open && bytes[j] != PlaceholderSyntax.close { j += 1 }
            if j < limit && bytes[j] == PlaceholderSyntax.close, let value = values[Array(bytes[i...j])] {
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: value)
                i = j + 1
                copied = i
            } else {
                i += 1
            }
        }
        out.append(contentsOf: bytes[copied...])
    }

    /// Whether `tail` (which starts with `<`) is shorter than and the start of a known placeholder,
    /// so that the bytes still to come decide whether it is one.
    func couldStartPlaceholder(_ tail: ArraySlice<UInt8>) -> Bool {
        guard tail.count < maxLength else { return false }
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid].lexicographicallyPrecedes(tail) { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo].count > tail.count && sorted[lo].starts(with: tail)
    }
}
