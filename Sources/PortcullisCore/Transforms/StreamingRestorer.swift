/// Restores placeholders in a model answer that arrives in chunks, emitting text as early as it
/// can: only a tail that may still become a placeholder (shorter than the longest one) is held.
///
/// The concatenated output equals `PseudonymVault.restore(_:)` of the whole answer, however the
/// answer is split, including inside a placeholder or inside a multi-byte UTF-8 character.
public struct StreamingRestorer: Sendable {
    private let table: PlaceholderTable
    private var pending: [UInt8] = []

    /// A restorer for the placeholders in `vault` (a copy: later additions to the vault are not seen).
    public init(vault: PseudonymVault) { table = PlaceholderTable(vault.values) }

    /// Bytes held back because they may be the start of a placeholder.
    public var heldBackCount: Int { pending.count }

    /// Feeds a chunk of UTF-8 bytes; returns the restored bytes that can be emitted now (possibly
    /// ending inside a multi-byte character when the input did).
    public mutating func feed<Bytes: Sequence<UInt8>>(bytes chunk: Bytes) -> [UInt8] {
        pending.append(contentsOf: chunk)
        var out: [UInt8] = []
        let hold = holdStart()
        table.restore(pending[..<hold], into: &out)
        pending.removeFirst(hold)
        return out
    }

    /// Feeds a chunk of text; returns the restored text that can be emitted now.
    public mutating func feed(_ chunk: String) -> String {
        String(decoding: feed(bytes: chunk.utf8), as: UTF8.self)
    }

    /// Ends the answer: returns whatever was held back, restored.
    public mutating func finishBytes() -> [UInt8] {
        var out: [UInt8] = []
        table.restore(pending[...], into: &out)
        pending.removeAll()
        return out
    }

    /// Ends the answer: returns whatever was held back, restored, as text.
    public mutating func finish() -> String { String(decoding: finishBytes(), as: UTF8.self) }

    /// Where the held-back tail starts: at the last `<` when what follows it could still grow into
    /// a known placeholder, else at the end. An earlier `<` is already decided, because any
    /// placeholder starting there would have to end before the next `<`.
    private func holdStart() -> Int {
        guard let last = pending.lastIndex(of: PlaceholderSyntax.open),
              table.couldStartPlaceholder(pending[last...])
        else { return pending.count }
        return last
    }
}
