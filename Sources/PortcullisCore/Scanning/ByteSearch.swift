#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding a byte in a buffer with the C library's `memchr`, which is vectorised: detectors that
/// are anchored on one rare byte (`@` for e-mail, `:` for URLs) skip the bytes between anchors at
/// memory speed instead of testing each one.
enum ByteSearch {
    /// The index of the first `byte` at or after `from`, or nil.
    @inline(__always)
    static func next(_ byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < buffer.count, let base = buffer.baseAddress else { return nil }
        guard let hit = memchr(base + from, Int32(byte), buffer.count - from) else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }
}
