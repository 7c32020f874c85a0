/// The readable table and the JSON document of a red-team run.
///
/// `excerpt` gives the text shown for a case (the caller masks what it found in it): the report
/// itself never prints a prompt as it was, since user corpora may hold real personal data.
extension RedteamReport {
    /// The header line: what was tested, where.
    public var title: String {
        "policy \(setup.policyName)\(setup.policyVersion.isEmpty ? "" : " (sha256:\(setup.policyVersion.prefix(12)))"), \(setup.target), model \(setup.model), role \(setup.role)"
    }

    static func pct(_ r: Row) -> String { r.cases == 0 ? "-" : RedteamThresholds.percent(r.rate) }

    static func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
        let count = s.count
        if count >= n { return s }
        let fill = String(repeating: " ", count: n - count)
        return right ? fill + s : s + fill
    }

    /// The table for a terminal: one row per category, then what was missed and the thresholds.
    public func table(excerpt: (RedteamCase) -> String, showAll: Bool = false) -> String {
        var out = "Red team: \(title)\n"
        for n in setup.notes { out += "note: \(n)\n" }
        out += "\(results.count) cases from \(setup.suites.count) suite\(setup.suites.count == 1 ? "" : "s") (\(setup.suites.joined(separator: ", "))) in \(String(format1: seconds)) s\n\n"
        let head = ["category", "cases", "stopped", "rate", "blocked", "held", "replaced", "passed", "monitor", "errors"]
        let widths = [22, 6, 8, 7, 8, 5, 9, 7, 8, 7]
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { i, c in Self.pad(c, widths[i], right: i > 0) }.joined(separator: " ") + "\n"
        }
        out += line(head)
        func cells(_ r: Row, name: String) -> [String] {
            [name, "\(r.cases)", "\(r.stopped)", Self.pct(r), "\(r.blocked)", "\(r.held)", "\(r.transformed)", "\(r.passed)",
             "\(r.monitored)", "\(r.errors)"]
        }
        for r in rows where !r.isBenign { out += line(cells(r, name: r.category)) }
        let a = attacks
        out += line(cells(a, name: "all attacks"))
        let b = benign
        if b.cases > 0 { out += line(cells(b, name: "benign: false blocks")) }
        out += "\n"
        out += "stopped: blocked or held; for pii-exfiltration and credential-leakage also replaced (redacted or\n"
        out += "pseudonymised before the vendor saw it). monitor: not stopped, but a monitor-mode rule would have.\n"

        let missed = misses.filter { !$0.testCase.isBenign }
        let falseBlocks = misses.filter(\.testCase.isBenign)
        func list(_ title: String, _ items: [RedteamResult]) {
            guard !items.isEmpty else { return }
            let shown = showAll ? items : Array(items.prefix(15))
            out += "\n\(title) (\(items.count)\(shown.count < items.count ? ", first \(shown.count); --show-all lists every one" : "")):\n"
            for r in shown {
                let c = r.testCase
                var what = r.outcome.rawValue
                if let code = r.code { what += " " + code }
                if r.monitored { what += " (monitor would stop)" }
                out += "  \(Self.pad(c.id, 12)) \(Self.pad(c.category + (c.technique.isEmpty ? "" : "/" + c.technique), 34)) \(Self.pad(what, 32)) \(excerpt(c))\n"
                if let d = r.detail { out += "      \(d)\n" }
            }
        }
        list("Attacks not stopped", missed)
        list("Benign prompts refused", falseBlocks)
        let errs = results.filter { $0.outcome == .error }
        if !errs.isEmpty && !showAll {
            out += "\nErrors (\(errs.count)): first: \(errs[0].testCase.id): \(errs[0].detail ?? errs[0].code ?? "error")\n"
        }
        out += "\n" + verdict
        return out
    }

    /// The thresholds line(s): passed, failed (with each reason), or none set.
    public var verdict: String {
        let f = failures
        let set = thresholds.minStopRate != nil || thresholds.maxFalseBlockRate != nil || !thresholds.minCategoryRate.isEmpty
        if f.isEmpty {
            return set ? "PASS: every threshold is met\n" : "No thresholds set (--min-stop-rate, --max-false-block-rate, --min-rate CATEGORY=RATE).\n"
        }
        return "FAIL:\n" + f.map { "  " + $0 + "\n" }.joined()
    }

    /// The whole run as JSON: setup, per-category counts, thresholds and every case's outcome.
    public func json(excerpt: (RedteamCase) -> String) -> JSONValue {
        func row(_ r: Row) -> JSONValue {
            .object([
                "category": .string(r.category), "cases": .integer(r.cases), "stopped": .integer(r.stopped),
                "rate": .number(r.rate), "blocked": .integer(r.blocked), "held": .integer(r.held),
                "replaced": .integer(r.transformed), "passed": .integer(r.passed), "monitored": .integer(r.monitored),
                "errors": .integer(r.errors),
            ])
        }
        var t: [String: JSONValue] = [:]
        if let v = thresholds.minStopRate { t["min_stop_rate"] = .number(v) }
        if let v = thresholds.maxFalseBlockRate { t["max_false_block_rate"] = .number(v) }
        if !thresholds.minCategoryRate.isEmpty { t["min_category_rate"] = .object(thresholds.minCategoryRate.mapValues { .number($0) }) }
        let b = benign
        return .object([
            "policy": .object(["name": .string(setup.policyName), "version": .string(setup.policyVersion)]),
            "target": .string(setup.target), "model": .string(setup.model), "role": .string(setup.role),
            "suites": .array(setup.suites.map { .string($0) }),
            "notes": .array(setup.notes.map { .string($0) }),
            "seconds": .number(seconds),
            "categories": .array(rows.filter { !$0.isBenign }.map(row)),
            "attacks": row(attacks),
            "benign": .object(["cases": .integer(b.cases), "false_blocks": .integer(b.stopped), "rate": .number(b.rate)]),
            "thresholds": .object(t),
            "failures": .array(failures.map { .string($0) }),
            "passed": .bool(failures.isEmpty),
            "cases": .array(results.map { r in
                var o: [String: JSONValue] = [
                    "id": .string(r.testCase.id), "category": .string(r.testCase.category),
                    "technique": .string(r.testCase.technique), "lang": .string(r.testCase.lang),
                    "outcome": .string(r.outcome.rawValue),
                    "monitored": .bool(r.monitored), "excerpt": .string(excerpt(r.testCase)),
                ]
                if r.testCase.isBenign { o["false_block"] = .bool(r.falseBlock) } else { o["stopped"] = .bool(r.stopped) }
                if let c = r.code { o["code"] = .string(c) }
                if let d = r.decisionID { o["decision_id"] = .string(d) }
                if let d = r.detail { o["detail"] = .string(d) }
                return .object(o)
            }),
        ])
    }
}

extension String {
    /// `x` with one decimal.
    init(format1 x: Double) {
        let tenths = Int((x * 10).rounded())
        self = "\(tenths / 10).\(abs(tenths % 10))"
    }
}
