import Foundation
import PortcullisCore

/// The evaluation contract: lines `{"id","text"}` in, lines `{"id","findings":[{"type","start",
/// "end","score"}]}` out, one output line per non-blank input line, in order, streamed.
struct ScanJSONLContract {
    let classifier: SensitivityClassifier
    let progress: ScanProgress
    let problem: (ScanProblem) -> Void
    /// The highest label of any finding (for `--fail-on`); nil while nothing was found.
    private(set) var highest: SensitivityLabel?

    init(classifier: SensitivityClassifier, progress: ScanProgress, problem: @escaping (ScanProblem) -> Void) {
        self.classifier = classifier
        self.progress = progress
        self.problem = problem
    }

    mutating func run(_ reader: ScanByteReader, name: String) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var highest = self.highest
        do {
            try reader.forEachLine(maxLine: 2 * ScanEngine.maxTextBytes) { line, number in
                defer {
                    if out.count >= 1 << 20 {
                        FileHandle.standardOutput.write(Data(out))
                        out.removeAll(keepingCapacity: true)
                    }
                }
                guard let line else {
                    problem(ScanProblem(input: name, line: number, message: "line too long; skipped"))
                    out.append(contentsOf: #"{"id":null,"findings":[]}"#.utf8)
                    out.append(0x0A)
                    return
                }
                progress.add(bytes: line.count + 1)
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
                let (json, repaired) = ScanUTF8.repairing(line)
                if repaired {
                    problem(ScanProblem(input: name, line: number, message: "invalid UTF-8; scanning the line with invalid bytes replaced by U+FFFD"))
                }
                let obj = try? JSONSerialization.jsonObject(with: Data(json), options: []) as? [String: Any]
                let id = obj?["id"]
                out.append(contentsOf: #"{"id":"#.utf8)
                ScanJSON.append(value: id, to: &out)
                out.append(contentsOf: #","findings":["#.utf8)
                if let text = obj?["text"] as? String {
                    let c = classifier.classify(text)
                    if let m = c.findings.map(\.label).max() { highest = max(highest ?? m, m) }
                    for (k, lf) in c.findings.enumerated() {
                        let f = lf.finding
                        if k > 0 { out.append(0x2C) }
                        out.append(contentsOf: #"{"type":"#.utf8)
                        ScanJSON.append(string: f.type.rawValue, to: &out)
                        out.append(contentsOf: ",\"start\":\(f.start),\"end\":\(f.end),\"score\":\(f.score)}".utf8)
                    }
                } else {
                    let why = obj == nil ? "not a JSON object" : "no string \"text\" field"
                    problem(ScanProblem(input: name, line: number, message: "malformed JSONL line (\(why)); wrote empty findings"))
                }
                out.append(contentsOf: "]}\n".utf8)
            }
        } catch {
            problem(ScanProblem(input: name, line: nil, message: "read error: \(error.localizedDescription)"))
        }
        FileHandle.standardOutput.write(Data(out))
        self.highest = highest
    }
}

/// Minimal JSON writing for the streamed outputs.
enum ScanJSON {
    static func append(string s: String, to out: inout [UInt8]) {
        out.append(0x22)
        for b in s.utf8 {
            switch b {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0..<0x20: out.append(contentsOf: Array(String(format: "\\u%04x", b).utf8))
            default: out.append(b)
            }
        }
        out.append(0x22)
    }

    /// A JSON value as JSONSerialization parsed it (ids are strings or numbers; anything else is
    /// written back as JSON).
    static func append(value: Any?, to out: inout [UInt8]) {
        guard let v = value, !(v is NSNull) else {
            out.append(contentsOf: "null".utf8)
            return
        }
        if let s = v as? String {
            append(string: s, to: &out)
        } else if let d = try? JSONSerialization.data(withJSONObject: v, options: [.fragmentsAllowed]) {
            out.append(contentsOf: d)
        } else {
            out.append(contentsOf: "null".utf8)
        }
    }
}
