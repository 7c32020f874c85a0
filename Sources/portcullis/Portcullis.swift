import ArgumentParser

/// The `portcullis` command line.
@main
struct Portcullis: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portcullis",
        abstract: "A security-aware AI gateway and governance toolkit.",
        discussion: """
            Portcullis sits between people and AI vendors: it classifies data, enforces policy, \
            redacts and pseudonymises, and keeps a tamper-evident audit log.
            """,
        version: "0.1.0",
        subcommands: [Serve.self, KeysCommand.self, Scan.self, Anonymize.self, PolicyCommand.self, AuditCommand.self]
    )
}
