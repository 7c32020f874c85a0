/// Finds the column header of a value in CSV/TSV text and SQL `INSERT` rows, so a bare number
/// under a `ssn` column is read as a social security number even with no words beside it.
enum TabularContext {
    static let maxLookBack = 2048

    static func header(in ctx: ScanContext, at pos: Int) -> (start: Int, end: Int)? {
        if let h = sqlHeader(in: ctx, at: pos) { return h }
        return csvHeader(in: ctx, at: pos)
    }

    /// CSV: the header is the text's first line; the column is counted by separators on `pos`'s line.
    private static func csvHeader(in ctx: ScanContext, at pos: Int) -> (start: Int, end: Int)? {
        var lineStart = pos
        let floor = max(0, pos - maxLookBack)
        while lineStart > floor && ctx.byte(lineStart - 1) != 0x0A { lineStart -= 1 }
        guard lineStart > 0, ctx.byte(lineStart - 1) == 0x0A else { return nil }
        // The header line is the first line of the text, and must be near.
        var headerEnd = 0
        while headerEnd < min(ctx.count, 1024) && ctx.byte(headerEnd) != 0x0A { headerEnd += 1 }
        guard headerEnd < ctx.count, ctx.byte(headerEnd) == 0x0A else { return nil }
        // A header is a line of short cells (no sentence): at least two separators for commas.
        var sep: UInt8 = 0
        for s: UInt8 in [0x2C, 0x3B, 0x09, 0x7C] {  // , ; tab |
            var n = 0
            var cell = 0
            var longest = 0
            for i in 0..<headerEnd {
                if ctx.byte(i) == s { n += 1; longest = max(longest, cell); cell = 0 } else { cell += 1 }
            }
            longest = max(longest, cell)
            if n >= (s == 0x2C ? 2 : 1) && longest <= 40 { sep = s; break }
        }
        guard sep != 0 else { return nil }
        var col = 0
        var inQuote = false
        for i in lineStart..<pos {
            let b = ctx.byte(i)
            if b == 0x22 { inQuote.toggle() } else if b == sep && !inQuote { col += 1 }
        }
        return cell(in: ctx, from: 0, to: headerEnd, sep: sep, index: col)
    }

    /// SQL: `INSERT INTO t (a, b, c) VALUES ('x', 'y', 'z')` — the column list names the values.
    private static func sqlHeader(in ctx: ScanContext, at pos: Int) -> (start: Int, end: Int)? {
        let floor = max(0, pos - maxLookBack)
        // Find "VALUES" before pos on the way back, counting top-level commas.
        var i = pos - 1
        var commas = 0
        var inQuote = false
        var depth = 0
        while i >= floor {
            let b = ctx.byte(i)
            if b == 0x27 { inQuote.toggle() } else if !inQuote {
                if b == 0x2C && depth == 0 { commas += 1 } else if b == 0x29 { depth += 1 } else if b == 0x28 {
                    if depth == 0 { break }
                    depth -= 1
                } else if b == 0x0A || b == 0x3B { return nil }
            }
            i -= 1
        }
        guard i >= floor, ctx.byte(i) == 0x28 else { return nil }
        var j = i - 1
        while j >= floor && ctx.byte(j) == 0x20 { j -= 1 }
        guard j >= 5, ctx.equalsIgnoringCase(j - 5, j + 1, "values") else { return nil }
        j -= 6
        while j >= floor && ctx.byte(j) == 0x20 { j -= 1 }
        guard ctx.byte(j) == 0x29 else { return nil }
        let listEnd = j
        var k = j - 1
        while k >= floor && ctx.byte(k) != 0x28 && ctx.byte(k) != 0x0A { k -= 1 }
        guard ctx.byte(k) == 0x28 else { return nil }
        return cell(in: ctx, from: k + 1, to: listEnd, sep: 0x2C, index: commas)
    }

    private static func cell(in ctx: ScanContext, from: Int, to: Int, sep: UInt8, index: Int) -> (start: Int, end: Int)? {
        var col = 0
        var s = from
        var i = from
        while i <= to {
            if i == to || ctx.byte(i) == sep {
                if col == index { return (s, i) }
                col += 1
                s = i + 1
            }
            i += 1
        }
        return nil
    }
}
