import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// What the gateway does when a vendor or a guard fails: closed (refuse, with the reason) unless
/// the policy names a way to go on (a model's `fallbacks`, `failure_modes: … open`).
@Suite("Failure modes and vendor fallbacks")
struct FailureModeTests {
    static let policyYAML = """
        version: 1
        vendors:
          down: { kind: mock, clearance: restricted }
          backup: { kind: mock, clearance: restricted }
          internal-only: { kind: mock, clearance: internal }
        models:
          chat: { vendor: down, upstream: "fail:connection refused", fallbacks: [locked, cheap, backup] }
          alone: { vendor: down, upstream: "fail:boom" }
          chain: { vendor: down, upstream: "fail:first outage", fallbacks: [chain-2] }
          chain-2: { vendor: backup, upstream: "fail:second outage" }
          locked: { vendor: backup, upstream: echo }
          cheap: { vendor: internal-only, upstream: echo }
          backup: { vendor: backup, upstream: echo }
        roles:
          analyst: { models: [chat, alone, chain, chain-2, cheap, backup] }
        rules:
          - id: allow
            action: allow

        """

    struct Fixture {
        var gateway: TestGateway
        var backup: MockProvider
        var cheap: MockProvider
    }

    func fixture() async throws -> Fixture {
        let backup = MockProvider(), cheap = MockProvider()
        let g = try await TestGateway.make(policy: try Policy.parse(yaml: Self.policyYAML),
                                           vendors: ["down": MockProvider(), "backup": backup, "internal-only": cheap])
        return Fixture(gateway: g, backup: backup, cheap: cheap)
    }

    func body(_ content: String, model: String, stream: Bool = false) -> ByteBuffer {
        let v: JSONValue = .object(["model": .string(model), "stream": .bool(stream),
                                    "messages": .array([.object(["role": .string("user"), "content": .string(content)])])])
        return ByteBuffer(bytes: Array((try? JSONEncoder().encode(v)) ?? Data()))
    }

    func headers(_ key: String) -> HTTPFields { [.authorization: "Bearer \(key)", .contentType: "application/json"] }

    /// The audit events so far (a stream's event is written once its body ends: wait for it).
    func events(_ g: TestGateway, count: Int) async throws -> [AuditEntry] {
        for _ in 0..<200 {
            let e = try await g.store.auditEntries(after: 0)
            if e.count >= count { return e }
            try await Task.sleep(for: .milliseconds(10))
        }
        return try await g.store.auditEntries(after: 0)
    }

    @Test func aFailingVendorFallsBackToTheFirstModelClearedForTheData() async throws {
        let f = try await fixture()
        try await f.gateway.app.test(.router) { client in
            // Public text: `locked` (the role may not use it) is skipped, `cheap` answers.
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.gateway.key),
                                     body: body("What is a hash chain?", model: "chat")) { r in
                #expect(r.status == .ok)
                #expect(r.headers[HTTPField.Name("x-portcullis-fallback")!] == "cheap")
                let v = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: r.body))
                #expect(v["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue == "What is a hash chain?")
                #expect(v["model"]?.stringValue == "chat")
            }
            // Personal data left in the prompt: `cheap`'s vendor is cleared only for internal data,
            // so it never sees it; `backup` answers.
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.gateway.key),
                                     body: body("Write to anna.schmidt@example.de about Anna Schmidt's contract", model: "chat")) { r in
                #expect(r.status == .ok)
                #expect(r.headers[HTTPField.Name("x-portcullis-fallback")!] == "backup")
            }
        }
        #expect(await f.cheap.received.map(\.upstreamModel) == ["echo"])
        #expect(await f.cheap.received.allSatisfy { !$0.messages.map(\.contentText).joined().contains("anna") })
        #expect(await f.backup.received.count == 1)
        let events = try await events(f.gateway, count: 2)
        #expect(events.map(\.vendor) == ["internal-only", "backup"])
        #expect(events.map(\.decision) == ["allow", "allow"])
        #expect(events.map(\.model) == ["chat", "chat"])
    }

    @Test func withoutAFallbackAVendorErrorIsA502WithTheReason() async throws {
        let f = try await fixture()
        let (status, text) = try await f.gateway.chat(String(decoding: body("hello", model: "alone").readableBytesView, as: UTF8.self))
        #expect(status == .badGateway)
        let v = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        #expect(v["error"]?["code"]?.stringValue == "vendor_error")
        #expect(v["error"]?["message"]?.stringValue?.contains("boom") == true)
        // Every route tried is named when all fail.
        let (s2, t2) = try await f.gateway.chat(String(decoding: body("hello", model: "chain").readableBytesView, as: UTF8.self))
        #expect(s2 == .badGateway)
        let m = (try JSONDecoder().decode(JSONValue.self, from: Data(t2.utf8)))["error"]?["message"]?.stringValue ?? ""
        #expect(m.contains("first outage") && m.contains("fallback 'chain-2'") && m.contains("second outage"), "\(m)")
        let events = try await events(f.gateway, count: 2)
        #expect(events.map(\.decision) == ["failed:vendor_error", "failed:vendor_error"])
    }

    @Test func aStreamFallsBackBeforeItsFirstByteAndReportsWhenNothingAnswers() async throws {
        let f = try await fixture()
        try await f.gateway.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.gateway.key),
                                     body: body("stream me please", model: "chat", stream: true)) { r in
                #expect(r.status == .ok)
                let text = String(buffer: r.body)
                var answer = ""
                for line in text.split(separator: "\n") where line.hasPrefix("data: {") {
                    let v = try? JSONDecoder().decode(JSONValue.self, from: Data(line.dropFirst(6).utf8))
                    answer += v?["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue ?? ""
                }
                #expect(answer == "stream me please")
                #expect(!text.contains("vendor_error"))
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.gateway.key),
                                     body: body("stream me please", model: "chain", stream: true)) { r in
                let text = String(buffer: r.body)
                #expect(text.contains("vendor_error") && text.contains("first outage") && text.contains("second outage"), "\(text)")
            }
        }
        #expect(await f.cheap.received.count == 1)
        let events = try await events(f.gateway, count: 2)
        #expect(events.map(\.vendor) == ["internal-only", "backup"])
        #expect(events.map(\.decision) == ["allow", "vendor-error"])
    }

    @Test func theAuditFailureModeComesFromThePolicyUnlessTheDeploymentSetsIt() async throws {
        let closed = try await TestGateway.make(policy: try Policy.parse(yaml: Self.policyYAML))
        #expect(closed.services.auditFailOpen == false)
        let open = try await TestGateway.make(policy: try Policy.parse(yaml: "failure_modes: { audit: open }\n" + Self.policyYAML))
        var services = open.services
        #expect(services.auditFailOpen == true)
        services.auditFailure = .closed
        #expect(services.auditFailOpen == false)
    }
}
