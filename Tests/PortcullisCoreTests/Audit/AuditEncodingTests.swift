import Crypto
import Foundation
import Testing

@testable import PortcullisCore

@Suite("Audit encodings: UUID text and the bytes the chain hashes")
struct AuditEncodingTests {
    @Test func uuidTextMatchesFoundation() {
        for _ in 0..<2000 {
            let u = UUID()
            #expect(u.text == u.uuidString)
            #expect(UUID(text: u.uuidString) == u)
            #expect(UUID(text: u.uuidString.lowercased()) == u)
        }
        let zero = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        #expect(zero.text == "00000000-0000-0000-0000-000000000000")
        let ff = UUID(uuid: (255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255))
        #expect(ff.text == "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF")
    }

    @Test func uuidTextRejectsWhatFoundationRejects() {
        for bad in ["", "not-a-uuid", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5FF",
                    "E621E1F8XC36C-495A-93FC-0C247A3E6E5F", "G621E1F8-C36C-495A-93FC-0C247A3E6E5F",
                    "E621E1F8-C36C-495A-93FC-0C247A3E6É5"] {
            #expect(UUID(text: bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "\(bad)")
        }
    }

    @Test func randomUUIDsAreVersion4AndDistinct() {
        var seen = Set<UUID>()
        for _ in 0..<10_000 {
            let u = UUID.random()
            #expect(u.uuid.6 >> 4 == 4)
            #expect(u.uuid.8 >> 6 == 0b10)
            seen.insert(u)
        }
        #expect(seen.count == 10_000)
    }

    /// The chain's encoding, written out independently of `AuditChain`: existing logs were hashed
    /// this way, so any change to it (field order, length prefixes, UUID case) must fail here.
    static func referenceHash(_ e: AuditEntry) -> [UInt8] {
        var buf: [UInt8] = []
        func bytes(_ b: [UInt8]) { buf += withUnsafeBytes(of: UInt32(b.count).bigEndian, Array.init); buf += b }
        func int(_ v: Int64) { buf += withUnsafeBytes(of: v.bigEndian, Array.init) }
        bytes(Array("portcullis.audit.v1".utf8))
        bytes(e.prevHash)
        int(e.seq)
        bytes(Array(e.id.uuidString.utf8))
        int(e.timeMicros)
        for s in [e.actor, e.action, e.decision, e.label, e.model, e.vendor, e.findings, e.policyVersion,
                  e.decisionID, e.requestDigest, e.subject, e.keyID] { bytes(Array(s.utf8)) }
        bytes(e.payloadDigest)
        return Array(SHA256.hash(data: buf))
    }

    @Test func linkedHashesFollowTheDocumentedEncoding() {
        let records = (0..<50).map { i in
            SealedRecord(record: AuditRecord(time: Date(timeIntervalSince1970: 1_764_000_000 + Double(i) / 7), actor: "ü\(i)",
                                             action: "chat.completions", decision: i % 3 == 0 ? "block" : "allow",
                                             label: "confidential", model: "gpt-4o", vendor: "openai",
                                             findings: ["PERSON": i, "EMAIL_ADDRESS": 1], policyVersion: "sha256:ab",
                                             decisionID: "dec_\(i)", requestDigest: "00ff", subject: i % 2 == 0 ? "s\(i)" : nil),
                         keyID: i % 2 == 0 ? "k\(i)" : "", sealedPayload: i % 2 == 0 ? Array(repeating: UInt8(i), count: i + 1) : nil)
        }
        let start = Array(SHA256.hash(data: [1, 2, 3]))
        let entries = AuditChain.link(records, after: 41, lastHash: start)
        var prev = start
        for (i, e) in entries.enumerated() {
            #expect(e.seq == Int64(42 + i))
            #expect(e.prevHash == prev)
            #expect(e.hash == Self.referenceHash(e))
            #expect(AuditChain.hash(of: e) == e.hash)
            #expect(e.payloadDigest == (records[i].sealedPayload.map { Array(SHA256.hash(data: $0)) } ?? []))
            prev = e.hash
        }
    }

    @Test func nulCharactersAreReplacedBeforeHashing() {
        let r = SealedRecord(record: AuditRecord(actor: "a\u{0}b", action: "x", findings: ["T\u{0}": 1, "T\u{FFFD}": 2]))
        let e = AuditChain.link([r], after: 0, lastHash: AuditChain.genesis)[0]
        #expect(e.actor == "a\u{FFFD}b")
        #expect(e.findings == "T\u{FFFD}:3")
        #expect(e.hash == Self.referenceHash(e))
    }
}
