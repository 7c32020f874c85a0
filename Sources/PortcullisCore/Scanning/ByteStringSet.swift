/// A read-only set of short byte strings (words, names, places) with case-insensitive lookup
/// straight from the scanned bytes, with no `String` allocated per lookup.
///
/// Entries are stored lower-case in one contiguous buffer and found through an open-addressing
/// hash table. Case folding covers ASCII and the Latin-1/Latin Extended-A letters, which is what
/// the gazetteers hold.
///
/// A final class with immutable storage in raw buffers: passing or reading a set costs one retain,
/// and the probe loop touches no Swift array machinery (the sets are read on every token).
public final class ByteStringSet: @unchecked Sendable {  // immutable after init
    private let storage: UnsafeMutableBufferPointer<UInt8>
    private let slots: UnsafeMutableBufferPointer<UInt64>  // (offset << 24) | length, 0 = empty
    private let mask: Int
    /// For large sets, a one-bit-per-hash filter (about 8 bits per entry, ~7% false positives) that
    /// answers most misses from cache-resident memory before the table is touched.
    private let filter: UnsafeMutableBufferPointer<UInt64>
    private let filterMask: Int
    /// A tag per slot (category bits) for tagged sets; zero for plain sets.
    private let tags: UnsafeMutableBufferPointer<UInt32>
    public let count: Int
    /// Length in bytes of the longest entry.
    public let maxLength: Int

    /// Builds a set from newline-separated entries (as the generated gazetteer files hold them).
    public convenience init(newlineSeparated text: StaticString) {
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
    public convenience init<S: Sequence>(_ words: S) where S.Element == String {
        self.init(entries: words.map { Array($0.lowercased().utf8) })
    }

    /// Merges sets into one tagged set: each entry carries the tag of every set it is in.
    public convenience init(merging sets: [(ByteStringSet, UInt32)]) {
        var entries: [[UInt8]] = []
        var tags: [UInt32] = []
        for (set, tag) in sets {
            for slot in set.slots where slot != 0 {
                let off = Int(slot >> 24), len = Int(slot & 0xFFFFFF)
                entries.append(Array(set.storage[off..<off + len]))
                tags.append(tag)
            }
        }
        self.init(entries: entries, tags: tags)
    }

    /// Builds a tagged set: each word carries category bits (a word in several lists gets the
    /// union), read back with `tag(hash:_:_:_:)` in one probe instead of one probe per list.
    public convenience init(tagged lists: [(words: [String], tag: UInt32)]) {
        var entries: [[UInt8]] = []
        var tags: [UInt32] = []
        for (words, tag) in lists {
            for w in words {
                entries.append(Array(w.lowercased().utf8))
                tags.append(tag)
            }
        }
        self.init(entries: entries, tags: tags)
    }

    private init(entries: [[UInt8]], tags entryTags: [UInt32]? = nil) {
        var b = Builder(capacity: entries.count)
        for (k, e) in entries.enumerated() where !e.isEmpty && e.count < (1 << 24) {
            b.insert(e.withUnsafeBufferPointer { ByteStringSet.fold($0) }, tag: entryTags?[k] ?? 0)
        }
        storage = .allocate(capacity: b.storage.count)
        _ = storage.initialize(from: b.storage)
        slots = .allocate(capacity: b.slots.count)
        _ = slots.initialize(from: b.slots)
        mask = b.slots.count - 1
        tags = .allocate(capacity: b.tags.count)
        _ = tags.initialize(from: b.tags)
        count = b.count
        maxLength = b.maxLength
        var bits = 0
        if b.count > 4096 {
            bits = 1 << 16
            while bits < b.count * 8 { bits <<= 1 }
        }
        filter = .allocate(capacity: max(1, bits / 64))
        filter.initialize(repeating: 0)
        filterMask = bits > 0 ? bits - 1 : 0
        if bits > 0 {
            let st = UnsafeBufferPointer(storage)
            for slot in b.slots where slot != 0 {
                let off = Int(slot >> 24), len = Int(slot & 0xFFFFFF)
                let bit = (ByteStringSet.hash(st, off, off + len) >> 32) & filterMask
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    deinit {
        storage.deallocate()
        slots.deallocate()
        filter.deallocate()
        tags.deallocate()
    }

    /// The mutable table used while a set is built.
    private struct Builder {
        var storage: [UInt8] = [0]  // offsets start at 1 so a slot of 0 means empty
        var slots: [UInt64]
        var tags: [UInt32]
        var count = 0
        var maxLength = 0

        init(capacity: Int) {
            var cap = 16
            while cap < capacity * 2 { cap <<= 1 }
            slots = [UInt64](repeating: 0, count: cap)
            tags = [UInt32](repeating: 0, count: cap)
        }

        mutating func insert(_ e: [UInt8], tag: UInt32) {
            let mask = slots.count - 1
            var h = e.withUnsafeBufferPointer { ByteStringSet.hash($0, 0, $0.count) }
            while true {
                let slot = slots[h & mask]
                if slot == 0 {
                    let off = UInt64(storage.count)
                    storage.append(contentsOf: e)
                    slots[h & mask] = (off << 24) | UInt64(e.count)
                    tags[h & mask] = tag
                    count += 1
                    maxLength = max(maxLength, e.count)
                    return
                }
                let off = Int(slot >> 24), len = Int(slot & 0xFFFFFF)
                if len == e.count && storage[off..<off + len].elementsEqual(e) {
                    tags[h & mask] |= tag
                    return
                }
                h &+= 1
            }
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

    /// The case-folded hash every set uses: the folded bytes taken eight at a time as little-endian
    /// words (the last one zero-padded, the length mixed in first). An ASCII token is folded and
    /// mixed a word at a time; other bytes go through `hashTail`, which folds them one by one into
    /// the same words, so both give the same hash for the same folded bytes.
    @inline(__always)
    public static func hash(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(truncatingIfNeeded: end - start)
        guard start < end, let base = b.baseAddress else { return finishHash(h) }
        var i = start
        while end - i >= 8 {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
            if w & 0x8080_8080_8080_8080 != 0 { return hashTail(b, i, end, h) }
            h = mixHash(h, lowercaseASCII(w))
            i += 8
        }
        let r = end - i
        if r > 0 {
            // Fewer than eight left: read a whole word when the buffer allows and keep `r` bytes.
            guard i + 8 <= b.count else { return hashTail(b, i, end, h) }
            let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) & (~0 >> UInt64(64 - 8 * r))
            if w & 0x8080_8080_8080_8080 != 0 { return hashTail(b, i, end, h) }
            h = mixHash(h, lowercaseASCII(w))
        }
        return finishHash(h)
    }

    /// `hash` from byte `i` (at a word boundary) on, folding byte by byte.
    private static func hashTail(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ end: Int, _ seed: UInt64) -> Int {
        var h = seed, acc: UInt64 = 0, k: UInt64 = 0
        @inline(__always) func push(_ x: UInt8) {
            acc |= UInt64(x) << (8 * k)
            k += 1
            if k == 8 {
                h = mixHash(h, acc)
                acc = 0
                k = 0
            }
        }
        var i = from
        while i < end {
            let c = b[i]
            if c < 0x80 {
                push(ByteClass.lowercase(c))
                i += 1
            } else if (c == 0xC3 || c == 0xC4 || c == 0xC5) && i + 1 < end {
                let f = foldPair(c, b[i + 1])
                push(f.0)
                push(f.1)
                i += 2
            } else {
                push(c)
                i += 1
            }
        }
        if k > 0 { h = mixHash(h, acc) }
        return finishHash(h)
    }

    /// Sets 0x20 in each byte of `w` that is `A`…`Z` (all bytes below 0x80).
    @inline(__always) private static func lowercaseASCII(_ w: UInt64) -> UInt64 {
        let atLeastA = w &+ 0x3F3F_3F3F_3F3F_3F3F, pastZ = w &+ 0x2525_2525_2525_2525
        return w | ((atLeastA & ~pastZ & 0x8080_8080_8080_8080) >> 2)
    }

    @inline(__always) private static func mixHash(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let m = (h ^ w) &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m >> 32)
    }

    @inline(__always) private static func finishHash(_ h: UInt64) -> Int {
        var x = h ^ (h >> 33)
        x = x &* 0xFF51_AFD7_ED55_8CCD
        return Int(truncatingIfNeeded: x ^ (x >> 33))
    }

    /// Whether `bytes[start..<end]`, case-folded, is in the set.
    @inline(__always)
    public func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let len = end - start
        if len <= 0 || len > maxLength { return false }
        return contains(hash: ByteStringSet.hash(bytes, start, end), bytes, start, end)
    }

    /// The same look-up with the case-folded hash already computed (`ScanContext.tokenHash(_:)`),
    /// so one token probed against many lists is hashed once.
    @inline(__always)
    public func contains(hash: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        let len = end - start
        if len <= 0 || len > maxLength { return false }
        if filterMask != 0 {
            let bit = (hash >> 32) & filterMask
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
        }
        let st = UnsafeBufferPointer(storage)
        var h = hash
        while true {
            let slot = slots[h & mask]
            if slot == 0 { return false }
            let off = Int(slot >> 24), l = Int(slot & 0xFFFFFF)
            if l == len && ByteStringSet.equalFolded(bytes, start, end, st, off) { return true }
            h &+= 1
        }
    }

    /// The category bits of `bytes[start..<end]` in a tagged set (0 when absent).
    @inline(__always)
    public func tag(hash: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt32 {
        let len = end - start
        if len <= 0 || len > maxLength { return 0 }
        if filterMask != 0 {
            let bit = (hash >> 32) & filterMask
            if filter[bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return 0 }
        }
        let st = UnsafeBufferPointer(storage)
        var h = hash
        while true {
            let slot = slots[h & mask]
            if slot == 0 { return 0 }
            let off = Int(slot >> 24), l = Int(slot & 0xFFFFFF)
            if l == len && ByteStringSet.equalFolded(bytes, start, end, st, off) { return tags[h & mask] }
            h &+= 1
        }
    }

    /// Whether `bytes[start..<end]` is in the set, also trying the spelling without accents
    /// (`Bárcena` → `barcena`) when the word has Latin-1 accented letters.
    public func containsFoldingAccents(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        if contains(bytes, start, end) { return true }
        guard end - start <= 64 else { return false }
        // Only Latin-1 letters (lead byte 0xC3) fold; without one there is nothing to retry.
        var hasLatin1 = false
        for i in start..<end where bytes[i] == 0xC3 { hasLatin1 = true; break }
        guard hasLatin1 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { plain in
            var n = 0
            var i = start
            var changed = false
            while i < end {
                let c = bytes[i]
                if c == 0xC3 && i + 1 < end, let a = ByteStringSet.latin1Base[Int(bytes[i + 1] & 0x3F)] {
                    plain[n] = a
                    changed = true
                    i += 2
                } else {
                    plain[n] = c
                    i += 1
                }
                n += 1
            }
            guard changed else { return false }
            return contains(UnsafeBufferPointer(rebasing: plain[0..<n]), 0, n)
        }
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
