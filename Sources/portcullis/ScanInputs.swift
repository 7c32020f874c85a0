import Foundation

/// One thing to scan, as the user named it or as a folder walk found it.
enum ScanInput {
    case text(index: Int, String)
    case stdin
    case file(path: String)

    /// The name shown in reports: the path, `<stdin>` or `<text N>`.
    var displayName: String {
        switch self {
        case let .text(i, _): "<text \(i)>"
        case .stdin: "<stdin>"
        case let .file(path): path
        }
    }
}

/// How an input's content is read.
enum ScanInputFormat: String, CaseIterable {
    case auto, text, csv, jsonl

    /// The format for `path` when `auto`: `.csv`/`.tsv` are CSV datasets, `.jsonl`/`.ndjson` JSONL.
    func resolved(for path: String?) -> ScanInputFormat {
        guard self == .auto else { return self }
        let ext = (path.map { ($0 as NSString).pathExtension.lowercased() }) ?? ""
        switch ext {
        case "csv", "tsv": return .csv
        case "jsonl", "ndjson": return .jsonl
        default: return .text
        }
    }
}

/// Expands the command line into inputs: folders recursively (no symlinks followed; vendored and
/// generated folders skipped), files as given.
struct ScanInputCollector {
    /// Folders never entered when walking a folder (they hold other people's code or build output).
    static let skippedFolders: Set<String> = [
        ".git", ".hg", ".svn", "node_modules", "vendor", ".build", "dist", "build", "__pycache__", ".venv", "venv",
        "target", ".tox", ".mypy_cache", ".gradle", "Pods", "DerivedData",
    ]

    var problems: [(String, String)] = []
    var skippedBinary = 0
    var skippedFolders = 0

    /// Whether the first 8 KB of the file hold a NUL byte (git's test for binary content).
    static func looksBinary(_ path: String) -> Bool {
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        guard let d = try? h.read(upToCount: 8192) else { return false }
        return d.contains(0)
    }

    /// The files under `root` (or `root` itself), sorted for stable output, with their sizes.
    mutating func expand(_ root: String) -> [(path: String, size: Int)] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDir) else {
            problems.append((root, "no such file or folder"))
            return []
        }
        if !isDir.boolValue {
            if ScanInputCollector.looksBinary(root) {
                skippedBinary += 1
                return []
            }
            return [(root, ScanInputCollector.size(root))]
        }
        var out: [(String, Int)] = []
        walk(root, into: &out)
        return out
    }

    private mutating func walk(_ dir: String, into out: inout [(String, Int)]) {
        let fm = FileManager.default
        let names: [String]
        do {
            names = try fm.contentsOfDirectory(atPath: dir).sorted()
        } catch {
            problems.append((dir, "cannot list folder"))
            return
        }
        for name in names {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            guard let attrs = try? fm.attributesOfItem(atPath: path), let type = attrs[.type] as? FileAttributeType else {
                problems.append((path, "cannot read file attributes"))
                continue
            }
            switch type {
            case .typeDirectory:
                if ScanInputCollector.skippedFolders.contains(name) {
                    skippedFolders += 1
                } else {
                    walk(path, into: &out)
                }
            case .typeRegular:
                if ScanInputCollector.looksBinary(path) {
                    skippedBinary += 1
                } else {
                    out.append((path, (attrs[.size] as? NSNumber)?.intValue ?? 0))
                }
            default:
                continue  // symbolic links, sockets, devices: not followed
            }
        }
    }

    static func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
