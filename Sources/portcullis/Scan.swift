import ArgumentParser
import Foundation
import PortcullisCore

/// `portcullis scan`: find PII, credentials and labelled data.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Find personal data, credentials and labelled data.")

    @Flag(name: .long, help: "Read JSONL lines {\"id\",\"text\"}; write {\"id\",\"findings\":[…]} lines (evaluation contract).")
    var jsonl = false

    @Argument(help: "Files to scan.")
    var inputs: [String] = []

    func run() throws {
        let engine = ScanEngine()
        for path in inputs {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            var out = Data()
            for line in data.split(separator: 0x0A) {
                guard let obj = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
                      let text = obj["text"] as? String else { continue }
                let id = obj["id"] ?? NSNull()
                let findings = engine.scan(text).map { f -> [String: Any] in
                    ["type": f.type.rawValue, "start": f.start, "end": f.end, "score": f.score]
                }
                out.append(try JSONSerialization.data(withJSONObject: ["id": id, "findings": findings]))
                out.append(0x0A)
            }
            FileHandle.standardOutput.write(out)
        }
    }
}
