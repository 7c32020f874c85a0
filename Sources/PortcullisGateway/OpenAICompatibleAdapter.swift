import AsyncHTTPClient
import Foundation
import PortcullisCore

/// An OpenAI-compatible chat API (OpenAI, Azure OpenAI, Ollama, vLLM, LiteLLM…): `POST
/// {base}/chat/completions`, plain or server-sent events, and `POST {base}/embeddings`.
///
/// Azure OpenAI (`azureAPIVersion` set): the route's upstream model is the deployment, calls go to
/// `{base}/openai/deployments/{deployment}/chat/completions?api-version=…` with an `api-key` header.
public struct OpenAICompatibleAdapter: VendorAdapter {
    public var name: String { endpoint.name }
    public var baseURL: String { endpoint.baseURL }
    let endpoint: VendorEndpoint
    /// Azure OpenAI's `api-version`; nil for the plain OpenAI shape.
    let azureAPIVersion: String?

    public init(name: String, baseURL: String, apiKey: String?, azureAPIVersion: String? = nil,
                client: HTTPClient = VendorHTTP.client, timeouts: VendorTimeouts = VendorTimeouts()) {
        let auth: [(String, String)] = apiKey.map { azureAPIVersion == nil ? [("Authorization", "Bearer \($0)")] : [("api-key", $0)] } ?? []
        endpoint = VendorEndpoint(name: name, baseURL: baseURL, headers: auth, client: client, timeouts: timeouts)
        self.azureAPIVersion = azureAPIVersion
    }

    /// The path of `operation` (`chat/completions`, `embeddings`) for the request's model.
    func path(_ operation: String, _ r: VendorRequest) -> String {
        guard let version = azureAPIVersion else { return "/" + operation }
        let deployment = r.upstreamModel.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? r.upstreamModel
        let v = version.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+#"))) ?? version
        return "/openai/deployments/\(deployment)/\(operation)?api-version=\(v)"
    }

    public func complete(_ r: VendorRequest) async throws -> VendorAnswer {
        let json = try await endpoint.send(path("chat/completions", r), r.body.setting("stream", .bool(false)))
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
        let json = try await endpoint.send(path("embeddings", r), r.body, retry: false)
        let data = (json["data"]?.arrayValue ?? []).sorted {
            if case .integer(let a)? = $0["index"], case .integer(let b)? = $1["index"] { return a < b }
            return false
        }
        return data.map { $0["embedding"] ?? .null }
    }

    public func stream(_ r: VendorRequest) -> AsyncThrowingStream<VendorEvent, any Error> {
        let endpoint = endpoint
        let chatPath = path("chat/completions", r)
        let body = r.body.setting("stream", .bool(true))
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await endpoint.stream(chatPath, body) { _, data in
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
