/// Scans a CSV row as the scanner sees a CSV file: the header line, then the row, so every cell
/// has its column name and neighbours as context (`city` makes `Lyon` a place), in one scan per
/// row. Findings are returned per cell, in code point offsets into that cell.
public struct RowScanner: Sendable {
    public let classifier: SensitivityClassifier
    public let separator: Character
    private let headerLine: String
    private let headerScalars: Int

    public init(classifier: SensitivityClassifier, header: [String], separator: UInt8 = 0x2C) {
        self.classifier = classifier
        self.separator = Character(Unicode.Scalar(separator))
        headerLine = RowScanner.flatten(header, self.separator)
        headerScalars = headerLine.unicodeScalars.count + 1
    }

    /// Cells joined by the separator, with separators, quotes and line breaks inside a cell turned
    /// into spaces: one code point for one, so offsets map straight back to cells.
    static func flatten(_ cells: [String], _ sep: Character) -> String {
        var out = ""
        for (i, c) in cells.enumerated() {
            if i > 0 { out.append(sep) }
            for u in c.unicodeScalars {
                if Character(u) == sep || u == "\"" || u == "\n" || u == "\r" { out.unicodeScalars.append(" ") } else { out.unicodeScalars.append(u) }
            }
        }
        return out
    }

    /// The labelled findings of each cell of `row`.
    public func scan(_ row: [String]) -> [[LabelledFinding]] {
        let text = headerLine + "\n" + RowScanner.flatten(row, separator)
        var starts: [Int] = []  // code point offset of each cell in `text`
        var p = headerScalars
        for c in row {
            starts.append(p)
            p += c.unicodeScalars.count + 1
        }
        var out = [[LabelledFinding]](repeating: [], count: row.count)
        for f in classifier.classify(text).findings where f.finding.start >= headerScalars {
            // The cell holding the finding's start; clipped to that cell.
            var k = 0
            while k + 1 < starts.count && starts[k + 1] <= f.finding.start { k += 1 }
            let cellEnd = starts[k] + row[k].unicodeScalars.count
            guard f.finding.start < cellEnd else { continue }
            var g = f
            g.finding.start -= starts[k]
            g.finding.end = min(f.finding.end, cellEnd) - starts[k]
            out[k].append(g)
        }
        return out
    }
}
