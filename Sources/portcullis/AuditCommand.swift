import ArgumentParser

/// `portcullis audit`: verify, export, erase and maintain the audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify, export and maintain the tamper-evident audit log.",
        discussion: """
            Every request through the gateway is one audit event. Each event carries the hash of the one \
            before it (a hash chain), and Ed25519-signed checkpoints vouch for the chain every N events or \
            T seconds, so editing, deleting, inserting or reordering events is detected by `verify`. \
            Prompts and answers, when kept, are encrypted with a per-subject data key wrapped by a master key: \
            `erase` destroys a subject's keys (crypto-shredding), `prune` drops payloads past retention, and \
            neither breaks the chain.
            """,
        subcommands: [AuditVerify.self, AuditExport.self, AuditErase.self, AuditPrune.self, AuditRotateKey.self,
                      AuditCheckpointCommand.self, AuditShow.self, AuditLoad.self]
    )
}
