import Synchronization

/// The feature sums of common words, worked out once when a model loads.
///
/// A word's own features (the word and its character n-grams, `InjectionWordSums`) depend on
/// its text alone, and reading them costs one random read of the weight table for each n-gram:
/// about twenty cache misses for an ordinary word. Most words of a prompt are common words, so
/// their sums are kept here, keyed by the word's hash and checked against its letters, and a
/// word costs one probe instead. The sums are the same as computing them (a test compares both).
final class InjectionWordTable: Sendable {
    /// Longer words are computed each time (they are rare, and the letters must fit in a slot).
    static let maxLetters = 16
    /// Different for every table made (so for every model loaded): what `InjectionWordCache` is tied to.
    let cacheID: UInt64 = InjectionWordTable.nextID.add(1, ordering: .relaxed).newValue
    private static let nextID = Atomic<UInt64>(0)

    /// `Slot`s, four words each. A zero first word marks an empty slot.
    private let slots: [UInt64]
    private let mask: Int

    /// An empty table: every word is computed.
    init() {
        slots = [0, 0, 0, 0]
        mask = 0
    }

    /// The table of `words` (each folded as the reader folds it; words that do not fold to 1 to
    /// `maxLetters` ASCII letters are left out) under `model`'s weights.
    init(words: [String], model: InjectionModel) {
        var capacity = 16
        while capacity < words.count * 4 / 3 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity * 4)
        let mask = capacity - 1
        var folded: [UInt32] = []
        var out: (UInt32, UInt32, UInt32) = (0, 0, 0)
        for word in words {
            folded.removeAll(keepingCapacity: true)
            for s in word.unicodeScalars {
                let n = InjectionFolding.fold(s.value, into: &out)
                if n > 0 { folded.append(out.0) }
                if n > 1 { folded.append(out.1) }
                if n > 2 { folded.append(out.2) }
            }
            guard (1...Self.maxLetters).contains(folded.count), folded.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            let (hash, lo, hi) = folded.withUnsafeBufferPointer { w in
                (FNV.hash(kind: InjectionModel.kindWord, w), Self.pack(w, 0), Self.pack(w, 8))
            }
            let key = Slot.key(hash: hash, length: folded.count)
            let sums = folded.withUnsafeBufferPointer { InjectionWordSums.compute($0, wordHash: hash, model: model) }
            slots.withUnsafeMutableBufferPointer { b in
                var slot = Self.home(hash, mask)
                while b[slot * 4] != 0 {
                    if Slot.matches(b.baseAddress! + slot * 4, key: key, lo: lo, hi: hi) { return }  // listed twice
                    slot = (slot + 1) & mask
                }
                Slot.store(b.baseAddress! + slot * 4, key: key, sums: sums, lo: lo, hi: hi)
            }
        }
        self.slots = slots
        self.mask = mask
    }

    @inline(__always) private static func home(_ hash: UInt32, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (hash ^ hash >> 15) &* 0x2C1B_3C6D) & mask
    }

    /// Code points `from..<from + 8` of `w` (those there are) a byte each, the first in the low byte.
    @inline(__always) static func pack(_ w: UnsafeBufferPointer<UInt32>, _ from: Int) -> UInt64 {
        var v: UInt64 = 0
        var k = min(w.count, from + 8) - 1
        while k >= from {
            v = v << 8 | UInt64(w[k] & 0xFF)
            k -= 1
        }
        return v
    }

    /// The sums of the word with hash `hash`, `length` code points, all ASCII, packed as `lo`
    /// and `hi` (`pack`), or nil when it is not in the table.
    @inline(__always)
    func lookup(hash: UInt32, length: Int, lo: UInt64, hi: UInt64) -> InjectionWordSums? {
        let key = Slot.key(hash: hash, length: length)
        return slots.withUnsafeBufferPointer { s in
            var slot = Self.home(hash, mask)
            while true {
                let at = s.baseAddress! + slot &* 4
                if at[0] == 0 { return nil }
                if Slot.matches(at, key: key, lo: lo, hi: hi) { return Slot.sums(at) }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// The sums of `word` (folded code points), or nil when it is not in the table.
    func lookup(_ word: UnsafeBufferPointer<UInt32>) -> InjectionWordSums? {
        guard word.count <= Self.maxLetters, word.allSatisfy({ $0 < 0x80 }) else { return nil }
        return lookup(hash: FNV.hash(kind: InjectionModel.kindWord, word), length: word.count,
                      lo: Self.pack(word, 0), hi: Self.pack(word, 8))
    }

    /// One word's slot, four `UInt64`s (32 bytes, so a probe touches one cache line): the word
    /// hash with its length (bits 32–36), its feature count (bits 40–46) and a bit that is always
    /// set (bit 63: a used slot is never zero); the attack and jailbreak sums; its letters packed a
    /// byte each (`pack`). The word table and the reader's cache of other words both keep these.
    enum Slot {
        private static let countBits: UInt64 = 0x7F << 40

        @inline(__always) static func key(hash: UInt32, length: Int) -> UInt64 {
            UInt64(hash) | UInt64(length) << 32 | 1 << 63
        }

        @inline(__always) static func matches(_ s: UnsafePointer<UInt64>, key: UInt64, lo: UInt64, hi: UInt64) -> Bool {
            s[0] & ~countBits == key && s[2] == lo && s[3] == hi
        }

        @inline(__always) static func sums(_ s: UnsafePointer<UInt64>) -> InjectionWordSums {
            InjectionWordSums(attack: Int32(truncatingIfNeeded: s[1]), jailbreak: Int32(truncatingIfNeeded: s[1] >> 32),
                              count: Int32(truncatingIfNeeded: (s[0] & countBits) >> 40))
        }

        @inline(__always) static func store(_ s: UnsafeMutablePointer<UInt64>, key: UInt64, sums: InjectionWordSums,
                                            lo: UInt64, hi: UInt64) {
            s[0] = key | UInt64(sums.count) << 40
            s[1] = UInt64(UInt32(bitPattern: sums.attack)) | UInt64(UInt32(bitPattern: sums.jailbreak)) << 32
            s[2] = lo
            s[3] = hi
        }
    }

    /// The words the standard table holds: function words of seven languages and the English word list.
    static var standardWords: [String] {
        var words = FunctionWords.words
        GazetteerData.englishWords.withUTF8Buffer { buffer in
            for line in buffer.split(separator: 0x0A) { words.append(String(decoding: line, as: UTF8.self)) }
        }
        return words
    }
}

/// The weight sums of a word's own features: the word, and its character 3- to 5-grams (2- to
/// 5-grams for CJK) with a space padding each side.
struct InjectionWordSums {
    var attack: Int32
    var jailbreak: Int32
    var count: Int32

    /// Works the sums out from the weight table.
    static func compute(_ w: UnsafeBufferPointer<UInt32>, wordHash: UInt32, model: InjectionModel) -> InjectionWordSums {
        var (a, j) = model.weights(wordHash)
        var sumA = Int32(a), sumJ = Int32(j), count: Int32 = 1
        let m = min(w.count, InjectionTokens.maxGramChars)
        let padded = m + 2
        let lo = InjectionFolding.isCJK(w[0]) ? 2 : 3
        @inline(__always) func at(_ k: Int) -> UInt32 { k == 0 || k == padded - 1 ? 0x20 : w[k - 1] }
        if padded >= lo {
            for k in 0...(padded - lo) {
                var h = FNV.start(InjectionModel.kindChar)
                for n in 1...5 {
                    if k + n > padded { break }
                    h = FNV.feed(h, at(k + n - 1))
                    if n >= lo {
                        (a, j) = model.weights(h)
                        sumA += Int32(a); sumJ += Int32(j); count += 1
                    }
                }
            }
        }
        return InjectionWordSums(attack: sumA, jailbreak: sumJ, count: count)
    }
}
