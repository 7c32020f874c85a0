import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// The gateway in-process (Hummingbird's router test client): the pipeline's behaviour without sockets.
@Suite("Gateway pipeline, in process")
struct GatewayTests {
    struct Fixture {
        var app: Application<RouterResponder<BasicRequestContext>>
        var services: GatewayServices
        var analyst: String
        var admin: String
        var dir: String
    }

    /// The demo policy with a review rule for marked documents before the final allow.
    static let policyYAML = DemoPolicy.yaml.replacingOccurrences(
        of: "  - id: allow\n",
        with: "  - id: hold-marked-docs\n    match: { types: [DOCUMENT_MARKER] }\n    action: review\n"
            + "    message: Marked documents are reviewed first.\n  - id: allow\n")

    /// Rate limits and quotas count in fixed one-minute windows: a test that needs all its requests
    /// in one window starts early in one (waiting out the end of the current minute if need be).
    static func startEarlyInAMinute() async throws {
        let second = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: 60)
        if second > 40 { try await Task.sleep(for: .seconds(61 - second)) }
    }

    func fixture(rateLimits: RateLimits = RateLimits(), limits: RequestLimits = RequestLimits(),
                 policy yaml: String = Self.policyYAML) async throws -> Fixture {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-gw-\(UUID().uuidString)").path
        let store = try await PortcullisStore.open(dataDirectory: dir)
        let keys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))
        let mock = MockProvider()
        let policy = try Policy.parse(yaml: yaml)
        let services = GatewayServices(policy: policy, store: store, audit: AuditLog(store: store, keys: keys),
                                       vendors: ["mock": mock], mock: mock, limits: limits, rateLimits: rateLimits)
        let analyst = APIKeys.make(user: "ann", role: "analyst")
        let admin = APIKeys.make(user: "root", role: "admin")
        try await store.createAPIKey(analyst.record)
        try await store.createAPIKey(admin.record)
        return Fixture(app: Application(router: GatewayRouter.build(services)), services: services,
                       analyst: analyst.key, admin: admin.key, dir: dir)
    }

    func chat(_ content: String, model: String = "mock-echo", stream: Bool = false) -> ByteBuffer {
        let body: JSONValue = .object(["model": .string(model), "stream": .bool(stream),
                                       "messages": .array([.object(["role": .string("user"), "content": .string(content)])])])
        return ByteBuffer(bytes: Array((try? JSONEncoder().encode(body)) ?? Data()))
    }

    func headers(_ key: String) -> HTTPFields { [.authorization: "Bearer \(key)", .contentType: "application/json"] }

    func json(_ b: ByteBuffer) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(buffer: b)) }

    @Test func pseudonymisesForTheVendorAndRestoresForTheClient() async throws {
        let f = try await fixture()
        let prompt = "Call Anna Schmidt on +49 30 1234567 about the contract."
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat(prompt)) { r in
                #expect(r.status == .ok)
                #expect((try? json(r.body))?["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue == prompt)
                #expect(r.headers[HTTPField.Name("x-portcullis-decision-id")!]?.hasPrefix("dec_") == true)
                #expect(r.headers[HTTPField.Name("x-portcullis-label")!] == "confidential")
            }
        }
        let seen = await f.services.mock.received.last?.messages.last?.contentText ?? ""
        #expect(!seen.contains("Anna") && !seen.contains("1234567") && seen.contains("<PERSON_1>"), "\(seen)")
    }

    @Test func streamedAnswerIsRestoredAcrossChunks() async throws {
        let f = try await fixture()
        let prompt = "Ask Anna Schmidt and Jean Dupont to meet."
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat(prompt, stream: true)) { r in
                #expect(r.status == .ok)
                let text = String(buffer: r.body)
                var answer = ""
                for line in text.split(separator: "\n") where line.hasPrefix("data: {") {
                    let v = try? JSONDecoder().decode(JSONValue.self, from: Data(line.dropFirst(6).utf8))
                    answer += v?["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue ?? ""
                }
                #expect(answer == prompt)
                #expect(text.hasSuffix("data: [DONE]\n\n"))
            }
        }
    }

    @Test func credentialsAreBlockedWhereverTheyAre() async throws {
        let f = try await fixture()
        let toolResult: JSONValue = .object(["model": .string("mock-echo"), "messages": .array([
            .object(["role": .string("user"), "content": .string("run it")]),
            .object(["role": .string("assistant"), "content": .null, "tool_calls": .array([.object([
                "id": .string("c1"), "type": .string("function"),
                "function": .object(["name": .string("deploy"), "arguments": .string("{\"token\":\"ghp_R8kLw2xTq9vNz4bY7cJm1sFh6dPa3gEu5oKi\"}")]),
            ])])]),
        ])])
        try await f.app.test(.router) { client in
            for body in [chat("key AKIAIOSFODNN7EXAMPLQ"), ByteBuffer(bytes: Array(try JSONEncoder().encode(toolResult)))] {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: body) { r in
                    #expect(r.status == .forbidden)
                    let e = (try? json(r.body))?["error"]
                    #expect(e?["code"]?.stringValue == "policy_blocked")
                    #expect(e?["decision_id"]?.stringValue?.hasPrefix("dec_") == true)
                }
            }
        }
        #expect(await f.services.mock.received.isEmpty)
    }

    @Test func reviewDecisionsAreHeldAndCanBePolled() async throws {
        let f = try await fixture()
        try await f.app.test(.router) { client in
            let id = try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                              body: chat("ATTORNEY-CLIENT PRIVILEGED: summary of the case")) { r -> String in
                #expect(r.status == .accepted)
                return (try? json(r.body))?["id"]?.stringValue ?? ""
            }
            try await client.execute(uri: "/v1/reviews/\(id)", method: .get, headers: headers(f.analyst)) { r in
                #expect(r.status == .ok)
                #expect((try? json(r.body))?["status"]?.stringValue == "pending")
            }
            // A streaming client is told in events: one chunk saying so, then the end.
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: chat("ATTORNEY-CLIENT PRIVILEGED: the settlement", stream: true)) { r in
                #expect(r.status == .accepted)
                #expect(r.headers[.contentType] == "text/event-stream")
                let review = r.headers[HTTPField.Name("x-portcullis-review-id")!] ?? ""
                let text = String(buffer: r.body)
                #expect(!review.isEmpty && text.contains("/v1/reviews/\(review)") && text.hasSuffix("data: [DONE]\n\n"))
            }
        }
        #expect(await f.services.mock.received.isEmpty)
    }

    @Test func authenticationAndAccess() async throws {
        let f = try await fixture()
        let revoked = APIKeys.make(user: "bob", role: "analyst")
        try await f.services.store.createAPIKey(revoked.record)
        _ = try await f.services.store.revokeAPIKey(id: revoked.record.id)
        let expired = APIKeys.make(user: "bob", role: "analyst", expires: Date().addingTimeInterval(-1))
        try await f.services.store.createAPIKey(expired.record)
        let noRole = APIKeys.make(user: "carl", role: "visitor")
        try await f.services.store.createAPIKey(noRole.record)
        try await f.app.test(.router) { client in
            // The analyst's key with its last character changed (to one it is not).
            let tampered = String(f.analyst.dropLast()) + (f.analyst.last == "x" ? "y" : "x")
            for key in ["pcs_nope", revoked.key, expired.key, tampered] {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(key), body: chat("hi")) { r in
                    #expect(r.status == .unauthorized)
                    #expect((try? json(r.body))?["error"]?["code"]?.stringValue == "unauthenticated")
                }
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(noRole.key), body: chat("hi")) { r in
                #expect(r.status == .forbidden)
                #expect((try? json(r.body))?["error"]?["code"]?.stringValue == "model_not_allowed")
            }
            try await client.execute(uri: "/v1/models", method: .get, headers: headers(f.analyst)) { r in
                #expect((try? json(r.body))?["data"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == ["mock-echo"])
            }
            try await client.execute(uri: "/v1/mock/requests", method: .get, headers: headers(f.analyst)) { r in
                #expect(r.status == .forbidden)
            }
        }
    }

    @Test func badInputGetsA4xxNeverA500() async throws {
        var limits = RequestLimits()
        limits.maxBodyBytes = 10_000
        limits.maxMessages = 5
        let f = try await fixture(limits: limits)
        let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        let many = "{\"model\":\"mock-echo\",\"messages\":[" + Array(repeating: "{\"role\":\"user\",\"content\":\"x\"}", count: 6).joined(separator: ",") + "]}"
        let cases: [(String, [UInt8], HTTPResponse.Status)] = [
            ("malformed", Array("{\"model\":".utf8), .badRequest),
            ("invalid UTF-8", [0x7B, 0xFF, 0xFE, 0x7D], .badRequest),
            ("deep nesting", Array("{\"model\":\"mock-echo\",\"messages\":\(deep)}".utf8), .badRequest),
            ("too many messages", Array(many.utf8), .badRequest),
            ("too large", Array(repeating: 0x20, count: 20_000), .contentTooLarge),
            ("no model", Array("{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}".utf8), .badRequest),
            ("unknown model", Array(chat("x", model: "gpt-9").readableBytesView), .notFound),
            ("an image part (cannot be inspected)", Array("{\"model\":\"mock-echo\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"image_url\":{\"url\":\"data:image/png;base64,AA==\"}}]}]}".utf8), .badRequest),
            ("an image part that also has text", Array("{\"model\":\"mock-echo\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"image_url\",\"text\":\"\",\"image_url\":{\"url\":\"data:image/png;base64,AA==\"}}]}]}".utf8), .badRequest),
            ("content as an object", Array("{\"model\":\"mock-echo\",\"messages\":[{\"role\":\"user\",\"content\":{\"x\":1}}]}".utf8), .badRequest),
            ("bad stream flag", Array("{\"model\":\"mock-echo\",\"stream\":\"yes\",\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}".utf8), .badRequest),
        ]
        try await f.app.test(.router) { client in
            for (name, body, status) in cases {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: ByteBuffer(bytes: body)) { r in
                    #expect(r.status == status, "\(name)")
                    #expect((try? json(r.body))?["error"]?["message"]?.stringValue?.isEmpty == false, "\(name)")
                }
            }
        }
    }

    @Test func rateLimitAnswers429WithRetryAfter() async throws {
        try await Self.startEarlyInAMinute()
        let f = try await fixture(rateLimits: RateLimits(perKey: 3))
        try await f.app.test(.router) { client in
            for i in 0..<4 {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("n\(i)")) { r in
                    if i < 3 {
                        #expect(r.status == .ok)
                    } else {
                        #expect(r.status == .tooManyRequests)
                        #expect(Int(r.headers[.retryAfter] ?? "") ?? 0 > 0)
                        #expect((try? json(r.body))?["error"]?["code"]?.stringValue == "rate_limited")
                    }
                }
            }
        }
    }

    /// Two gateways on one store (replicas): each counts locally and syncs through the store, so
    /// the second sees what the first admitted. (A minute-window edge between the requests would
    /// reset the counts; the test then only checks the first part.)
    @Test func replicasShareRateLimitsThroughTheStore() async throws {
        try await Self.startEarlyInAMinute()
        let f = try await fixture(rateLimits: RateLimits(perUser: 4))
        let replica = Application(router: GatewayRouter.build(f.services))
        let started = Int(Date().timeIntervalSince1970) / 60
        try await f.app.test(.router) { client in
            for i in 0..<3 {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("a\(i)")) { r in
                    #expect(r.status == .ok)
                }
            }
        }
        // The counts reach the store one sync interval (250 ms) later; on a loaded machine, later still.
        let window = Int64(started) * 60
        for _ in 0..<50 {
            try await Task.sleep(for: .milliseconds(100))
            if try await f.services.store.incrementCounter(bucket: "user:ann", windowStart: window, by: 0) >= 3 { break }
        }
        let statuses = try await replica.test(.router) { client in
            var out: [HTTPResponse.Status] = []
            for i in 0..<2 {
                out.append(try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                                    body: chat("b\(i)")) { $0.status })
            }
            return out
        }
        #expect(statuses.first == .ok)
        if Int(Date().timeIntervalSince1970) / 60 == started {
            #expect(statuses.last == .tooManyRequests, "the replica did not see the first gateway's 3 requests")
        }
    }

    @Test func metricsCountRequestsAndTimeEachStage() async throws {
        let f = try await fixture()
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("Call Anna Schmidt")) { _ in }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: chat("key AKIAZ3MHALBVJ7PZ4XQA")) { _ in }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers("pcs_nope"), body: chat("x")) { _ in }
            try await client.execute(uri: "/metrics", method: .get, headers: headers(f.analyst)) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/metrics", method: .get, headers: headers(f.admin)) { r in
                #expect(r.status == .ok)
                let text = String(buffer: r.body)
                #expect(text.contains(#"portcullis_requests_total{api="chat.completions",action="allow",label="#), "\(text)")
                #expect(text.contains(#"action="block""#))
                #expect(text.contains(#"portcullis_findings_total{type="PERSON"} 1"#))
                #expect(text.contains(#"portcullis_refused_total{code="unauthenticated"} 1"#))
                func count(_ stage: String) -> Int {
                    let prefix = #"portcullis_stage_seconds_count{stage=""# + stage + #""} "#
                    return text.split(separator: "\n").first { $0.hasPrefix(prefix) }.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0
                }
                #expect(count("authenticate") >= 3 && count("parse") >= 2 && count("inspect_input") >= 2 && count("audit") >= 2)
                #expect(count("vendor") >= 1 && count("transform") >= 1 && count("inspect_output") >= 1)
                #expect(!text.contains("Anna"))
            }
        }
    }

    @Test func textsBesideTheMessagesAreInspectedAndTransformedToo() async throws {
        let f = try await fixture()
        @Sendable func body(tools description: String, user: String) -> ByteBuffer {
            let v: JSONValue = .object(["model": .string("mock-echo"), "user": .string(user),
                                        "messages": .array([.object(["role": .string("user"), "content": .string("hello")])]),
                                        "tools": .array([.object(["type": .string("function"), "function": .object([
                                            "name": .string("deploy"), "description": .string(description),
                                            "parameters": .object(["type": .string("object")])])])])])
            return ByteBuffer(bytes: Array((try? JSONEncoder().encode(v)) ?? Data()))
        }
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: body(tools: "Deploys with key AKIAZ3MHALBVJ7PZ4XQA", user: "u1")) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: body(tools: "Sends the report to Anna Schmidt", user: "anna.schmidt@example.de")) { r in
                #expect(r.status == .ok)
            }
        }
        let sent = await f.services.mock.received.last?.body
        let description = sent?["tools"]?.arrayValue?.first?["function"]?["description"]?.stringValue ?? ""
        #expect(description.contains("<PERSON_1>") && !description.contains("Anna"), "\(description)")
        #expect(sent?["user"]?.stringValue?.contains("EMAIL_ADDRESS") == true, "\(String(describing: sent?["user"]))")
        #expect(sent?["tools"]?.arrayValue?.first?["type"]?.stringValue == "function")
    }

    @Test func tokenQuotasAnswer429OnceSpent() async throws {
        try await Self.startEarlyInAMinute()
        let f = try await fixture(rateLimits: RateLimits(tokensPerKey: 40))
        let long = String(repeating: "the quarterly numbers look fine ", count: 8)  // ~64 tokens each way
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat(long)) { r in
                #expect(r.status == .ok)  // the request that crosses the quota is let through
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("hi")) { r in
                #expect(r.status == .tooManyRequests)
                #expect((try? json(r.body))?["error"]?["message"]?.stringValue?.contains("Token quota") == true)
                #expect(Int(r.headers[.retryAfter] ?? "") ?? 0 > 0)
            }
            // Another key has its own quota.
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.admin), body: chat("hi")) { r in
                #expect(r.status == .ok)
            }
        }
    }

    @Test func anAuditLogThatCannotBeWrittenWithholdsAnswers() async throws {
        let f = try await fixture()
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("hello")) { r in
                #expect(r.status == .ok)
            }
            // The store goes away; the key is still remembered, but nothing can be recorded.
            await f.services.store.close()
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("hello again")) { r in
                #expect(r.status == .serviceUnavailable)
                #expect((try? json(r.body))?["error"]?["code"]?.stringValue == "audit_unavailable")
                #expect(!String(buffer: r.body).contains("hello again"))
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: chat("stream it", stream: true)) { r in
                #expect(r.status == .serviceUnavailable)
            }
        }
    }

    @Test func minimisationHappensBeforeTheVendorSeesAnything() async throws {
        let yaml = Self.policyYAML.replacingOccurrences(of: "rules:\n", with: """
            minimization:
              strip_fields: [user, metadata]
              max_history: 1
              max_request_bytes: 2000
            rules:

            """)
        let f = try await fixture(policy: yaml)
        let body: JSONValue = .object(["model": .string("mock-echo"), "user": .string("ann@example.com"),
                                       "metadata": .object(["ticket": .string("T-1")]),
                                       "messages": .array([
                                           .object(["role": .string("system"), "content": .string("Be brief.")]),
                                           .object(["role": .string("user"), "content": .string("Old question about Marco Rossi")]),
                                           .object(["role": .string("assistant"), "content": .string("Old answer")]),
                                           .object(["role": .string("user"), "content": .string("New question")]),
                                       ])])
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: ByteBuffer(bytes: Array((try? JSONEncoder().encode(body)) ?? Data()))) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: chat(String(repeating: "x", count: 3000))) { r in
                #expect(r.status == .contentTooLarge)
            }
        }
        let sent = await f.services.mock.received.first
        #expect(sent?.messages.map { $0["role"]?.stringValue ?? "" } == ["system", "user"])
        #expect(sent?.messages.last?.contentText == "New question")
        #expect(sent?.body["user"] == nil && sent?.body["metadata"] == nil)
    }

    @Test func everyDecidedRequestIsAudited() async throws {
        let f = try await fixture()
        try await f.app.test(.router) { client in
            for body in [chat("hello"), chat("key AKIAIOSFODNN7EXAMPLQ"), chat("mail anna@example.org")] {
                try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: body) { _ in }
            }
        }
        let events = try await f.services.store.auditEntries(after: 0)
        #expect(events.map(\.decision) == ["allow", "block", "allow"])
        #expect(events[1].findingCounts.keys.contains { $0.hasPrefix("aws") })
        #expect(events.allSatisfy { $0.actor == "ann" && $0.decisionID.hasPrefix("dec_") && $0.requestDigest.count == 64 })
        #expect(try await f.services.store.verifyAudit(trustedKeys: [f.services.audit.keys.signing.verifyingKey]).problem == nil)
    }
}

extension GatewayTests {
    @Test func embeddingsAreInspectedAndTransformed() async throws {
        let f = try await fixture()
        @Sendable func emb(_ input: JSONValue) -> ByteBuffer {
            ByteBuffer(bytes: Array((try? JSONEncoder().encode(JSONValue.object(["model": .string("mock-echo"), "input": input]))) ?? Data()))
        }
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/embeddings", method: .post, headers: headers(f.analyst),
                                     body: emb(.array([.string("Anna Schmidt signed"), .string("plain text")]))) { r in
                #expect(r.status == .ok)
                let data = (try? json(r.body))?["data"]?.arrayValue ?? []
                #expect(data.count == 2 && data.allSatisfy { $0["embedding"]?.arrayValue?.count == 16 })
            }
            try await client.execute(uri: "/v1/embeddings", method: .post, headers: headers(f.analyst),
                                     body: emb(.string("token AKIAIOSFODNN7EXAMPLQ"))) { r in
                #expect(r.status == .forbidden)
            }
            try await client.execute(uri: "/v1/embeddings", method: .post, headers: headers(f.analyst),
                                     body: emb(.array([.array([.integer(1), .integer(2)])]))) { r in
                #expect(r.status == .badRequest)
            }
        }
        let sent = await f.services.mock.received.last?.body["input"]?.arrayValue?.compactMap(\.stringValue) ?? []
        #expect(sent.count == 2 && sent[0].contains("<PERSON_1>") && !sent[0].contains("Anna") && sent[1] == "plain text", "\(sent)")
    }
}

extension GatewayTests {
    /// Requests that end before a decision (bad key, invalid body, rate limit) or fail after one
    /// (a vendor error) leave an audit event too: `refused:CODE` or `failed:CODE`.
    @Test func refusedAndFailedRequestsAreAuditedToo() async throws {
        try await Self.startEarlyInAMinute()
        let yaml = Self.policyYAML
            .replacingOccurrences(of: "\nmodels:\n", with: "\n  ghost: { kind: openai, base_url: \"http://127.0.0.1:9/v1\", clearance: restricted }\nmodels:\n  ghost-model: { vendor: ghost, upstream: g }\n")
        let policy = yaml.replacingOccurrences(of: "models: [mock-echo]", with: "models: [mock-echo, ghost-model]")
        let f = try await fixture(rateLimits: RateLimits(perUser: 3), policy: policy)
        try await f.app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers("pcs_notakey"), body: chat("hi")) { r in
                #expect(r.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: ByteBuffer(string: "{not json")) { r in
                #expect(r.status == .badRequest)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("hello")) { r in
                #expect(r.status == .ok)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst),
                                     body: chat("hello", model: "ghost-model")) { r in
                #expect(r.status == .badGateway)
            }
            try await client.execute(uri: "/v1/chat/completions", method: .post, headers: headers(f.analyst), body: chat("again")) { r in
                #expect(r.status == .tooManyRequests)
            }
        }
        let events = try await f.services.store.auditEntries(after: 0)
        #expect(events.map(\.decision) == ["refused:unauthenticated", "refused:invalid_request", "allow", "failed:vendor_error",
                                           "refused:rate_limited"])
        #expect(events.map(\.actor) == ["anonymous", "ann", "ann", "ann", "ann"])
        #expect(events[1].requestDigest.count == 64, "the invalid body's digest is kept")
        #expect(events[3].model == "ghost-model" && events[3].vendor == "ghost" && events[3].decisionID.hasPrefix("dec_"))
        #expect(try await f.services.store.verifyAudit(trustedKeys: [f.services.audit.keys.signing.verifyingKey]).problem == nil)
    }
}
