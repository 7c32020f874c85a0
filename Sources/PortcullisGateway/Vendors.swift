import Foundation
import PortcullisCore

/// What a vendor is asked: the upstream model name and the (transformed) messages.
public struct VendorRequest: Sendable {
    public var upstreamModel: String
    public var messages: [JSONValue]
    public var body: JSONValue
}

/// A vendor's API as the pipeline uses it.
public protocol VendorAdapter: Sendable {
    /// The whole answer.
    func complete(_ request: VendorRequest) async throws -> String
    /// The answer in pieces, as the vendor streams it.
    func stream(_ request: VendorRequest) -> AsyncThrowingStream<String, any Error>
    /// One embedding (a JSON array of numbers) per string of `request.body["input"]`.
    func embed(_ request: VendorRequest) async throws -> [JSONValue]
}

/// The built-in `mock` provider: deterministic, no network. Upstream `echo` answers with the last
/// user message; `script:TEXT` answers TEXT (for tests that need a vendor to leak something).
/// It records what it was sent, so a test can prove what a vendor saw.
public actor MockProvider: VendorAdapter {
    public private(set) var received: [VendorRequest] = []
    private let keep: Int
    public let latency: Duration

    public init(keep: Int = 100, latency: Duration = .zero) {
        self.keep = keep
        self.latency = latency
    }

    func record(_ r: VendorRequest) {
        received.append(r)
        if received.count > keep { received.removeFirst(received.count - keep) }
    }

    nonisolated static func answer(_ r: VendorRequest) -> String {
        if r.upstreamModel.hasPrefix("script:") { return String(r.upstreamModel.dropFirst("script:".count)) }
        let lastUser = r.messages.last { $0["role"]?.stringValue == "user" }
        return lastUser?.contentText ?? ""
    }

    public func complete(_ request: VendorRequest) async throws -> String {
        record(request)
        if latency > .zero { try await Task.sleep(for: latency) }
        return Self.answer(request)
    }

    public nonisolated func stream(_ request: VendorRequest) -> AsyncThrowingStream<String, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                await self.record(request)
                if self.latency > .zero { try? await Task.sleep(for: self.latency) }
                // Word by word, spaces kept with the word before: pieces split placeholders and values.
                var piece = ""
                for ch in Self.answer(request) {
                    piece.append(ch)
                    if ch == " " || piece.count >= 7 {
                        continuation.yield(piece)
                        piece = ""
                    }
                }
                if !piece.isEmpty { continuation.yield(piece) }
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The recorded requests' messages, newest last, for the admin endpoint.
    public func recordedMessages() -> [JSONValue] {
        received.map { .object(["model": .string($0.upstreamModel), "messages": .array($0.messages)]) }
    }
}
