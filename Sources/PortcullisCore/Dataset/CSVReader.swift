/// An incremental RFC 4180 CSV parser: feed bytes in blocks of any size, get whole records
/// (quoted fields may hold separators, doubled quotes and line breaks). Memory is bounded by the
/// largest record, and a field over `maxFieldBytes` is an error rather than unbounded growth.
public struct CSVReader: Sendable {
    /// The field separator (`,`, `;`, tab or `|`).
    public let separator: UInt8
    public let maxFieldBytes: Int
    private var field: [UInt8] = []
    private var record: [String] = []
    private var inQuotes = false
    /// The previous byte was a quote inside a quoted field (either its end or the first of `""`).
    private var quotePending = false
    private var fieldStarted = false
    /// A `\r` was just seen outside quotes (a `\n` right after it belongs to the same line break).
    private var afterCR = false
    /// 1-based number of the record being read (for error messages).
    public private(set) var recordNumber = 1

    public struct FieldTooLong: Error, CustomStringConvertible {
        public let record: Int
        public let limit: Int
        public var description: String { "record \(record): a field is longer than \(limit) bytes" }
    }

    public init(separator: UInt8 = 0x2C, maxFieldBytes: Int = 16 << 20) {
        self.separator = separator
        self.maxFieldBytes = maxFieldBytes
    }

    /// The separator a header line uses: the one of `,` `;` tab `|` that occurs most outside quotes.
    public static func detectSeparator(header: some Sequence<UInt8>) -> UInt8 {
        var counts: [UInt8: Int] = [0x2C: 0, 0x3B: 0, 0x09: 0, 0x7C: 0]
        var quoted = false
        for b in header {
            if b == 0x22 { quoted.toggle() }
            if b == 0x0A { break }
            if !quoted, counts[b] != nil { counts[b]! += 1 }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }.map { $0.value > 0 ? $0.key : 0x2C } ?? 0x2C
    }

    /// Parses `bytes`, calling `emit` with each completed record.
    public mutating func feed(_ bytes: UnsafeRawBufferPointer, _ emit: ([String]) throws -> Void) throws {
        for b in bytes {
            if inQuotes {
                if quotePending {
                    quotePending = false
                    if b == 0x22 { try append(b); continue }  // "" inside quotes
                    inQuotes = false  // the closing quote; fall through to handle `b` outside quotes
                } else if b == 0x22 {
                    quotePending = true
                    continue
                } else {
                    try append(b)
                    continue
                }
            }
            if afterCR {
                afterCR = false
                if b == 0x0A { continue }
            }
            switch b {
            case separator:
                endField()
            case 0x0A, 0x0D:
                afterCR = b == 0x0D
                endField()
                try emit(record)
                record.removeAll(keepingCapacity: true)
                recordNumber += 1
            case 0x22 where !fieldStarted:
                inQuotes = true
                fieldStarted = true
            default:
                try append(b)
            }
        }
    }

    /// Whether the input ended inside a quoted field (its opening quote was never closed, so the
    /// field ran to the end of the input); set by `finish`.
    public private(set) var endedInsideQuotes = false

    /// Ends the input: emits a last record that has no line break after it.
    public mutating func finish(_ emit: ([String]) throws -> Void) throws {
        if inQuotes && quotePending { inQuotes = false; quotePending = false }
        endedInsideQuotes = inQuotes
        if fieldStarted || !record.isEmpty {
            endField()
            try emit(record)
            record.removeAll()
        }
    }

    @inline(__always)
    private mutating func append(_ b: UInt8) throws {
        fieldStarted = true
        guard field.count < maxFieldBytes else { throw FieldTooLong(record: recordNumber, limit: maxFieldBytes) }
        field.append(b)
    }

    private mutating func endField() {
        // Invalid UTF-8 is replaced (U+FFFD) rather than dropped: the record keeps its shape.
        record.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        fieldStarted = false
        inQuotes = false
        quotePending = false
    }
}

/// Writes CSV records: a field is quoted when it holds the separator, a quote or a line break.
public enum CSVWriter {
    public static func line(_ fields: [String], separator: UInt8 = 0x2C) -> String {
        let sep = Character(Unicode.Scalar(separator))
        var out = ""
        for (i, f) in fields.enumerated() {
            if i > 0 { out.append(sep) }
            // Bytes, not Characters: "\r\n" is one Character and would hide its line break.
            if f.utf8.contains(where: { $0 == separator || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
                out += "\"" + f.replacingAll("\"", with: "\"\"") + "\""
            } else {
                out += f
            }
        }
        return out + "\n"
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation).
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(utf8.count + 8)
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
