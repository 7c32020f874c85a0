import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// `POST /v1/messages` (Anthropic's dialect) and tool calls in answers, in process, against the
/// mock provider: the same inspection, decisions and restoration as chat completions.
@Suite("Anthropic Messages API and tool calls, in process")
struct AnthropicMessagesTests {
    /// The demo policy with two more mock models: one that calls a tool with the user's text,
    /// one whose tool call leaks a credential.
    static let policyYAML = DemoPolicy.yaml
        .replacingOccurrences(of: "  mock-echo: { vendor: mock, upstream: echo }\n", with: """
              mock-echo: { vendor: mock, upstream: echo }
              mock-tool: { vendor: mock, upstream: "tool:lookup" }
              mock-leaky-tool: { vendor: mock, upstream: "tool:deploy:{\\"token\\": \\"ghp_R8f2kLm9QzX4vB7nT1wY6cJ3hD5sA0eG2uKq\\"}" }

            """)
        .replacingOccurrences(of: "models: [mock-echo]", with: "models: [\"mock-*\"]")

    struct Fixture {
        var app: Application<RouterResponder<BasicRequestContext>>
        var mock: MockProvider
        var key: String
    }

    func fixture() async throws -> Fixture {
        let g = try await TestGateway.make(policy: try Policy.parse(yaml: Self.policyYAML))
        return Fixture(app: g.app, mock: g.mock, key: g.key)
    }

    func bytes(_ v: JSONValue) -> ByteBuffer { ByteBuffer(bytes: Array((try? JSONEncoder().encode(v)) ?? Data())) }
    func json(_ b: ByteBuffer) -> JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: b)) }

    func messages(_ content: JSONValue, model: String = "mock-echo", stream: Bool = false, system: String? = nil) -> ByteBuffer {
        var b: [String: JSONValue] = ["model": .string(model), "max_tokens": .integer(256), "stream": .bool(stream),
                                      "messages": .array([.object(["role": .string("user"), "content": content])])]
        if let s = system { b["system"] = .string(s) }
        return bytes(.object(b))
    }

    func anthropicHeaders(_ key: String) -> HTTPFields {
        [HTTPField.Name("x-api-key")!: key, HTTPField.Name("anthropic-version")!: "2023-06-01", .contentType: "application/json"]
    }

    /// The (event name, data) pairs of a server-sent event stream.
    func events(_ b: ByteBuffer) -> [(String, JSONValue)] {
        String(buffer: b).components(separatedBy: "\n\n").compactMap { block in
            var name = "", data = ""
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data = String(line.dropFirst(6)) }
            }
            guard let v = try? JSONDecoder().decode(JSONValue.self, from: Data(data.utf8)) else { return nil }
            return (name, v)
        }
    }

    /// `count_tokens` answers from the text, without a vendor, and only for a model the caller may use.
    @Test func countTokensAnswersLocallyInAnthropicsShape() async throws {
        let f = try await fixture()
        let text = String(repeating: "abcd", count: 100)  // 400 bytes
        let body: JSONValue = .object(["model": .string("mock-echo"), "system": .string("1234"),
                                       "messages": .array([.object(["role": .string("user"), "content": .string(text)])])])
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/messages/count_tokens", method: .post, headers: anthropicHeaders(f.key), body: bytes(body)) { r in
                #expect(r.status == .ok)
                #expect(json(r.body)?["input_tokens"] == .integer(101))
            }
            let other: JSONValue = .object(["model": .string("gpt-5"), "messages": body["messages"]!])
            try await client.execute(uri: "/v1/messages/count_tokens", method: .post, headers: anthropicHeaders(f.key), body: bytes(other)) { r in
                #expect(r.status == .notFound)
                #expect(json(r.body)?["type"]?.stringValue == "error")
            }
            try await client.execute(uri: "/v1/messages/count_tokens", method: .post, headers: anthropicHeaders("pcs_wrong"), body: bytes(body)) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/messages/count_tokens", method: .post, headers: anthropicHeaders(f.key),
                                     body: ByteBuffer(string: "{not json")) { r in
                #expect(r.status == .badRequest)
            }
        }
        #expect(await f.mock.received.isEmpty)
    }

    @Test func messagesArePseudonymisedForTheVendorAndRestored() async throws {
        let f = try await fixture()
        let prompt = "Please call Anna Schmidt on +49 30 1234567 today."
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: messages(.string(prompt), system: "You help Marco Rossi's team.")) { r in
                #expect(r.status == .ok)
                let v = json(r.body)
                #expect(v?["type"]?.stringValue == "message")
                #expect(v?["role"]?.stringValue == "assistant")
                #expect(v?["content"]?.arrayValue?.first?["text"]?.stringValue == prompt)
                #expect(v?["stop_reason"]?.stringValue == "end_turn")
                #expect(r.headers[HTTPField.Name("x-portcullis-decision-id")!]?.hasPrefix("dec_") == true)
            }
        }
        let seen = await f.mock.received.last?.messages ?? []
        #expect(seen.first?["role"]?.stringValue == "system")
        let all = seen.map(\.contentText).joined(separator: " | ")
        #expect(all.contains("<PERSON_1>") && !all.contains("Anna") && !all.contains("Marco Rossi"), "\(all)")
    }

    @Test func streamedMessagesFollowAnthropicsEventSequence() async throws {
        let f = try await fixture()
        let prompt = "Write to Anna Schmidt at anna.schmidt@example.de about the invoice."
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: messages(.string(prompt), stream: true)) { r in
                #expect(r.status == .ok)
                let ev = events(r.body)
                let names = ev.map(\.0)
                #expect(names.first == "message_start")
                #expect(names.last == "message_stop")
                #expect(names.contains("content_block_start") && names.contains("content_block_stop") && names.contains("message_delta"))
                #expect(ev.allSatisfy { $0.0 == $0.1["type"]?.stringValue })
                let text = ev.filter { $0.0 == "content_block_delta" }.compactMap { $0.1["delta"]?["text"]?.stringValue }.joined()
                #expect(text == prompt)
            }
        }
    }

    @Test func refusalsUseAnthropicsErrorShape() async throws {
        let f = try await fixture()
        try await f.app.test(.router) { client in
            // A credential in a tool result (what a tool fetched) is blocked like one typed by the user.
            let toolResult: JSONValue = .array([.object([
                "type": .string("tool_result"), "tool_use_id": .string("toolu_1"),
                "content": .string("config: AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY9 aws_access_key_id=AKIAZ3MHALBVJ7PZ4XQA"),
            ])])
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key), body: messages(toolResult)) { r in
                #expect(r.status == .forbidden)
                let v = json(r.body)
                #expect(v?["type"]?.stringValue == "error")
                #expect(v?["error"]?["type"]?.stringValue == "permission_error")
                #expect(v?["error"]?["code"]?.stringValue == "policy_blocked")
                #expect(v?["error"]?["decision_id"]?.stringValue?.hasPrefix("dec_") == true)
            }
            // No key: 401 authentication_error.
            try await client.execute(uri: "/v1/messages", method: .post, headers: [.contentType: "application/json"],
                                     body: messages(.string("hi"))) { r in
                #expect(r.status == .unauthorized)
                #expect(json(r.body)?["error"]?["type"]?.stringValue == "authentication_error")
            }
            // What cannot be inspected does not pass: an image block is refused.
            let image: JSONValue = .array([.object(["type": .string("image"), "source": .object(["type": .string("base64"),
                "media_type": .string("image/png"), "data": .string("iVBORw0KGgo=")])])])
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key), body: messages(image)) { r in
                #expect(r.status == .badRequest)
                #expect(json(r.body)?["error"]?["type"]?.stringValue == "invalid_request_error")
            }
            // max_tokens is required, as Anthropic requires it; bad JSON is a 400 in the same shape.
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: bytes(.object(["model": .string("mock-echo"), "messages": .array([])]))) { r in
                #expect(r.status == .badRequest)
                #expect(json(r.body)?["error"]?["message"]?.stringValue?.contains("max_tokens") == true)
            }
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: ByteBuffer(string: "{\"model\": ")) { r in
                #expect(r.status == .badRequest)
                #expect(json(r.body)?["type"]?.stringValue == "error")
            }
        }
    }

    @Test func toolCallsInAnswersAreInspectedAndRestored() async throws {
        let f = try await fixture()
        let prompt = "Look up Anna Schmidt"
        try await f.app.test(.router) { client in
            // OpenAI dialect, whole answer.
            func chat(stream: Bool = false) -> JSONValue {
                .object(["model": .string("mock-tool"), "stream": .bool(stream),
                         "messages": .array([.object(["role": .string("user"), "content": .string(prompt)])])])
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post,
                                     headers: [.authorization: "Bearer \(f.key)", .contentType: "application/json"], body: bytes(chat())) { r in
                #expect(r.status == .ok)
                let choice = json(r.body)?["choices"]?.arrayValue?.first
                #expect(choice?["finish_reason"]?.stringValue == "tool_calls")
                let call = choice?["message"]?["tool_calls"]?.arrayValue?.first
                #expect(call?["function"]?["name"]?.stringValue == "lookup")
                let args = call?["function"]?["arguments"]?.stringValue ?? ""
                let parsed = try? JSONDecoder().decode(JSONValue.self, from: Data(args.utf8))
                #expect(parsed?["text"]?.stringValue == prompt, "\(args)")
            }
            // OpenAI dialect, streamed: one tool-call delta with the whole restored arguments.
            try await client.execute(uri: "/v1/chat/completions", method: .post,
                                     headers: [.authorization: "Bearer \(f.key)", .contentType: "application/json"],
                                     body: bytes(chat(stream: true))) { r in
                let chunks = events(r.body).map(\.1)
                let args = chunks.compactMap { $0["choices"]?.arrayValue?.first?["delta"]?["tool_calls"]?.arrayValue?.first?["function"]?["arguments"]?.stringValue }.joined()
                #expect(args.contains("Anna Schmidt"), "\(args)")
                #expect(chunks.contains { $0["choices"]?.arrayValue?.first?["finish_reason"]?.stringValue == "tool_calls" })
            }
            // Anthropic dialect: a tool_use block whose input is the restored object.
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: messages(.string(prompt), model: "mock-tool")) { r in
                let v = json(r.body)
                #expect(v?["stop_reason"]?.stringValue == "tool_use")
                let use = v?["content"]?.arrayValue?.first { $0["type"]?.stringValue == "tool_use" }
                #expect(use?["name"]?.stringValue == "lookup")
                #expect(use?["input"]?["text"]?.stringValue == prompt)
            }
            // A tool call that would carry a credential out is withheld, whole or streamed.
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: messages(.string("deploy it"), model: "mock-leaky-tool")) { r in
                #expect(r.status == .forbidden)
                #expect(!String(buffer: r.body).contains("ghp_"))
            }
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(f.key),
                                     body: messages(.string("deploy it"), model: "mock-leaky-tool", stream: true)) { r in
                let body = String(buffer: r.body)
                #expect(!body.contains("ghp_"))
                #expect(events(r.body).last?.0 == "error")
            }
        }
        // What the vendor saw in the tool answer's request: the placeholder, not the name.
        let sent = await f.mock.received.first?.messages.last?.contentText ?? ""
        #expect(sent.contains("<PERSON_1>"), "\(sent)")
    }
}

extension AnthropicMessagesTests {
    /// A request held for review answers 202 with a Message a Claude client can show: the
    /// policy's words and the review to poll as text, the review object beside it.
    @Test func heldRequestAnswersAsAMessage() async throws {
        let yaml = DemoPolicy.yaml.replacingOccurrences(
            of: "  - id: allow\n",
            with: "  - id: hold-marked-docs\n    match: { types: [DOCUMENT_MARKER] }\n    action: review\n"
                + "    message: Marked documents are reviewed first.\n  - id: allow\n")
        let g = try await TestGateway.make(policy: try Policy.parse(yaml: yaml))
        try await g.app.test(.router) { client in
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(g.key),
                                     body: messages(.string("CONFIDENTIAL: the board minutes, please summarise"))) { r in
                #expect(r.status == .accepted)
                let body = json(r.body)
                #expect(body?["type"]?.stringValue == "message" && body?["role"]?.stringValue == "assistant")
                let id = body?["review"]?["id"]?.stringValue ?? ""
                #expect(!id.isEmpty && body?["review"]?["status"]?.stringValue == "pending")
                let text = body?["content"]?.arrayValue?.first?["text"]?.stringValue ?? ""
                #expect(text.contains("Marked documents are reviewed first.") && text.contains("/v1/reviews/\(id)"))
                #expect(r.headers[HTTPField.Name("x-portcullis-action")!] == "review")
            }
            try await client.execute(uri: "/v1/messages", method: .post, headers: anthropicHeaders(g.key),
                                     body: messages(.string("CONFIDENTIAL: the board minutes"), stream: true)) { r in
                #expect(r.status == .accepted)
                let names = events(r.body).map(\.0)
                #expect(names.first == "message_start" && names.last == "message_stop", "\(names)")
                let said = events(r.body).compactMap { $0.1["delta"]?["text"]?.stringValue }.joined()
                #expect(said.contains("Marked documents are reviewed first.") && said.contains("/v1/reviews/"))
            }
        }
    }
}
