import ArgumentParser
import Foundation
import PortcullisCore

/// `portcullis policy`: check, test and explain policy documents.
struct PolicyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check, test and explain policy documents (policy as code).",
        discussion: """
            A policy (YAML) says which data may go to which AI model, who may use which model, what \
            happens to personal data on the way and what is held for a human. See examples/ for \
            complete policies with their test cases.

            Examples:
              portcullis policy check examples/policy-small-company.yaml
              portcullis policy test examples/policy-small-company.yaml --cases examples/policy-small-company.cases.yaml
              portcullis policy explain --policy examples/policy-small-company.yaml --role engineer \\
                  --model gpt-4o --prompt "Summarise the call with Anna Schmidt, +49 30 1234567"
            """,
        subcommands: [PolicyCheck.self, PolicyTest.self, PolicyExplain.self])
}

/// Loads a policy or exits 64 with its error (file:line:column: message).
func loadPolicy(_ path: String) throws -> Policy {
    do {
        return try Policy.load(path: path)
    } catch {
        FileHandle.standardError.write(Data("error: \(error.description)\n".utf8))
        throw ExitCode(64)
    }
}

struct PolicyCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a policy: errors name the line and column; unknown keys are rejected.",
        discussion: "Exit status: 0 valid, 64 invalid (the error is printed on stderr).")

    @Argument(help: ArgumentHelp("The policy file.", valueName: "file"))
    var file: String

    func run() throws {
        let p = try loadPolicy(file)
        print("\(file): valid policy '\(p.name)' (\(p.mode.rawValue) mode)")
        print("  version  sha256:\(p.version)")
        print("  vendors  \(p.vendors.count), models \(p.models.count), roles \(p.roles.count), rules \(p.rules.count)")
        print("  default  \(p.defaultAction.rawValue) when no rule decides")
        for w in PolicyWarnings.of(p, today: PolicyWarnings.today()) { print("  warning: \(w)") }
    }
}

struct PolicyTest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a policy's test cases; non-zero exit when a case fails.",
        discussion: """
            Each case gives a principal (roles, training), a model, a prompt or an output, optional \
            topics, and what the decision must be (action, label, effective_label, code, route_to, \
            transforms, rules that must fire, would_have for monitor mode). The text is scanned with \
            the built-in detectors and document markers, labelled by the policy.

            Exit status: 0 every case passed, 1 a case failed, 64 the policy or the cases are invalid.
            """)

    @Argument(help: ArgumentHelp("The policy file.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The YAML file of test cases.", valueName: "file"))
    var cases: String

    func run() throws {
        let policy = try loadPolicy(file)
        let list: [PolicyTestCase]
        do {
            guard let text = try? String(contentsOfFile: cases, encoding: .utf8) else {
                throw ConfigError.syntax(file: cases, line: nil, column: nil, message: "cannot read the file")
            }
            list = try PolicyTestCase.parse(yaml: text, file: cases)
        } catch let e as ConfigError {
            FileHandle.standardError.write(Data("error: \(e.description)\n".utf8))
            throw ExitCode(64)
        }
        guard !list.isEmpty else {
            FileHandle.standardError.write(Data("error: \(cases): no test cases (a policy test must test something)\n".utf8))
            throw ExitCode(1)
        }
        let classifier = SensitivityClassifier(mapping: policy.labels)
        var failed = 0
        for c in list {
            let (d, failures) = c.run(policy, classifier: classifier)
            if failures.isEmpty {
                print("ok    \(c.name) → \(d.action.rawValue) (\(d.label))")
            } else {
                failed += 1
                print("FAIL  \(c.name) (\(cases):\(c.line.map(String.init) ?? "?"))")
                for f in failures { print("        \(f)") }
                for r in d.reasons { print("        reason: \(r)") }
            }
        }
        print("\(list.count - failed) of \(list.count) cases passed (policy sha256:\(policy.version.prefix(12)))")
        if failed > 0 { throw ExitCode(1) }
    }
}

struct PolicyExplain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the decision for one prompt and every reason behind it.")

    @Option(help: ArgumentHelp("The policy file.", valueName: "file"))
    var policy: String

    @Option(help: ArgumentHelp("A role of the principal (repeatable).", valueName: "role"))
    var role: [String] = []

    @Option(help: ArgumentHelp("A training the principal completed (repeatable).", valueName: "course"))
    var training: [String] = []

    @Option(help: ArgumentHelp("The model asked for.", valueName: "name"))
    var model: String

    @Option(help: ArgumentHelp("The prompt text ('-' reads stdin).", valueName: "text"))
    var prompt: String?

    @Option(help: ArgumentHelp("Explain an answer (direction output) instead of a prompt.", valueName: "text"))
    var output: String?

    @Option(help: ArgumentHelp("A detected topic (repeatable).", valueName: "topic"))
    var topic: [String] = []

    @Option(help: ArgumentHelp("The dataset the request draws on.", valueName: "name"))
    var dataset: String?

    func validate() throws {
        guard (prompt == nil) != (output == nil) else { throw ValidationError("give --prompt or --output (one of them)") }
    }

    func run() throws {
        let p = try loadPolicy(policy)
        for r in role where p.roles[r] == nil {
            FileHandle.standardError.write(Data("error: --role \(r): the policy defines no such role (roles: \(p.roles.keys.sorted().joined(separator: ", ")))\n".utf8))
            throw ExitCode(64)
        }
        var text = prompt ?? output ?? ""
        if text == "-" { text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
        let classified = SensitivityClassifier(mapping: p.labels).classify(text)
        let principal = Principal(id: "cli", roles: role, training: Set(training))
        let d = PolicyEvaluator.evaluate(p, principal: principal,
                                         request: RequestFacts(model: model, direction: prompt != nil ? .input : .output, topics: Set(topic), dataset: dataset),
                                         classified: classified.findings)
        print(DecisionReport.render(d, findings: classified.findings, text: text))
    }
}
