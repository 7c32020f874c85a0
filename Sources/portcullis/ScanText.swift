import Foundation
import PortcullisCore

/// Scans text and CSV inputs window by window, so memory stays bounded whatever the input size.
struct ScanTextScanner {
    let classifier: SensitivityClassifier
    let progress: ScanProgress
    /// Largest window scanned as one text; windows end at a line break when there is one.
    var windowBytes = min(8 << 20, ScanEngine.maxTextBytes)
    let problem: (ScanProblem) -> Void

    /// Scans a whole input. CSV inputs also get a per-column report; every window after the first
    /// is scanned with the header line in front, so detectors keep the column-name context.
    func scan(_ reader: some ScanBlockSource, name: String, csv: Bool) -> InputReport {
        var state = WindowState(csv: csv)
        var buffer: [UInt8] = []
        do {
            while let block = try reader.next() {
                buffer.append(contentsOf: block)
                progress.add(bytes: block.count)
                while buffer.count >= windowBytes {
                    let cut = ScanTextScanner.cut(buffer, limit: windowBytes)
                    process(buffer[0..<cut], name: name, state: &state)
                    buffer.removeFirst(cut)
                }
            }
        } catch {
            problem(ScanProblem(input: name, line: state.baseLine, message: "read error: \(error.localizedDescription)"))
        }
        if !buffer.isEmpty { process(buffer[...], name: name, state: &state) }
        var report = InputReport(input: name, format: csv ? "csv" : "text",
                                 label: state.findings.map(\.label).max() ?? .public, bytes: state.bytes,
                                 findings: state.findings)
        if csv {
            report.rows = max(0, state.records - 1)
            report.columns = state.tally.reports
        }
        return report
    }

    /// Where to end a window: after the last line break before `limit` (but not inside a PEM block
    /// that has begun and not ended: the window then ends before its `-----BEGIN` line), else at a
    /// UTF-8 boundary. Never past the buffer.
    static func cut(_ b: [UInt8], limit: Int) -> Int {
        if limit >= b.count { return b.count }
        var i = limit - 1
        while i > limit / 2 {
            if b[i] == 0x0A { return avoidingOpenPEM(b, cut: i + 1, floor: limit / 2) }
            i -= 1
        }
        var j = limit
        while j > 0 && b[j] & 0xC0 == 0x80 { j -= 1 }
        return j
    }

    /// Moves a line-break cut back before an unterminated `-----BEGIN` in the last 64 KiB, so a
    /// private key is never split between two windows.
    static func avoidingOpenPEM(_ b: [UInt8], cut: Int, floor: Int) -> Int {
        let begin = Array("-----BEGIN".utf8), end = Array("-----END".utf8)
        var p = cut - begin.count
        let stop = max(floor, cut - (64 << 10))
        while p >= stop {
            if b[p] == 0x2D && b[p..<p + end.count].elementsEqual(end) { return cut }
            if b[p] == 0x2D && b[p..<p + begin.count].elementsEqual(begin) {
                var q = p
                while q > floor && b[q - 1] != 0x0A { q -= 1 }
                return q > floor ? q : cut
            }
            p -= 1
        }
        return cut
    }

    struct WindowState {
        let csv: Bool
        var baseLine = 1
        var baseScalars = 0
        /// Code points already on the current line when a window starts (a line longer than a window).
        var carryColumn = 0
        var bytes = 0
        var findings: [ReportedFinding] = []
        var header: [UInt8]?
        var columnNames: [String] = []
        var separator: UInt8 = 0x2C
        var records = 0
        var tally = ColumnTally()
        var reportedInvalidUTF8 = false

        init(csv: Bool) { self.csv = csv }
    }

    private func process(_ window: ArraySlice<UInt8>, name: String, state: inout WindowState) {
        state.bytes += window.count
        var text = Array(window)
        if let bad = ScanUTF8.firstInvalidByte(text) {
            if !state.reportedInvalidUTF8 {
                let line = state.baseLine + text[..<bad].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                problem(ScanProblem(input: name, line: line, message: "invalid UTF-8 (byte \(state.bytes - window.count + bad) of the file); "
                    + "scanning it with invalid bytes replaced by U+FFFD"))
                state.reportedInvalidUTF8 = true
            }
            text = Array(String(decoding: text, as: UTF8.self).utf8)
        }
        var prefix = 0
        if state.csv {
            if state.header == nil {
                let end = text.firstIndex(of: 0x0A) ?? text.count
                var h = Array(text[..<end])
                if h.last == 0x0D { h.removeLast() }
                if h.starts(with: [0xEF, 0xBB, 0xBF]) { h.removeFirst(3) }  // a UTF-8 byte-order mark is not part of the first name
                state.header = h
                state.separator = ScanCSV.separator(of: h)
                state.columnNames = ScanCSV.cells(of: h, separator: state.separator)
                state.columnNames.forEach { state.tally.declare($0) }
            } else if let h = state.header {
                text = h + [0x0A] + text
                prefix = h.count + 1
            }
        }
        let classification = text.withUnsafeBufferPointer { classifier.classify(utf8: $0) }
        let found = classification.findings.filter { $0.finding.utf8Start >= prefix }
        var targets: [Int] = []
        targets.reserveCapacity(found.count * 2)
        for f in found {
            targets.append(f.finding.utf8Start)
            targets.append(f.finding.utf8End)
        }
        let sweep = ScanPositions.sweep(text, targets: targets, csvSeparator: state.csv ? state.separator : nil)
        let prefixScalars = prefix == 0 ? 0 : sweep.scalars(atTarget: prefix, in: text)
        let lineBase = state.baseLine - (prefix > 0 ? 1 : 0)
        for (k, lf) in found.enumerated() {
            let s = sweep.points[2 * k], e = sweep.points[2 * k + 1]
            let f = lf.finding
            var field: String?
            if state.csv, s.row > 0 || prefix > 0 {
                field = s.column < state.columnNames.count ? state.columnNames[s.column] : "column \(s.column + 1)"
                state.tally.add(field!, type: f.type.rawValue, label: lf.label)
            }
            let value = String(decoding: text[f.utf8Start..<f.utf8End], as: UTF8.self)
            state.findings.append(ReportedFinding(
                type: f.type.rawValue, label: lf.label, score: f.score,
                start: state.baseScalars + f.start - prefixScalars, end: state.baseScalars + f.end - prefixScalars,
                line: lineBase + s.line, column: s.column1 + (s.line == 0 && prefix == 0 ? state.carryColumn : 0),
                endLine: lineBase + e.line, endColumn: e.column1 + (e.line == 0 && prefix == 0 ? state.carryColumn : 0),
                field: field, detail: f.detail, masked: ScanMasking.mask(value, type: f.type)))
        }
        // Code points after the window's last line break carry into the next window's first line.
        var tail = text.count
        while tail > prefix && text[tail - 1] != 0x0A { tail -= 1 }
        let tailScalars = text[tail...].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        state.carryColumn = tail > prefix ? tailScalars : state.carryColumn + tailScalars
        state.baseLine += sweep.newlines - (prefix > 0 ? 1 : 0)
        state.baseScalars += sweep.totalScalars - prefixScalars
        state.records += sweep.records - (prefix > 0 ? 1 : 0)
    }
}

/// UTF-8 validation that says where the first bad byte is (Unicode 15, table 3-7).
enum ScanUTF8 {
    /// The bytes unchanged when they are valid UTF-8, else with each invalid sequence replaced by
    /// U+FFFD (and true), so one bad byte never costs the whole line.
    static func repairing<C: Collection>(_ bytes: C) -> ([UInt8], Bool) where C.Element == UInt8 {
        let b = Array(bytes)
        guard firstInvalidByte(b) != nil else { return (b, false) }
        return (Array(String(decoding: b, as: UTF8.self).utf8), true)
    }

    static func firstInvalidByte(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return i
            }
            guard i + need < n else { return i }
            if b[i + 1] < lo || b[i + 1] > hi { return i }
            for k in 2..<(need + 1) where b[i + k] & 0xC0 != 0x80 { return i }
            i += need + 1
        }
        return nil
    }
}
