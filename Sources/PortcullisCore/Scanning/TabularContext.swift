/// Finds the column header of a value in CSV/TSV text and SQL `INSERT … (cols) VALUES (…)` rows,
/// so a bare number under a `ssn` column is read as a social security number even with no words
/// beside it.
///
/// Built lazily once per scan. The CSV header (the text's first line, when it looks like one) and
/// the positions of `VALUES (` are found in one pass; column counting then moves forward from the
/// last query, so the queries of a detector's sweep cost linear time in total.
///
/// Its memo fields are read and written on every query from one thread; they are marked
/// `@exclusivity(unchecked)` so each access is a plain load or store.
final class TabularIndex {
    /// CSV: the separator and the header's cells.
    @exclusivity(unchecked) private var csvSeparator: UInt8 = 0
    @exclusivity(unchecked) private var csvCells: [(Int, Int)] = []
    /// SQL: for each `(` opening a VALUES list, the cells of its column list.
    @exclusivity(unchecked) private var valuesParens: [Int] = []
    @exclusivity(unchecked) private var valuesColumns: [[(Int, Int)]] = []

    // Forward-moving memo for CSV: the line being counted and where counting stopped.
    @exclusivity(unchecked) private var csvLineStart = -1
    @exclusivity(unchecked) private var csvPos = -1
    @exclusivity(unchecked) private var csvCol = 0
    @exclusivity(unchecked) private var csvQuote = false
    // Forward-moving memo for SQL.
    @exclusivity(unchecked) private var sqlList = -1
    @exclusivity(unchecked) private var sqlPos = -1
    @exclusivity(unchecked) private var sqlDepth = 0
    @exclusivity(unchecked) private var sqlCommas = 0
    @exclusivity(unchecked) private var sqlQuote = false

    static let maxLine = 4096
    static let maxStatement = 1 << 16

    init(_ context: ScanContext) {
        findCSVHeader(context)
        findValuesLists(context)
    }

    /// The header cell for the value at byte `pos` of `c` (the context this index was built for),
    /// or nil.
    func header(at pos: Int, in c: ScanContext) -> (start: Int, end: Int)? {
        if !valuesParens.isEmpty, let h = sqlHeader(c, pos) { return h }
        if csvSeparator != 0 { return csvHeader(c, pos) }
        return nil
    }

    // MARK: CSV

    private func findCSVHeader(_ c: ScanContext) {
        var end = 0
        let limit = min(c.count, 1024)
        while end < limit && c.byte(end) != 0x0A { end += 1 }
        guard end < c.count, c.byte(end) == 0x0A else { return }
        // A header is a line of short cells (no sentence): at least two separators for commas.
        for s: UInt8 in [0x2C, 0x3B, 0x09, 0x7C] {  // , ; tab |
            var cells: [(Int, Int)] = []
            var start = 0
            var longest = 0
            for i in 0...end where i == end || c.byte(i) == s {
                cells.append((start, i))
                longest = max(longest, i - start)
                start = i + 1
            }
            if cells.count >= (s == 0x2C ? 3 : 2) && longest <= 40 {
                csvSeparator = s
                csvCells = cells
                return
            }
        }
    }

    private func csvHeader(_ c: ScanContext, _ pos: Int) -> (start: Int, end: Int)? {
        if csvLineStart < 0 || pos < csvPos {
            // Start over: find the line start (bounded) and count from there.
            var s = pos
            let floor = max(0, pos - Self.maxLine)
            while s > floor && c.byte(s - 1) != 0x0A { s -= 1 }
            guard s > 0, c.byte(s - 1) == 0x0A else { return nil }
            csvLineStart = s
            csvPos = s
            csvCol = 0
            csvQuote = false
        }
        var i = csvPos
        while i < pos {
            let b = c.byte(i)
            if b == 0x0A {
                csvLineStart = i + 1
                csvCol = 0
                csvQuote = false
            } else if b == 0x22 {
                csvQuote.toggle()
            } else if b == csvSeparator && !csvQuote {
                csvCol += 1
            }
            i += 1
        }
        csvPos = pos
        guard pos - csvLineStart <= Self.maxLine, csvCol < csvCells.count else { return nil }
        let cell = csvCells[csvCol]
        return (cell.0, cell.1)
    }

    // MARK: SQL

    private func findValuesLists(_ c: ScanContext) {
        // Only a six-letter token can be the keyword: walk tokens, not bytes.
        var after = 0
        for t in c.tokens where t.length == 6 && t.start >= after && c.bytes[t.start] | 0x20 == 0x76 {
            let p = t.start
            guard c.equalsIgnoringCase(p, p + 6, "values") else { continue }
            var q = p + 6
            while c.byte(q) == 0x20 || c.byte(q) == 0x0A { q += 1 }
            guard c.byte(q) == 0x28 else { continue }
            // The column list: "(a, b, c)" right before VALUES.
            var j = p - 1
            while j >= 0 && (c.byte(j) == 0x20 || c.byte(j) == 0x0A) { j -= 1 }
            guard c.byte(j) == 0x29 else { continue }
            var k = j - 1
            let floor = max(0, j - Self.maxLine)
            while k >= floor && c.byte(k) != 0x28 && c.byte(k) != 0x0A { k -= 1 }
            guard k >= floor, c.byte(k) == 0x28 else { continue }
            var cells: [(Int, Int)] = []
            var s = k + 1
            for i in (k + 1)...j where i == j || c.byte(i) == 0x2C {
                cells.append((s, i))
                s = i + 1
            }
            valuesParens.append(q)
            valuesColumns.append(cells)
            after = q + 1
        }
    }

    private func sqlHeader(_ c: ScanContext, _ pos: Int) -> (start: Int, end: Int)? {
        // The last VALUES list opening before pos.
        var lo = 0, hi = valuesParens.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if valuesParens[mid] < pos { lo = mid + 1 } else { hi = mid }
        }
        let list = lo - 1
        guard list >= 0, pos - valuesParens[list] <= Self.maxStatement else { return nil }
        if sqlList != list || pos < sqlPos {
            sqlList = list
            sqlPos = valuesParens[list]
            sqlDepth = 0
            sqlCommas = 0
            sqlQuote = false
        }
        var i = sqlPos
        while i < pos {
            let b = c.byte(i)
            if b == 0x27 {
                sqlQuote.toggle()
            } else if !sqlQuote {
                if b == 0x28 {
                    sqlDepth += 1
                    if sqlDepth == 1 { sqlCommas = 0 }  // a new row tuple
                } else if b == 0x29 {
                    sqlDepth -= 1
                } else if b == 0x2C && sqlDepth == 1 {
                    sqlCommas += 1
                } else if b == 0x3B {
                    sqlDepth = -1000  // statement ended
                }
            }
            i += 1
        }
        sqlPos = pos
        guard sqlDepth == 1 else { return nil }
        let cells = valuesColumns[list]
        guard sqlCommas < cells.count else { return nil }
        return (cells[sqlCommas].0, cells[sqlCommas].1)
    }
}
