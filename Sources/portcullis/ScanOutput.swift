import Foundation
import PortcullisCore

/// Writing scan reports. Values are always masked (`ScanMasking`); raw values never reach output.
enum ScanOutput {
    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func stdout(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// `--json`: the whole report as one JSON document.
    static func writeJSON(_ report: ScanReport) {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try enc.encode(report)
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        } catch {
            stderr("portcullis scan: cannot encode the report: \(error)")
        }
    }
}
