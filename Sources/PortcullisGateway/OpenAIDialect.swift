import Foundation
import Hummingbird
import PortcullisCore

/// `POST /v1/chat/completions`: the pipeline's own shape, so reading the request is the identity.
struct OpenAIDialect: ChatDialect {
    var auditAction: String { "chat.completions" }

    func chatRequest(_ body: JSONValue) throws -> JSONValue { body }

    func answer(_ a: VendorAnswer, id: String, model: String, usage: ChatPipeline.Usage) -> JSONValue {
        var message: [String: JSONValue] = ["role": .string("assistant"),
                                            "content": a.content.isEmpty && !a.toolCalls.isEmpty ? .null : .string(a.content)]
        if !a.toolCalls.isEmpty { message["tool_calls"] = .array(a.toolCalls.map(Self.json)) }
        return .object([
            "id": .string("chatcmpl-" + id), "object": .string("chat.completion"),
            "created": .integer(Int(Date().timeIntervalSince1970)), "model": .string(model),
            "choices": .array([.object(["index": .integer(0), "finish_reason": .string(a.finishReason), "message": .object(message)])]),
            "usage": .object(["prompt_tokens": .integer(usage.prompt), "completion_tokens": .integer(usage.completion),
                              "total_tokens": .integer(usage.prompt + usage.completion)]),
        ])
    }

    static func json(_ c: ToolCall) -> JSONValue {
        .object(["id": .string(c.id), "type": .string("function"),
                 "function": .object(["name": .string(c.name), "arguments": .string(c.arguments)])])
    }

    func streamWriter(id: String, model: String, created: Int, promptTokens: Int) -> any ChatStreamWriter {
        Writer(id: "chatcmpl-" + id, model: model, created: created)
    }

    func errorResponse(_ e: APIError) -> Response { e.response() }

    /// `chat.completion.chunk` events, then `[DONE]`.
    struct Writer: ChatStreamWriter {
        let id: String, model: String, created: Int

        func chunk(_ delta: JSONValue, finish: String? = nil) -> [UInt8] {
            sseEvent(.object(["id": .string(id), "object": .string("chat.completion.chunk"), "created": .integer(created),
                              "model": .string(model),
                              "choices": .array([.object(["index": .integer(0), "delta": delta,
                                                          "finish_reason": finish.map(JSONValue.string) ?? .null])])]))
        }

        func start() -> [UInt8] { chunk(.object(["role": .string("assistant"), "content": .string("")])) }
        func text(_ s: String) -> [UInt8] { chunk(.object(["content": .string(s)])) }
        func toolCall(index: Int, _ call: ToolCall) -> [UInt8] {
            var c = OpenAIDialect.json(call)
            c = c.setting("index", .integer(index))
            return chunk(.object(["tool_calls": .array([c])]))
        }
        func finish(_ reason: FinishReason, completionTokens: Int) -> [UInt8] {
            chunk(.object([:]), finish: reason) + Array("data: [DONE]\n\n".utf8)
        }
        func error(_ e: APIError) -> [UInt8] { sseEvent(e.body) + Array("data: [DONE]\n\n".utf8) }
    }
}
