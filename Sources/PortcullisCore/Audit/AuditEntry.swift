import Crypto
import Foundation

/// An audit event as stored: numbered, chained, its payload sealed.
///
/// `hash` covers every field but `payload` itself: it covers the payload's digest instead, so a
/// payload can be dropped (retention) or made unreadable (erasure) while the chain still verifies.
public struct AuditEntry: Sendable, Equatable {
    /// Position in the log, from 1, without gaps.
    public var seq: Int64
    public var id: UUID
    /// Microseconds since 1970-01-01 UTC.
    public var timeMicros: Int64
    public var actor: String
    public var action: String
    public var decision: String
    public var label: String
    public var model: String
    public var vendor: String
    /// ``AuditRecord/canonicalFindings``.
    public var findings: String
    public var policyVersion: String
    public var decisionID: String
    public var requestDigest: String
    /// Empty when the event has no subject.
    public var subject: String
    /// Id of the data key that sealed the payload; empty without a payload.
    public var keyID: String
    /// SHA-256 of the sealed payload; empty without a payload.
    public var payloadDigest: [UInt8]
    /// The sealed payload (nonce, ciphertext, tag); `nil` when there was none or it was dropped.
    public var payload: [UInt8]?
    public var prevHash: [UInt8]
    public var hash: [UInt8]

    public init(seq: Int64, id: UUID, timeMicros: Int64, actor: String, action: String, decision: String,
                label: String, model: String, vendor: String, findings: String, policyVersion: String,
                decisionID: String, requestDigest: String, subject: String, keyID: String,
                payloadDigest: [UInt8], payload: [UInt8]?, prevHash: [UInt8], hash: [UInt8]) {
        self.seq = seq
        self.id = id
        self.timeMicros = timeMicros
        self.actor = actor
        self.action = action
        self.decision = decision
        self.label = label
        self.model = model
        self.vendor = vendor
        self.findings = findings
        self.policyVersion = policyVersion
        self.decisionID = decisionID
        self.requestDigest = requestDigest
        self.subject = subject
        self.keyID = keyID
        self.payloadDigest = payloadDigest
        self.payload = payload
        self.prevHash = prevHash
        self.hash = hash
    }

    /// The event's time as a `Date`.
    public var time: Date { Date(timeIntervalSince1970: Double(timeMicros) / 1_000_000) }

    /// Finding counts parsed back from the canonical form.
    public var findingCounts: [String: Int] {
        var out: [String: Int] = [:]
        for part in findings.split(separator: ",") {
            guard let colon = part.lastIndex(of: ":"), let n = Int(part[part.index(after: colon)...]) else { continue }
            out[String(part[..<colon])] = n
        }
        return out
    }
}

/// An event ready to be chained: everything but its number and hashes.
///
/// Everything that does not depend on the event's place in the log (cleaning, the findings'
/// canonical form, the payload's digest, the encoding the hash covers) is done here, by the
/// writer's own task, so the part under the log's lock is only numbering and one SHA-256.
public struct SealedRecord: Sendable {
    public let record: AuditRecord
    public let keyID: String
    public let sealedPayload: [UInt8]?
    /// The entry with `seq` 0 and empty hashes.
    let unlinked: AuditEntry
    /// ``AuditChain/fieldEncoding(of:)`` of `unlinked`.
    let fieldEncoding: [UInt8]

    public init(record: AuditRecord, keyID: String = "", sealedPayload: [UInt8]? = nil) {
        self.record = record
        self.keyID = keyID
        self.sealedPayload = sealedPayload
        let r = record.withoutNUL
        unlinked = AuditEntry(
            seq: 0, id: r.id, timeMicros: Int64((r.time.timeIntervalSince1970 * 1_000_000).rounded()),
            actor: r.actor, action: r.action, decision: r.decision, label: r.label, model: r.model,
            vendor: r.vendor, findings: r.canonicalFindings, policyVersion: r.policyVersion,
            decisionID: r.decisionID, requestDigest: r.requestDigest, subject: r.subject ?? "",
            keyID: keyID, payloadDigest: sealedPayload.map { Array(SHA256.hash(data: $0)) } ?? [],
            payload: sealedPayload, prevHash: [], hash: [])
        fieldEncoding = AuditChain.fieldEncoding(of: unlinked)
    }
}
