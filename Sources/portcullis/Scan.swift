import ArgumentParser
import Foundation
import PortcullisCore

/// `portcullis scan`: find personal data, credentials and labelled data in texts, files, folders
/// and datasets, and say how sensitive they are.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find personal data, credentials and labelled data; label each input public … restricted.",
        discussion: """
            Inputs: --text values, files, folders (recursive; binary files and vendored folders such as \
            .git, node_modules, vendor, .build, dist, build, __pycache__, .venv, target are skipped; \
            symbolic links are not followed), and stdin ('-', or nothing when stdin is piped). Files \
            ending in .csv/.tsv are datasets with a per-column report, .jsonl/.ndjson files a per-field \
            report (override with --input-format).

            Output: a table with every value masked (default), --json, --sarif (SARIF 2.1.0 for code \
            scanning), or --jsonl, the evaluation contract: read lines {"id","text"}, write one line \
            {"id","findings":[{"type","start","end","score"}]} per input line, in order (offsets in \
            Unicode code points, end exclusive). With --jsonl every record carries its injection \
            score as a PROMPT_INJECTION or JAILBREAK finding, even below --min-score, so that a ROC \
            curve can be drawn; elsewhere injection findings start at --min-score like the rest.

            Prompt injection and jailbreaks: every text is also scored by the injection model \
            (calibrated to [0, 1]; 0.5 and up is reported), whole and window by window, after \
            undoing invisible characters, look-alike letters, leetspeak, spelled-out words and \
            base64/hex/rot13 payloads. The findings are spans that may hold other findings.

            Labels: every finding type maps to public < internal < confidential < restricted \
            (credentials and identity/financial/health numbers are restricted; names, emails, phones, \
            places confidential; URLs, IPs, dates internal). Document markers (CONFIDENTIAL, INTERNAL \
            ONLY, Attorney-Client Privileged …) and organisation dictionaries set labels too; an \
            input's label is the highest found. --config FILE changes all of it (see \
            examples/classification.yaml).

            Exit status: 0 done; 1 some input could not be read or parsed (each problem is printed on \
            stderr as FILE:LINE: message, and the scan goes on); 2 something at or above --fail-on \
            was found (wins over 1); 64 bad usage or configuration.

            Examples:
              portcullis scan --text "mail anna@example.com" --text "AKIAZ7VRSQ3LMNOPQR2X"
              portcullis scan src/ docs/notes.md --fail-on confidential
              git diff | portcullis scan -
              portcullis scan customers.csv --json > report.json
              portcullis scan . --sarif > portcullis.sarif
              portcullis scan --config classification.yaml --fail-on restricted contracts/
              portcullis scan --jsonl ../shared/eval/pii/dev.jsonl > pred.jsonl
            """)

    @Argument(help: ArgumentHelp("Files and folders to scan; '-' reads stdin.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("text"), help: ArgumentHelp("A text to scan (repeatable).", valueName: "text"))
    var texts: [String] = []

    @Flag(help: "Write one JSON report (values masked).")
    var json = false

    @Flag(help: "Write a SARIF 2.1.0 log for code scanning (GitHub, GitLab, Azure DevOps).")
    var sarif = false

    @Flag(help: "Evaluation contract: JSONL {\"id\",\"text\"} lines in, {\"id\",\"findings\":[…]} lines out.")
    var jsonl = false

    @Option(name: .customLong("fail-on"),
            help: ArgumentHelp("Exit with status 2 when anything at or above this label is found.",
                               valueName: "public|internal|confidential|restricted"))
    var failOn: String?

    @Option(help: ArgumentHelp("Classification configuration (YAML): labels, markers, dictionaries, types.", valueName: "file"))
    var config: String?

    @Option(name: .customLong("min-score"), help: "Drop findings scoring below this (overrides the configuration; default 0.5).")
    var minScore: Double?

    @Option(name: .customLong("input-format"),
            help: ArgumentHelp("How to read files: auto (by extension), text, csv, jsonl.", valueName: "format"))
    var inputFormat: String = "auto"

    @Flag(name: .customLong("no-progress"), help: "Never draw the progress bar (it is drawn only on a terminal).")
    var noProgress = false

    func validate() throws {
        if [json, sarif, jsonl].filter({ $0 }).count > 1 { throw ValidationError("Choose one of --json, --sarif, --jsonl.") }
        if let f = failOn, SensitivityLabel(name: f) == nil {
            throw ValidationError("--fail-on must be public, internal, confidential or restricted, not '\(f)'.")
        }
        if ScanInputFormat(rawValue: inputFormat) == nil {
            throw ValidationError("--input-format must be auto, text, csv or jsonl, not '\(inputFormat)'.")
        }
        if let s = minScore, !(0...1).contains(s) { throw ValidationError("--min-score must be between 0 and 1.") }
        if jsonl && !texts.isEmpty { throw ValidationError("--jsonl reads JSONL files or stdin, not --text.") }
    }

    func run() throws {
        var cfg = ClassificationConfig()
        if let path = config {
            do {
                cfg = try ClassificationConfig.load(path: path)
            } catch {
                ScanOutput.stderr("portcullis scan: \(error)")
                throw ExitCode(64)
            }
        }
        if let s = minScore { cfg.minimumScore = s }
        var classifier = SensitivityClassifier(config: cfg)
        // The evaluation contract reports every record's injection score, low ones too, so that
        // a ROC curve can be drawn from it; the threshold is the reader's (score.py: 0.5).
        if jsonl { classifier.engine.injection?.minimumScore = 0 }
        var jsonlHighest: SensitivityLabel?
        var inputs: [ScanInput] = texts.enumerated().map { .text(index: $0.offset + 1, $0.element) }
        var collector = ScanInputCollector()
        var totalBytes = texts.reduce(0) { $0 + $1.utf8.count }
        let stdinPiped = isatty(STDIN_FILENO) == 0
        for p in paths {
            if p == "-" {
                inputs.append(.stdin)
                continue
            }
            for (path, size) in collector.expand(p) {
                inputs.append(.file(path: path))
                totalBytes += size
            }
        }
        if paths.isEmpty && texts.isEmpty {
            guard stdinPiped else {
                throw ValidationError("Nothing to scan: give --text, files or folders, or pipe text to stdin.")
            }
            inputs.append(.stdin)
        }
        let progress = ScanProgress(totalBytes: totalBytes, inputs: inputs.count, enabled: !noProgress)
        var report = ScanReport()
        report.skippedBinaryFiles = collector.skippedBinary
        report.skippedFolders = collector.skippedFolders
        let problem: (ScanProblem) -> Void = { p in
            progress.clear()
            ScanOutput.stderr("portcullis scan: " + p.text)
        }
        var problems: [ScanProblem] = collector.problems.map { ScanProblem(input: $0.0, line: nil, message: $0.1) }
        problems.forEach(problem)
        let record: (ScanProblem) -> Void = { p in
            problem(p)
            problems.append(p)
        }
        if jsonl {
            var contract = ScanJSONLContract(classifier: classifier, progress: progress, problem: record)
            for input in inputs {
                guard let reader = open(input, problem: record) else { continue }
                contract.run(reader, name: input.displayName)
                progress.finishInput()
            }
            progress.clear()
            jsonlHighest = contract.highest
        } else {
            let format = ScanInputFormat(rawValue: inputFormat)!
            for input in inputs {
                defer { progress.finishInput() }
                if case let .text(_, t) = input {
                    let r = ScanTextScanner(classifier: classifier, progress: progress, problem: record)
                    report.inputs.append(r.scanString(t, name: input.displayName))
                    continue
                }
                guard let reader = open(input, problem: record) else { continue }
                let path: String? = if case let .file(p) = input { p } else { nil }
                switch format.resolved(for: path) {
                case .jsonl:
                    let d = ScanJSONLDataset(classifier: classifier, progress: progress, problem: record)
                    report.inputs.append(d.scan(reader, name: input.displayName))
                case let f:
                    let r = ScanTextScanner(classifier: classifier, progress: progress, problem: record)
                    report.inputs.append(r.scan(reader, name: input.displayName, csv: f == .csv))
                }
            }
            progress.clear()
            report.label = report.inputs.map(\.label).max() ?? .public
            report.problems = problems
            if json {
                ScanOutput.writeJSON(report)
            } else if sarif {
                ScanOutput.writeSARIF(report, classifier: classifier)
            } else {
                ScanOutput.writeTable(report)
            }
        }
        let highest = jsonl ? jsonlHighest : report.inputs.flatMap(\.findings).map(\.label).max()
        if let f = failOn.flatMap(SensitivityLabel.init(name:)), let h = highest, h >= f {
            throw ExitCode(2)
        }
        if !problems.isEmpty { throw ExitCode(1) }
    }

    private func open(_ input: ScanInput, problem: (ScanProblem) -> Void) -> ScanByteReader? {
        switch input {
        case .stdin: return .standardInput
        case .text: return nil
        case let .file(path):
            switch ScanByteReader.open(path) {
            case let .success(r): return r
            case let .failure(e):
                problem(ScanProblem(input: path, line: nil, message: e.message))
                return nil
            }
        }
    }
}

extension ScanTextScanner {
    /// Scans a text given on the command line.
    func scanString(_ text: String, name: String) -> InputReport {
        scan(ScanStringSource(text), name: name, csv: false)
    }
}

/// A command-line text as one block.
final class ScanStringSource: ScanBlockSource {
    private var data: Data?

    init(_ text: String) { data = Data(text.utf8) }

    func next() throws -> Data? {
        defer { data = nil }
        return data
    }
}
