import ArgumentParser
import NIOCore
import NIOPosix

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
        subcommands: [Serve.self, KeysCommand.self, Scan.self, Anonymize.self, PolicyCommand.self, AuditCommand.self, Redteam.self]
    )

    static func main() async {
        // The gateway runs Swift concurrency on NIO's event loops, so a request does not hop between
        // the concurrency pool and the I/O threads at every await (it must be done first, on the main thread).
        if CommandLine.arguments.dropFirst().first == "serve" {
            NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        }
        await main(nil)
    }
}
