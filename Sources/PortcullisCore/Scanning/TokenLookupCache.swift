#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Per-token memo of a scan's look-ups (the token's hash, its `LexiconTag` and `LexicalCue` bits),
/// in raw buffers owned by the `ScanContext`.
///
/// The buffers come zeroed from `calloc`, and zero means "not computed": nothing is written for
/// the tokens no detector asks about, and for large texts the zero pages cost nothing until
/// touched (text made only of numbers, for one, never touches them).
struct TokenLookupCache {
    let hashes: UnsafeMutablePointer<Int>
    /// Look-up results stored plus one (so that zero stays "not looked up").
    let words: UnsafeMutablePointer<UInt32>
    let cues: UnsafeMutablePointer<UInt32>

    init(count: Int) {
        let n = max(1, count)
        hashes = calloc(n, MemoryLayout<Int>.stride)!.bindMemory(to: Int.self, capacity: n)
        words = calloc(n, MemoryLayout<UInt32>.stride)!.bindMemory(to: UInt32.self, capacity: n)
        cues = calloc(n, MemoryLayout<UInt32>.stride)!.bindMemory(to: UInt32.self, capacity: n)
    }

    func deallocate() {
        free(hashes)
        free(words)
        free(cues)
    }
}
