/// Given names and surnames to draw fake people from, taken from the gazetteers.
///
/// `ByteStringSet` stores its entries in private buffers and cannot list them, so the pool reads
/// the newline-separated lists the sets are built from. Only plain ASCII names of 4–9 letters
/// that are not also English words are kept: fakes should read as names (`Marlow`), not as words
/// (`Will`, `Summer`) or spellings a user must puzzle over.
enum NamePool {
    static let firstNames: [String] = load(GazetteerData.firstNames)
    static let lastNames: [String] = load(GazetteerData.lastNames)

    private static func load(_ list: StaticString) -> [String] {
        var names: [String] = []
        list.withUTF8Buffer { buf in
            var start = 0
            for i in 0...buf.count where i == buf.count || buf[i] == 0x0A {
                let word = UnsafeBufferPointer(rebasing: buf[start..<i])
                start = i + 1
                guard (4...9).contains(word.count), word.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }),
                      !Lexicon.standard.englishWords.contains(word, 0, word.count)
                else { continue }
                names.append(String(decoding: word, as: UTF8.self))
            }
        }
        return names
    }
}
