import Foundation

/// Turns byte offsets into lines, code point columns and (for CSV) cells, in one forward walk.
enum ScanPositions {
    struct Point {
        /// Line breaks before the position (0 on the first line).
        var line = 0
        /// 1-based column in code points.
        var column1 = 1
        /// CSV record (0 = the first line) and 0-based cell index.
        var row = 0
        var column = 0
    }

    struct Result {
        var points: [Point]
        var newlines: Int
        var totalScalars: Int
        /// CSV records in the text (a last line without a line break counts).
        var records: Int

        /// Code points in `text[0..<byte]`.
        func scalars(atTarget byte: Int, in text: [UInt8]) -> Int {
            text[0..<byte].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
        }
    }

    /// `targets` must be ascending byte offsets.
    static func sweep(_ text: [UInt8], targets: [Int], csvSeparator: UInt8?) -> Result {
        var points: [Point] = []
        points.reserveCapacity(targets.count)
        var p = Point()
        var scalars = 0
        var inQuote = false
        var t = 0
        var records = 0
        var recordHasContent = false
        let sep = csvSeparator ?? 0
        let csv = csvSeparator != nil
        for (i, b) in text.enumerated() {
            while t < targets.count && targets[t] <= i {
                points.append(p)
                t += 1
            }
            if b & 0xC0 != 0x80 {
                scalars += 1
                p.column1 += 1
            }
            if csv {
                if b == 0x22 {
                    inQuote.toggle()
                } else if !inQuote && b == sep {
                    p.column += 1
                }
                recordHasContent = true
            }
            if b == 0x0A {
                p.line += 1
                p.column1 = 1
                if csv && !inQuote {
                    p.row += 1
                    p.column = 0
                    records += 1
                    recordHasContent = false
                }
            }
        }
        while t < targets.count {
            points.append(p)
            t += 1
        }
        if recordHasContent { records += 1 }
        return Result(points: points, newlines: p.line, totalScalars: scalars, records: records)
    }
}

/// The CSV header: separator and column names.
enum ScanCSV {
    /// The first of `,` `;` tab `|` that occurs in the header (outside quotes).
    static func separator(of header: [UInt8]) -> UInt8 {
        for s: UInt8 in [0x2C, 0x3B, 0x09, 0x7C] where header.contains(s) { return s }
        return 0x2C
    }

    /// The header's cells, unquoted and trimmed; empty names become `column N`.
    static func cells(of header: [UInt8], separator: UInt8) -> [String] {
        var out: [String] = []
        var cur: [UInt8] = []
        var inQuote = false
        for b in header {
            if b == 0x22 { inQuote.toggle(); continue }
            if b == separator && !inQuote {
                out.append(String(decoding: cur, as: UTF8.self))
                cur = []
            } else {
                cur.append(b)
            }
        }
        out.append(String(decoding: cur, as: UTF8.self))
        return out.enumerated().map { i, s in
            let t = s.trimmingCharacters(in: .whitespaces)
            return t.isEmpty ? "column \(i + 1)" : t
        }
    }
}
