import Foundation

/// A progress bar on stderr, drawn only when stderr is a terminal and the scan has run for a
/// while (short scans print nothing), redrawn at most ten times a second.
final class ScanProgress {
    private let enabled: Bool
    private let total: Int
    private var done = 0
    private var inputsDone = 0
    private let inputs: Int
    private let started = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(totalBytes: Int, inputs: Int, enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
        total = totalBytes
        self.inputs = inputs
    }

    func add(bytes: Int) {
        done += bytes
        draw()
    }

    func finishInput() {
        inputsDone += 1
        draw()
    }

    private func draw() {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(started) > 0.7, now.timeIntervalSince(lastDraw) > 0.1 else { return }
        lastDraw = now
        let mb = Double(done) / 1_048_576
        var line: String
        if total > 0 {
            let f = min(1, Double(done) / Double(total))
            let width = 28
            let filled = Int(f * Double(width))
            line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += String(format: "%3.0f%% %.1f/%.1f MB", f * 100, mb, Double(total) / 1_048_576)
        } else {
            line = String(format: "%.1f MB", mb)
        }
        if inputs > 1 { line += "  \(inputsDone)/\(inputs) inputs" }
        let rate = mb / max(0.001, now.timeIntervalSince(started))
        line += String(format: "  %.1f MB/s", rate)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Removes the bar (before printing a message, and at the end).
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
        lastDraw = .distantPast
    }
}
