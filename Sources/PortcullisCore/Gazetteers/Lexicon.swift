/// Bits of `Lexicon.words`.
public enum LexiconTag {
    public static let firstName: UInt32 = 1
    public static let lastName: UInt32 = 2
    public static let place: UInt32 = 4
    public static let englishWord: UInt32 = 8
}

/// The generated word lists (see `Data/SOURCES.md`); each is a newline-separated `StaticString`.
enum GazetteerData {}

/// Word lists the detectors consult: name and place gazetteers built from public-domain and
/// openly licensed sources, and an English dictionary to tell a capitalised word from a name.
///
/// `Lexicon.standard` is built once, on first use, from the lists compiled into the library.
public struct Lexicon: Sendable {
    public var firstNames: ByteStringSet
    public var lastNames: ByteStringSet
    public var places: ByteStringSet
    public var englishWords: ByteStringSet
    /// Cue words tagged with `LexicalCue` categories (titles, greetings, place prepositions …).
    public var cues: ByteStringSet
    /// The four lists above in one table tagged with `LexiconTag` bits: one probe tells whether a
    /// word is a given name, a surname, a place and an English word.
    public var words: ByteStringSet

    public init(firstNames: ByteStringSet, lastNames: ByteStringSet, places: ByteStringSet, englishWords: ByteStringSet,
                cues: ByteStringSet = LexicalCue.standard) {
        self.firstNames = firstNames
        self.lastNames = lastNames
        self.places = places
        self.englishWords = englishWords
        self.cues = cues
        self.words = ByteStringSet(merging: [
            (firstNames, LexiconTag.firstName), (lastNames, LexiconTag.lastName),
            (places, LexiconTag.place), (englishWords, LexiconTag.englishWord),
        ])
    }

    /// The lists shipped with Portcullis.
    public static let standard = Lexicon(
        firstNames: ByteStringSet(newlineSeparated: GazetteerData.firstNames),
        lastNames: ByteStringSet(newlineSeparated: GazetteerData.lastNames),
        places: ByteStringSet(newlineSeparated: GazetteerData.places),
        englishWords: ByteStringSet(newlineSeparated: GazetteerData.englishWords)
    )

    /// An empty lexicon (for tests of detectors that do not need names).
    public static let empty = Lexicon(firstNames: ByteStringSet([String]()), lastNames: ByteStringSet([String]()),
                                      places: ByteStringSet([String]()), englishWords: ByteStringSet([String]()))
}
