import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisStore

/// `portcullis audit load`: a load generator for crash-safety tests and benchmarks (hidden).
struct AuditLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Append synthetic events from concurrent writers, printing `ack SEQ` for each committed one.",
        shouldDisplay: false)

    @OptionGroup var store: StoreOptions

    @Option(help: "Concurrent writers.")
    var writers: Int = 8

    @Option(help: "Events per writer (0: until killed).")
    var events: Int = 1000

    func run() async throws {
        let log = try await openAuditLog(store, mustExist: false)
        let out = AckPrinter()
        try await withThrowingTaskGroup(of: Void.self) { g in
            for w in 0..<max(1, writers) {
                g.addTask {
                    var i = 0
                    while events == 0 || i < events {
                        let r = try await log.append(AuditRecord(
                            actor: "load\(w)", action: "chat.completions", decision: "allow", label: "internal",
                            model: "mock", vendor: "mock", findings: ["PERSON": 1], decisionID: "load-\(w)-\(i)",
                            subject: "load\(w)", payload: AuditPayload(prompt: "prompt \(i)", answer: "answer \(i)")))
                        out.ack(r.seq)
                        i += 1
                    }
                }
            }
            try await g.waitForAll()
        }
        _ = try await log.checkpointNow()
        await log.store.close()
    }
}

/// Writes `ack N` lines unbuffered, so a killed process has printed exactly what was acknowledged.
final class AckPrinter: Sendable {
    func ack(_ seq: Int64) {
        let line = Array("ack \(seq)\n".utf8)
        line.withUnsafeBytes { p in _ = write(1, p.baseAddress, p.count) }
    }
}
