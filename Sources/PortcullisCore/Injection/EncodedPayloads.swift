/// Encoded text inside a prompt, decoded so the injection model can read it: base64 (standard
/// and URL-safe), hex (contiguous, space-separated pairs, `\x` escapes) and rot13.
///
/// A payload counts only when it decodes to readable UTF-8 text, so hashes, keys and binary
/// blobs are left alone. Every byte is looked at a bounded number of times: linear time.
enum EncodedPayloads {
    /// Shorter runs are words or identifiers more often than payloads.
    static let minimumEncodedBytes = 24

    /// Eight spaced hex pairs (`69 67 6e 6f 72 65 20 61`) take this many bytes.
    static let minimumSpacedHexBytes = 23

    /// For the test `InjectionTokens` makes while folding: a payload needs a run of
    /// `minimumEncodedBytes` base64 characters, or `minimumSpacedHexBytes` bytes of hex digits and
    /// spaces, or a backslash (`\x` escapes); a text with none of them has no payload. A byte's
    /// mask keeps the run lengths it continues: the low 32 bits for base64 (either alphabet), the
    /// high 32 for hex digits and spaces.
    nonisolated(unsafe) static let triggerMask: UnsafePointer<UInt64> = {  // immutable after initialisation
        let p = UnsafeMutablePointer<UInt64>.allocate(capacity: 256)
        for b in 0..<256 {
            let c = ByteClass.table[b]
            var m: UInt64 = 0
            if c & (ByteClass.base64 | ByteClass.base64url) != 0 { m |= 0xFFFF_FFFF }
            if c & ByteClass.hex != 0 || b == 0x20 { m |= 0xFFFF_FFFF << 32 }
            p[b] = m
        }
        return UnsafePointer(p)
    }()

    /// Calls `body` with each decoded payload and the byte range it was decoded from, looking
    /// only inside `ranges` (in order, apart; `[0..<bytes.count]` for the whole text), which must
    /// hold every byte that can start a payload (`InjectionTokens.payloadRanges`). Each range is entered at the start
    /// of the base64 run it begins in, where a pass from the start of the text would stand, so
    /// both passes find the same payloads.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], _ body: ([UInt8], Range<Int>) -> Void) {
        let n = bytes.count
        let classes = ByteClass.pointer
        let run = ByteClass.base64 | ByteClass.base64url  // standard and URL-safe alphabets
        var i = 0
        for range in ranges {
            var p = range.lowerBound
            while p > 0 && classes[Int(bytes[p - 1])] & run != 0 { p -= 1 }
            i = max(i, p)
            let until = min(n, range.upperBound)
            while i < until {
                let b = bytes[i]
                // `\x69\x67…` escapes
                if b == 0x5C, i + 3 < n, bytes[i + 1] == 0x78, let run = escapedHexRun(bytes, from: i) {
                    if let text = readable(run.decoded) { body(text, i..<run.end) }
                    i = run.end
                    continue
                }
                guard classes[Int(b)] & run != 0 else { i += 1; continue }
                // A run of base64 or hex characters, not glued to a longer word.
                var j = i
                var hexOnly = true
                while j < n {
                    let f = classes[Int(bytes[j])]
                    guard f & run != 0 else { break }
                    hexOnly = hexOnly && f & ByteClass.hex != 0
                    j += 1
                }
                var end = j
                while end < n && end - j < 2 && bytes[end] == 0x3D { end += 1 }  // `=` padding
                let length = j - i
                if hexOnly && length == 2, let pairs = spacedHexRun(bytes, from: i) {  // a pair opens the run
                    if let text = readable(pairs.decoded) { body(text, i..<pairs.end) }
                    i = pairs.end
                    continue
                }
                if length >= minimumEncodedBytes {
                    let decoded = hexOnly && length % 2 == 0 ? decodeHex(bytes, i..<j) : decodeBase64(bytes, i..<j)
                    if let decoded, let text = readable(decoded) { body(text, i..<end) }
                }
                i = end
            }
        }
    }

    // MARK: - base64

    @inline(__always) static func base64Value(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x41...0x5A: UInt32(b - 0x41)
        case 0x61...0x7A: UInt32(b - 0x61 + 26)
        case 0x30...0x39: UInt32(b - 0x30 + 52)
        case 0x2B, 0x2D: 62  // + (standard), - (URL-safe)
        case 0x2F, 0x5F: 63  // / (standard), _ (URL-safe)
        default: nil
        }
    }

    static func decodeBase64(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(range.count * 3 / 4)
        var acc: UInt32 = 0, bits = 0
        for k in range {
            guard let v = base64Value(bytes[k]) else { return nil }
            acc = (acc << 6) | v
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8(truncatingIfNeeded: acc >> UInt32(bits)))
                acc &= (1 << UInt32(bits)) - 1
            }
        }
        return out
    }

    // MARK: - hex

    @inline(__always) static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: b - 0x30
        case 0x41...0x46: b - 0x41 + 10
        case 0x61...0x66: b - 0x61 + 10
        default: nil
        }
    }

    static func decodeHex(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(range.count / 2)
        var k = range.lowerBound
        while k + 1 < range.upperBound {
            guard let h = hexValue(bytes[k]), let l = hexValue(bytes[k + 1]) else { return nil }
            out.append(h << 4 | l)
            k += 2
        }
        return out
    }

    /// `69 67 6e 6f 72 65 …`: at least eight two-digit pairs separated by single spaces.
    static func spacedHexRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (decoded: [UInt8], end: Int)? {
        var out: [UInt8] = []
        var k = from
        let n = bytes.count
        while k + 1 < n, let h = hexValue(bytes[k]), let l = hexValue(bytes[k + 1]) {
            if k + 2 < n, hexValue(bytes[k + 2]) != nil { break }  // three digits: not a pair
            out.append(h << 4 | l)
            k += 2
            guard k + 2 < n, bytes[k] == 0x20, hexValue(bytes[k + 1]) != nil else { break }
            k += 1
        }
        return out.count >= 8 ? (out, k) : nil
    }

    /// `\x69\x67\x6e…`: at least eight escapes.
    static func escapedHexRun(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (decoded: [UInt8], end: Int)? {
        var out: [UInt8] = []
        var k = from
        let n = bytes.count
        while k + 3 < n, bytes[k] == 0x5C, bytes[k + 1] == 0x78, let h = hexValue(bytes[k + 2]),
            let l = hexValue(bytes[k + 3])
        {
            out.append(h << 4 | l)
            k += 4
        }
        return out.count >= 8 ? (out, k) : nil
    }

    // MARK: - readable text

    /// The bytes when they are valid UTF-8 of which at least 85 % of code points are letters,
    /// digits, spaces or punctuation (not controls), and at least eight bytes long.
    static func readable(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 8 else { return nil }
        var good = 0, total = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            var len = 1
            if b >= 0x80 {
                if b >= 0xC2 && b < 0xE0 { len = 2 } else if b >= 0xE0 && b < 0xF0 { len = 3 }
                else if b >= 0xF0 && b < 0xF5 { len = 4 } else { return nil }
                guard i + len <= n else { return nil }
                for k in 1..<len where bytes[i + k] & 0xC0 != 0x80 { return nil }
                good += 1
            } else if b >= 0x20 && b < 0x7F || b == 0x0A || b == 0x09 || b == 0x0D {
                good += 1
            }
            total += 1
            i += len
        }
        return good * 100 >= total * 85 ? bytes : nil
    }

    // MARK: - rot13

    /// Words that make up much of any English text (and of most instructions).
    static let commonWordList = [
        "the", "and", "you", "your", "to", "of", "is", "are", "all", "for", "that", "this", "with", "not", "be",
        "me", "my", "tell", "how", "what", "now", "in", "it", "a", "an", "or", "on", "do", "say", "from", "as",
        "any", "no", "if", "will", "can", "must", "ignore", "instructions", "previous", "rules", "prompt", "system",
    ]
    static let rot13Words = Rot13Words(commonWordList)

    /// The common words and their rot13 readings, for the rule "a text is read in rot13 when that
    /// reading has clearly more common English words than the text itself": at least three, at
    /// least twice as many plus one, in at least twelve letters (`InjectionTokens` counts them
    /// per word while reading). An open-addressing table keyed by a word's letters a byte each,
    /// as the reader packs them (`InjectionWordTable.pack`), so a word costs one probe.
    struct Rot13Words: Sendable {
        static let maxLetters = 12
        static let common: UInt64 = 1, rotated: UInt64 = 2
        /// Pairs: the letters' low eight bytes, the high ones with the flags in bits 56–57. Empty: 0.
        private let slots: [UInt64]

        init(_ words: [String]) {
            var slots = [UInt64](repeating: 0, count: 2 * 256)
            func add(_ w: [UInt8], _ flag: UInt64) {
                let (lo, hi) = w.map(UInt32.init).withUnsafeBufferPointer {
                    (InjectionWordTable.pack($0, 0), InjectionWordTable.pack($0, 8))
                }
                var k = Self.home(lo, hi)
                while slots[2 * k] != 0 && (slots[2 * k] != lo || slots[2 * k + 1] & 0xFF_FFFF_FFFF_FFFF != hi) { k = (k + 1) & 255 }
                slots[2 * k] = lo
                slots[2 * k + 1] |= hi | flag << 56
            }
            for w in words where w.utf8.count <= Self.maxLetters {
                add(Array(w.utf8), Self.common)
                add(w.utf8.map { EncodedPayloads.rot13($0) }, Self.rotated)
            }
            self.slots = slots
        }

        @inline(__always) private static func home(_ lo: UInt64, _ hi: UInt64) -> Int {
            Int(truncatingIfNeeded: ((lo ^ hi &* 0x9E37_79B9) &* 0x9E37_79B9_7F4A_7C15) >> 56)
        }

        /// `common` and/or `rotated` for a word of 1 to `maxLetters` lower-case ASCII letters, packed; 0 otherwise.
        @inline(__always) func flags(lo: UInt64, hi: UInt64) -> UInt64 {
            slots.withUnsafeBufferPointer { s in
                var k = Self.home(lo, hi)
                while true {
                    let v = s[2 &* k]
                    if v == 0 { return 0 }
                    let h = s[2 &* k &+ 1]
                    if v == lo && h & 0xFF_FFFF_FFFF_FFFF == hi { return h >> 56 }
                    k = (k &+ 1) & 255
                }
            }
        }
    }

    /// Every ASCII letter of the text rotated by 13, case kept.
    static func rot13(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        bytes.map { b in
            let lower = b | 0x20
            return lower >= 0x61 && lower <= 0x7A ? (rot13(lower) & ~0x20) | (b & 0x20) : b
        }
    }

    @inline(__always) static func rot13(_ lower: UInt8) -> UInt8 {
        lower >= 0x6E ? lower - 13 : lower + 13
    }
}
