import ArgumentParser
import Crypto
import Foundation
import PortcullisCore

/// `portcullis anonymize`: make a safe dataset for AI work from real data.
struct Anonymize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Make a safe copy of a text, CSV or JSONL file: personal data and credentials replaced.",
        discussion: """
            First a classification report (which column or field holds which entity types, at which \
            label, and what will happen to it), from the first --sample-rows rows; then every row is \
            streamed through in constant memory. Each column or field is kept, dropped, redacted \
            ([TYPE]), pseudonymised ([TYPE:3f9a1c0b], the same value always the same pseudonym under \
            one key) or synthesised (format-preserving fakes: cards pass Luhn, IBANs mod-97), per a \
            small YAML plan (--plan) or by default from the labels (auto: credentials get a type tag, \
            other personal data a fake, public data stays). A column that mostly holds one type \
            (names, e-mails) is treated as that type in every row, even where a detector finds nothing.

            The key makes the output reproducible: --key-file FILE (at least 16 bytes) or the \
            environment variable PORTCULLIS_KEY (at least 16 characters). Without one a random key \
            is used and stderr says the output is not reproducible.

            Plan (YAML):
              default: auto            # auto | keep | drop | redact | pseudonymize | synthesize
              columns:                 # CSV header names or JSONL field paths (a.b for nested)
                customer_id: keep
                notes: redact

            Exit status: 0 done; 1 some lines could not be parsed (they were anonymised as plain text, \
            each reported on stderr); 64 bad usage, plan or key.

            Examples:
              portcullis anonymize customers.csv --out customers.safe.csv
              PORTCULLIS_KEY=… portcullis anonymize tickets.jsonl --out tickets.safe.jsonl --plan plan.yaml
              portcullis anonymize notes.txt --out - --report-only
            """)

    @Argument(help: ArgumentHelp("The input file ('-' reads stdin).", valueName: "input"))
    var input: String

    @Option(help: ArgumentHelp("Where to write the anonymised copy ('-' writes stdout).", valueName: "file"))
    var out: String?

    @Option(help: ArgumentHelp("A YAML plan: per-column actions.", valueName: "file"))
    var plan: String?

    @Option(name: .customLong("key-file"), help: ArgumentHelp("A file holding the key (≥ 16 bytes).", valueName: "file"))
    var keyFile: String?

    @Option(name: .customLong("input-format"), help: ArgumentHelp("auto (by extension), text, csv, jsonl.", valueName: "format"))
    var inputFormat: String = "auto"

    @Option(name: .customLong("sample-rows"), help: ArgumentHelp("Rows the classification report is built from.", valueName: "n"))
    var sampleRows: Int = 1000

    @Flag(name: .customLong("report-only"), help: "Print the classification report and write nothing.")
    var reportOnly = false

    @Flag(name: .customLong("no-progress"), help: "Never draw a progress bar.")
    var noProgress = false

    func validate() throws {
        guard ScanInputFormat(rawValue: inputFormat) != nil else {
            throw ValidationError("--input-format must be auto, text, csv or jsonl, not '\(inputFormat)'.")
        }
        guard reportOnly || out != nil else { throw ValidationError("--out FILE is required (or --report-only).") }
        guard (1...1_000_000).contains(sampleRows) else { throw ValidationError("--sample-rows must be between 1 and 1000000.") }
        if let out, out != "-", input != "-" {
            let a = URL(fileURLWithPath: out).resolvingSymlinksInPath().standardized.path
            let b = URL(fileURLWithPath: input).resolvingSymlinksInPath().standardized.path
            if a == b { throw ValidationError("--out must not be the input file.") }
        }
        var isDirectory: ObjCBool = false
        if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ValidationError("\(input) is a folder; anonymize one file at a time.")
        }
    }

    func run() throws {
        let key = try loadKey()
        var thePlan = AnonymizePlan()
        if let plan {
            do {
                guard let text = try? String(contentsOfFile: plan, encoding: .utf8) else {
                    throw ConfigError.syntax(file: plan, line: nil, column: nil, message: "cannot read the file")
                }
                thePlan = try AnonymizePlan.parse(yaml: text, file: plan)
            } catch let e as ConfigError {
                FileHandle.standardError.write(Data("error: \(e.description)\n".utf8))
                throw ExitCode(64)
            }
        }
        let reader: ScanByteReader
        if input == "-" {
            reader = .standardInput
        } else {
            switch ScanByteReader.open(input) {
            case .success(let r): reader = r
            case .failure(let e):
                FileHandle.standardError.write(Data("error: \(input): \(e.message)\n".utf8))
                throw ExitCode(64)
            }
        }
        let format = ScanInputFormat(rawValue: inputFormat)!.resolved(for: input == "-" ? nil : input)
        // The report goes to stdout unless the data does.
        let reportToStderr = out == "-"
        let sink: OutputSink? = reportOnly ? nil : try OutputSink(path: out!)
        let progress = ScanProgress(totalBytes: input == "-" ? 0 : ScanInputCollector.size(input), inputs: 1, enabled: !noProgress)
        let job = AnonymizeJob(anonymizer: ValueAnonymizer(key: key), plan: thePlan, sink: sink, sampleRows: sampleRows,
                               name: input == "-" ? "stdin" : input, report: { line in
                                   if reportToStderr { FileHandle.standardError.write(Data((line + "\n").utf8)) } else { print(line) }
                               })
        switch format {
        case .csv:
            do { try job.csv(reader, progress: progress) } catch is AnonymizeJob.PlanMismatch { throw ExitCode(64) }
        case .jsonl: try job.jsonl(reader, progress: progress)
        case .text, .auto: try job.text(reader, progress: progress)
        }
        progress.clear()
        try sink?.close()
        if job.problems > 0 { throw ExitCode(1) }
    }

    /// The key from --key-file, PORTCULLIS_KEY, or a random one (with a warning).
    private func loadKey() throws -> TransformKey {
        if let keyFile {
            guard let data = FileManager.default.contents(atPath: keyFile) else {
                FileHandle.standardError.write(Data("error: --key-file \(keyFile): cannot read the file\n".utf8))
                throw ExitCode(64)
            }
            var bytes = [UInt8](data)
            while let last = bytes.last, last == 0x0A || last == 0x0D { bytes.removeLast() }  // a trailing newline is not key material
            guard bytes.count >= 16 else {
                FileHandle.standardError.write(Data("error: --key-file \(keyFile): a key needs at least 16 bytes\n".utf8))
                throw ExitCode(64)
            }
            return TransformKey(bytes: Array(SHA256.hash(data: bytes)))
        }
        if let env = ProcessInfo.processInfo.environment["PORTCULLIS_KEY"], !env.isEmpty {
            guard env.utf8.count >= 16 else {
                FileHandle.standardError.write(Data("error: PORTCULLIS_KEY needs at least 16 characters\n".utf8))
                throw ExitCode(64)
            }
            return TransformKey(bytes: Array(SHA256.hash(data: Array(env.utf8))))
        }
        FileHandle.standardError.write(Data("""
            warning: no key given (--key-file or PORTCULLIS_KEY): a random key is used, so this output is \
            not reproducible and its pseudonyms match no other run.\n
            """.utf8))
        return .random()
    }
}

/// Buffered output to a file or stdout.
final class OutputSink {
    private let handle: FileHandle
    private let isStdout: Bool
    private var buffer: [UInt8] = []

    init(path: String) throws {
        if path == "-" {
            handle = .standardOutput
            isStdout = true
        } else {
            guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
                FileHandle.standardError.write(Data("error: cannot write \(path)\n".utf8))
                throw ExitCode(64)
            }
            handle = h
            isStdout = false
        }
        buffer.reserveCapacity(1 << 20)
    }

    func write(_ s: String) throws {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        try flush()
        if !isStdout { try handle.close() }
    }
}
