import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisStore

/// `portcullis audit verify`.
struct AuditVerify: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check the whole hash chain and every signed checkpoint; exit 0 when intact, 1 when not.",
        discussion: """
            Reports the first broken place: the event number and what is wrong (edited, missing, out of order, \
            broken link, payload changed, bad checkpoint, truncated). Checkpoint signatures are checked against \
            the public keys given with --public-key, else the key directory's signing key. Exit 2 when the \
            store or the keys cannot be read.
            """)

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("public-key"), help: "A trusted checkpoint public key file (base64); repeatable.")
    var publicKeys: [String] = []

    @Option(name: .customLong("checkpoint-every"), help: "The log's checkpoint interval N (a checkpoint is required at every multiple of N).")
    var checkpointEvery: Int64 = 1000

    @Flag(help: "Print the result as JSON.")
    var json = false

    func validate() throws {
        if checkpointEvery < 1 { throw ValidationError("--checkpoint-every must be at least 1") }
    }

    func run() async throws {
        var trusted: [AuditVerifyingKey] = []
        for file in publicKeys {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8), let d = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                  let k = try? AuditVerifyingKey(rawRepresentation: [UInt8](d)) else {
                fail("\(file) is not a base64 Ed25519 public key", code: 2)
            }
            trusted.append(k)
        }
        if trusted.isEmpty {
            do {
                trusted.append(try store.keyDirectory.signingKey(create: false).verifyingKey)
            } catch {
                fail("no key to check checkpoints with: \(error); give --public-key or --key-dir", code: 2)
            }
        }
        let s = try await store.open(mustExist: true, readOnly: true)
        let start = Date()
        let v: AuditVerifier
        do {
            v = try await s.verifyAudit(trustedKeys: trusted, checkpointEvery: checkpointEvery)
        } catch {
            await s.close()
            fail("cannot read the audit log: \(error)", code: 2)
        }
        await s.close()
        let secs = max(Date().timeIntervalSince(start), 1e-6)
        let rate = Int(Double(v.entries) / secs)
        if json {
            var obj: [String: Any] = [
                "intact": v.problem == nil, "events": v.entries, "checkpoints": v.checkpointsVerified,
                "last_seq": v.lastVerifiedSeq, "unsigned_tail": v.unsignedTail, "payloads_present": v.payloadsPresent,
                "payloads_dropped": v.payloadsDropped, "seconds": secs, "events_per_second": rate,
                "trusted_keys": trusted.map(\.keyID),
            ]
            if let p = v.problem { obj["problem"] = ["seq": p.seq, "kind": p.kind.rawValue, "detail": p.detail] }
            let data = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else if let p = v.problem {
            print("audit log BROKEN at event \(p.seq): \(p.kind.rawValue): \(p.detail)")
            print("events before it verify (\(v.entries) checked, \(v.checkpointsVerified) checkpoints)")
        } else {
            print("audit log intact: \(v.entries) events, \(v.checkpointsVerified) signed checkpoints" +
                  (v.unsignedTail > 0 ? "; the last \(v.unsignedTail) events are not yet under a checkpoint" : ""))
            print("payloads: \(v.payloadsPresent) present, \(v.payloadsDropped) dropped by retention")
            print("checkpoints checked against key\(trusted.count == 1 ? "" : "s") \(trusted.map(\.keyID).joined(separator: ", "))")
            if v.entries == 0 {
                print("note: the log is empty; a log wiped entirely looks the same (compare with the last checkpoint you recorded elsewhere)")
            }
            print(String(format: "verified in %.2f s (%d events/s)", secs, rate))
        }
        if v.problem != nil { throw ExitCode(1) }
    }
}
