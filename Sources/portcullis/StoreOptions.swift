import ArgumentParser
import Foundation
import PortcullisCore
import PortcullisStore

/// Where the store and its keys are: shared by `audit` (and later `keys`, `serve`).
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Data directory of the embedded SQLite store (default ./.portcullis).")
    var dataDir: String?

    @Option(name: .customLong("database"),
            help: "PostgreSQL URL (postgres://user:password@host:port/db) instead of the embedded store; default $PORTCULLIS_DATABASE_URL.")
    var database: String?

    @Option(name: .customLong("key-dir"),
            help: "Directory of the audit keys (default DATA-DIR/keys); $PORTCULLIS_MASTER_KEY and $PORTCULLIS_AUDIT_SIGNING_KEY override its files.")
    var keyDir: String?

    func validate() throws {
        if dataDir != nil && database != nil {
            throw ValidationError("give --data-dir (SQLite) or --database (PostgreSQL), not both")
        }
        if (database ?? ProcessInfo.processInfo.environment["PORTCULLIS_DATABASE_URL"]) != nil && dataDir == nil && keyDir == nil
            && ProcessInfo.processInfo.environment["PORTCULLIS_AUDIT_SIGNING_KEY"] == nil {
            throw ValidationError("with --database, give --key-dir (or set PORTCULLIS_MASTER_KEY and PORTCULLIS_AUDIT_SIGNING_KEY): the keys are not in the database")
        }
    }

    var databaseURL: String? {
        dataDir == nil ? (database ?? ProcessInfo.processInfo.environment["PORTCULLIS_DATABASE_URL"]) : nil
    }

    var resolvedDataDir: String { dataDir ?? "./.portcullis" }

    var keyDirectory: KeyDirectory { KeyDirectory(path: keyDir ?? resolvedDataDir + "/keys") }

    /// Opens the store; a store that cannot be opened is reported and exits 2.
    /// - Parameters:
    ///   - mustExist: refuse to create a store (a typo in a path must not look like an empty log).
    ///   - readOnly: open without migrating or writing (`verify`, `export`); implies `mustExist`.
    func open(mustExist: Bool, readOnly: Bool = false) async throws -> PortcullisStore {
        do {
            let url = databaseURL ?? resolvedDataDir + "/portcullis.sqlite"
            let isPostgres = url.hasPrefix("postgres://") || url.hasPrefix("postgresql://")
            if readOnly { return try await PortcullisStore.openExisting(url: url) }
            if mustExist && !isPostgres {
                let path = url.hasPrefix("sqlite:") ? String(url.dropFirst("sqlite:".count)) : url
                guard FileManager.default.fileExists(atPath: path) else {
                    throw StoreError.unavailable("no store at \(path); give --data-dir or --database")
                }
            }
            if databaseURL == nil { return try await PortcullisStore.open(dataDirectory: resolvedDataDir) }
            return try await PortcullisStore.open(url: url)
        } catch {
            fail("\(error)", code: 2)
        }
    }
}

/// Prints an error to stderr and exits with `code`.
func fail(_ message: String, code: Int32) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    Foundation.exit(code)
}

/// Parses `30d`, `12h`, `45m`, `90s` into seconds.
func parseDuration(_ s: String) -> Double? {
    guard let unit = s.last, let n = Double(s.dropLast()), n.isFinite, n >= 0 else { return nil }
    let secs: Double
    switch unit {
    case "s": secs = n
    case "m": secs = n * 60
    case "h": secs = n * 3600
    case "d": secs = n * 86400
    default: return nil
    }
    // A hundred years is plenty; beyond, dates stop being representable.
    return secs <= 100 * 366 * 86400 ? secs : nil
}

/// Parses an ISO 8601 date or date-time, or a duration meaning "that long ago".
func parseSince(_ s: String, now: Date = Date()) -> Date? {
    if let d = parseDuration(s) { return now.addingTimeInterval(-d) }
    if let d = try? Date(s, strategy: .iso8601) { return d }
    let day = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day()
    return try? Date(s, strategy: day)
}
