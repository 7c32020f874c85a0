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
        hash(prevHash: e.prevHash, seq: e.seq, fields: fieldEncoding(of: e))
    }

    /// The hash of an entry numbered `seq` after `prevHash` whose other fields encode as `fields`
    /// (``fieldEncoding(of:)``): the same bytes as ``hash(of:)`` hashes.
    static func hash(prevHash: [UInt8], seq: Int64, fields: [UInt8]) -> [UInt8] {
        var head: [UInt8] = []
        head.reserveCapacity(4 + domain.count + 4 + prevHash.count + 8)
        appendBytes(domain, to: &head)
        appendBytes(prevHash, to: &head)
        appendInt(seq, to: &head)
        var h = SHA256()
        h.update(data: head)
        h.update(data: fields)
        return Array(h.finalize())
    }

    /// The encoding of every field after `seq` that the hash covers. It does not depend on the
    /// entry's place in the log, so writers compute it before they take the log's lock.
    static func fieldEncoding(of e: AuditEntry) -> [UInt8] {
        var buf: [UInt8] = []
        buf.reserveCapacity(512)
        appendBytes(Array(e.id.text.utf8), to: &buf)
        appendInt(e.timeMicros, to: &buf)
        for s in [e.actor, e.action, e.decision, e.label, e.model, e.vendor, e.findings, e.policyVersion,
                  e.decisionID, e.requestDigest, e.subject, e.keyID] {
            var s = s
            s.withUTF8 { appendBytes($0, to: &buf) }
        }
        appendBytes(e.payloadDigest, to: &buf)
        return buf
    }

    private static func appendBytes<C: Collection>(_ b: C, to buf: inout [UInt8]) where C.Element == UInt8 {
        appendLength(b.count, to: &buf)
        buf.append(contentsOf: b)
    }

    private static func appendLength(_ count: Int, to buf: inout [UInt8]) {
        var n = UInt32(count).bigEndian
        withUnsafeBytes(of: &n) { buf.append(contentsOf: $0) }
    }

    private static func appendInt(_ v: Int64, to buf: inout [UInt8]) {
        var n = v.bigEndian
        withUnsafeBytes(of: &n) { buf.append(contentsOf: $0) }
    }

    /// Numbers and chains `records` after an entry with number `lastSeq` and hash `lastHash`.
    public static func link(_ records: [SealedRecord], after lastSeq: Int64, lastHash: [UInt8]) -> [AuditEntry] {
        var prev = lastHash
        var seq = lastSeq
        var out: [AuditEntry] = []
        out.reserveCapacity(records.count)
        for s in records {
            seq += 1
            var e = s.unlinked
            e.seq = seq
            e.prevHash = prev
            e.hash = hash(prevHash: prev, seq: seq, fields: s.fieldEncoding)
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
        // `String.contains` goes through Foundation's locale-aware search: the byte test is far cheaper.
        func c(_ s: String) -> String { s.utf8.contains(0) ? s.replacingOccurrences(of: "\u{0}", with: "\u{FFFD}") : s }
        var r = self
        r.actor = c(actor); r.action = c(action); r.decision = c(decision); r.label = c(label); r.model = c(model)
        r.vendor = c(vendor); r.policyVersion = c(policyVersion); r.decisionID = c(decisionID)
        r.requestDigest = c(requestDigest); r.subject = subject.map(c)
        if findings.keys.contains(where: { $0.utf8.contains(0) }) {
            r.findings = Dictionary(findings.map { (c($0.key), $0.value) }, uniquingKeysWith: +)
        }
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
