import PortcullisCore

/// A decision as people read it: the outcome, then every finding (masked) and every reason.
enum DecisionReport {
    static func render(_ d: Decision, findings: [LabelledFinding], text: String) -> String {
        var out: [String] = []
        var head = "decision: \(d.action.rawValue.uppercased())"
        if let r = d.routeTo { head += " to \(r)" }
        if let code = d.code { head += " (\(code))" }
        out.append(head)
        if let w = d.wouldHave { out.append("monitor mode: enforcing would \(w.rawValue) this request") }
        out.append("label: \(d.label) (after transforms: \(d.effectiveLabel))")
        if let m = d.message { out.append("message to the user: \(m)") }
        if !d.fallbacks.isEmpty { out.append("if the vendor fails: fall back to \(d.fallbacks.joined(separator: ", then "))") }
        if !findings.isEmpty {
            out.append("findings:")
            let scalars = Array(text.unicodeScalars)
            for f in findings {
                let value = String(String.UnicodeScalarView(scalars[f.finding.start..<min(f.finding.end, scalars.count)]))
                out.append("  \(f.finding.type) [\(f.finding.start)..<\(f.finding.end)] \(f.label): \(mask(value))")
            }
        }
        if !d.transforms.isEmpty {
            out.append("transforms:")
            for (t, a) in d.transforms.sorted(by: { $0.key < $1.key }) { out.append("  \(t) → \(a.rawValue)") }
        }
        if !d.alerts.isEmpty {
            out.append("alerts:")
            for a in d.alerts { out.append("  \(a.rule) (\(a.severity.rawValue))") }
        }
        out.append("reasons:")
        for r in d.reasons { out.append("  \(r)") }
        out.append("policy: sha256:\(d.policyVersion)")
        return out.joined(separator: "\n")
    }

    /// Never print a found value in full: the first two characters and the length.
    static func mask(_ v: String) -> String {
        let keep = v.count > 6 ? 2 : 0
        return String(v.prefix(keep)) + String(repeating: "•", count: max(1, min(v.count - keep, 12))) + " (\(v.count) chars)"
    }
}
