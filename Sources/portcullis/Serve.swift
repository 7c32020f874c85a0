import ArgumentParser

/// `portcullis serve`: the gateway (arrives with the gateway issue).
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the AI gateway (coming: the OpenAI-compatible gateway is not built yet).")

    func run() throws {
        print("""
            portcullis serve: coming soon. The gateway (OpenAI-compatible API, policy enforcement, audit log) \
            is the next milestone. Today you can classify data with `portcullis scan --help`.
            """)
    }
}
