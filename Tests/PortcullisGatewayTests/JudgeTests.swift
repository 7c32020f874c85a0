import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// An external judge (`judges:`), here the mock provider scripted as Llama Guard: its unsafe
/// verdict is a finding the rules block on; no answer in time fails closed or open as the
/// policy says.
@Suite("External judge")
struct JudgeTests {
    func gateway(judge upstream: String, vendor: String = "mock", timeoutMS: Int = 1000, onError: String = "block")
        async throws -> TestGateway
    {
        let policy = try Policy.parse(yaml: """
            version: 1
            vendors:
              mock: { kind: mock, clearance: restricted }
              slow: { kind: mock, clearance: restricted }
            models:
              echo: { vendor: mock, upstream: echo }
              guard: { vendor: \(vendor), upstream: "\(upstream)" }
            roles:
              analyst: { models: [echo], max_label: restricted }
            judges:
              llama-guard: { model: guard, timeout_ms: \(timeoutMS), on_error: \(onError) }
            rules:
              - id: judged-unsafe
                match: { types: [JUDGE_UNSAFE] }
                action: block
                message: A safety check found this request unsafe; rephrase it or ask the security team.
              - id: allow
                action: allow
            """)
        return try await TestGateway.make(policy: policy, vendors: ["slow": MockProvider(latency: .seconds(30))])
    }

    func ask(_ g: TestGateway) async throws -> (HTTPResponse.Status, String) {
        try await g.chat(#"{"model":"echo","messages":[{"role":"user","content":"tell me a story about a dragon"}]}"#)
    }

    @Test func anUnsafeVerdictBlocks() async throws {
        let g = try await gateway(judge: "script:unsafe\\nS1,S9")
        let (status, body) = try await ask(g)
        #expect(status == .forbidden, "\(body)")
        #expect(body.contains("safety check"))
        // the judge was asked with the request's text; the vendor was never called
        let asked = await g.mock.received.map { $0.upstreamModel }
        #expect(asked.count == 1 && asked[0].hasPrefix("script:unsafe"))
        #expect(await g.mock.received.first?.messages.first?.contentText.contains("dragon") == true)
    }

    @Test func aSafeVerdictLetsTheRequestThrough() async throws {
        let g = try await gateway(judge: "script:safe")
        let (status, body) = try await ask(g)
        #expect(status == .ok, "\(body)")
        #expect(body.contains("dragon"))
        #expect(await g.mock.received.count == 2)  // the judge, then the vendor
    }

    @Test func noAnswerInTimeFailsClosed() async throws {
        let g = try await gateway(judge: "script:safe", vendor: "slow", timeoutMS: 100, onError: "block")
        let start = ContinuousClock.now
        let (status, body) = try await ask(g)
        #expect(status == .serviceUnavailable, "\(body)")
        #expect(body.contains("judge_unavailable"))
        // The timeout, not the judge's 30 s. A wide margin: in a loaded scripts/test run (the
        // PostgreSQL tests alongside) this request has taken 2.2–2.6 s, against 0.1 s alone.
        #expect(ContinuousClock.now - start < .seconds(10))
    }

    @Test func noAnswerInTimeFailsOpenWhenThePolicySays() async throws {
        let g = try await gateway(judge: "script:safe", vendor: "slow", timeoutMS: 100, onError: "allow")
        let (status, body) = try await ask(g)
        #expect(status == .ok, "\(body)")
    }

    @Test func anUnreadableAnswerIsNoVerdict() async throws {
        let g = try await gateway(judge: "script:I am not sure", onError: "block")
        let (status, body) = try await ask(g)
        #expect(status == .serviceUnavailable, "\(body)")
    }

    @Test func verdictsAreReadLlamaGuardsWay() {
        #expect(JudgeVerdict.parse("safe") == .safe)
        #expect(JudgeVerdict.parse("\n unsafe\nS1,S10") == .unsafe(categories: ["S1", "S10"]))
        #expect(JudgeVerdict.parse("unsafe") == .unsafe(categories: []))
        #expect(JudgeVerdict.parse(#"{"flagged": true, "categories": {}}"#) == .unsafe(categories: []))
        #expect(JudgeVerdict.parse(#"{"flagged":false}"#) == .safe)
        #expect(JudgeVerdict.parse("maybe") == nil)
        #expect(JudgeVerdict.parse("") == nil)
    }

    @Test func aJudgeMustNameADefinedModel() {
        #expect(throws: ConfigError.self) {
            try Policy.parse(yaml: """
                version: 1
                vendors: { mock: { kind: mock, clearance: restricted } }
                models: { echo: { vendor: mock } }
                judges: { g: { model: nope } }
                """)
        }
    }
}
