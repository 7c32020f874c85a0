import AsyncHTTPClient
import Foundation
import PortcullisCore

/// An OpenAI-compatible chat API (OpenAI, Azure OpenAI, Ollama, vLLM, LiteLLM…): `POST
/// {base}/chat/completions`, plain or server-sent events, and `POST {base}/embeddings`.
public struct OpenAICompatibleAdapter: VendorAdapter {
    public var name: String { endpoint.name }
    public var baseURL: String { endpoint.baseURL }
    let endpoint: VendorEndpoint

    public init(name: String, baseURL: String, apiKey: String?, client: HTTPClient = VendorHTTP.client,
                timeouts: VendorTimeouts = VendorTimeouts()) {
        endpoint = VendorEndpoint(name: name, baseURL: baseURL, headers: apiKey.map { [("Authorization", "Bearer \($0)")] } ?? [],
                                  client: client, timeouts: timeouts)
    }

    public func complete(_ r: VendorRequest) async throws -> VendorAnswer {
        let json = try await endpoint.send("/chat/completions", r.body.setting("stream", .bool(false)))
        let choice = json["choices"]?.arrayValue?.first
        let message = choice?["message"]
        let calls = (message?["tool_calls"]?.arrayValue ?? []).map { c in
            ToolCall(id: c["id"]?.stringValue ?? "", name: c["function"]?["name"]?.stringValue ?? "",
                     arguments: c["function"]?["arguments"]?.stringValue ?? "")
        }
        return VendorAnswer(content: message?["content"]?.stringValue ?? "", toolCalls: calls,
                            finishReason: choice?["finish_reason"]?.stringValue)
    }

    public func embed(_ r: VendorRequest) async throws -> [JSONValue] {
        let json = try await endpoint.send("/embeddings", r.body, retry: false)
        let data = (json["data"]?.arrayValue ?? []).sorted {
            if case .integer(let a)? = $0["index"], case .integer(let b)? = $1["index"] { return a < b }
            return false
        }
        return data.map { $0["embedding"] ?? .null }
    }

    public func stream(_ r: VendorRequest) -> AsyncThrowingStream<VendorEvent, any Error> {
        let endpoint = endpoint
        let body = r.body.setting("stream", .bool(true))
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await endpoint.stream("/chat/completions", body) { _, data in
                        if data == "[DONE]" { return false }
                        guard let v = try? JSONValue.parse(data) else { return true }
                        for e in Self.events(inChunk: v) { continuation.yield(e) }
                        return true
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    /// The events of one `chat.completion.chunk`: text, tool-call pieces, the finish reason.
    static func events(inChunk v: JSONValue) -> [VendorEvent] {
        guard let choice = v["choices"]?.arrayValue?.first else { return [] }
        var out: [VendorEvent] = []
        let delta = choice["delta"]
        if let piece = delta?["content"]?.stringValue, !piece.isEmpty { out.append(.text(piece)) }
        for (k, c) in (delta?["tool_calls"]?.arrayValue ?? []).enumerated() {
            var index = k
            if case .integer(let i)? = c["index"] { index = i }
            out.append(.toolCall(index: index, id: c["id"]?.stringValue, name: c["function"]?["name"]?.stringValue,
                                 arguments: c["function"]?["arguments"]?.stringValue ?? ""))
        }
        if let reason = choice["finish_reason"]?.stringValue { out.append(.finish(reason)) }
        return out
    }
}
