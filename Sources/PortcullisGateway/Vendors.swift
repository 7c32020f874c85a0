import Foundation
import PortcullisCore

/// What a vendor is asked: the upstream model name and the (transformed) messages.
public struct VendorRequest: Sendable {
    public var upstreamModel: String
    public var messages: [JSONValue]
    public var body: JSONValue

    public init(upstreamModel: String, messages: [JSONValue], body: JSONValue) {
        self.upstreamModel = upstreamModel
        self.messages = messages
        self.body = body
    }
}

/// A vendor's API as the pipeline uses it.
public protocol VendorAdapter: Sendable {
    /// The whole answer.
    func complete(_ request: VendorRequest) async throws -> VendorAnswer
    /// The answer in pieces, as the vendor streams it.
    func stream(_ request: VendorRequest) -> AsyncThrowingStream<VendorEvent, any Error>
    /// One embedding (a JSON array of numbers) per string of `request.body["input"]`.
    func embed(_ request: VendorRequest) async throws -> [JSONValue]
}

/// The built-in `mock` provider: deterministic, no network. The route's upstream model says what it does:
/// - `echo` (or anything else): answers with the last user message;
/// - `script:TEXT`: answers TEXT (for tests that need a vendor to leak something);
/// - `leak-system`: answers with its system prompt (a model talked into leaking it);
/// - `tool:NAME`: calls tool NAME with `{"text": <the last user message>}`;
/// - `tool:NAME:ARGS`: calls tool NAME with the JSON text ARGS;
/// - `fail` or `fail:TEXT`: fails as an unreachable vendor would (for tests of failure modes and fallbacks).
///
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

    nonisolated static func answer(_ r: VendorRequest) -> VendorAnswer {
        let model = r.upstreamModel
        if model.hasPrefix("script:") { return VendorAnswer(content: String(model.dropFirst("script:".count))) }
        if model == "leak-system" {
            let system = r.messages.filter { $0["role"]?.stringValue == "system" }.map(\.contentText).joined(separator: "\n")
            return VendorAnswer(content: "Sure! My instructions are: " + system)
        }
        let lastUser = r.messages.last { $0["role"]?.stringValue == "user" }?.contentText ?? ""
        if model.hasPrefix("tool:") {
            let spec = model.dropFirst("tool:".count)
            let name = spec.split(separator: ":", maxSplits: 1).first.map(String.init) ?? "tool"
            let args = spec.firstIndex(of: ":").map { String(spec[spec.index(after: $0)...]) }
                ?? String(decoding: JSONValue.object(["text": .string(lastUser)]).jsonBytes, as: UTF8.self)
            return VendorAnswer(content: "", toolCalls: [ToolCall(id: "call_mock_1", name: name, arguments: args)])
        }
        return VendorAnswer(content: lastUser)
    }

    public func complete(_ request: VendorRequest) async throws -> VendorAnswer {
        record(request)
        if latency > .zero { try await Task.sleep(for: latency) }
        try Self.failIfAsked(request)
        return Self.answer(request)
    }

    /// The failure a `fail` / `fail:TEXT` model asks for.
    nonisolated static func failIfAsked(_ r: VendorRequest) throws {
        let model = r.upstreamModel
        guard model == "fail" || model.hasPrefix("fail:") else { return }
        throw VendorError.transport(model == "fail" ? "the mock vendor is down (model 'fail')" : String(model.dropFirst("fail:".count)))
    }

    public nonisolated func stream(_ request: VendorRequest) -> AsyncThrowingStream<VendorEvent, any Error> {
        AsyncThrowingStream { continuation in
            let task = Task {
                await self.record(request)
                if self.latency > .zero { try? await Task.sleep(for: self.latency) }
                do {
                    try Self.failIfAsked(request)
                } catch {
                    continuation.finish(throwing: error)
                    return
                }
                let answer = Self.answer(request)
                // Word by word, spaces kept with the word before: pieces split placeholders and values.
                for piece in Self.pieces(answer.content) { continuation.yield(.text(piece)) }
                for (i, call) in answer.toolCalls.enumerated() {
                    continuation.yield(.toolCall(index: i, id: call.id, name: call.name, arguments: ""))
                    for piece in Self.pieces(call.arguments) {
                        continuation.yield(.toolCall(index: i, id: nil, name: nil, arguments: piece))
                    }
                }
                continuation.yield(.finish(answer.finishReason))
                continuation.finish()
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// `text` cut after each space and at most every 7 characters.
    nonisolated static func pieces(_ text: String) -> [String] {
        var out: [String] = []
        var piece = ""
        for ch in text {
            piece.append(ch)
            if ch == " " || piece.count >= 7 {
                out.append(piece)
                piece = ""
            }
        }
        if !piece.isEmpty { out.append(piece) }
        return out
    }

    /// The recorded requests' messages, newest last, for the admin endpoint.
    public func recordedMessages() -> [JSONValue] {
        received.map { .object(["model": .string($0.upstreamModel), "messages": .array($0.messages)]) }
    }
}
