#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sums of short words outside the word table (`InjectionWordTable`), kept per thread from
/// one read to the next.
///
/// Traffic repeats its vocabulary (names, product words, words of other languages than the
/// table's), and a word's sums cost about twenty scattered reads of the 1 MB weight table.
/// Direct-mapped, with slots as the word table keeps them (`InjectionWordTable.Slot`, checked by
/// hash, length and letters, so a collision only evicts), and tied to one model: a read with
/// another model empties it first. A read runs on one thread without suspending, so the cache
/// needs no lock; a thread's cache is freed when the thread ends.
enum InjectionWordCache {
    static let slotCount = 4096

    /// The calling thread's slots (`slotCount` of four `UInt64`s), holding sums under the model
    /// whose word table is `table`.
    static func slots(for table: InjectionWordTable) -> UnsafeMutablePointer<UInt64> {
        let block: UnsafeMutablePointer<UInt64>
        if let p = pthread_getspecific(key) {
            block = p.assumingMemoryBound(to: UInt64.self)
        } else {
            // One cache line for the model's id, then the slots, each slot inside one cache line.
            var raw: UnsafeMutableRawPointer? = nil
            guard posix_memalign(&raw, 64, 64 + slotCount * 32) == 0, let raw else {
                preconditionFailure("out of memory for the injection word cache")
            }
            block = raw.bindMemory(to: UInt64.self, capacity: 8 + slotCount * 4)
            block.initialize(repeating: 0, count: 8 + slotCount * 4)
            pthread_setspecific(key, raw)
        }
        if block[0] != table.cacheID {
            block[0] = table.cacheID
            (block + 8).update(repeating: 0, count: slotCount * 4)
        }
        return block + 8
    }

    /// Empties the calling thread's cache (for tests).
    static func clearCurrentThread() {
        if let p = pthread_getspecific(key) { p.assumingMemoryBound(to: UInt64.self).update(repeating: 0, count: 8 + slotCount * 4) }
    }

    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        guard pthread_key_create(&k, { free($0) }) == 0 else {
            preconditionFailure("no thread-specific key for the injection word cache")
        }
        return k
    }()
}
