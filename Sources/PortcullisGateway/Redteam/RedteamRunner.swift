import PortcullisCore

/// Runs every case against a target, a few at a time, and keeps the results in case order.
public struct RedteamRunner: Sendable {
    public var target: any RedteamTarget
    public var model: String
    /// Cases in flight at once.
    public var concurrency: Int

    public init(target: any RedteamTarget, model: String, concurrency: Int = 4) {
        self.target = target
        self.model = model
        self.concurrency = max(1, concurrency)
    }

    /// The results, in the order of `cases`; `progress` is called after each case with the count done.
    public func run(_ cases: [RedteamCase], progress: @Sendable (Int) -> Void = { _ in }) async -> [RedteamResult] {
        var results = [RedteamResult?](repeating: nil, count: cases.count)
        let target = target
        let model = model
        await withTaskGroup(of: (Int, RedteamResult).self) { group in
            var next = 0
            var done = 0
            func start() {
                guard next < cases.count else { return }
                let i = next
                let c = cases[i]
                next += 1
                group.addTask { (i, await target.run(c, model: model)) }
            }
            for _ in 0..<min(concurrency, cases.count) { start() }
            while let (i, r) = await group.next() {
                results[i] = r
                done += 1
                progress(done)
                start()
            }
        }
        return results.compactMap { $0 }
    }
}
