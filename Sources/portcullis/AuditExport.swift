import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisStore

extension AuditExportFormat: ExpressibleByArgument {}

/// `portcullis audit export`.
struct AuditExport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write audit events for a SIEM: JSON lines, CEF or RFC 5424 syslog lines.",
        discussion: "Payloads are never exported, only whether an event has one (present, dropped, none).")

    @OptionGroup var store: StoreOptions

    @Option(help: "jsonl, cef or syslog.")
    var format: AuditExportFormat = .jsonl

    @Option(help: "Only events at or after this time: ISO 8601 (2026-11-01, 2026-11-01T09:00:00Z) or a duration ago (24h, 7d).")
    var since: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if let s = since, parseSince(s) == nil {
            throw ValidationError("--since \(s): not an ISO 8601 time or a duration such as 24h or 7d")
        }
    }

    func run() async throws {
        var sinceMicros = Int64.min
        if let s = since, let d = parseSince(s) {
            sinceMicros = Int64((d.timeIntervalSince1970 * 1_000_000).rounded())
        }
        let out: FileHandle
        if let path = output {
            guard FileManager.default.createFile(atPath: path, contents: nil), let h = FileHandle(forWritingAtPath: path) else {
                fail("cannot write \(path)", code: 2)
            }
            out = h
        } else {
            out = FileHandle.standardOutput
        }
        let s = try await store.open(mustExist: true, readOnly: true)
        let host = ProcessInfo.processInfo.hostName.split(separator: ".").first.map(String.init) ?? "portcullis"
        var after = Int64.min
        var count = 0
        do {
            while true {
                let page = try await s.auditEntries(after: after, since: sinceMicros, limit: 5000)
                guard let last = page.last else { break }
                var text = ""
                for e in page { text += format.line(for: e, hostname: host) + "\n" }
                out.write(Data(text.utf8))
                count += page.count
                after = last.seq
            }
        } catch {
            await s.close()
            fail("cannot read the audit log: \(error)", code: 2)
        }
        await s.close()
        if output != nil { FileHandle.standardError.write(Data("exported \(count) events\n".utf8)) }
    }
}
