import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import Testing

/// Azure OpenAI: the deployment in the path, `api-version` in the query, the key in `api-key`;
/// against a real HTTP upstream on loopback. And the policy keys that configure it.
@Suite("Azure OpenAI adapter over HTTP")
struct AzureAdapterTests {
    actor Seen {
        var requests: [(path: String, apiKey: String, authorization: String)] = []
        func add(_ path: String, _ key: String, _ auth: String) { requests.append((path, key, auth)) }
    }

    func upstream(_ seen: Seen) -> Application<RouterResponder<BasicRequestContext>> {
        let router = Router()
        router.post("openai/deployments/:deployment/chat/completions") { request, context -> Response in
            await seen.add(request.uri.description, request.headers[HTTPField.Name("api-key")!] ?? "", request.headers[.authorization] ?? "")
            guard request.uri.queryParameters["api-version"] == "2024-10-21" else { return Response(status: .badRequest) }
            let buf = try await request.body.collect(upTo: 1 << 20)
            let body = try JSONValue.parse(Array(buffer: buf))
            let deployment = context.parameters.get("deployment") ?? ""
            let last = body["messages"]?.arrayValue?.last?["content"]?.stringValue ?? ""
            let text = "[\(deployment)] \(last)"
            if body["stream"] == .bool(true) {
                let chunk: JSONValue = .object(["choices": .array([.object(["delta": .object(["content": .string(text)])])])])
                let sse = "data: " + String(decoding: try JSONEncoder().encode(chunk), as: UTF8.self) + "\n\ndata: [DONE]\n\n"
                return Response(status: .ok, headers: [.contentType: "text/event-stream"], body: .init(byteBuffer: ByteBuffer(string: sse)))
            }
            let answer: JSONValue = .object(["choices": .array([.object(["message": .object(["role": .string("assistant"), "content": .string(text)])])])])
            return Response(status: .ok, headers: [.contentType: "application/json"],
                            body: .init(byteBuffer: ByteBuffer(bytes: Array(try JSONEncoder().encode(answer)))))
        }
        return Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
    }

    func request(_ deployment: String, _ text: String) -> VendorRequest {
        let messages: [JSONValue] = [.object(["role": .string("user"), "content": .string(text)])]
        return VendorRequest(upstreamModel: deployment, messages: messages,
                             body: .object(["model": .string(deployment), "messages": .array(messages)]))
    }

    @Test func deploymentVersionAndKeyGoWhereAzureWantsThem() async throws {
        let seen = Seen()
        try await upstream(seen).test(.live) { up in
            let azure = OpenAICompatibleAdapter(name: "azure", baseURL: "http://127.0.0.1:\(up.port!)", apiKey: "azure-test-key",
                                                azureAPIVersion: "2024-10-21")
            let answer = try await azure.complete(request("gpt4o-eu", "hello"))
            #expect(answer.content == "[gpt4o-eu] hello")
            var streamed = ""
            for try await e in azure.stream(request("gpt4o-eu", "again")) {
                if case .text(let t) = e { streamed += t }
            }
            #expect(streamed == "[gpt4o-eu] again")
            let r = await seen.requests
            #expect(r.count == 2)
            #expect(r.allSatisfy { $0.path == "/openai/deployments/gpt4o-eu/chat/completions?api-version=2024-10-21" }, "\(r)")
            #expect(r.allSatisfy { $0.apiKey == "azure-test-key" && $0.authorization.isEmpty })
        }
    }

    @Test func thePolicyConfiguresAzureTimeoutsAndMockLatency() throws {
        let p = try Policy.parse(yaml: """
            version: 1
            vendors:
              azure-eu: { kind: azure, base_url: "https://contoso.openai.azure.com", api_version: 2024-10-21, api_key_env: AZURE_KEY, clearance: confidential, timeout_ms: 30000 }
              slow-mock: { kind: mock, clearance: restricted, latency_ms: 250 }
            models:
              gpt-4o: { vendor: azure-eu, upstream: gpt4o-eu }
            roles:
              analyst: { models: ["*"], max_label: confidential }
            rules:
              - id: allow
                action: allow
            """)
        #expect(p.vendors["azure-eu"]?.kind == .azure && p.vendors["azure-eu"]?.apiVersion == "2024-10-21")
        #expect(p.vendors["azure-eu"]?.timeoutMilliseconds == 30000)
        #expect(p.vendors["slow-mock"]?.latencyMilliseconds == 250)
        func fails(_ vendor: String, _ message: String) {
            let yaml = "version: 1\nvendors:\n  v: \(vendor)\n"
            do {
                _ = try Policy.parse(yaml: yaml)
                Issue.record("accepted: \(vendor)")
            } catch {
                #expect(error.description.contains(message), "\(error.description)")
            }
        }
        fails(#"{ kind: azure, base_url: "https://x.openai.azure.com", clearance: internal }"#, "api_version")
        fails("{ kind: azure, api_version: 2024-10-21, clearance: internal }", "base_url")
        fails(#"{ kind: openai, base_url: "https://x", api_version: 2024-10-21, clearance: internal }"#, "only an azure vendor")
        fails("{ kind: openai, latency_ms: 5, clearance: internal }", "only the mock vendor")
        fails("{ kind: mock, timeout_ms: 5, clearance: internal }", "timeout_ms")
    }
}
