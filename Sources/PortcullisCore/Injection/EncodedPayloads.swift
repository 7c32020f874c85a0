/// Encoded text inside a prompt, decoded so the injection model can read it: base64 (standard
/// and URL-safe), hex (contiguous, space-separated pairs, `\x` escapes) and rot13.
///
/// A payload counts only when it decodes to readable UTF-8 text, so hashes, keys and binary
/// blobs are left alone. Every byte is looked at a bounded number of times: linear time.
enum EncodedPayloads {
    /// Shorter runs are words or identifiers more often than payloads.
    static let minimumEncodedBytes = 24

    /// Calls `body` with each decoded payload and the byte range it was decoded from.
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: ([UInt8], Range<Int>) -> Void) {
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            // `\x69\x67…` escapes
            if b == 0x5C, i + 3 < n, bytes[i + 1] == 0x78, let run = escapedHexRun(bytes, from: i) {
                if let text = readable(run.decoded) { body(text, i..<run.end) }
                i = run.end
                continue
            }
            guard isBase64(b) || b == 0x2D || b == 0x5F else { i += 1; continue }
            // A run of base64 or hex characters, not glued to a longer word.
            var j = i
            var hexOnly = true
            while j < n, isBase64(bytes[j]) || bytes[j] == 0x2D || bytes[j] == 0x5F {
                if hexValue(bytes[j]) == nil { hexOnly = false }
                j += 1
            }
            var end = j
            while end < n && end - j < 2 && bytes[end] == 0x3D { end += 1 }  // `=` padding
            let length = j - i
            if hexOnly, let pairs = spacedHexRun(bytes, from: i) {
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

    // MARK: - base64

    @inline(__always) static func isBase64(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2F
    }

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

    /// Words that make up much of any English text (and of most instructions), each packed
    /// five bits a letter so that looking one up allocates nothing.
    private static let commonWords: Set<UInt64> = Set([
        "the", "and", "you", "your", "to", "of", "is", "are", "all", "for", "that", "this", "with", "not", "be",
        "me", "my", "tell", "how", "what", "now", "in", "it", "a", "an", "or", "on", "do", "say", "from", "as",
        "any", "no", "if", "will", "can", "must", "ignore", "instructions", "previous", "rules", "prompt", "system",
    ].map { w in w.utf8.reduce(UInt64(0)) { $0 << 5 | UInt64($1 - 0x60) } })

    /// The text in rot13 when that reading has clearly more common English words than the text
    /// itself (at least three, and at least twice as many plus one); nil otherwise.
    static func rot13IfReadable(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var plain = 0, rotated = 0, letters = 0
        var word: UInt64 = 0, rotWord: UInt64 = 0, length = 0
        @inline(__always) func endWord() {
            if length > 0 && length <= 12 {
                if commonWords.contains(word) { plain += 1 }
                if commonWords.contains(rotWord) { rotated += 1 }
            }
            word = 0; rotWord = 0; length = 0
        }
        for b in bytes {
            let lower = b | 0x20
            if lower >= 0x61 && lower <= 0x7A {
                letters += 1
                length += 1
                if length <= 12 {
                    word = word << 5 | UInt64(lower - 0x60)
                    rotWord = rotWord << 5 | UInt64(rot13(lower) - 0x60)
                }
            } else {
                endWord()
            }
        }
        endWord()
        guard letters >= 12, rotated >= 3, rotated >= 2 * plain + 1 else { return nil }
        return bytes.map { b in
            let lower = b | 0x20
            return lower >= 0x61 && lower <= 0x7A ? (rot13(lower) & ~0x20) | (b & 0x20) : b
        }
    }

    @inline(__always) static func rot13(_ lower: UInt8) -> UInt8 {
        lower >= 0x6E ? lower - 13 : lower + 13
    }
}
