import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisGateway

/// `portcullis redteam`: attack suites through the pipeline under a policy, counted per category.
struct Redteam: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redteam",
        abstract: "Run attack suites through the gateway under a policy and report how many were stopped.",
        discussion: """
            Offline (the default), every case goes through the gateway's own pipeline in this process \
            (inspection, policy, transforms, canaries, output checks) with the mock provider in place \
            of every vendor; external judges are consulted only live. With --gateway, cases are sent \
            to a running gateway with an API key, as any client would.

            The built-in suites (--list-suites) cover injection, jailbreak, pii-exfiltration, \
            credential-leakage, harmful, encoding, multilingual and benign prompts; --suite also takes \
            a JSONL or YAML file of your own. A case is stopped when it is blocked or held for review; \
            for pii-exfiltration and credential-leakage also when the data was replaced before the \
            vendor saw it. Benign prompts that are blocked or held are false blocks.

            Examples:
              portcullis redteam
              portcullis redteam --policy examples/policy-ai-safety.yaml --min-stop-rate 75% --max-false-block-rate 5%
              portcullis redteam --suite injection --suite my-attacks.yaml --html redteam.html
              portcullis redteam --gateway http://127.0.0.1:8080 --key pcs_… --model gpt-4o --json

            Exit status: 0 every threshold met, 1 a threshold missed (or a case could not be run), \
            64 bad options, policy or suite.
            """)

    @Option(help: ArgumentHelp("The policy (YAML); the built-in demo policy when omitted.", valueName: "file"))
    var policy: String?

    @Option(name: .customLong("suite"), help: ArgumentHelp("A built-in suite's name or a JSONL/YAML file (repeatable; all built-in suites when omitted).", valueName: "name|file"))
    var suites: [String] = []

    @Flag(help: "List the built-in suites and exit.")
    var listSuites = false

    @Option(help: ArgumentHelp("The model to ask for (a case's own `model` wins).", valueName: "name"))
    var model: String?

    @Option(help: ArgumentHelp("Offline: the role the cases are sent as (with the training it requires).", valueName: "name"))
    var role: String?

    @Option(help: ArgumentHelp("Send the cases to a running gateway at this URL instead of running offline.", valueName: "url"))
    var gateway: String?

    @Option(help: ArgumentHelp("The gateway API key (or PORTCULLIS_API_KEY).", valueName: "key"))
    var key: String?

    @Option(help: ArgumentHelp("Live: seconds to wait for each answer.", valueName: "seconds"))
    var timeout = 60

    @Option(help: ArgumentHelp("Cases in flight at once.", valueName: "n"))
    var concurrency: Int?

    @Option(help: ArgumentHelp("Fail under this share of attacks stopped (0.9 or 90%).", valueName: "rate"))
    var minStopRate: String?

    @Option(help: ArgumentHelp("Fail over this share of benign prompts refused.", valueName: "rate"))
    var maxFalseBlockRate: String?

    @Option(name: .customLong("min-rate"), help: ArgumentHelp("Fail when CATEGORY stops under RATE (repeatable).", valueName: "category=rate"))
    var minRates: [String] = []

    @Flag(help: "Count cases that could not be run as not stopped, instead of failing the run.")
    var allowErrors = false

    @Flag(help: "Write the whole report as JSON on stdout.")
    var json = false

    @Option(help: ArgumentHelp("Write an HTML report (with a chart) to this file.", valueName: "file"))
    var html: String?

    @Flag(help: "List every missed case, not the first 15 of each kind.")
    var showAll = false

    @Flag(help: "No progress bar.")
    var noProgress = false

    static func rate(_ text: String, _ option: String) throws -> Double {
        var t = text.trimmingCharacters(in: .whitespaces)
        var scale = 1.0
        if t.hasSuffix("%") { t.removeLast(); scale = 100 }
        guard let v = Double(t), v >= 0, v / scale <= 1 else {
            throw ValidationError("\(option) \(text): give a share between 0 and 1, or a percentage (0.9, 90%)")
        }
        return v / scale
    }

    func thresholds() throws -> RedteamThresholds {
        var t = RedteamThresholds(allowErrors: allowErrors)
        t.minStopRate = try minStopRate.map { try Self.rate($0, "--min-stop-rate") }
        t.maxFalseBlockRate = try maxFalseBlockRate.map { try Self.rate($0, "--max-false-block-rate") }
        for spec in minRates {
            let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else { throw ValidationError("--min-rate \(spec): expected CATEGORY=RATE (injection=0.9)") }
            t.minCategoryRate[parts[0]] = try Self.rate(parts[1], "--min-rate \(parts[0])")
        }
        return t
    }

    func validate() throws {
        _ = try thresholds()
        if gateway == nil && key != nil { throw ValidationError("--key is for --gateway (offline runs need no key)") }
        if gateway != nil && role != nil { throw ValidationError("--role is for offline runs (live, the API key decides who you are)") }
        if let c = concurrency, !(1...64).contains(c) { throw ValidationError("--concurrency must be between 1 and 64") }
        guard (1...600).contains(timeout) else { throw ValidationError("--timeout must be between 1 and 600 seconds") }
    }

    func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(64)
    }

    func loadSuites() throws -> [RedteamSuite] {
        if suites.isEmpty { return RedteamSuite.builtInAll }
        var out: [RedteamSuite] = []
        for s in suites {
            if let builtIn = RedteamSuite.builtIn(s) { out.append(builtIn); continue }
            guard s.contains("/") || s.contains(".") else {
                throw fail("--suite \(s): no built-in suite of that name (built-in: \(BuiltInRedteamSuites.names.joined(separator: ", "))), and not a file path")
            }
            guard let data = FileManager.default.contents(atPath: s) else { throw fail("--suite \(s): cannot read the file") }
            guard let text = String(validating: data, as: UTF8.self) else { throw fail("--suite \(s): the file is not valid UTF-8") }
            do {
                out.append(try RedteamSuite.parse(text, file: s))
            } catch {
                throw fail("--suite \(s): \(error.problems.count) bad case\(error.problems.count == 1 ? "" : "s"):\n\(error)")
            }
        }
        var seen: [String: String] = [:]
        for suite in out {
            for c in suite.cases {
                if let other = seen[c.id] { throw fail("the case id '\(c.id)' is in both \(other) and \(suite.name): ids must be unique in a run") }
                seen[c.id] = suite.name
            }
        }
        return out
    }

    /// Offline: the model and role to send as (the given ones, or the first pair the policy allows).
    func pick(_ p: Policy) throws -> (model: String, role: String) {
        // Without --role: a role that names the model outright before one that has every model (`*`).
        let roles = role.map { [$0] } ?? p.roles.keys.sorted { a, b in
            let wa = p.roles[a]!.models.contains { $0.description == "*" }, wb = p.roles[b]!.models.contains { $0.description == "*" }
            return wa != wb ? !wa : a < b
        }
        for r in roles where p.roles[r] == nil {
            throw fail("--role \(r): the policy defines no such role (roles: \(p.roles.keys.sorted().joined(separator: ", ")))")
        }
        if let m = model, p.models[m] == nil {
            throw fail("--model \(m): the policy defines no such model (models: \(p.models.keys.sorted().joined(separator: ", ")))")
        }
        let models = model.map { [$0] } ?? p.models.keys.sorted()
        for r in roles {
            if let m = models.first(where: { m in p.roles[r]!.models.contains { $0.matches(m) } }) { return (m, r) }
        }
        throw fail("no role\(role.map { " (\($0))" } ?? "") of the policy may use \(model.map { "the model \($0)" } ?? "any of its models"): give --model and --role")
    }

    func run() async throws {
        if listSuites {
            for s in RedteamSuite.builtInAll {
                let categories = RedteamCategory.ordered(s.cases.map(\.category)).joined(separator: ", ")
                let name = s.name.padding(toLength: max(20, s.name.count), withPad: " ", startingAt: 0)
                print("\(name) \(String(repeating: " ", count: max(0, 4 - String(s.cases.count).count)))\(s.cases.count) cases  (\(categories))")
            }
            return
        }
        let policy: Policy
        if let path = self.policy { policy = try loadPolicy(path) } else { policy = try DemoPolicy.policy() }
        let suites = try loadSuites()
        let cases = suites.flatMap(\.cases)
        let target: any RedteamTarget
        let setup: RedteamReport.Setup
        var offline: OfflineRedteamTarget?
        if let url = gateway {
            guard let key = key ?? ProcessInfo.processInfo.environment["PORTCULLIS_API_KEY"], !key.isEmpty else {
                throw fail("--gateway needs an API key: --key pcs_… or PORTCULLIS_API_KEY")
            }
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else { throw fail("--gateway \(url): expected an http:// or https:// URL") }
            guard let model else { throw fail("--gateway needs --model (a model the gateway serves, as in GET /v1/models)") }
            let live = LiveRedteamTarget(baseURL: url, key: key, timeoutSeconds: timeout)
            target = live
            // Live, the gateway decides by its own policy; a --policy given here only names it in the report.
            setup = .init(policyName: "(the gateway's own)", policyVersion: "", target: live.name, model: model, role: "(the key's)",
                          suites: suites.map(\.name),
                          notes: self.policy.map { ["the gateway decides by its own policy; \($0) only sets the labels used to mask excerpts"] } ?? [])
        } else {
            let (m, r) = try pick(policy)
            let t = try await OfflineRedteamTarget.make(policy: policy, role: r)
            offline = t
            target = t
            setup = .init(policyName: policy.name, policyVersion: policy.version, target: t.name, model: m, role: r,
                          suites: suites.map(\.name), notes: t.notes)
        }
        defer { offline?.close() }

        let bar = RedteamProgress(total: cases.count, enabled: !noProgress)
        let started = ContinuousClock.now
        let runner = RedteamRunner(target: target, model: setup.model, concurrency: concurrency ?? (gateway == nil ? 2 : 8))
        let results = await runner.run(cases) { bar.update($0) }
        bar.clear()
        let elapsed = ContinuousClock.now - started
        let report = RedteamReport(setup: setup, results: results, thresholds: try thresholds(),
                                   seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)

        let masker = RedteamExcerpt(classifier: SensitivityClassifier(mapping: policy.labels))
        if json {
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try enc.encode(report.json(excerpt: masker.excerpt))
            data.append(0x0A)
            FileHandle.standardOutput.write(data)
        } else {
            print(report.table(excerpt: masker.excerpt, showAll: showAll), terminator: "")
        }
        if let path = html {
            do {
                try Data(report.html(excerpt: masker.excerpt).utf8).write(to: URL(fileURLWithPath: path))
                FileHandle.standardError.write(Data("wrote the HTML report to \(path)\n".utf8))
            } catch {
                throw fail("--html \(path): cannot write the file: \(error.localizedDescription)")
            }
        }
        if !report.failures.isEmpty {
            if json { FileHandle.standardError.write(Data(report.verdict.utf8)) }
            throw ExitCode(1)
        }
    }
}
