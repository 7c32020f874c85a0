import Foundation
import PortcullisCore

// portcullis-bench: single-core scanning throughput of the detector sets over the development
// corpora and generated mixed text, and the adversarial-input ratio check (issue 3, Acceptance).

let usage = """
    usage: portcullis-bench [--eval-dir DIR] [--mixed-mb N] [--runs N] [--no-families] [--per-detector] [--set NAME] [--json]
           portcullis-bench --adversarial [--size-kb N] [--reps N] [--only NAME] [--json]
           portcullis-bench --policy

    Throughput (default): scans the texts of DIR/{pii,secrets,injection}/dev.jsonl record by record
    (DIR defaults to ../shared/eval) and N MB (default 100) of generated mixed text in 4–64 KB
    chunks, on the calling thread; one warm-up pass, then the best of --runs (default 5) passes.
    MB are 10^6 bytes of UTF-8.

    --set NAME: only the detector set NAME (`full`, `full without injection`, `injection only`,
    `pii`, `secrets`), for profiling one of them.

    --per-detector: also scans the mixed text with each detector alone (and with none: the
    tokenizer and engine's own cost) and prints ns/byte per detector, to see where time goes.

    --adversarial: scans --size-kb (default 1024) KB of each adversarial input and of ordinary
    mixed text as single texts, interleaved, best of --reps (default 5); prints each input's
    per-byte time as a ratio to the ordinary text's and exits 1 when any ratio is over 3.0.
    With --only NAME, also each detector alone on the inputs whose name contains NAME.

    --policy: time of one policy evaluation with 100, 1000 and 10000 rules (every rule tested).
    """

struct Options {
    var evalDir = "../shared/eval"
    var mixedMB = 100
    var runs = 5
    var families = true
    var perDetector = false
    var json = false
    var adversarial = false
    var policy = false
    var sizeKB = 1024
    var reps = 5
    var only: String?
    var set: String?

    init(_ args: [String]) throws {
        var it = args.makeIterator()
        func value(_ flag: String) throws -> String {
            guard let v = it.next() else { throw BenchError.badArgument("\(flag) needs a value\n\(usage)") }
            return v
        }
        func number(_ flag: String) throws -> Int {
            let v = try value(flag)
            guard let n = Int(v), n > 0 else { throw BenchError.badArgument("\(flag): \(v) is not a positive number") }
            return n
        }
        while let a = it.next() {
            switch a {
            case "--eval-dir": evalDir = try value(a)
            case "--mixed-mb": mixedMB = try number(a)
            case "--runs": runs = try number(a)
            case "--no-families": families = false
            case "--per-detector": perDetector = true
            case "--json": json = true
            case "--adversarial": adversarial = true
            case "--policy": policy = true
            case "--size-kb": sizeKB = try number(a)
            case "--reps": reps = try number(a)
            case "--only": only = try value(a)
            case "--set": set = try value(a)
            case "-h", "--help":
                print(usage)
                exit(0)
            default: throw BenchError.badArgument("unknown argument \(a)\n\(usage)")
            }
        }
    }
}

/// CPU model and core count, for the README's "on this machine" line.
func machineDescription() -> String {
    var model = "unknown CPU"
    if let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
       let line = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
       let colon = line.firstIndex(of: ":")
    {
        model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    let os = ProcessInfo.processInfo.operatingSystemVersionString
    return "\(model), \(ProcessInfo.processInfo.activeProcessorCount) cores visible, \(os)"
}

func pad(_ s: String, _ n: Int, right: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, n - s.count))
    return right ? fill + s : s + fill
}

func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }

func emitJSON(_ object: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func throughput(_ o: Options) throws -> Int32 {
    let corpus = try EvalCorpus.load(evalDir: o.evalDir)
    var gen = MixedTextGenerator()
    let mixed = gen.chunks(totalBytes: o.mixedMB * 1_000_000)
    var sets: [(String, ScanEngine)] = [("full", ScanEngine()), ("full without injection", ScanEngine(injection: nil))]
    if o.families {
        sets.append(("injection only", ScanEngine(detectors: [])))
        sets.append(("pii", ScanEngine(detectors: DetectorRegistry.pii(), injection: nil)))
        sets.append(("secrets", ScanEngine(detectors: DetectorRegistry.secrets(), injection: nil)))
    }
    if let only = o.set {
        sets = sets.filter { $0.0 == only }
        guard !sets.isEmpty else { throw BenchError.badArgument("--set: no detector set named \(only)") }
    }
    var results: [ThroughputResult] = []
    for (workload, texts, runs) in [("dev corpora", corpus, o.runs), ("mixed text", mixed, max(1, min(o.runs, 3)))] {
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        for (name, engine) in sets {
            let times = Measure.runs(runs, engine, texts)
            results.append(ThroughputResult(workload: workload, detectors: "\(name) (\(engine.detectors.count))",
                                            texts: texts.count, bytes: bytes, times: times))
        }
    }
    if o.json {
        emitJSON(["machine": machineDescription(), "single_thread": true, "results": results.map(\.json),
                  "findings": findingSink])
        return 0
    }
    print("portcullis-bench: one thread, \(machineDescription())")
    print("| workload | detectors | texts | MB | best MB/s | median MB/s |")
    print("|---|---|---:|---:|---:|---:|")
    for r in results {
        print("| \(r.workload) | \(r.detectors) | \(r.texts) | \(fmt(Double(r.bytes) / 1e6)) | \(fmt(r.mbPerSecond)) | \(fmt(r.medianMBPerSecond)) |")
    }
    print("(\(findingSink) findings in all passes)")
    if o.perDetector { perDetector(mixed) }
    return 0
}

/// ns/byte of each detector alone on `texts` (best of 3), and of the engine with no detector.
func perDetector(_ texts: [String]) {
    let bytes = Double(texts.reduce(0) { $0 + $1.utf8.count })
    func nsPerByte(_ engine: ScanEngine) -> Double { Measure.runs(3, engine, texts).min()! * 1e9 / bytes }
    var rows: [(String, Double)] = [("(tokenizer + engine, no detector)", nsPerByte(ScanEngine(detectors: [], injection: nil)))]
    for d in DetectorRegistry.standard() {
        rows.append((d.name, nsPerByte(ScanEngine(detectors: [d], injection: nil)) - rows[0].1))
    }
    rows.append(("injection", nsPerByte(ScanEngine(detectors: [])) - rows[0].1))
    print("| detector alone on mixed text | ns/byte |")
    print("|---|---:|")
    for (name, ns) in rows.sorted(by: { $0.1 > $1.1 }) { print("| \(name) | \(fmt(ns, 2)) |") }
}

func adversarial(_ o: Options) -> Int32 {
    let (baseNs, results) = AdversarialBench.run(size: o.sizeKB * 1024, reps: o.reps, only: o.only)
    let failed = results.filter { $0.ratio > AdversarialBench.limit }
    if o.json {
        emitJSON([
            "machine": machineDescription(), "limit": AdversarialBench.limit, "ordinary_ns_per_byte": baseNs,
            "passed": failed.isEmpty,
            "inputs": results.map { r in
                ["name": r.name, "bytes": r.bytes, "ns_per_byte": r.nsPerByte, "ratio": r.ratio,
                 "ok": r.ratio <= AdversarialBench.limit,
                 "detectors": r.culprits.map { ["detector": $0.0, "ns_per_byte": $0.1, "ordinary_ns_per_byte": $0.2] }] as [String: Any]
            },
        ])
    } else {
        print("adversarial inputs vs ordinary mixed text (\(fmt(baseNs, 2)) ns/byte, \(fmt(1 / baseNs * 1e3)) MB/s), limit \(AdversarialBench.limit)×")
        print(pad("input", 28) + pad("KB", 6, right: true) + pad("ns/byte", 10, right: true) + pad("ratio", 9, right: true))
        for r in results {
            let flag = r.ratio > AdversarialBench.limit ? "  OVER" : ""
            print(pad(r.name, 28) + pad("\(r.bytes / 1024)", 6, right: true) + pad(fmt(r.nsPerByte, 2), 10, right: true)
                  + pad(fmt(r.ratio, 2) + "×", 9, right: true) + flag)
        }
        for r in results where !r.culprits.isEmpty {
            print("\n\(r.name): \(fmt(r.ratio, 2))× — each detector alone (ns/byte on this input / on ordinary text):")
            for (name, adv, ord) in r.culprits.prefix(6) {
                print("  " + pad(name, 22) + pad(fmt(adv, 2), 9, right: true) + " / " + fmt(ord, 2))
            }
        }
    }
    if !failed.isEmpty {
        FileHandle.standardError.write(Data("adversarial check failed: \(failed.map(\.name).joined(separator: ", ")) over \(AdversarialBench.limit)×\n".utf8))
        return 1
    }
    return 0
}

do {
    let options = try Options(Array(CommandLine.arguments.dropFirst()))
    if options.policy {
        PolicyBench.run()
        exit(0)
    }
    exit(options.adversarial ? adversarial(options) : try throughput(options))
} catch {
    FileHandle.standardError.write(Data("portcullis-bench: \(error)\n".utf8))
    exit(2)
}
