/// Which offsets of a `Finding` a transform reads.
///
/// Findings from `ScanEngine` carry both and agree; findings from elsewhere (Presidio, the
/// evaluation corpora) often carry only code point offsets, which is why that is the default.
public enum OffsetUnit: Sendable, Hashable {
    /// `start`/`end`: Unicode code point offsets (Python `str` indexing).
    case codePoints
    /// `utf8Start`/`utf8End`: byte offsets into the UTF-8 text.
    case utf8
}
