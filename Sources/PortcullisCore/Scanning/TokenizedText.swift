/// What the first pass produces: the tokens and, in order, the indices of the tokens each group of
/// detectors can start at, so that no detector walks every token. Raw buffers owned by the
/// `ScanContext` that holds them (`deallocate()` when it goes).
struct TokenizedText {
    let tokens: UnsafeBufferPointer<Token>
    /// Tokens holding an ASCII digit (detectors of numbers).
    let digitTokens: UnsafeBufferPointer<Int32>
    /// Tokens starting with a capital letter (names, places, `BEGIN`).
    let capitalTokens: UnsafeBufferPointer<Int32>
    /// `TokenMarks.isMark`: numbers, capitalised words, and tokens next to `:` `=` `-` `::` or long.
    let markTokens: UnsafeBufferPointer<Int32>
    /// `TokenMarks.isSecretMark`: where a keyword or vendor-token detector can start.
    let secretTokens: UnsafeBufferPointer<Int32>
    private let listBase: UnsafeMutablePointer<Int32>

    /// The four index lists share one allocation of `listCount * capacity` indices, list `k`
    /// starting at `k * capacity`.
    static let listCount = 4

    init(tokens: UnsafeMutablePointer<Token>, count: Int, lists: UnsafeMutablePointer<Int32>, capacity: Int,
         listCounts: (Int, Int, Int, Int)) {
        self.tokens = UnsafeBufferPointer(start: tokens, count: count)
        listBase = lists
        digitTokens = UnsafeBufferPointer(start: lists, count: listCounts.0)
        capitalTokens = UnsafeBufferPointer(start: lists + capacity, count: listCounts.1)
        markTokens = UnsafeBufferPointer(start: lists + 2 * capacity, count: listCounts.2)
        secretTokens = UnsafeBufferPointer(start: lists + 3 * capacity, count: listCounts.3)
    }

    func deallocate() {
        tokens.deallocate()
        listBase.deallocate()
    }

    /// Doubles the token buffer (holding `count` tokens) and the lists' allocation together.
    static func grow(_ tokens: inout UnsafeMutablePointer<Token>, _ lists: inout UnsafeMutablePointer<Int32>,
                     _ capacity: inout Int, count: Int, listCounts: (Int, Int, Int, Int)) {
        let bigger = UnsafeMutablePointer<Token>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: tokens, count: count)
        tokens.deallocate()
        tokens = bigger
        let newLists = UnsafeMutablePointer<Int32>.allocate(capacity: listCount * capacity * 2)
        let counts = [listCounts.0, listCounts.1, listCounts.2, listCounts.3]
        for k in 0..<listCount {
            (newLists + k * capacity * 2).moveInitialize(from: lists + k * capacity, count: counts[k])
        }
        lists.deallocate()
        lists = newLists
        capacity *= 2
    }
}
