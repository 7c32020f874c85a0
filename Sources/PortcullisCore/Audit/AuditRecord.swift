import Foundation

/// One thing that happened, as the gateway or a command reports it to the audit log.
///
/// The log turns it into an ``AuditEntry``: numbered, chained to the previous entry, and with its
/// payload encrypted under the subject's data key.
public struct AuditRecord: Sendable, Equatable {
    /// Unique id of the event; it also binds the encrypted payload to this event.
    public var id: UUID
    public var time: Date
    /// Who acted: a user id, a key id, or `system`.
    public var actor: String
    /// What was done, for example `chat.completions`, `audit.erase`, `policy.apply`.
    public var action: String
    /// The decision's action (`allow`, `redact`, `block`, …); `refused:CODE` for a request turned
    /// away before any decision (a bad key, a rate limit, an invalid body), `failed:CODE` for one
    /// that failed after it (a vendor error); `-` for events that are not requests.
    public var decision: String
    public var label: String
    public var model: String
    public var vendor: String
    /// Finding types and how many of each were found.
    public var findings: [String: Int]
    public var policyVersion: String
    public var decisionID: String
    /// SHA-256 (hex) of the request as received, so a copy can be matched without storing it.
    public var requestDigest: String
    /// Whose personal data the payload holds; its data key is what `audit erase` destroys.
    public var subject: String?
    /// Prompt and answer, kept only when the retention policy says so; encrypted before storage.
    public var payload: AuditPayload?

    public init(id: UUID = .random(), time: Date = Date(), actor: String, action: String, decision: String = "-",
                label: String = "public", model: String = "", vendor: String = "", findings: [String: Int] = [:],
                policyVersion: String = "", decisionID: String = "", requestDigest: String = "",
                subject: String? = nil, payload: AuditPayload? = nil) {
        self.id = id
        self.time = time
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
        self.payload = payload
    }

    /// Findings in their canonical stored form: `TYPE:count` sorted by type, comma-separated.
    public var canonicalFindings: String {
        findings.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: ",")
    }
}

/// The texts an audit event may keep, encrypted: what was asked and what was answered.
public struct AuditPayload: Sendable, Equatable, Codable {
    public var prompt: String?
    public var answer: String?

    public init(prompt: String? = nil, answer: String? = nil) {
        self.prompt = prompt
        self.answer = answer
    }
}
