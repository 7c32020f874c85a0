import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisStore

/// Opens the store and an audit log writer on it, for the commands that append or decrypt.
func openAuditLog(_ options: StoreOptions) async throws -> AuditLog {
    let keys: AuditKeys
    let dir = options.keyDirectory
    let env = ProcessInfo.processInfo.environment
    let creating = !FileManager.default.fileExists(atPath: dir.path + "/master.key") && env["PORTCULLIS_MASTER_KEY"] == nil
    do {
        keys = try dir.load(create: true)
    } catch {
        fail("cannot load the audit keys: \(error)", code: 2)
    }
    if creating {
        FileHandle.standardError.write(Data("note: created new audit keys in \(dir.path): back them up, and give every replica the same ones\n".utf8))
    }
    return AuditLog(store: try await options.open(mustExist: false), keys: keys)
}

/// `portcullis audit erase`.
struct AuditErase: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erase",
        abstract: "Crypto-shred a subject: destroy their data keys so their payloads cannot be read again.",
        discussion: "The events stay (the chain still verifies); the erasure itself is recorded as an audit event.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The subject (user id) whose data is to be forgotten.")
    var subject: String

    @Option(help: "Who asks for the erasure (recorded in the audit log).")
    var actor: String = ProcessInfo.processInfo.environment["USER"] ?? "operator"

    func validate() throws {
        if subject.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--subject must not be empty") }
    }

    func run() async throws {
        let log = try await openAuditLog(store)
        let (receipt, destroyed) = try await log.erase(subject: subject, actor: actor)
        _ = try? await log.checkpointNow()
        await log.store.close()
        print("erased subject \(subject): \(destroyed) data key\(destroyed == 1 ? "" : "s") destroyed; recorded as audit event \(receipt.seq)")
    }
}

/// `portcullis audit prune`.
struct AuditPrune: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Apply retention: drop the encrypted payloads of events older than a duration.",
        discussion: "Events and their hashes stay, so the chain keeps verifying; only prompts and answers go.")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("older-than"), help: "Retention period, e.g. 30d or 90d.")
    var olderThan: String

    func run() async throws {
        guard let secs = parseDuration(olderThan) else { throw ValidationError("--older-than \(olderThan): use a duration such as 30d") }
        let s = try await store.open(mustExist: true)
        let n = try await s.dropAuditPayloads(olderThan: Date().addingTimeInterval(-secs))
        await s.close()
        print("dropped \(n) payload\(n == 1 ? "" : "s") older than \(olderThan)")
    }
}

/// `portcullis audit rotate-key`.
struct AuditRotateKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-key",
        abstract: "Rotate the master key: a new key wraps every data key again; events are not rewritten.",
        discussion: "The old key is kept under KEY-DIR/retired/ so an interrupted rotation can be run again.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let ring: MasterKeyring
        do {
            ring = try store.keyDirectory.rotateMasterKey()
        } catch {
            fail("\(error)", code: 2)
        }
        let s = try await store.open(mustExist: true)
        let n = try await s.rewrapDataKeys(keyring: ring)
        await s.close()
        print("master key rotated to \(ring.current.id): \(n) data key\(n == 1 ? "" : "s") re-wrapped")
    }
}

/// `portcullis audit checkpoint`.
struct AuditCheckpointCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint", abstract: "Sign a checkpoint at the end of the log now.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let log = try await openAuditLog(store)
        let seq = try await log.checkpointNow()
        await log.store.close()
        print(seq.map { "checkpoint at event \($0)" } ?? "the log is empty")
    }
}

/// `portcullis audit show`.
struct AuditShow: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one event, with its payload decrypted when it can be.")

    @OptionGroup var store: StoreOptions

    @Option(help: "The event's number.")
    var seq: Int64

    func run() async throws {
        let log = try await openAuditLog(store)
        guard let e = try await log.store.auditEntry(seq: seq) else {
            await log.store.close()
            fail("there is no audit event \(seq)", code: 1)
        }
        print(AuditExportFormat.jsonl.line(for: e))
        switch try await log.payload(seq: seq) {
        case .none: print("payload: none")
        case .dropped: print("payload: dropped by retention")
        case .erased: print("payload: unreadable (subject erased)")
        case .readable(let p):
            print("prompt: \(p.prompt ?? "")")
            print("answer: \(p.answer ?? "")")
        }
        await log.store.close()
    }
}
