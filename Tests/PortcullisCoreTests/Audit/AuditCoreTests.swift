import Crypto
import Foundation
import Testing

@testable import PortcullisCore

@Suite("Audit chain, keys and export formats")
struct AuditCoreTests {
    func records(_ n: Int) -> [SealedRecord] {
        (0..<n).map { i in
            SealedRecord(record: AuditRecord(time: Date(timeIntervalSince1970: 1_764_000_000 + Double(i)), actor: "u\(i)",
                                             action: "chat.completions", decision: "allow", findings: ["PERSON": i]))
        }
    }

    @Test func chainLinksAndIsDeterministic() {
        let rs = records(5)
        let a = AuditChain.link(rs, after: 0, lastHash: AuditChain.genesis)
        let b = AuditChain.link(rs, after: 0, lastHash: AuditChain.genesis)
        #expect(a == b)
        #expect(a.map(\.seq) == [1, 2, 3, 4, 5])
        #expect(a[0].prevHash == AuditChain.genesis)
        for i in 1..<5 { #expect(a[i].prevHash == a[i - 1].hash) }
        // Every field is covered: changing any one changes the hash.
        var e = a[2]
        let original = AuditChain.hash(of: e)
        for mutate in [{ (x: inout AuditEntry) in x.actor += "x" }, { $0.findings = "PERSON:9" }, { $0.timeMicros += 1 },
                       { $0.seq += 1 }, { $0.payloadDigest = [1] }, { $0.keyID = "k" }, { $0.subject = "s" }] {
            var m = e
            mutate(&m)
            #expect(AuditChain.hash(of: m) != original)
        }
        // Field boundaries are unambiguous: moving a character between fields changes the hash.
        e.actor = "ab"; e.action = "c"
        var f = e
        f.actor = "a"; f.action = "bc"
        #expect(AuditChain.hash(of: e) != AuditChain.hash(of: f))
    }

    @Test func verifierFindsTheFirstProblem() {
        let key = AuditSigningKey.generate()
        var entries = AuditChain.link(records(6), after: 0, lastHash: AuditChain.genesis)
        let cp = key.checkpoint(seq: 4, hash: entries[3].hash, timeMicros: 1, everyEvents: 4)
        var v = AuditVerifier(trustedKeys: [key.verifyingKey], checkpoints: [cp], checkpointEvery: 4)
        for e in entries { let ok = v.check(e); #expect(ok) }
        v.finish(headSeq: 6)
        #expect(v.problem == nil && v.checkpointsVerified == 1 && v.unsignedTail == 2)

        entries[1].label = "restricted"
        var w = AuditVerifier(trustedKeys: [key.verifyingKey], checkpoints: [cp], checkpointEvery: 4)
        for e in entries { w.check(e) }
        #expect(w.problem?.seq == 2 && w.problem?.kind == .edited)

        // A head beyond the last entry means the end was cut off.
        var t = AuditVerifier(trustedKeys: [key.verifyingKey], checkpoints: [])
        for e in AuditChain.link(records(3), after: 0, lastHash: AuditChain.genesis) { t.check(e) }
        t.finish(headSeq: 5)
        #expect(t.problem?.kind == .truncated && t.problem?.seq == 4)
    }

    @Test func checkpointSignaturesBindSeqHashAndTime() {
        let key = AuditSigningKey.generate()
        let c = key.checkpoint(seq: 10, hash: Array(repeating: 3, count: 32), timeMicros: 99)
        #expect(key.verifyingKey.isValid(c))
        var d = c
        d.seq = 11
        #expect(!key.verifyingKey.isValid(d))
        d = c
        d.timeMicros = 100
        #expect(!key.verifyingKey.isValid(d))
        d = c
        d.everyEvents = 1
        #expect(!key.verifyingKey.isValid(d))
        #expect(!AuditSigningKey.generate().verifyingKey.isValid(c))
        #expect(throws: AuditKeyError.self) { _ = try AuditSigningKey(rawRepresentation: [1, 2, 3]) }
    }

    @Test func envelopeEncryptionBindsKeysAndPayloads() throws {
        let master = MasterKey.generate()
        let dek = SymmetricKey(size: .bits256)
        let wrapped = try master.wrap(dek, keyID: "k1")
        let back = try master.unwrap(wrapped, keyID: "k1")
        #expect(back.withUnsafeBytes { Array($0) } == dek.withUnsafeBytes { Array($0) })
        #expect(throws: AuditKeyError.self) { _ = try master.unwrap(wrapped, keyID: "k2") }
        #expect(throws: AuditKeyError.self) { _ = try MasterKey.generate().unwrap(wrapped, keyID: "k1") }
        #expect(throws: AuditKeyError.self) { _ = try MasterKey(bytes: [UInt8](repeating: 0, count: 16)) }

        let id = UUID()
        let sealed = try PayloadCipher.seal(AuditPayload(prompt: "Alice's salary", answer: "42"), with: dek, eventID: id)
        #expect(!String(decoding: sealed, as: UTF8.self).contains("salary"))
        #expect(try PayloadCipher.open(sealed, with: dek, eventID: id) == AuditPayload(prompt: "Alice's salary", answer: "42"))
        #expect(throws: AuditKeyError.self) { _ = try PayloadCipher.open(sealed, with: dek, eventID: UUID()) }
        let ring = MasterKeyring(current: MasterKey.generate(), older: [master])
        #expect(try ring.key(id: master.id).id == master.id)
        #expect(throws: AuditKeyError.self) { _ = try ring.key(id: "nope") }
    }

    @Test func exportFormats() throws {
        var e = AuditChain.link([SealedRecord(record: AuditRecord(
            time: Date(timeIntervalSince1970: 1_764_000_000.25), actor: "ali|ce=x", action: "chat.completions", decision: "block",
            label: "confidential", model: "gpt\"4o]", findings: ["PERSON": 2, "EMAIL_ADDRESS": 1], decisionID: "dec_1"))],
            after: 0, lastHash: AuditChain.genesis)[0]
        let json = AuditExportFormat.jsonl.line(for: e)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(obj["seq"] as? Int == 1 && obj["actor"] as? String == "ali|ce=x" && obj["payload"] as? String == "none")
        #expect(obj["time"] as? String == "2025-11-24T16:00:00.250000Z")
        #expect((obj["findings"] as? [String: Int]) == ["PERSON": 2, "EMAIL_ADDRESS": 1])

        let cef = AuditExportFormat.cef.line(for: e)
        #expect(cef.hasPrefix("CEF:0|Portcullis|Portcullis|1|chat.completions|chat.completions block|7|"))
        #expect(cef.contains("suser=ali|ce\\=x"))

        e.action = "audit.erase"
        let sys = AuditExportFormat.syslog.line(for: e, hostname: "gw1")
        #expect(sys.hasPrefix("<108>1 2025-11-24T16:00:00.250000Z gw1 portcullis - audit.erase [portcullis@32473 seq=\"1\""))
        #expect(sys.contains("model=\"gpt\\\"4o\\]\""))
    }
}
