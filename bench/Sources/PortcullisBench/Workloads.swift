import Foundation

/// The development corpora's texts (`{pii,secrets,injection}/dev.jsonl`), parsed before any timing.
enum EvalCorpus {
    static let corpora = ["pii", "secrets", "injection"]

    /// The `text` field of every record, corpus by corpus, in file order.
    static func load(evalDir: String) throws -> [String] {
        var texts: [String] = []
        for name in corpora {
            let path = "\(evalDir)/\(name)/dev.jsonl"
            guard let data = FileManager.default.contents(atPath: path) else {
                throw BenchError.missingCorpus(path)
            }
            var line = 0
            for raw in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
                line += 1
                let object = try JSONSerialization.jsonObject(with: Data(raw))
                guard let record = object as? [String: Any], let text = record["text"] as? String else {
                    throw BenchError.malformedRecord(path, line)
                }
                texts.append(text)
            }
        }
        return texts
    }
}

enum BenchError: Error, CustomStringConvertible {
    case missingCorpus(String)
    case malformedRecord(String, Int)
    case badArgument(String)

    var description: String {
        switch self {
        case .missingCorpus(let p): "cannot read \(p) (pass the evaluation folder with --eval-dir)"
        case .malformedRecord(let p, let l): "\(p):\(l): not a JSON object with a \"text\" string"
        case .badArgument(let a): a
        }
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): tiny, fast and the same on every platform, so the
/// generated text is identical from run to run and machine to machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func pick<T>(_ a: [T]) -> T { a[below(a.count)] }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func digits(_ n: Int) -> String {
        String((0..<n).map { _ in Character(Unicode.Scalar(UInt8(0x30 + below(10)))) })
    }
}
