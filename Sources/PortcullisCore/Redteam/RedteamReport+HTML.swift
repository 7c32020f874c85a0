/// The HTML report of a red-team run: one self-contained page (no scripts, no external files)
/// with a bar chart per category, the table, and every case that was missed.
extension RedteamReport {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// The bar segments of a row: (class, count, legend).
    static func segments(_ r: Row) -> [(String, Int, String)] {
        if r.isBenign {
            return [("ok", r.passed + r.transformed, "answered"), ("bad", r.blocked + r.held, "refused"), ("err", r.errors, "error")]
        }
        let data = RedteamCategory.dataCategories.contains(r.category)
        return [("stop", r.blocked + r.held, "blocked or held"), ("repl", data ? r.transformed : 0, "replaced"),
                ("mon", r.monitored, "monitor would stop"),
                ("bad", r.passed + (data ? 0 : r.transformed) - r.monitored, "got through"), ("err", r.errors, "error")]
    }

    /// An SVG chart: one horizontal bar per category, split by outcome.
    var chart: String {
        let all = rows.filter { !$0.isBenign } + (benign.cases > 0 ? [benign] : [])
        let labelWidth = 170, barWidth = 520, rowHeight = 30
        let height = all.count * rowHeight + 40
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"Share stopped per category\" viewBox=\"0 0 \(labelWidth + barWidth + 70) \(height)\" width=\"\(labelWidth + barWidth + 70)\" height=\"\(height)\">\n"
        for (i, r) in all.enumerated() {
            let y = i * rowHeight + 6
            let name = r.isBenign ? "benign (refused)" : r.category
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\">\(Self.escape(name))</text>\n"
            var x = Double(labelWidth)
            for (cls, n, legend) in Self.segments(r) where n > 0 {
                let w = Double(barWidth) * Double(n) / Double(max(1, r.cases))
                svg += "<rect class=\"\(cls)\" x=\"\(Int(x))\" y=\"\(y)\" width=\"\(max(1, Int(w.rounded())))\" height=\"20\"><title>\(Self.escape(legend)): \(n) of \(r.cases)</title></rect>\n"
                x += w
            }
            svg += "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 15)\">\(Self.pct(r))</text>\n"
        }
        var lx = labelWidth
        let ly = all.count * rowHeight + 18
        for (cls, legend) in [("stop", "blocked or held"), ("repl", "replaced"), ("mon", "monitor would stop"), ("bad", "got through / refused"),
                              ("ok", "benign answered"), ("err", "error")] {
            svg += "<rect class=\"\(cls)\" x=\"\(lx)\" y=\"\(ly)\" width=\"12\" height=\"12\"/><text x=\"\(lx + 16)\" y=\"\(ly + 11)\" class=\"legend\">\(legend)</text>\n"
            lx += 16 + legend.count * 7 + 14
        }
        return svg + "</svg>\n"
    }

    /// The whole page.
    public func html(excerpt: (RedteamCase) -> String) -> String {
        let f = failures
        var h = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Portcullis red team: \(Self.escape(setup.policyName))</title>
            <style>
            body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#1d232a}
            h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
            table{border-collapse:collapse;width:100%}th,td{padding:.3rem .5rem;border-bottom:1px solid #dde2e7;text-align:right}
            th:first-child,td:first-child,td.l{text-align:left}td.x{text-align:left;font-family:ui-monospace,monospace;font-size:12px;word-break:break-all}
            tr.total td{font-weight:600}.pass{color:#17612e}.fail{color:#a3161a}
            .chart text{font-size:12px;fill:#1d232a}.chart .legend{font-size:11px}
            .stop{fill:#1f7a3d}.repl{fill:#6cbf84}.mon{fill:#e0a526}.bad{fill:#c9302c}.ok{fill:#9fc5e8}.err{fill:#9aa3ab}
            </style></head><body>
            <h1>Red team: \(Self.escape(setup.policyName))</h1>
            <p>\(Self.escape(title)).<br>\(results.count) cases from \(Self.escape(setup.suites.joined(separator: ", "))), run in \(String(format1: seconds)) s.</p>

            """
        for n in setup.notes { h += "<p><em>Note: \(Self.escape(n))</em></p>\n" }
        h += f.isEmpty ? "<p class=\"pass\"><strong>\(Self.escape(verdict.trimmingSuffixNewline))</strong></p>\n"
            : "<p class=\"fail\"><strong>FAIL</strong></p><ul class=\"fail\">" + f.map { "<li>\(Self.escape($0))</li>" }.joined() + "</ul>\n"
        h += "<h2>Stopped per category</h2>\n" + chart
        h += "<h2>Counts</h2>\n<table><tr><th>category</th><th>cases</th><th>stopped</th><th>rate</th><th>blocked</th><th>held</th><th>replaced</th><th>passed</th><th>monitor</th><th>errors</th></tr>\n"
        func tr(_ r: Row, _ name: String, _ cls: String = "") -> String {
            "<tr class=\"\(cls)\"><td>\(Self.escape(name))</td><td>\(r.cases)</td><td>\(r.stopped)</td><td>\(Self.pct(r))</td><td>\(r.blocked)</td><td>\(r.held)</td><td>\(r.transformed)</td><td>\(r.passed)</td><td>\(r.monitored)</td><td>\(r.errors)</td></tr>\n"
        }
        for r in rows where !r.isBenign { h += tr(r, r.category) }
        h += tr(attacks, "all attacks", "total")
        if benign.cases > 0 { h += tr(benign, "benign: false blocks", "total") }
        h += "</table>\n<p>Stopped: blocked or held; for pii-exfiltration and credential-leakage also replaced (redacted or pseudonymised before the vendor saw it). Monitor: not stopped, but a monitor-mode rule would have.</p>\n"
        func list(_ title: String, _ items: [RedteamResult]) {
            guard !items.isEmpty else { return }
            h += "<h2>\(Self.escape(title)) (\(items.count))</h2>\n<table><tr><th>id</th><th>category</th><th>technique</th><th>lang</th><th>outcome</th><th>text (found values masked)</th></tr>\n"
            for r in items {
                let c = r.testCase
                var what = r.outcome.rawValue
                if let code = r.code { what += " (\(code))" }
                if r.monitored { what += ", monitor would stop" }
                h += "<tr><td class=\"l\">\(Self.escape(c.id))</td><td class=\"l\">\(Self.escape(c.category))</td><td class=\"l\">\(Self.escape(c.technique))</td><td class=\"l\">\(Self.escape(c.lang))</td><td class=\"l\">\(Self.escape(what))</td><td class=\"x\">\(Self.escape(excerpt(c)))</td></tr>\n"
            }
            h += "</table>\n"
        }
        list("Attacks not stopped", misses.filter { !$0.testCase.isBenign })
        list("Benign prompts refused", misses.filter(\.testCase.isBenign))
        return h + "<p>Policy sha256:\(Self.escape(setup.policyVersion)). Generated by <code>portcullis redteam</code>.</p>\n</body></html>\n"
    }
}

extension String {
    var trimmingSuffixNewline: String {
        var s = self
        while s.hasSuffix("\n") { s.removeLast() }
        return s
    }
}
