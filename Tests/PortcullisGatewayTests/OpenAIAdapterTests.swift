import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// The OpenAI-compatible adapter against a real HTTP upstream on loopback (a small Hummingbird app
/// that answers like OpenAI and records what it was sent).
@Suite("OpenAI-compatible vendor adapter over HTTP")
struct OpenAIAdapterTests {
    actor Seen {
        var bodies: [JSONValue] = []
        var authorization: [String] = []
        func add(_ b: JSONValue, _ auth: String) { bodies.append(b); authorization.append(auth) }
    }

    /// An upstream that echoes the last user message, streamed in 3-character pieces when asked;
    /// `fail-503` answers 503 once then succeeds.
    func upstream(_ seen: Seen) -> Application<RouterResponder<BasicRequestContext>> {
        let router = Router()
        let failures = Seen()
        router.post("v1/chat/completions") { request, _ -> Response in
            let buf = try await request.body.collect(upTo: 1 << 20)
            let body = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: buf))
            await seen.add(body, request.headers[.authorization] ?? "")
            if body["model"]?.stringValue == "fail-503", await failures.bodies.isEmpty {
                await failures.add(.null, "")
                return Response(status: .serviceUnavailable)
            }
            let last = body["messages"]?.arrayValue?.last?["content"]?.stringValue ?? ""
            if body["stream"] == .bool(true) {
                var sse = ""
                var i = last.startIndex
                while i < last.endIndex {
                    let j = last.index(i, offsetBy: 3, limitedBy: last.endIndex) ?? last.endIndex
                    let chunk: JSONValue = .object(["choices": .array([.object(["delta": .object(["content": .string(String(last[i..<j]))])])])])
                    sse += "data: " + String(decoding: try JSONEncoder().encode(chunk), as: UTF8.self) + "\n\n"
                    i = j
                }
                sse += "data: [DONE]\n\n"
                return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: .init(byteBuffer: ByteBuffer(string: sse)))
            }
            let answer: JSONValue = .object(["choices": .array([.object(["message": .object(["role": .string("assistant"), "content": .string(last)])])])])
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(bytes: Array(try JSONEncoder().encode(answer)))))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func gateway(upstreamPort: Int) async throws -> (Application<RouterResponder<BasicRequestContext>>, String) {
        try await UpstreamGateway.make(vendor: "up", kind: "openai", port: upstreamPort,
                                       models: ["gpt-4o-mini": "gpt-4o-mini", "flaky": "fail-503"],
                                       adapter: OpenAICompatibleAdapter(name: "up", baseURL: "http://127.0.0.1:\(upstreamPort)/v1",
                                                                        apiKey: "sk-upstream-test"))
    }

    func body(_ model: String, _ text: String, stream: Bool = false) -> ByteBuffer {
        let b: JSONValue = .object(["model": .string(model), "stream": .bool(stream),
                                    "messages": .array([.object(["role": .string("user"), "content": .string(text)])])])
        return ByteBuffer(bytes: Array((try? JSONEncoder().encode(b)) ?? Data()))
    }

    @Test func plainStreamedAndRetried() async throws {
        let seen = Seen()
        try await upstream(seen).test(.live) { up in
            let (gw, key) = try await gateway(upstreamPort: up.port!)
            let h: HTTPFields = [.authorization: "Bearer \(key)", .contentType: "application/json"]
            let prompt = "Invite Anna Schmidt to the review."
            try await gw.test(.router) { client in
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: body("gpt-4o-mini", prompt)) { r in
                    #expect(r.status == .ok)
                    let v = try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: r.body))
                    #expect(v?["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue == prompt)
                }
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: body("gpt-4o-mini", prompt, stream: true)) { r in
                    var text = ""
                    for line in String(buffer: r.body).split(separator: "\n") where line.hasPrefix("data: {") {
                        let v = try? JSONDecoder().decode(JSONValue.self, from: Data(line.dropFirst(6).utf8))
                        text += v?["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue ?? ""
                    }
                    #expect(text == prompt)
                }
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: h, body: body("flaky", "hello")) { r in
                    #expect(r.status == .ok)
                }
            }
            let bodies = await seen.bodies
            #expect(bodies.count == 4)  // plain, streamed, and the flaky one twice (503, then retried)
            let sent = bodies.first?["messages"]?.arrayValue?.last?["content"]?.stringValue ?? ""
            #expect(sent.contains("<PERSON_1>") && !sent.contains("Anna"), "\(sent)")
            #expect(bodies.first?["model"]?.stringValue == "gpt-4o-mini")
            #expect(await seen.authorization.allSatisfy { $0 == "Bearer sk-upstream-test" })
        }
    }

    @Test func unreachableVendorIsA502WithTheReason() async throws {
        // A port nobody listens on: connection refused, retried, then reported.
        let (gw, key) = try await gateway(upstreamPort: 9)
        try await gw.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post,
                                     headers: [.authorization: "Bearer \(key)", .contentType: "application/json"],
                                     body: body("gpt-4o-mini", "hi")) { r in
                #expect(r.status == .badGateway)
                let v = try? JSONDecoder().decode(JSONValue.self, from: Data(buffer: r.body))
                #expect(v?["error"]?["code"]?.stringValue == "vendor_error")
            }
        }
    }
}
