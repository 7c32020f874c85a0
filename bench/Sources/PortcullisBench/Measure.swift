import PortcullisCore

/// Findings counted across every scan, printed at the end so no scan can be optimised away.
nonisolated(unsafe) var findingSink = 0

enum Measure {
    /// Seconds one call of `body` takes.
    @inline(never)
    static func seconds(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let d = clock.measure(body)
        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
    }

    /// Scans every text once, one after another on the calling thread (as the CLI scans records).
    @inline(never)
    static func scanAll(_ engine: ScanEngine, _ texts: [String]) {
        var n = 0
        for t in texts { n &+= engine.scan(t).count }
        findingSink &+= n
    }

    /// One warm-up pass, then `runs` timed passes; the per-run times, fastest first.
    static func runs(_ runs: Int, _ engine: ScanEngine, _ texts: [String]) -> [Double] {
        scanAll(engine, texts)
        return (0..<max(1, runs)).map { _ in seconds { scanAll(engine, texts) } }.sorted()
    }
}

/// One benchmark row: a workload scanned with a detector set.
struct ThroughputResult {
    var workload: String
    var detectors: String
    var texts: Int
    var bytes: Int
    /// Per-run seconds, fastest first.
    var times: [Double]

    var best: Double { times[0] }
    var median: Double { times[times.count / 2] }
    /// Decimal megabytes (10^6 bytes) per second in the fastest run.
    var mbPerSecond: Double { Double(bytes) / best / 1e6 }
    var medianMBPerSecond: Double { Double(bytes) / median / 1e6 }

    var json: [String: Any] {
        ["workload": workload, "detectors": detectors, "texts": texts, "bytes": bytes, "runs": times.count,
         "best_seconds": best, "median_seconds": median, "mb_per_s": mbPerSecond,
         "median_mb_per_s": medianMBPerSecond]
    }
}
