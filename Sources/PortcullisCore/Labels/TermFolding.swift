/// Case folding and word-boundary tests shared by the term automaton and the marker rules.
///
/// Folding covers ASCII, Latin-1, Latin Extended-A and Additional, Greek and Cyrillic capitals:
/// the scripts organisation names are written in. Every fold keeps the UTF-8 length of the scalar,
/// so byte offsets in the folded stream line up with the text.
enum TermFolding {
    /// The lower-case form of `s` (or `s` itself).
    @inline(__always) static func fold(_ s: UInt32) -> UInt32 {
        if s < 0x80 { return (s >= 0x41 && s <= 0x5A) ? s | 0x20 : s }
        switch s {
        case 0xC0...0xDE where s != 0xD7: return s + 0x20
        case 0x100...0x24F, 0x1E00...0x1EFF:
            if UTF8Scalar.letterKind(s) == .upper { return s == 0x178 ? 0xFF : s + 1 }
            return s
        case 0x391...0x3A9 where s != 0x3A2: return s + 0x20
        case 0x386: return 0x3AC
        case 0x388...0x38A: return s + 0x25
        case 0x38C: return 0x3CC
        case 0x38E...0x38F: return s + 0x3F
        case 0x410...0x42F: return s + 0x20
        case 0x400...0x40F: return s + 0x50
        default: return s
        }
    }

    /// White space that separates words: ASCII spaces and line breaks, and NO-BREAK SPACE.
    @inline(__always) static func isSpace(_ s: UInt32) -> Bool {
        s == 0x20 || (s >= 0x09 && s <= 0x0D) || s == 0xA0
    }

    /// Whether a term needs a word boundary beside this edge scalar: letters and digits of
    /// alphabetic scripts do; CJK and other unspaced scripts and punctuation do not.
    @inline(__always) static func isBoundedWordScalar(_ s: UInt32) -> Bool {
        if s < 0x80 { return ByteClass.table[Int(s)] & ByteClass.alnum != 0 }
        let k = UTF8Scalar.letterKind(s)
        return k == .upper || k == .lower
    }

    /// Whether a scalar next to a match continues a word (so the match is inside a longer word).
    @inline(__always) static func continuesWord(_ s: UInt32) -> Bool {
        if s < 0x80 { return ByteClass.table[Int(s)] & ByteClass.alnum != 0 }
        let k = UTF8Scalar.letterKind(s)
        return k == .upper || k == .lower || (s >= 0x300 && s <= 0x36F)
    }

    /// The scalar that starts at `i`, or nil at the end.
    @inline(__always) static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32? {
        guard i >= 0, i < b.count else { return nil }
        return UTF8Scalar.decode(b, at: i).0
    }

    /// The scalar that ends just before `i`, or nil at the start.
    @inline(__always) static func scalar(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> UInt32? {
        guard i > 0, i <= b.count else { return nil }
        var j = i - 1
        while j > 0 && i - j < 4 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return UTF8Scalar.decode(b, at: j).0
    }

    /// A term in the form the automaton matches: folded, trimmed, each run of white space one space.
    static func normalise(_ term: String) -> [UInt8] {
        var out: [UInt8] = []
        var pendingSpace = false
        for u in term.unicodeScalars {
            let s = u.value
            if isSpace(s) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            guard let f = Unicode.Scalar(fold(s)) else { continue }
            out.append(contentsOf: UTF8.encode(f)!)
        }
        return out
    }
}
