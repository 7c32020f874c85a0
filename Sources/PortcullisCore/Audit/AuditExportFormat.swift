import Foundation

/// Line formats for sending audit events to a SIEM. Payloads are never exported, only whether the
/// event has one.
public enum AuditExportFormat: String, Sendable, CaseIterable {
    /// One JSON object per line, every field.
    case jsonl
    /// ArcSight Common Event Format (CEF:0), one event per line.
    case cef
    /// RFC 5424 syslog lines with the fields as structured data.
    case syslog

    public func line(for e: AuditEntry, hostname: String = "portcullis") -> String {
        switch self {
        case .jsonl: return Self.json(e)
        case .cef: return Self.cef(e)
        case .syslog: return Self.syslog(e, hostname: hostname)
        }
    }

    static func payloadState(_ e: AuditEntry) -> String {
        e.payload != nil ? "present" : (e.payloadDigest.isEmpty ? "none" : "dropped")
    }

    static func isoTime(_ micros: Int64) -> String {
        let secs = micros.quotientAndRemainder(dividingBy: 1_000_000)
        let whole = secs.remainder < 0 ? secs.quotient - 1 : secs.quotient
        let frac = secs.remainder < 0 ? secs.remainder + 1_000_000 : secs.remainder
        let f = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day()
            .timeSeparator(.colon).time(includingFractionalSeconds: false).dateTimeSeparator(.standard)
        let base = Date(timeIntervalSince1970: Double(whole)).formatted(f)
        let digits = String(frac)
        return base + "." + String(repeating: "0", count: 6 - digits.count) + digits + "Z"
    }

    /// Severity 0–10 for CEF, from the decision.
    static func severity(_ e: AuditEntry) -> Int {
        switch e.decision {
        case "block": return 7
        case "review": return 5
        case "redact", "pseudonymize", "synthesize", "route": return 3
        default: return e.action.hasPrefix("audit.") ? 5 : 1
        }
    }

    static func json(_ e: AuditEntry) -> String {
        let obj: [(String, Any)] = [
            ("seq", e.seq), ("id", e.id.uuidString), ("time", isoTime(e.timeMicros)), ("actor", e.actor),
            ("action", e.action), ("decision", e.decision), ("label", e.label), ("model", e.model),
            ("vendor", e.vendor), ("findings", e.findingCounts), ("policy_version", e.policyVersion),
            ("decision_id", e.decisionID), ("request_digest", e.requestDigest), ("subject", e.subject),
            ("payload", payloadState(e)), ("prev_hash", e.prevHash.hex), ("hash", e.hash.hex),
        ]
        var parts: [String] = []
        for (k, v) in obj {
            let value: String
            if let n = v as? Int64 { value = String(n) }
            else if let d = v as? [String: Int] {
                value = "{" + d.sorted { $0.key < $1.key }.map { "\(jsonString($0.key)):\($0.value)" }.joined(separator: ",") + "}"
            } else { value = jsonString(v as? String ?? "") }
            parts.append("\(jsonString(k)):\(value)")
        }
        return "{" + parts.joined(separator: ",") + "}"
    }

    static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }

    static func cef(_ e: AuditEntry) -> String {
        func header(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
                .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        }
        func ext(_ s: String) -> String {
            s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "=", with: "\\=")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        }
        let fields: [(String, String)] = [
            ("rt", String(e.timeMicros / 1000)), ("suser", e.actor), ("act", e.decision),
            ("externalId", e.decisionID), ("cs1Label", "label"), ("cs1", e.label), ("cs2Label", "model"),
            ("cs2", e.model), ("cs3Label", "vendor"), ("cs3", e.vendor), ("cs4Label", "findings"),
            ("cs4", e.findings), ("cs5Label", "policyVersion"), ("cs5", e.policyVersion), ("cs6Label", "hash"),
            ("cs6", e.hash.hex), ("cn1Label", "seq"), ("cn1", String(e.seq)), ("duser", e.subject),
            ("fileHash", e.requestDigest),
        ]
        let extensions = fields.filter { !$0.1.isEmpty }.map { "\($0.0)=\(ext($0.1))" }.joined(separator: " ")
        return "CEF:0|Portcullis|Portcullis|1|\(header(e.action))|\(header(e.action + " " + e.decision))|\(severity(e))|\(extensions)"
    }

    static func syslog(_ e: AuditEntry, hostname: String) -> String {
        // Facility 13 ("log audit", RFC 5424 table 1); severity warning for blocks, notice otherwise.
        let sev = e.decision == "block" ? 4 : 5
        // Control characters (CR, LF …) would split one event into several syslog lines: a value
        // controlled by a user could forge records. They become spaces.
        func clean(_ s: String) -> String {
            String(String.UnicodeScalarView(s.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
        }
        func param(_ s: String) -> String {
            clean(s).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                .replacingOccurrences(of: "]", with: "\\]")
        }
        let params: [(String, String)] = [
            ("seq", String(e.seq)), ("actor", e.actor), ("decision", e.decision), ("label", e.label),
            ("model", e.model), ("vendor", e.vendor), ("findings", e.findings), ("policyVersion", e.policyVersion),
            ("decisionId", e.decisionID), ("requestDigest", e.requestDigest), ("subject", e.subject),
            ("hash", e.hash.hex),
        ]
        // 32473 is the private enterprise number RFC 5612 reserves for documentation and examples.
        let sd = "[portcullis@32473 " + params.map { "\($0.0)=\"\(param($0.1))\"" }.joined(separator: " ") + "]"
        func token(_ s: String) -> String {  // RFC 5424 header fields: printable ASCII, no spaces
            let t = String(String.UnicodeScalarView(s.unicodeScalars.filter { $0.value > 32 && $0.value < 127 }.prefix(32)))
            return t.isEmpty ? "-" : t
        }
        return "<\(13 * 8 + sev)>1 \(isoTime(e.timeMicros)) \(token(hostname)) portcullis - \(token(e.action)) \(sd) \(clean("\(e.action) \(e.decision) by \(e.actor)"))"
    }
}
