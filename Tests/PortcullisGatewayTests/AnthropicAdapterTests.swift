import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// The Anthropic Messages vendor adapter against a real HTTP upstream on loopback (a small
/// Hummingbird app that answers like Anthropic's API and records what it was sent).
@Suite("Anthropic vendor adapter over HTTP")
struct AnthropicAdapterTests {
    actor Seen {
        var bodies: [JSONValue] = []
        var headers: [HTTPFields] = []
        func add(_ b: JSONValue, _ h: HTTPFields) { bodies.append(b); headers.append(h) }
    }

    static func sse(_ name: String, _ v: JSONValue) -> String {
        "event: \(name)\ndata: " + String(decoding: (try? JSONEncoder().encode(v)) ?? Data(), as: UTF8.self) + "\n\n"
    }

    /// Echoes the last user text block; for a request with tools, calls the first tool with
    /// `{"q": <that text>}`. Streams in Anthropic's event sequence, text in 4-character deltas.
    func upstream(_ seen: Seen) -> Application<RouterResponder<BasicRequestContext>> {
        let router = Router()
        router.post("v1/messages") { request, _ -> Response in
            let buf = try await request.body.collect(upTo: 1 << 20)
            let body = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: buf))
            await seen.add(body, request.headers)
            let last = body["messages"]?.arrayValue?.last?["content"]?.arrayValue?.last { $0["type"]?.stringValue == "text" }?["text"]?.stringValue ?? ""
            let tool = body["tools"]?.arrayValue?.first?["name"]?.stringValue
            if body["stream"] == .bool(true) {
                var out = Self.sse("message_start", .object(["type": .string("message_start"), "message": .object(["id": .string("msg_1"), "content": .array([])])]))
                out += Self.sse("content_block_start", .object(["type": .string("content_block_start"), "index": .integer(0),
                                                                "content_block": .object(["type": .string("text"), "text": .string("")])]))
                var i = last.startIndex
                while i < last.endIndex {
                    let j = last.index(i, offsetBy: 4, limitedBy: last.endIndex) ?? last.endIndex
                    out += Self.sse("content_block_delta", .object(["type": .string("content_block_delta"), "index": .integer(0),
                                                                    "delta": .object(["type": .string("text_delta"), "text": .string(String(last[i..<j]))])]))
                    i = j
                }
                out += Self.sse("content_block_stop", .object(["type": .string("content_block_stop"), "index": .integer(0)]))
                if let tool {
                    out += Self.sse("content_block_start", .object(["type": .string("content_block_start"), "index": .integer(1),
                        "content_block": .object(["type": .string("tool_use"), "id": .string("toolu_9"), "name": .string(tool), "input": .object([:])])]))
                    let args = String(decoding: try JSONEncoder().encode(JSONValue.object(["q": .string(last)])), as: UTF8.self)
                    let mid = args.index(args.startIndex, offsetBy: args.count / 2)
                    for part in [String(args[..<mid]), String(args[mid...])] {
                        out += Self.sse("content_block_delta", .object(["type": .string("content_block_delta"), "index": .integer(1),
                                                                        "delta": .object(["type": .string("input_json_delta"), "partial_json": .string(part)])]))
                    }
                    out += Self.sse("content_block_stop", .object(["type": .string("content_block_stop"), "index": .integer(1)]))
                }
                out += Self.sse("message_delta", .object(["type": .string("message_delta"),
                                                          "delta": .object(["stop_reason": .string(tool == nil ? "end_turn" : "tool_use")])]))
                out += Self.sse("message_stop", .object(["type": .string("message_stop")]))
                return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: .init(byteBuffer: ByteBuffer(string: out)))
            }
            var content: [JSONValue] = [.object(["type": .string("text"), "text": .string(last)])]
            if let tool {
                content.append(.object(["type": .string("tool_use"), "id": .string("toolu_9"), "name": .string(tool),
                                        "input": .object(["q": .string(last)])]))
            }
            let answer: JSONValue = .object(["id": .string("msg_1"), "type": .string("message"), "role": .string("assistant"),
                                             "content": .array(content), "stop_reason": .string(tool == nil ? "end_turn" : "tool_use")])
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(bytes: Array(try JSONEncoder().encode(answer)))))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func gateway(upstreamPort: Int) async throws -> (Application<RouterResponder<BasicRequestContext>>, String) {
        try await UpstreamGateway.make(vendor: "claude", kind: "anthropic", port: upstreamPort,
                                       models: ["claude-sonnet": "claude-sonnet-4-5"],
                                       adapter: AnthropicAdapter(name: "claude", baseURL: "http://127.0.0.1:\(upstreamPort)/v1",
                                                                 apiKey: "sk-ant-test"))
    }

    func bytes(_ v: JSONValue) -> ByteBuffer { ByteBuffer(bytes: Array((try? JSONEncoder().encode(v)) ?? Data())) }
    func json(_ b: ByteBuffer) -> JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: b)) }

    /// A conversation with a system prompt, an earlier tool call and its result, and a tool.
    func chat(_ text: String, stream: Bool) -> ByteBuffer {
        bytes(.object([
            "model": .string("claude-sonnet"), "stream": .bool(stream), "max_tokens": .integer(300), "stop": .string("END"),
            "messages": .array([
                .object(["role": .string("system"), "content": .string("You are terse.")]),
                .object(["role": .string("user"), "content": .string("Find the ticket.")]),
                .object(["role": .string("assistant"), "content": .null, "tool_calls": .array([.object([
                    "id": .string("call_1"), "type": .string("function"),
                    "function": .object(["name": .string("search"), "arguments": .string("{\"q\":\"ticket\"}")])])])]),
                .object(["role": .string("tool"), "tool_call_id": .string("call_1"), "content": .string("Ticket 42 is open.")]),
                .object(["role": .string("user"), "content": .string(text)]),
            ]),
            "tools": .array([.object(["type": .string("function"), "function": .object([
                "name": .string("lookup"), "description": .string("Look a person up"),
                "parameters": .object(["type": .string("object")])])])]),
        ]))
    }

    @Test func translatesBothWaysWholeAndStreamed() async throws {
        let seen = Seen()
        let prompt = "Now email Anna Schmidt about it."
        try await upstream(seen).test(.live) { up in
            let (gw, key) = try await gateway(upstreamPort: up.port!)
            let h: HTTPFields = [.authorization: "Bearer \(key)", .contentType: "application/json"]
            try await gw.test(.router) { client in
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: chat(prompt, stream: false)) { r in
                    #expect(r.status == .ok)
                    let choice = json(r.body)?["choices"]?.arrayValue?.first
                    #expect(choice?["message"]?["content"]?.stringValue == prompt)
                    #expect(choice?["finish_reason"]?.stringValue == "tool_calls")
                    let call = choice?["message"]?["tool_calls"]?.arrayValue?.first
                    #expect(call?["id"]?.stringValue == "toolu_9")
                    let args = call?["function"]?["arguments"]?.stringValue ?? ""
                    #expect((try? JSONDecoder().decode(JSONValue.self, from: Data(args.utf8)))?["q"]?.stringValue == prompt, "\(args)")
                }
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: chat(prompt, stream: true)) { r in
                    var text = "", args = ""
                    for line in String(buffer: r.body).split(separator: "\n") where line.hasPrefix("data: {") {
                        let delta = json(ByteBuffer(string: String(line.dropFirst(6))))?["choices"]?.arrayValue?.first?["delta"]
                        text += delta?["content"]?.stringValue ?? ""
                        args += delta?["tool_calls"]?.arrayValue?.first?["function"]?["arguments"]?.stringValue ?? ""
                    }
                    #expect(text == prompt)
                    #expect(args.contains("Anna Schmidt"), "\(args)")
                }
            }
            let bodies = await seen.bodies
            #expect(bodies.count == 2)
            let first = bodies.first ?? .null
            // The translation: system apart, tool call and result as blocks, tools, stop, model, key.
            #expect(first["model"]?.stringValue == "claude-sonnet-4-5")
            #expect(first["system"]?.stringValue == "You are terse.")
            #expect(first["max_tokens"] == .integer(300))
            #expect(first["stop_sequences"] == .array([.string("END")]))
            #expect(first["tools"]?.arrayValue?.first?["name"]?.stringValue == "lookup")
            let turns = first["messages"]?.arrayValue ?? []
            #expect(turns.map { $0["role"]?.stringValue ?? "" } == ["user", "assistant", "user"])
            #expect(turns[1]["content"]?.arrayValue?.first?["type"]?.stringValue == "tool_use")
            #expect(turns[1]["content"]?.arrayValue?.first?["input"]?["q"]?.stringValue == "ticket")
            let last = turns[2]["content"]?.arrayValue ?? []
            #expect(last.first?["type"]?.stringValue == "tool_result" && last.first?["tool_use_id"]?.stringValue == "call_1")
            let sent = last.last?["text"]?.stringValue ?? ""
            #expect(sent.contains("<PERSON_1>") && !sent.contains("Anna"), "\(sent)")
            let headers = await seen.headers.first ?? [:]
            #expect(headers[HTTPField.Name("x-api-key")!] == "sk-ant-test")
            #expect(headers[HTTPField.Name("anthropic-version")!] == "2023-06-01")
        }
    }

    @Test func unreachableVendorIsA502() async throws {
        let (gw, key) = try await gateway(upstreamPort: 9)
        try await gw.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post,
                                     headers: [.authorization: "Bearer \(key)", .contentType: "application/json"],
                                     body: chat("hi", stream: false)) { r in
                #expect(r.status == .badGateway)
                #expect(json(r.body)?["error"]?["code"]?.stringValue == "vendor_error")
            }
        }
    }
}
