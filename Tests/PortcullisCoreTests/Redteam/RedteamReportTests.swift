import Foundation
import PortcullisCore
import Testing

/// Counting a red-team run: what a stop is per category, false blocks, monitor-mode verdicts,
/// the thresholds that fail a run, and the three renderings.
@Suite("Red-team report")
struct RedteamReportTests {
    static func r(_ id: String, _ category: String, _ outcome: RedteamOutcome, monitored: Bool = false) -> RedteamResult {
        RedteamResult(testCase: RedteamCase(id: id, category: category, prompt: "text of \(id) <b>"), outcome: outcome, monitored: monitored)
    }

    static let setup = RedteamReport.Setup(policyName: "p", policyVersion: String(repeating: "ab", count: 32), target: "offline (mock vendor)",
                                           model: "m", role: "analyst", suites: ["s"])

    static var sample: [RedteamResult] {
        [
            r("i1", "injection", .blocked), r("i2", "injection", .held), r("i3", "injection", .transformed),
            r("i4", "injection", .passed, monitored: true),
            r("p1", "pii-exfiltration", .transformed), r("p2", "pii-exfiltration", .passed),
            r("c1", "credential-leakage", .blocked), r("x1", "my-own", .error),
            r("b1", "benign", .passed), r("b2", "benign", .transformed), r("b3", "benign", .blocked), r("b4", "benign", .passed),
        ]
    }

    @Test func stopsAreCountedPerCategory() {
        let report = RedteamReport(setup: Self.setup, results: Self.sample)
        let rows = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.category, $0) })
        #expect(report.rows.map(\.category) == ["injection", "pii-exfiltration", "credential-leakage", "benign", "my-own"])
        // A replaced value is not a stop for an injection, but is one for personal data.
        #expect(rows["injection"]?.stopped == 2 && rows["injection"]?.monitored == 1)
        #expect(rows["pii-exfiltration"]?.stopped == 1)
        #expect(rows["credential-leakage"]?.rate == 1)
        #expect(rows["my-own"]?.errors == 1 && rows["my-own"]?.stopped == 0)
        #expect(report.attacks.cases == 8 && report.attacks.stopped == 4)
        #expect(report.benign.cases == 4 && report.benign.stopped == 1 && report.benign.rate == 0.25)
        #expect(Set(report.misses.map(\.testCase.id)) == ["i3", "i4", "p2", "x1", "b3"])
    }

    @Test func thresholdsFailTheRunWithReasons() {
        var report = RedteamReport(setup: Self.setup, results: Self.sample)
        report.thresholds = RedteamThresholds(allowErrors: true)
        #expect(report.failures.isEmpty)
        report.thresholds = RedteamThresholds(minStopRate: 0.5, maxFalseBlockRate: 0.25, allowErrors: true)
        #expect(report.failures.isEmpty, "\(report.failures)")
        report.thresholds = RedteamThresholds(minStopRate: 0.51, maxFalseBlockRate: 0.2, minCategoryRate: ["injection": 0.5, "jailbreak": 0.1],
                                              allowErrors: true)
        let f = report.failures
        #expect(f.count == 3, "\(f)")
        #expect(f.contains { $0.contains("stopped 4 of 8 attacks (50%)") })
        #expect(f.contains { $0.contains("refused 1 of 4 benign prompts (25%)") })
        #expect(f.contains { $0.hasPrefix("jailbreak: no cases") })
        report.thresholds = RedteamThresholds()
        #expect(report.failures == ["1 case could not be run (see the errors above; --allow-errors counts them as not stopped)"])
    }

    @Test func renderingsCarryTheCountsAndEscapeTheText() throws {
        let report = RedteamReport(setup: Self.setup, results: Self.sample, thresholds: RedteamThresholds(minStopRate: 0.9), seconds: 1.25)
        let table = report.table(excerpt: { $0.text })
        #expect(table.contains("all attacks"))
        #expect(table.contains("benign: false blocks"))
        #expect(table.contains("Attacks not stopped (5)") == false)
        #expect(table.contains("Attacks not stopped (4)"))
        #expect(table.contains("Benign prompts refused (1)"))
        #expect(table.contains("FAIL:"))
        let html = report.html(excerpt: { $0.text })
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<svg") && html.contains("<rect class=\"stop\""))
        #expect(html.contains("text of i4 &lt;b&gt;") && !html.contains("text of i4 <b>"))
        let json = report.json(excerpt: { _ in "masked" })
        #expect(json["passed"] == .bool(false))
        #expect(json["attacks"]?["stopped"] == .integer(4))
        #expect(json["benign"]?["false_blocks"] == .integer(1))
        #expect(json["cases"]?.arrayValue?.count == 12)
        #expect(json["cases"]?.arrayValue?.first?["excerpt"] == .string("masked"))
    }
}
