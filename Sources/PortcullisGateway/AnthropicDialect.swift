import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore

/// `POST /v1/messages`, Anthropic's Messages API, so Claude clients use the gateway as they are.
///
/// The request is read into the OpenAI chat shape the pipeline inspects: `system` becomes a
/// system message, text blocks become text parts, `tool_use` blocks become tool calls (their
/// `input` as JSON arguments) and `tool_result` blocks become tool messages, so every text a
/// vendor would see is inspected. Blocks that cannot be inspected (images, documents) are
/// refused: what cannot be inspected does not pass.
struct AnthropicDialect: ChatDialect {
    var auditAction: String { "messages" }

    func chatRequest(_ b: JSONValue) throws -> JSONValue {
        guard let model = b["model"]?.stringValue, !model.isEmpty else {
            throw APIError.invalid("`model` is required and must be a string.", param: "model")
        }
        guard case .integer(let maxTokens)? = b["max_tokens"], maxTokens > 0 else {
            throw APIError.invalid("`max_tokens` is required and must be a positive integer.", param: "max_tokens")
        }
        guard let messages = b["messages"]?.arrayValue, !messages.isEmpty else {
            throw APIError.invalid("`messages` is required and must be a non-empty array.", param: "messages")
        }
        var out: [JSONValue] = []
        switch b["system"] {
        case nil, .null?: break
        case .string(let s)?: out.append(Self.message("system", .string(s)))
        case .array(let blocks)?:
            out.append(Self.message("system", .string(try Self.texts(blocks, at: "system").joined(separator: "\n"))))
        default: throw APIError.invalid("`system` must be a string or an array of text blocks.", param: "system")
        }
        for (i, m) in messages.enumerated() {
            let at = "messages[\(i)]"
            guard let role = m["role"]?.stringValue, role == "user" || role == "assistant" else {
                throw APIError.invalid("\(at).role must be \"user\" or \"assistant\".", param: at)
            }
            switch m["content"] {
            case .string(let s)?: out.append(Self.message(role, .string(s)))
            case .array(let blocks)?: out += try Self.messages(role: role, blocks: blocks, at: at)
            default: throw APIError.invalid("\(at).content must be a string or an array of content blocks.", param: at)
            }
        }
        var chat: [String: JSONValue] = ["model": .string(model), "messages": .array(out), "max_tokens": .integer(maxTokens)]
        for key in ["temperature", "top_p", "stream"] { if let v = b[key] { chat[key] = v } }
        if let stops = b["stop_sequences"] { chat["stop"] = stops }
        if let user = b["metadata"]?["user_id"] { chat["user"] = user }
        if let tools = b["tools"]?.arrayValue {
            chat["tools"] = .array(try tools.enumerated().map { i, t in
                guard let name = t["name"]?.stringValue else { throw APIError.invalid("tools[\(i)].name is required.", param: "tools[\(i)]") }
                var fn: [String: JSONValue] = ["name": .string(name), "parameters": t["input_schema"] ?? .object([:])]
                if let d = t["description"] { fn["description"] = d }
                return .object(["type": .string("function"), "function": .object(fn)])
            })
        }
        if let choice = b["tool_choice"] {
            switch choice["type"]?.stringValue {
            case "auto"?: chat["tool_choice"] = .string("auto")
            case "any"?: chat["tool_choice"] = .string("required")
            case "none"?: chat["tool_choice"] = .string("none")
            case "tool"?:
                chat["tool_choice"] = .object(["type": .string("function"), "function": .object(["name": choice["name"] ?? .null])])
            default: throw APIError.invalid("`tool_choice.type` must be auto, any, tool or none.", param: "tool_choice")
            }
        }
        return .object(chat)
    }

    static func message(_ role: String, _ content: JSONValue) -> JSONValue {
        .object(["role": .string(role), "content": content])
    }

    /// The text of text blocks; anything else is refused.
    static func texts(_ blocks: [JSONValue], at: String) throws -> [String] {
        try blocks.enumerated().map { k, block in
            guard block["type"]?.stringValue == "text", let t = block["text"]?.stringValue else {
                throw uninspectable(block, at: "\(at)[\(k)]")
            }
            return t
        }
    }

    static func uninspectable(_ block: JSONValue, at: String) -> APIError {
        let type = block["type"]?.stringValue ?? "?"
        return APIError.invalid("\(at): content blocks of type \"\(type)\" cannot be inspected by the gateway, so they are not accepted (send the text instead).", param: at)
    }

    /// One Anthropic message's blocks as OpenAI messages: tool results first (each a `tool`
    /// message), then the text and tool calls.
    static func messages(role: String, blocks: [JSONValue], at: String) throws -> [JSONValue] {
        var tools: [JSONValue] = [], parts: [JSONValue] = [], calls: [JSONValue] = []
        for (k, block) in blocks.enumerated() {
            let place = "\(at).content[\(k)]"
            switch (block["type"]?.stringValue, role) {
            case ("text"?, _):
                guard let t = block["text"]?.stringValue else { throw APIError.invalid("\(place).text must be a string.", param: place) }
                parts.append(.object(["type": .string("text"), "text": .string(t)]))
            case ("tool_result"?, "user"):
                let text: String
                switch block["content"] {
                case nil, .null?: text = ""
                case .string(let s)?: text = s
                case .array(let inner)?: text = try texts(inner, at: place + ".content").joined(separator: "\n")
                default: throw APIError.invalid("\(place).content must be a string or text blocks.", param: place)
                }
                tools.append(.object(["role": .string("tool"), "tool_call_id": block["tool_use_id"] ?? .string(""),
                                      "content": .string(text)]))
            case ("thinking"?, "assistant"), ("redacted_thinking"?, "assistant"):
                continue  // the model's earlier reasoning: not sent on to other vendors
            case ("tool_use"?, "assistant"):
                let input = block["input"] ?? .object([:])
                calls.append(.object(["id": block["id"] ?? .string(""), "type": .string("function"),
                                      "function": .object(["name": block["name"] ?? .string(""),
                                                           "arguments": .string(String(decoding: input.jsonBytes, as: UTF8.self))])]))
            default:
                throw uninspectable(block, at: place)
            }
        }
        var out = tools
        if !parts.isEmpty || !calls.isEmpty {
            var m: [String: JSONValue] = ["role": .string(role)]
            m["content"] = parts.isEmpty ? .null : (role == "assistant"
                ? .string(parts.compactMap { $0["text"]?.stringValue }.joined()) : .array(parts))
            if !calls.isEmpty { m["tool_calls"] = .array(calls) }
            out.append(.object(m))
        }
        return out
    }

    static func stopReason(_ r: FinishReason) -> String {
        switch r {
        case "length": return "max_tokens"
        case "tool_calls", "function_call": return "tool_use"
        default: return "end_turn"
        }
    }

    /// A tool call's arguments as a `tool_use` input object (arguments that are not a JSON object
    /// are kept whole under `arguments`).
    static func input(_ c: ToolCall) -> JSONValue {
        if let v = try? JSONValue.parse(c.arguments), case .object = v { return v }
        return .object(["arguments": .string(c.arguments)])
    }

    static func toolUse(_ c: ToolCall) -> JSONValue {
        .object(["type": .string("tool_use"), "id": .string(c.id), "name": .string(c.name), "input": input(c)])
    }

    func answer(_ a: VendorAnswer, id: String, model: String, usage: ChatPipeline.Usage) -> JSONValue {
        var content: [JSONValue] = []
        if !a.content.isEmpty || a.toolCalls.isEmpty { content.append(.object(["type": .string("text"), "text": .string(a.content)])) }
        content += a.toolCalls.map(Self.toolUse)
        return .object([
            "id": .string("msg_" + id), "type": .string("message"), "role": .string("assistant"), "model": .string(model),
            "content": .array(content), "stop_reason": .string(Self.stopReason(a.finishReason)), "stop_sequence": .null,
            "usage": .object(["input_tokens": .integer(usage.prompt), "output_tokens": .integer(usage.completion)]),
        ])
    }

    /// A held request answers as a Message, so a Claude client shows the user why and where to
    /// look: the policy's message and the review to poll as its text, the review object beside it.
    func held(_ review: JSONValue, message: String, model: String) -> JSONValue {
        let id = review["id"]?.stringValue ?? ""
        let text = reviewHeldText(message, reviewID: id)
        return .object([
            "id": .string("msg_" + id), "type": .string("message"), "role": .string("assistant"), "model": .string(model),
            "content": .array([.object(["type": .string("text"), "text": .string(text)])]),
            "stop_reason": .string("end_turn"), "stop_sequence": .null,
            "usage": .object(["input_tokens": .integer(0), "output_tokens": .integer(0)]),
            "review": review,
        ])
    }

    func streamWriter(id: String, model: String, created: Int, promptTokens: Int) -> any ChatStreamWriter {
        Writer(id: "msg_" + id, model: model, promptTokens: promptTokens)
    }

    /// Anthropic's error types by HTTP status.
    static func errorType(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: return "invalid_request_error"
        case 401: return "authentication_error"
        case 403: return "permission_error"
        case 404: return "not_found_error"
        case 413: return "request_too_large"
        case 429: return "rate_limit_error"
        case 503, 529: return "overloaded_error"
        default: return "api_error"
        }
    }

    /// `{"type":"error","error":{"type","message"}}`, with our code and decision id beside them.
    static func errorBody(_ e: APIError) -> JSONValue {
        var err: [String: JSONValue] = ["type": .string(errorType(e.status)), "message": .string(e.message), "code": .string(e.code)]
        if let d = e.decisionID { err["decision_id"] = .string(d) }
        if let p = e.param { err["param"] = .string(p) }
        return .object(["type": .string("error"), "error": .object(err)])
    }

    func errorResponse(_ e: APIError) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        if let d = e.decisionID { headers[HTTPField.Name("x-portcullis-decision-id")!] = d }
        if let r = e.retryAfter { headers[.retryAfter] = String(r) }
        return Response(status: e.status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: Self.errorBody(e).jsonBytes)))
    }

    /// The Messages streaming events: `message_start`, content blocks (text deltas; a tool call
    /// as one `input_json_delta`), `message_delta` with the stop reason, `message_stop`.
    struct Writer: ChatStreamWriter {
        let id: String, model: String, promptTokens: Int
        var nextIndex = 0
        var openText: Int?

        init(id: String, model: String, promptTokens: Int) {
            self.id = id
            self.model = model
            self.promptTokens = promptTokens
        }

        func start() -> [UInt8] {
            sseEvent(.object(["type": .string("message_start"), "message": .object([
                "id": .string(id), "type": .string("message"), "role": .string("assistant"), "model": .string(model),
                "content": .array([]), "stop_reason": .null, "stop_sequence": .null,
                "usage": .object(["input_tokens": .integer(promptTokens), "output_tokens": .integer(0)]),
            ])]), name: "message_start") + sseEvent(.object(["type": .string("ping")]), name: "ping")
        }

        mutating func closeText() -> [UInt8] {
            guard let i = openText else { return [] }
            openText = nil
            return sseEvent(.object(["type": .string("content_block_stop"), "index": .integer(i)]), name: "content_block_stop")
        }

        mutating func text(_ s: String) -> [UInt8] {
            var out: [UInt8] = []
            if openText == nil {
                openText = nextIndex
                nextIndex += 1
                out += sseEvent(.object(["type": .string("content_block_start"), "index": .integer(openText!),
                                         "content_block": .object(["type": .string("text"), "text": .string("")])]),
                                name: "content_block_start")
            }
            return out + sseEvent(.object(["type": .string("content_block_delta"), "index": .integer(openText!),
                                           "delta": .object(["type": .string("text_delta"), "text": .string(s)])]),
                                  name: "content_block_delta")
        }

        mutating func toolCall(index: Int, _ call: ToolCall) -> [UInt8] {
            var out = closeText()
            let i = nextIndex
            nextIndex += 1
            out += sseEvent(.object(["type": .string("content_block_start"), "index": .integer(i),
                                     "content_block": .object(["type": .string("tool_use"), "id": .string(call.id),
                                                               "name": .string(call.name), "input": .object([:])])]),
                            name: "content_block_start")
            out += sseEvent(.object(["type": .string("content_block_delta"), "index": .integer(i),
                                     "delta": .object(["type": .string("input_json_delta"),
                                                       "partial_json": .string(String(decoding: AnthropicDialect.input(call).jsonBytes, as: UTF8.self))])]),
                            name: "content_block_delta")
            return out + sseEvent(.object(["type": .string("content_block_stop"), "index": .integer(i)]), name: "content_block_stop")
        }

        mutating func finish(_ reason: FinishReason, completionTokens: Int) -> [UInt8] {
            closeText()
                + sseEvent(.object(["type": .string("message_delta"),
                                    "delta": .object(["stop_reason": .string(AnthropicDialect.stopReason(reason)), "stop_sequence": .null]),
                                    "usage": .object(["output_tokens": .integer(completionTokens)])]), name: "message_delta")
                + sseEvent(.object(["type": .string("message_stop")]), name: "message_stop")
        }

        mutating func error(_ e: APIError) -> [UInt8] {
            closeText() + sseEvent(AnthropicDialect.errorBody(e), name: "error")
        }
    }
}
