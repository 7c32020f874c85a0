import Crypto
import Foundation

/// The hash chain: each entry's hash covers its fields and the previous entry's hash, so editing,
/// deleting, inserting or reordering an entry breaks every link after it.
public enum AuditChain {
    /// The `prevHash` of the first entry.
    public static let genesis = [UInt8](repeating: 0, count: 32)
    private static let domain = Array("portcullis.audit.v1".utf8)

    /// The hash `entry` must carry: SHA-256 over a length-prefixed encoding of every field except
    /// `payload` and `hash` (unambiguous, so no two different entries encode alike).
    public static func hash(of e: AuditEntry) -> [UInt8] {
        var h = SHA256()
        var buf: [UInt8] = []
        buf.reserveCapacity(512)
        func bytes(_ b: [UInt8]) {
            var n = UInt32(b.count).bigEndian
            withUnsafeBytes(of: &n) { buf.append(contentsOf: $0) }
            buf.append(contentsOf: b)
        }
        func string(_ s: String) { bytes(Array(s.utf8)) }
        func int(_ v: Int64) {
            var n = v.bigEndian
            withUnsafeBytes(of: &n) { buf.append(contentsOf: $0) }
        }
        bytes(domain)
        bytes(e.prevHash)
        int(e.seq)
        string(e.id.uuidString)
        int(e.timeMicros)
        for s in [e.actor, e.action, e.decision, e.label, e.model, e.vendor, e.findings, e.policyVersion,
                  e.decisionID, e.requestDigest, e.subject, e.keyID] {
            string(s)
        }
        bytes(e.payloadDigest)
        h.update(data: buf)
        return Array(h.finalize())
    }

    /// Numbers and chains `records` after an entry with number `lastSeq` and hash `lastHash`.
    public static func link(_ records: [SealedRecord], after lastSeq: Int64, lastHash: [UInt8]) -> [AuditEntry] {
        var prev = lastHash
        var seq = lastSeq
        var out: [AuditEntry] = []
        out.reserveCapacity(records.count)
        for s in records {
            seq += 1
            let r = s.record.withoutNUL
            var e = AuditEntry(
                seq: seq, id: r.id, timeMicros: Int64((r.time.timeIntervalSince1970 * 1_000_000).rounded()),
                actor: r.actor, action: r.action, decision: r.decision, label: r.label, model: r.model,
                vendor: r.vendor, findings: r.canonicalFindings, policyVersion: r.policyVersion,
                decisionID: r.decisionID, requestDigest: r.requestDigest, subject: r.subject ?? "",
                keyID: s.keyID, payloadDigest: s.sealedPayload.map { Array(SHA256.hash(data: $0)) } ?? [],
                payload: s.sealedPayload, prevHash: prev, hash: [])
            e.hash = hash(of: e)
            prev = e.hash
            out.append(e)
        }
        return out
    }
}

extension AuditRecord {
    /// The record with NUL characters replaced by U+FFFD: PostgreSQL text cannot hold NUL, and
    /// both stores must keep (and hash) the same values.
    var withoutNUL: AuditRecord {
        func c(_ s: String) -> String { s.contains("\u{0}") ? s.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : s }
        var r = self
        r.actor = c(actor); r.action = c(action); r.decision = c(decision); r.label = c(label); r.model = c(model)
        r.vendor = c(vendor); r.policyVersion = c(policyVersion); r.decisionID = c(decisionID)
        r.requestDigest = c(requestDigest); r.subject = subject.map(c)
        r.findings = Dictionary(findings.map { (c($0.key), $0.value) }, uniquingKeysWith: +)
        return r
    }
}

extension Array where Element == UInt8 {
    /// Lower-case hexadecimal.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(count * 2)
        for b in self {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 15)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
