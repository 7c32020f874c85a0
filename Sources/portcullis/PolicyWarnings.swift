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
        if p.mode == .monitor { w.append("monitor mode: decisions are recorded, not enforced") }
        return w
    }
}
