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
        headerLine = RowScanner.line(header, self.separator).0
        headerScalars = headerLine.unicodeScalars.count + 1
    }

    /// The row as one CSV line and where each cell's content starts in it (in code points), or nil
    /// for a cell scanned on its own. A cell holding the separator is quoted, as in the file;
    /// line breaks inside a cell become spaces (one code point for one, so offsets map straight
    /// back); a cell holding a quote is left empty in the line and scanned alone (doubled quotes
    /// would shift its offsets).
    static func line(_ cells: [String], _ sep: Character) -> (String, [Int?]) {
        var out = ""
        var starts: [Int?] = []
        var pos = 0
        for (i, c) in cells.enumerated() {
            if i > 0 { out.append(sep); pos += 1 }
            if c.unicodeScalars.contains("\"") {
                out += "\"\""
                pos += 2
                starts.append(nil)
                continue
            }
            let quote = c.unicodeScalars.contains { Character($0) == sep || $0 == "\n" || $0 == "\r" }
            if quote { out.append("\""); pos += 1 }
            starts.append(pos)
            for u in c.unicodeScalars {
                out.unicodeScalars.append(u == "\n" || u == "\r" ? " " : u)
                pos += 1
            }
            if quote { out.append("\""); pos += 1 }
        }
        return (out, starts)
    }

    /// The labelled findings of each cell of `row`.
    public func scan(_ row: [String]) -> [[LabelledFinding]] {
        let (line, cellStarts) = RowScanner.line(row, separator)
        let text = headerLine + "\n" + line
        // Every cell is also scanned alone: the row gives context (a `city` column), the cell alone
        // gives what the cell means by itself (a name opening a note); anonymisation wants both.
        var out = row.map { $0.isEmpty ? [] : classifier.classify($0).findings }
        for f in classifier.classify(text).findings where f.finding.start >= headerScalars {
            // The cell holding the finding's start; clipped to that cell.
            let at = f.finding.start - headerScalars
            guard let k = cellStarts.lastIndex(where: { $0 != nil && $0! <= at }), let s = cellStarts[k] else { continue }
            let cellEnd = s + row[k].unicodeScalars.count
            guard at < cellEnd else { continue }
            var g = f
            g.finding.start = at - s
            g.finding.end = min(f.finding.end - headerScalars, cellEnd) - s
            out[k].append(g)
        }
        return out.map(RowScanner.withoutOverlaps)
    }

    /// Findings sorted by start with overlaps removed (the longer of two overlapping ones stays).
    static func withoutOverlaps(_ found: [LabelledFinding]) -> [LabelledFinding] {
        guard found.count > 1 else { return found }
        let sorted = found.sorted { a, b in
            a.finding.start != b.finding.start ? a.finding.start < b.finding.start : a.finding.end > b.finding.end
        }
        var kept: [LabelledFinding] = []
        for f in sorted {
            if let last = kept.last, f.finding.start < last.finding.end {
                if f.finding.end - f.finding.start > last.finding.end - last.finding.start { kept[kept.count - 1] = f }
                continue
            }
            kept.append(f)
        }
        return kept
    }
}
