/// How the injection detector folds a text before it reads it, one code point at a time.
///
/// Obfuscation is undone here rather than learnt: invisible characters (zero-width, bidi
/// controls, variation selectors) vanish, Unicode tag characters become the ASCII they smuggle,
/// fullwidth, mathematical, circled and squared letters become plain ones, accents are dropped
/// and letters are lower-cased. The tables are explicit (not the platform's case mapping) because
/// the training script (`training/injection/features.py`) must compute exactly the same thing.
enum InjectionFolding {
    /// Writes the folded form of `c` (zero to three code points) to `out`; returns how many.
    @inline(__always)
    static func fold(_ c: UInt32, into out: inout (UInt32, UInt32, UInt32)) -> Int {
        if c < 0x80 {
            if c >= 0x41 && c <= 0x5A { out.0 = c + 0x20; return 1 }
            out.0 = (c >= 0x09 && c <= 0x0D) ? 0x20 : c
            return 1
        }
        return foldNonASCII(c, into: &out)
    }

    static func foldNonASCII(_ c: UInt32, into out: inout (UInt32, UInt32, UInt32)) -> Int {
        if isInvisible(c) { return 0 }
        if isSpace(c) { out.0 = 0x20; return 1 }
        switch c {
        case 0xE0020...0xE007E: return fold(c - 0xE0000, into: &out)  // tag characters smuggle ASCII
        case 0xFF01...0xFF5E: return fold(c - 0xFEE0, into: &out)  // fullwidth forms
        case 0x1D400...0x1D6A3: out.0 = 0x61 + ((c - 0x1D400) % 52) % 26; return 1  // mathematical letters
        case 0x1D7CE...0x1D7FF: out.0 = 0x30 + (c - 0x1D7CE) % 10; return 1  // mathematical digits
        case 0x24B6...0x24CF: out.0 = 0x61 + c - 0x24B6; return 1  // circled capitals
        case 0x24D0...0x24E9: out.0 = 0x61 + c - 0x24D0; return 1  // circled small letters
        case 0x249C...0x24B5: out.0 = 0x61 + c - 0x249C; return 1  // parenthesised small letters
        case 0x1F130...0x1F149: out.0 = 0x61 + c - 0x1F130; return 1  // squared capitals
        case 0x1F150...0x1F169: out.0 = 0x61 + c - 0x1F150; return 1  // negative circled capitals
        case 0x1F170...0x1F189: out.0 = 0x61 + c - 0x1F170; return 1  // negative squared capitals
        case 0x1F1E6...0x1F1FF: out.0 = 0x61 + c - 0x1F1E6; return 1  // regional indicators
        default: break
        }
        if let n = latinFold(c, into: &out) { return n }
        if let p = punctuationFold(c, into: &out) { return p }
        switch c {
        case 0x0100...0x017F where c != 0x0130 && c != 0x0131 && c != 0x0138 && c != 0x0149 && c != 0x0178 && c != 0x017F:
            // Latin Extended-A: capital and small letters alternate; two runs start on an odd code point.
            if (0x0139...0x0148).contains(c) || (0x0179...0x017E).contains(c) {
                out.0 = c % 2 == 1 ? c + 1 : c
            } else {
                out.0 = c % 2 == 0 ? c + 1 : c
            }
        case 0x0391...0x03A9 where c != 0x03A2: out.0 = c + 0x20  // Greek capitals
        case 0x0410...0x042F: out.0 = c + 0x20  // Cyrillic capitals
        case 0x0400...0x040F: out.0 = c + 0x50
        default: out.0 = c
        }
        return 1
    }

    /// Zero-width characters, joiners, bidi controls, variation selectors, the soft hyphen,
    /// Hangul fillers and the tag block's non-ASCII members.
    @inline(__always)
    static func isInvisible(_ c: UInt32) -> Bool {
        switch c {
        case 0x00AD, 0x034F, 0x061C, 0x115F...0x1160, 0x17B4...0x17B5, 0x180B...0x180F, 0x200B...0x200F,
             0x202A...0x202E, 0x2060...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0x1BCA0...0x1BCA3,
             0xE0000...0xE001F, 0xE007F, 0xE0100...0xE01EF:
            return true
        default: return false
        }
    }

    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool {
        switch c {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028...0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Latin-1 letters without their accents (`é` → `e`, `ß` → `ss`, `Œ` → `oe`).
    static func latinFold(_ c: UInt32, into out: inout (UInt32, UInt32, UInt32)) -> Int? {
        let a: UInt32 = 0x61, e: UInt32 = 0x65, o: UInt32 = 0x6F, s: UInt32 = 0x73
        switch c {
        case 0xC0...0xC5, 0xE0...0xE5: out.0 = a
        case 0xC7, 0xE7: out.0 = 0x63
        case 0xC8...0xCB, 0xE8...0xEB: out.0 = e
        case 0xCC...0xCF, 0xEC...0xEF: out.0 = 0x69
        case 0xD1, 0xF1: out.0 = 0x6E
        case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8: out.0 = o
        case 0xD9...0xDC, 0xF9...0xFC: out.0 = 0x75
        case 0xDD, 0xFD, 0xFF, 0x0178: out.0 = 0x79
        case 0xD0, 0xF0: out.0 = 0x64
        case 0xDE, 0xFE: out = (0x74, 0x68, 0); return 2
        case 0xC6, 0xE6: out = (a, e, 0); return 2
        case 0xDF: out = (s, s, 0); return 2
        case 0x0152, 0x0153: out = (o, e, 0); return 2
        default: return nil
        }
        return 1
    }

    /// Typographic quotes, dashes, the ellipsis and CJK full stops and commas.
    static func punctuationFold(_ c: UInt32, into out: inout (UInt32, UInt32, UInt32)) -> Int? {
        switch c {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032: out.0 = 0x27
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: out.0 = 0x22
        case 0x2010...0x2015, 0x2212: out.0 = 0x2D
        case 0x2026: out = (0x2E, 0x2E, 0x2E); return 3
        case 0x3002, 0xFF61: out.0 = 0x2E
        case 0x3001, 0xFF64: out.0 = 0x2C
        default: return nil
        }
        return 1
    }

    /// The Latin letter a Greek or Cyrillic look-alike stands for, or nil.
    static func confusable(_ c: UInt32) -> UInt32? {
        let map: UInt8
        switch c {
        // Cyrillic small: а с е о р х у і ј ѕ ԁ ԛ ԝ һ ӏ ѵ ѡ
        case 0x0430: map = 0x61
        case 0x0441: map = 0x63
        case 0x0435: map = 0x65
        case 0x043E: map = 0x6F
        case 0x0440: map = 0x70
        case 0x0445: map = 0x78
        case 0x0443: map = 0x79
        case 0x0456: map = 0x69
        case 0x0458: map = 0x6A
        case 0x0455: map = 0x73
        case 0x0501: map = 0x64
        case 0x051B: map = 0x71
        case 0x051D: map = 0x77
        case 0x04BB: map = 0x68
        case 0x04CF: map = 0x6C
        case 0x0475: map = 0x76
        case 0x0461: map = 0x77
        // Cyrillic capitals: А В С Е Н І Ј К М О Р Ѕ Т Х У
        case 0x0410: map = 0x61
        case 0x0412: map = 0x62
        case 0x0421: map = 0x63
        case 0x0415: map = 0x65
        case 0x041D: map = 0x68
        case 0x0406: map = 0x69
        case 0x0408: map = 0x6A
        case 0x041A: map = 0x6B
        case 0x041C: map = 0x6D
        case 0x041E: map = 0x6F
        case 0x0420: map = 0x70
        case 0x0405: map = 0x73
        case 0x0422: map = 0x74
        case 0x0425: map = 0x78
        case 0x0423: map = 0x79
        // Greek small: α β ε ι κ ν ο ρ τ υ χ
        case 0x03B1: map = 0x61
        case 0x03B2: map = 0x62
        case 0x03B5: map = 0x65
        case 0x03B9: map = 0x69
        case 0x03BA: map = 0x6B
        case 0x03BD: map = 0x6E
        case 0x03BF: map = 0x6F
        case 0x03C1: map = 0x70
        case 0x03C4: map = 0x74
        case 0x03C5: map = 0x75
        case 0x03C7: map = 0x78
        // Greek capitals: Α Β Ε Ζ Η Ι Κ Μ Ν Ο Ρ Τ Υ Χ
        case 0x0391: map = 0x61
        case 0x0392: map = 0x62
        case 0x0395: map = 0x65
        case 0x0396: map = 0x7A
        case 0x0397: map = 0x68
        case 0x0399: map = 0x69
        case 0x039A: map = 0x6B
        case 0x039C: map = 0x6D
        case 0x039D: map = 0x6E
        case 0x039F: map = 0x6F
        case 0x03A1: map = 0x70
        case 0x03A4: map = 0x74
        case 0x03A5: map = 0x79
        case 0x03A7: map = 0x78
        // Latin look-alikes from the IPA block: ɑ ɡ ɩ
        case 0x0251: map = 0x61
        case 0x0261: map = 0x67
        case 0x0269: map = 0x69
        default: return nil
        }
        return UInt32(map)
    }

    /// Letters and digits of any script (and `_`); ASCII punctuation, general punctuation,
    /// symbols, CJK punctuation and emoji are not.
    @inline(__always)
    static func isWordChar(_ c: UInt32) -> Bool {
        if c < 0x80 {
            // Bit `c & 0x3F` of one mask a half of ASCII: digits below 0x40; letters and `_` above.
            let mask: UInt64 = c < 0x40 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_87FF_FFFE
            return (mask >> UInt64(c & 0x3F)) & 1 != 0
        }
        if c <= 0xBF || c == 0xD7 || c == 0xF7 { return false }
        if (0x2000...0x2BFF).contains(c) || (0x3000...0x303F).contains(c) || (0xFE10...0xFE6F).contains(c)
            || (0xFF00...0xFF65).contains(c) || c >= 0x1F000
        {
            return false
        }
        return true
    }

    @inline(__always)
    static func isLetterLike(_ c: UInt32) -> Bool { isWordChar(c) && !(c >= 0x30 && c <= 0x39) }

    @inline(__always)
    static func isLatinLetter(_ c: UInt32) -> Bool { (c >= 0x61 && c <= 0x7A) || (c >= 0xE0 && c <= 0x24F) }

    /// Hiragana, katakana and CJK ideographs: text written without spaces, read as runs.
    @inline(__always)
    static func isCJK(_ c: UInt32) -> Bool {
        c >= 0x3040 && c <= 0xFAFF
            && ((0x3040...0x30FF).contains(c) || (0x3400...0x4DBF).contains(c) || (0x4E00...0x9FFF).contains(c)
                || (0xF900...0xFAFF).contains(c))
    }

    /// The leetspeak reading of a character (`0` → `o`, `@` → `a` …), or nil.
    @inline(__always)
    static func leet(_ c: UInt32) -> UInt32? {
        switch c {
        case 0x30: 0x6F  // 0 → o
        case 0x31: 0x69  // 1 → i
        case 0x33: 0x65  // 3 → e
        case 0x34: 0x61  // 4 → a
        case 0x35: 0x73  // 5 → s
        case 0x37: 0x74  // 7 → t
        case 0x40: 0x61  // @ → a
        case 0x24: 0x73  // $ → s
        case 0x21: 0x69  // ! → i
        default: nil
        }
    }
}
