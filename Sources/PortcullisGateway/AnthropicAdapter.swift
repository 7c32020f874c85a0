import AsyncHTTPClient
import Foundation
import PortcullisCore

/// Anthropic's Messages API as a vendor: the pipeline's OpenAI-shaped request is translated to
/// `POST {base}/messages` (system prompt apart, tool calls as `tool_use` blocks, tool results as
/// `tool_result` blocks) and the answer, whole or streamed, back into text, tool calls and a
/// finish reason.
public struct AnthropicAdapter: VendorAdapter {
    public var name: String { endpoint.name }
    let endpoint: VendorEndpoint
    /// Anthropic requires `max_tokens`; used when the client gave none.
    static let defaultMaxTokens = 4096

    public init(name: String, baseURL: String = "https://api.anthropic.com/v1", apiKey: String?,
                version: String = "2023-06-01", client: HTTPClient = VendorHTTP.client, timeouts: VendorTimeouts = VendorTimeouts()) {
        var headers = [("anthropic-version", version)]
        if let k = apiKey { headers.append(("x-api-key", k)) }
        endpoint = VendorEndpoint(name: name, baseURL: baseURL, headers: headers, client: client, timeouts: timeouts)
    }

    public func complete(_ r: VendorRequest) async throws -> VendorAnswer {
        Self.answer(try await endpoint.send("/messages", Self.messagesBody(r.body, stream: false)))
    }

    public func stream(_ r: VendorRequest) -> AsyncThrowingStream<VendorEvent, any Error> {
        let endpoint = endpoint
        let body = Self.messagesBody(r.body, stream: true)
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await endpoint.stream("/messages", body) { _, data in
                        guard let v = try? JSONValue.parse(data) else { return true }
                        let (events, more) = try Self.events(in: v)
                        for e in events { continuation.yield(e) }
                        return more
                    }
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    public func embed(_ r: VendorRequest) async throws -> [JSONValue] {
        throw VendorError.transport("Anthropic has no embeddings API; route embedding models to another vendor")
    }

    // MARK: Translation

    /// An OpenAI chat body as a Messages body.
    static func messagesBody(_ chat: JSONValue, stream: Bool) -> JSONValue {
        var system: [String] = []
        var turns: [(role: String, blocks: [JSONValue])] = []
        func add(_ role: String, _ blocks: [JSONValue]) {
            guard !blocks.isEmpty else { return }
            // Consecutive turns of one role are merged: tool results must sit in the user turn
            // right after the assistant's tool calls.
            if turns.last?.role == role { turns[turns.count - 1].blocks += blocks } else { turns.append((role, blocks)) }
        }
        for m in chat["messages"]?.arrayValue ?? [] {
            let text = m.contentText
            switch m["role"]?.stringValue {
            case "system"?, "developer"?: system.append(text)
            case "tool"?:
                add("user", [.object(["type": .string("tool_result"), "tool_use_id": m["tool_call_id"] ?? .string(""),
                                      "content": .string(text)])])
            case "assistant"?:
                var blocks: [JSONValue] = text.isEmpty ? [] : [textBlock(text)]
                for c in m["tool_calls"]?.arrayValue ?? [] {
                    let args = c["function"]?["arguments"]?.stringValue ?? "{}"
                    let input = (try? JSONValue.parse(args)) ?? .object(["arguments": .string(args)])
                    blocks.append(.object(["type": .string("tool_use"), "id": c["id"] ?? .string(""),
                                           "name": c["function"]?["name"] ?? .string(""), "input": input]))
                }
                add("assistant", blocks)
            default:
                add("user", text.isEmpty ? [] : [textBlock(text)])
            }
        }
        var body: [String: JSONValue] = [
            "model": chat["model"] ?? .string(""), "stream": .bool(stream),
            "messages": .array(turns.map { .object(["role": .string($0.role), "content": .array($0.blocks)]) }),
            "max_tokens": chat["max_tokens"] ?? chat["max_completion_tokens"] ?? .integer(defaultMaxTokens),
        ]
        if !system.isEmpty { body["system"] = .string(system.joined(separator: "\n\n")) }
        for key in ["temperature", "top_p"] { if let v = chat[key] { body[key] = v } }
        switch chat["stop"] {
        case .string(let s)?: body["stop_sequences"] = .array([.string(s)])
        case .array(let a)?: body["stop_sequences"] = .array(a)
        default: break
        }
        if let tools = chat["tools"]?.arrayValue {
            body["tools"] = .array(tools.compactMap { t in
                guard let fn = t["function"], let name = fn["name"] else { return nil }
                var tool: [String: JSONValue] = ["name": name, "input_schema": fn["parameters"] ?? .object(["type": .string("object")])]
                if let d = fn["description"] { tool["description"] = d }
                return .object(tool)
            })
        }
        switch chat["tool_choice"] {
        case .string("auto")?: body["tool_choice"] = .object(["type": .string("auto")])
        case .string("required")?: body["tool_choice"] = .object(["type": .string("any")])
        case .string("none")?: body["tool_choice"] = .object(["type": .string("none")])
        case .object(let o)?:
            if let name = o["function"]?["name"] { body["tool_choice"] = .object(["type": .string("tool"), "name": name]) }
        default: break
        }
        return .object(body)
    }

    static func textBlock(_ s: String) -> JSONValue { .object(["type": .string("text"), "text": .string(s)]) }

    /// Anthropic's stop reason in OpenAI's words.
    static func finishReason(_ stop: String?) -> FinishReason {
        switch stop {
        case "max_tokens"?: return "length"
        case "tool_use"?: return "tool_calls"
        default: return "stop"
        }
    }

    static func arguments(_ input: JSONValue?) -> String {
        String(decoding: (input ?? .object([:])).jsonBytes, as: UTF8.self)
    }

    /// A whole Messages answer.
    static func answer(_ json: JSONValue) -> VendorAnswer {
        var text = ""
        var calls: [ToolCall] = []
        for block in json["content"]?.arrayValue ?? [] {
            switch block["type"]?.stringValue {
            case "text"?: text += block["text"]?.stringValue ?? ""
            case "tool_use"?:
                calls.append(ToolCall(id: block["id"]?.stringValue ?? "", name: block["name"]?.stringValue ?? "",
                                      arguments: arguments(block["input"])))
            default: break
            }
        }
        return VendorAnswer(content: text, toolCalls: calls, finishReason: finishReason(json["stop_reason"]?.stringValue))
    }

    /// The events of one streamed Messages event, and whether more follow.
    static func events(in v: JSONValue) throws -> ([VendorEvent], Bool) {
        var index = 0
        if case .integer(let i)? = v["index"] { index = i }
        switch v["type"]?.stringValue {
        case "content_block_start"?:
            let block = v["content_block"]
            if block?["type"]?.stringValue == "tool_use" {
                // The start carries an empty `input`; the arguments arrive as `input_json_delta`s.
                return ([.toolCall(index: index, id: block?["id"]?.stringValue, name: block?["name"]?.stringValue, arguments: "")], true)
            }
            if let t = block?["text"]?.stringValue, !t.isEmpty { return ([.text(t)], true) }
        case "content_block_delta"?:
            let d = v["delta"]
            switch d?["type"]?.stringValue {
            case "text_delta"?: return ([.text(d?["text"]?.stringValue ?? "")], true)
            case "input_json_delta"?: return ([.toolCall(index: index, id: nil, name: nil, arguments: d?["partial_json"]?.stringValue ?? "")], true)
            default: break
            }
        case "message_delta"?:
            if let stop = v["delta"]?["stop_reason"]?.stringValue { return ([.finish(finishReason(stop))], true) }
        case "message_stop"?:
            return ([], false)
        case "error"?:
            throw VendorError.transport("the vendor sent an error event: \(v["error"]?["message"]?.stringValue ?? "unknown")")
        default: break
        }
        return ([], true)
    }
}
