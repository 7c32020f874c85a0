import Foundation
import Synchronization

/// A progress bar on stderr for a red-team run, drawn only when stderr is a terminal, redrawn at
/// most ten times a second.
final class RedteamProgress: Sendable {
    private let enabled: Bool
    private let total: Int
    private let started = ContinuousClock.now
    private let state = Mutex<(last: ContinuousClock.Instant?, drawn: Bool)>((nil, false))

    init(total: Int, enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1 && total > 0
        self.total = total
    }

    func update(_ done: Int) {
        guard enabled else { return }
        let now = ContinuousClock.now
        let draw = state.withLock { s -> Bool in
            if let last = s.last, now - last < .milliseconds(100), done < total { return false }
            s.last = now
            s.drawn = true
            return true
        }
        guard draw else { return }
        let width = 30
        let filled = done * width / total
        let secs = Double((now - started).components.seconds) + Double((now - started).components.attoseconds) / 1e18
        let line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(done)/\(total) cases" + String(format: "  %.1f/s", Double(done) / max(0.001, secs))
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    func clear() {
        guard enabled, state.withLock({ $0.drawn }) else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
