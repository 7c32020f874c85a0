import Foundation
import PortcullisCore

/// Things a valid policy may still get wrong, reported by `policy check`.
enum PolicyWarnings {
    static func today() -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: Date())
    }

    static func of(_ p: Policy, today: String) -> [String] {
        var w: [String] = []
        for v in p.vendors.values.sorted(by: { $0.name < $1.name }) {
            if let due = v.assessmentDue, due < today { w.append("vendor '\(v.name)': assessment was due \(due)") }
            if v.kind != .mock && v.dpa == nil { w.append("vendor '\(v.name)': no data-processing agreement (dpa) recorded") }
        }
        let used = Set(p.roles.values.flatMap { r in p.models.keys.filter { m in r.models.contains { $0.matches(m) } } })
        for m in p.models.keys.sorted() where !used.contains(m) { w.append("model '\(m)': no role may use it") }
        if p.defaultAction == .allow { w.append("defaults.action is allow: requests no rule decides go through (fail open)") }
        if p.failureModes.audit == .open { w.append("failure_modes.audit is open: answers go out even when the audit log cannot record them") }
        for j in p.judges where j.onError == .allow { w.append("judge '\(j.name)': fails open (a judge that does not answer lets requests through)") }
        for m in p.models.values.sorted(by: { $0.name < $1.name }) {
            guard let v = p.vendors[m.vendor] else { continue }
            for f in m.fallbacks {
                if let fv = p.models[f].flatMap({ p.vendors[$0.vendor] }), fv.clearance < v.clearance {
                    w.append("model '\(m.name)': fallback '\(f)' is cleared only for \(fv.clearance) data (it is skipped for anything above)")
                }
            }
        }
        if p.mode == .monitor { w.append("monitor mode: decisions are recorded, not enforced") }
        return w
    }
}
