import ArgumentParser
import Foundation
import PortcullisGateway
import PortcullisStore

/// `portcullis keys`: API keys for the gateway.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke gateway API keys (only their hashes are stored).",
        subcommands: [KeysCreate.self, KeysList.self, KeysRevoke.self])
}

struct KeysCreate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a key and print it (only the key, on stdout; it is shown once).")

    @OptionGroup var store: StoreOptions
    @Option(help: "The user the key belongs to.") var user: String
    @Option(help: "The policy role the key acts with.") var role: String
    @Option(help: "Lifetime, e.g. 90d or 12h (default: no expiry).") var expires: String?
    @Option(help: "A label for the key.") var name: String = ""

    func run() async throws {
        var expiry: Date?
        if let e = expires {
            guard let secs = parseDuration(e), secs > 0 else { throw ValidationError("--expires \(e): use a duration such as 90d or 12h") }
            expiry = Date().addingTimeInterval(secs)
        }
        guard !user.isEmpty, !role.isEmpty else { throw ValidationError("--user and --role must not be empty") }
        let s = try await store.open(mustExist: false)
        let made = APIKeys.make(user: user, role: role, name: name, expires: expiry)
        try await s.createAPIKey(made.record)
        await s.close()
        print(made.key)
    }
}

struct KeysList: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List keys (ids, users, roles, state; never the keys).")

    @OptionGroup var store: StoreOptions
    @Option(help: "Only this user's keys.") var user: String?

    func run() async throws {
        let s = try await store.open(mustExist: true)
        let keys = try await s.listAPIKeys(userID: user)
        await s.close()
        let now = Date()
        print("id            user                 role         state     expires")
        for k in keys {
            let state = k.revokedAt != nil ? "revoked" : ((k.expiresAt ?? .distantFuture) <= now ? "expired" : "active")
            let exp = k.expiresAt.map { $0.formatted(.iso8601) } ?? "-"
            print("\(k.id.padding(toLength: 13, withPad: " ", startingAt: 0)) \(k.userID.padding(toLength: 20, withPad: " ", startingAt: 0)) \(k.role.padding(toLength: 12, withPad: " ", startingAt: 0)) \(state.padding(toLength: 9, withPad: " ", startingAt: 0)) \(exp)")
        }
    }
}

struct KeysRevoke: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a key by its id (the part after pcs_).")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The key id, or the whole key.") var id: String

    func run() async throws {
        let keyID = id.hasPrefix("pcs_") ? String(id.split(separator: "_").dropFirst().first ?? "") : id
        let s = try await store.open(mustExist: true)
        let done = try await s.revokeAPIKey(id: keyID)
        await s.close()
        guard done else { fail("no active key with id \(keyID)", code: 1) }
        print("revoked \(keyID)")
    }
}
