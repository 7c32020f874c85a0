import Foundation

/// Reads a file or stdin in fixed-size blocks, so no input needs to fit in memory.
/// Where a scan reads its bytes from, block by block.
protocol ScanBlockSource {
    /// The next block, or nil at the end.
    func next() throws -> Data?
}

final class ScanByteReader: ScanBlockSource {
    private let handle: FileHandle
    private let closeOnEnd: Bool
    static let blockSize = 1 << 20

    init(handle: FileHandle, closeOnEnd: Bool) {
        self.handle = handle
        self.closeOnEnd = closeOnEnd
    }

    /// Opens `path` for reading; the error text says why not.
    static func open(_ path: String) -> Result<ScanByteReader, ScanInputError> {
        guard let h = FileHandle(forReadingAtPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
            return .failure(ScanInputError(message: "cannot read file (\(reason))"))
        }
        return .success(ScanByteReader(handle: h, closeOnEnd: true))
    }

    static var standardInput: ScanByteReader { ScanByteReader(handle: .standardInput, closeOnEnd: false) }

    /// The next block, or nil at the end.
    func next() throws -> Data? {
        let d = try handle.read(upToCount: ScanByteReader.blockSize)
        if d == nil || d!.isEmpty {
            if closeOnEnd { try? handle.close() }
            return nil
        }
        return d
    }

    /// Calls `body` with each line (without its `\n` or `\r\n`) and its 1-based number. A line longer
    /// than `maxLine` bytes is passed as nil (and skipped up to its end) so memory stays bounded.
    func forEachLine(maxLine: Int, _ body: (_ line: ArraySlice<UInt8>?, _ number: Int) throws -> Void) throws {
        var pending: [UInt8] = []
        var tooLong = false
        var number = 0
        func emit(_ slice: ArraySlice<UInt8>) throws {
            number += 1
            if tooLong {
                tooLong = false
                try body(nil, number)
                return
            }
            var s = slice
            if s.last == 0x0D { s = s.dropLast() }
            try body(s, number)
        }
        while let block = try next() {
            try block.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let b = raw.bindMemory(to: UInt8.self)
                var start = 0
                while let nl = b[start...].firstIndex(of: 0x0A) {
                    if pending.isEmpty {
                        try emit(ArraySlice(b[start..<nl]))
                    } else {
                        pending.append(contentsOf: b[start..<nl])
                        try emit(pending[...])
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = nl + 1
                }
                if start < b.count && !tooLong {
                    pending.append(contentsOf: b[start...])
                    if pending.count > maxLine {
                        tooLong = true
                        pending.removeAll()
                    }
                }
            }
        }
        if !pending.isEmpty || tooLong { try emit(pending[...]) }
    }
}

/// A problem with one input; the scan reports it and goes on.
struct ScanInputError: Error {
    var message: String
}
