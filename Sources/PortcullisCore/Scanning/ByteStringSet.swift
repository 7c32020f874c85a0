/// A read-only set of short byte strings (words, names, places) with case-insensitive lookup
/// straight from the scanned bytes, with no `String` allocated per lookup.
///
/// Entries are stored lower-case in one contiguous buffer and found through an open-addressing
/// hash table. Case folding covers ASCII and the Latin-1/Latin Extended-A letters, which is what
/// the gazetteers hold.
public struct ByteStringSet: Sendable {
    private var storage: [UInt8] = []
    private var slots: [UInt64] = []  // (offset << 24) | length, 0 = empty; offsets start at 1
    private var mask: Int = 0
    /// For large sets, a one-bit-per-hash filter (about 8 bits per entry, ~7% false positives) that
    /// answers most misses from cache-resident memory before the table is touched.
    private var filter: [UInt64] = []
    private var filterMask: Int = 0
    public private(set) var count = 0
    /// Length in bytes of the longest entry.
    public private(set) var maxLength = 0

    /// Builds a set from newline-separated entries (as the generated gazetteer files hold them).
    public init(newlineSeparated text: StaticString) {
        var entries: [[UInt8]] = []
        text.withUTF8Buffer { buf in
            var start = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 0x0A {
                if i > start { entries.append(Array(buf[start..<i])) }
                start = i + 1
            }
        }
        self.init(entries: entries)
    }

    /// Builds a set from strings; they are folded to lower case.
    public init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(entries: words.map { Array($0.lowercased().utf8) })
    }

    private init(entries: [[UInt8]]) {
        var cap = 16
        while cap < entries.count * 2 { cap <<= 1 }
        slots = [UInt64](repeating: 0, count: cap)
        mask = cap - 1
        storage = [0]
        for e in entries where !e.isEmpty && e.count < (1 << 24) {
            let folded = e.withUnsafeBufferPointer { ByteStringSet.fold($0) }
            insert(folded)
        }
        if count > 4096 {
            var bits = 1 << 16
            while bits < count * 8 { bits <<= 1 }
            filter = [UInt64](repeating: 0, count: bits / 64)
            filterMask = bits - 1
            storage.withUnsafeBufferPointer { st in
                for slot in slots where slot != 0 {
                    let off = Int(slot >> 24), len = Int(slot & 0xFFFFFF)
                    let h = ByteStringSet.hash(st, off, off + len)
                    let bit = (h >> 32) & filterMask
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
        }
    }

    private mutating func insert(_ e: [UInt8]) {
        var h = e.withUnsafeBufferPointer { ByteStringSet.hash($0, 0, $0.count) }
        while true {
            let slot = slots[h & mask]
            if slot == 0 {
                let off = UInt64(storage.count)
                storage.append(contentsOf: e)
                slots[h & mask] = (off << 24) | UInt64(e.count)
                count += 1
                maxLength = max(maxLength, e.count)
                return
            }
            let off = Int(slot >> 24), len = Int(slot & 0xFFFFFF)
            if len == e.count && storage[off..<off + len].elementsEqual(e) { return }
            h &+= 1
        }
    }

    /// Lower-cases ASCII and Latin-1/Latin Extended-A letters in UTF-8.
    static func fold(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                out.append(ByteClass.lowercase(c))
                i += 1
            } else if (c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < b.count {
                let f = foldPair(c, b[i + 1])
                out.append(f.0)
                out.append(f.1)
                i += 2
            } else {
                out.append(c)
                i += 1
            }
        }
        return out
    }

    @inline(__always) static func foldPair(_ c0: UInt8, _ c1: UInt8) -> (UInt8, UInt8) {
        let s = (UInt32(c0 & 0x1F) << 6) | UInt32(c1 & 0x3F)
        if UTF8Scalar.letterKind(s) == .upper {
            let l = s == 0x178 ? 0xFF : (s < 0x100 ? s + 0x20 : s + 1)
            return (UInt8(0xC0 | (l >> 6)), UInt8(0x80 | (l & 0x3F)))
        }
        return (c0, c1)
    }

    /// The case-folded hash every set uses.
    @inline(__always)
    public static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var i = start
        while i < end {
            var c = b[i]
            if c < 0x80 {
                c = ByteClass.lowercase(c)
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                i += 1
            } else if (c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < end {
                let f = foldPair(c, b[i + 1])
                h = (h ^ UInt64(f.0)) &* 0x100_0000_01b3
                h = (h ^ UInt64(f.1)) &* 0x100_0000_01b3
                i += 2
            } else {
                h = (h ^ UInt64(c)) &* 0x100_0000_01b3
                i += 1
            }
        }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// Whether `bytes[start..<end]`, case-folded, is in the set.
    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let len = end - start
        if len <= 0 || len > maxLength { return false }
        return contains(hash: ByteStringSet.hash(bytes, start, end), bytes, start, end)
    }

    /// The same look-up with the case-folded hash already computed (`ScanContext.tokenHashes`),
    /// so one token probed against many lists is hashed once.
    @inline(__always)
    public func contains(hash: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let len = end - start
        if len <= 0 || len > maxLength || count == 0 { return false }
        if filterMask != 0 {
            let bit = (hash >> 32) & filterMask
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        var h = hash
        return storage.withUnsafeBufferPointer { st in
            while true {
                let slot = slots[h & mask]
                if slot == 0 { return false }
                let off = Int(slot >> 24), l = Int(slot & 0xFFFFFF)
                if l == len && ByteStringSet.equalFolded(bytes, start, end, st, off) { return true }
                h &+= 1
            }
        }
    }

    /// Whether `bytes[start..<end]` is in the set, also trying the spelling without accents
    /// (`Bárcena` → `barcena`) when the word has Latin-1 accented letters.
    public func containsFoldingAccents(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if contains(bytes, start, end) { return true }
        guard end - start <= 64 else { return false }
        var plain: [UInt8] = []
        var i = start
        var changed = false
        while i < end {
            let c = bytes[i]
            if c == 0xC3 && i + 1 < end, let a = ByteStringSet.latin1Base[Int(bytes[i + 1] & 0x3F)] {
                plain.append(a)
                changed = true
                i += 2
            } else {
                plain.append(c)
                i += 1
            }
        }
        guard changed else { return false }
        return plain.withUnsafeBufferPointer { contains($0, 0, $0.count) }
    }

    /// Base letters of U+00C0…U+00FF (indexed by the second UTF-8 byte & 0x3F).
    static let latin1Base: [UInt8?] = {
        let map = "AAAAAAACEEEEIIII_NOOOOO_OUUUUY__aaaaaaaceeeeiiii_nooooo_ouuuuy_y"
        return map.utf8.map { $0 == 0x5F ? nil : $0 }
    }()

    /// Whether `word` (any case) is in the set.
    public func contains(_ word: String) -> Bool {
        var w = word
        return w.withUTF8 { contains($0, 0, $0.count) }
    }

    @inline(__always)
    static func equalFolded(_ a: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int, _ st: UnsafeBufferPointer<UInt8>, _ off: Int) -> Bool {
        var i = s, j = off
        while i < e {
            let c = a[i]
            if c < 0x80 {
                if ByteClass.lowercase(c) != st[j] { return false }
                i += 1
                j += 1
            } else if (c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < e {
                let f = foldPair(c, a[i + 1])
                if f.0 != st[j] || f.1 != st[j + 1] { return false }
                i += 2
                j += 2
            } else {
                if c != st[j] { return false }
                i += 1
                j += 1
            }
        }
        return true
    }
}
