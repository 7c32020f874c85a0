import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisStore

/// Opens the store and an audit log writer on it, for the commands that append or decrypt.
///
/// Keys are created only for a new store (no events, no data keys): with an existing log, a
/// missing key means a wrong `--key-dir`, and new keys would sign checkpoints nobody trusts.
func openAuditLog(_ options: StoreOptions, mustExist: Bool = true) async throws -> AuditLog {
    let store = try await options.open(mustExist: mustExist)
    let dir = options.keyDirectory
    let env = ProcessInfo.processInfo.environment
    let noEvents = (try? await store.auditHead().lastSeq) == 0
    let noDataKeys = (try? await store.db.query("SELECT key_id FROM subject_keys LIMIT 1"))?.isEmpty == true
    let isNew = noEvents && noDataKeys
    let creating = isNew && !FileManager.default.fileExists(atPath: dir.path + "/master.key") && env["PORTCULLIS_MASTER_KEY"] == nil
    let keys: AuditKeys
    do {
        keys = try dir.load(create: isNew)
    } catch {
        await store.close()
        fail("cannot load the audit keys: \(error)" + (isNew ? "" : " (this store already has an audit log: give the --key-dir it was written with)"), code: 2)
    }
    if creating {
        FileHandle.standardError.write(Data("note: created new audit keys in \(dir.path): back them up, and give every replica the same ones\n".utf8))
    }
    return AuditLog(store: store, keys: keys)
}

/// Who runs a maintenance command, for its audit event.
var operatorName: String { ProcessInfo.processInfo.environment["USER"] ?? "operator" }

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
    var actor: String = operatorName

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

    func validate() throws {
        if parseDuration(olderThan) == nil { throw ValidationError("--older-than \(olderThan): use a duration such as 30d") }
    }

    func run() async throws {
        let secs = parseDuration(olderThan) ?? 0
        let log = try await openAuditLog(store)
        let n = try await log.store.dropAuditPayloads(olderThan: Date().addingTimeInterval(-secs))
        let r = try await log.append(AuditRecord(actor: operatorName, action: "audit.prune", findings: ["payloads_dropped": n]))
        await log.store.close()
        print("dropped \(n) payload\(n == 1 ? "" : "s") older than \(olderThan); recorded as audit event \(r.seq)")
    }
}

/// `portcullis audit rotate-key`.
struct AuditRotateKey: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rotate-key",
        abstract: "Rotate the master key: a new key wraps every data key again; events are not rewritten.",
        discussion: """
            With key files: a new master.key is made and the old one kept under KEY-DIR/retired/ (so an \
            interrupted rotation can be run again). With $PORTCULLIS_MASTER_KEY: put the new key there and the \
            old one(s) in $PORTCULLIS_MASTER_KEY_OLD (comma-separated), then run this to re-wrap. Replicas \
            must have the new key before any of them writes again.
            """)

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let s = try await store.open(mustExist: true)
        await s.close()
        let ring: MasterKeyring
        do {
            ring = try store.keyDirectory.rotateMasterKey()
        } catch {
            fail("\(error)", code: 2)
        }
        let log = try await openAuditLog(store)
        let n = try await log.store.rewrapDataKeys(keyring: ring)
        let r = try await log.append(AuditRecord(actor: operatorName, action: "audit.rotate-key",
                                                 findings: ["data_keys_rewrapped": n]))
        await log.store.close()
        print("master key rotated to \(ring.current.id): \(n) data key\(n == 1 ? "" : "s") re-wrapped; recorded as audit event \(r.seq)")
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
