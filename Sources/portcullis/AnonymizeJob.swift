import Foundation
import PortcullisCore

/// One `anonymize` run: profiles the first rows, prints the classification report, then streams
/// every row through the `ValueAnonymizer`.
final class AnonymizeJob {
    let anonymizer: ValueAnonymizer
    let plan: AnonymizePlan
    let sink: OutputSink?
    let sampleRows: Int
    let name: String
    let report: (String) -> Void
    private(set) var problems = 0
    private var rows = 0
    private var replaced: [EntityType: Int] = [:]

    init(anonymizer: ValueAnonymizer, plan: AnonymizePlan, sink: OutputSink?, sampleRows: Int, name: String,
         report: @escaping (String) -> Void) {
        self.anonymizer = anonymizer
        self.plan = plan
        self.sink = sink
        self.sampleRows = sampleRows
        self.name = name
        self.report = report
    }

    private func problem(_ line: Int, _ message: String) {
        problems += 1
        FileHandle.standardError.write(Data("\(name):\(line): \(message)\n".utf8))
    }

    private func count(_ found: [LabelledFinding]) { for f in found { replaced[f.finding.type, default: 0] += 1 } }

    private func summary(unit: String) {
        let what = replaced.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        report("\(name): \(rows) \(unit) written; replaced: \(what.isEmpty ? "nothing" : what)")
    }

    // MARK: Columns

    /// A column's profile and the action chosen for it.
    struct Column {
        var profile: ColumnProfile
        var action: ColumnAction
        var dominant: EntityType?
    }

    private func decide(_ profiles: [ColumnProfile], rows: Int, unit: String) -> [Column] {
        let cols = profiles.map { p -> Column in
            let a = plan.action(for: p.name)
            return Column(profile: p, action: a, dominant: a == .keep || a == .drop ? nil : p.dominantType)
        }
        report("classification of \(name) (first \(rows) \(unit)):")
        for c in cols {
            let p = c.profile
            let types = p.types.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            var action = c.action.rawValue
            if let d = c.dominant { action += ", every value as \(d)" }
            report("  \(p.name): \(p.label)\(types.isEmpty ? "" : " — \(types)") → \(action)")
        }
        return cols
    }

    // MARK: CSV

    func csv(_ reader: ScanByteReader, progress: ScanProgress) throws {
        var parser: CSVReader?
        var header: [String] = []
        var sample: [[String]] = []
        var columns: [Column]?
        var separator: UInt8 = 0x2C

        var rowScanner: RowScanner?
        func columnName(_ i: Int) -> String { i < header.count ? header[i] : "column \(i + 1)" }
        func start() throws {
            let scanner = RowScanner(classifier: anonymizer.classifier, header: header, separator: separator)
            rowScanner = scanner
            var profiles = header.indices.map { ColumnProfile(name: header[$0]) }
            for row in sample {
                while profiles.count < row.count { profiles.append(ColumnProfile(name: columnName(profiles.count))) }
                let found = scanner.scan(row)
                for (i, v) in row.enumerated() where plan.action(for: profiles[i].name) != .keep {
                    profiles[i].add(v, found[i])
                }
            }
            columns = decide(profiles, rows: sample.count, unit: "rows")
            if !headerless && !header.isEmpty { try sink?.write(CSVWriter.line(keep(header, columns!), separator: separator)) }
            for row in sample { try write(row) }
            sample.removeAll()
        }
        func keep(_ row: [String], _ cols: [Column]) -> [String] {
            row.indices.filter { $0 >= cols.count || cols[$0].action != .drop }.map { row[$0] }
        }
        func write(_ row: [String]) throws {
            rows += 1
            guard let sink, var cols = columns else { return }
            while cols.count < row.count {  // a row longer than the header: extra cells by the default action
                cols.append(Column(profile: ColumnProfile(name: columnName(cols.count)), action: plan.defaultAction, dominant: nil))
            }
            var out: [String] = []
            out.reserveCapacity(row.count)
            // One scan of the whole row (with the header line), unless every column is kept or dropped.
            let scanned = row.indices.contains { $0 < cols.count && cols[$0].action != .keep && cols[$0].action != .drop }
            let cells = scanned ? rowScanner!.scan(row) : [[LabelledFinding]](repeating: [], count: row.count)
            for (i, v) in row.enumerated() where cols[i].action != .drop {
                let (new, found) = anonymizer.anonymize(v, found: cells[i], action: cols[i].action, dominant: cols[i].dominant)
                count(found)
                out.append(new)
            }
            try sink.write(CSVWriter.line(out, separator: separator))
        }
        let handle: ([String]) throws -> Void = { record in
            if !self.headerSeen {
                if record.allSatisfy({ $0.isEmpty }) { return }  // blank lines before the header
                self.headerSeen = true
                // A first row holding personal data is data, not a header: never copy it through.
                let personal = record.contains { cell in
                    self.anonymizer.classify(cell).contains { $0.label >= .confidential }
                }
                if personal {
                    header = record.indices.map { "column \($0 + 1)" }
                    self.headerless = true
                    self.report("\(self.name): the first row holds personal data, so it is read as data; columns are numbered")
                } else {
                    header = record
                    try self.checkPlan(header)
                    return
                }
            }
            if columns == nil {
                sample.append(record)
                if sample.count >= self.sampleRows { try start() }
            } else {
                try write(record)
            }
        }
        while var block = try reader.next() {
            if parser == nil {
                if block.starts(with: [0xEF, 0xBB, 0xBF]) { block = block.dropFirst(3) }  // a UTF-8 byte-order mark
                separator = CSVReader.detectSeparator(header: block.prefix(64 << 10))
                parser = CSVReader(separator: separator)
            }
            do {
                try block.withUnsafeBytes { try parser!.feed($0, handle) }
            } catch let e as CSVReader.FieldTooLong {
                problem(e.record, e.description + "; the rest of the file is not written")
                break
            }
            progress.add(bytes: block.count)
        }
        try parser?.finish(handle)
        if let p = parser, p.endedInsideQuotes {
            problem(p.recordNumber, "a quoted field is never closed: it runs to the end of the file (written as one field)")
        }
        if columns == nil { try start() }
        if reportOnlyMode { return }
        summary(unit: "rows")
    }
    private var headerSeen = false
    private var headerless = false

    /// A plan naming a column the file does not have is a mistake that could leave data unprotected.
    private func checkPlan(_ header: [String]) throws {
        let unknown = plan.columns.keys.filter { !header.contains($0) }.sorted()
        guard !unknown.isEmpty else { return }
        FileHandle.standardError.write(Data("""
            error: the plan names columns \(name) does not have: \(unknown.joined(separator: ", ")) \
            (columns: \(header.joined(separator: ", ")))\n
            """.utf8))
        throw PlanMismatch()
    }
    struct PlanMismatch: Error {}
    private var reportOnlyMode: Bool { sink == nil }

    // MARK: JSONL

    func jsonl(_ reader: ScanByteReader, progress: ScanProgress) throws {
        var sample: [(Int, JSONValue?, String)] = []
        var columns: [String: Column]?
        var order: [String] = []
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

        func collect(_ v: JSONValue, _ path: String, _ into: inout [String: ColumnProfile]) {
            switch v {
            case .object(let o): for (k, x) in o.sorted(by: { $0.key < $1.key }) { collect(x, path.isEmpty ? k : path + "." + k, &into) }
            case .array(let a): for x in a { collect(x, path, &into) }
            case .string(let s):
                if into[path] == nil { into[path] = ColumnProfile(name: path); order.append(path) }
                if plan.action(for: path) != .keep { into[path]!.add(s, anonymizer.classify(s)) }
            case .integer, .number:
                if into[path] == nil { into[path] = ColumnProfile(name: path); order.append(path) }
            default: break
            }
        }
        func transform(_ v: JSONValue, _ path: String) -> JSONValue? {
            // The line itself (path "") is a container, never dropped or kept as a whole.
            let action = path.isEmpty ? (plan.defaultAction == .drop || plan.defaultAction == .keep ? .auto : plan.defaultAction)
                : plan.action(for: path)
            let col = columns?[path] ?? Column(profile: ColumnProfile(name: path), action: action, dominant: nil)
            if col.action == .drop && !path.isEmpty { return nil }
            if col.action == .keep && !path.isEmpty { return v }
            switch v {
            case .object(let o):
                var out: [String: JSONValue] = [:]
                for (k, x) in o { if let t = transform(x, path.isEmpty ? k : path + "." + k) { out[k] = t } }
                return .object(out)
            case .array(let a): return .array(a.compactMap { transform($0, path) })
            case .string(let s):
                let (new, found) = anonymizer.anonymize(s, action: col.action, dominant: col.dominant)
                count(found)
                return .string(new)
            case .integer, .number:
                // Numbers are scanned as text too (a phone or card number stored as a number).
                let text = (try? String(decoding: encoder.encode(v), as: UTF8.self)) ?? ""
                let (new, found) = anonymizer.anonymize(text, action: col.action, dominant: nil)
                count(found)
                return found.isEmpty ? v : .string(new)
            default: return v
            }
        }
        func write(_ number: Int, _ value: JSONValue?, _ raw: String) throws {
            rows += 1
            guard let sink else { return }
            if let value, let t = transform(value, ""), let data = try? encoder.encode(t) {
                try sink.write(String(decoding: data, as: UTF8.self) + "\n")
            } else {
                // Not JSON: anonymised as plain text so the line is neither lost nor leaked.
                let (new, found) = anonymizer.anonymize(raw, action: .auto)
                count(found)
                try sink.write(new + "\n")
            }
        }
        func start() throws {
            var profiles: [String: ColumnProfile] = [:]
            for (_, v, _) in sample { if let v { collect(v, "", &profiles) } }
            let decided = decide(order.map { profiles[$0]! }, rows: sample.count, unit: "lines")
            columns = Dictionary(uniqueKeysWithValues: decided.map { ($0.profile.name, $0) })
            for (n, v, raw) in sample { try write(n, v, raw) }
            sample.removeAll()
        }
        try reader.forEachLine(maxLine: 64 << 20) { read, number in
            guard var line = read else {
                problem(number, "line longer than 64 MiB; written as {}")
                if columns == nil { sample.append((number, .object([:]), "{}")) } else { try write(number, .object([:]), "{}") }
                return
            }
            if number == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst(3) }  // byte-order mark
            let raw = String(decoding: line, as: UTF8.self)
            if raw.allSatisfy({ $0.isWhitespace }) { return }
            let value = try? decoder.decode(JSONValue.self, from: Data(line))
            if value == nil { problem(number, "not a JSON value; anonymised as plain text") }
            if columns == nil {
                sample.append((number, value, raw))
                if sample.count >= sampleRows { try start() }
            } else {
                try write(number, value, raw)
            }
            progress.add(bytes: line.count + 1)
        }
        if columns == nil { try start() }
        if reportOnlyMode { return }
        summary(unit: "lines")
    }

    // MARK: Text

    /// Plain text, line by line (a line over 64 MiB is reported and not written).
    func text(_ reader: ScanByteReader, progress: ScanProgress) throws {
        var found: [EntityType: Int] = [:]
        var label = SensitivityLabel.public
        var lines = 0
        try reader.forEachLine(maxLine: ScanEngine.maxTextBytes) { line, number in
            lines += 1
            guard let line else {
                problem(number, "line longer than 64 MiB; not written")
                return
            }
            let raw = String(decoding: line, as: UTF8.self)
            let (new, f) = anonymizer.anonymize(raw, action: plan.defaultAction == .keep ? .auto : plan.defaultAction)
            for x in f { found[x.finding.type, default: 0] += 1; label = max(label, x.label) }
            count(f)
            try sink?.write(new + "\n")
            progress.add(bytes: line.count + 1)
        }
        rows = lines
        let what = found.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        report("classification of \(name): \(label)\(what.isEmpty ? "" : " — \(what)") → \(plan.defaultAction.rawValue)")
        if !reportOnlyMode { summary(unit: "lines") }
    }
}
