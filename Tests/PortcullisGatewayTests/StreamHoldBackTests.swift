import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import JWTKit
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore
import Testing

/// A streamed answer that leaks a secret spread over several pieces and lines is cut before any
/// of the secret is sent, and what is released is not delayed to the end.
@Suite("Streamed answers hold back what is not yet whole")
struct StreamHoldBackTests {
    func gateway(answer: String) async throws -> (Application<RouterResponder<BasicRequestContext>>, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-gw-\(UUID().uuidString)").path
        let store = try await PortcullisStore.open(dataDirectory: dir)
        let escaped = answer.replacingOccurrences(of: "\n", with: "\\n")
        let policy = try Policy.parse(yaml: """
            version: 1
            name: hold-back
            vendors:
              mock: { kind: mock, clearance: restricted }
            models:
              leaky: { vendor: mock, upstream: "script:\(escaped)" }
            roles:
              analyst: { models: ["*"], max_label: restricted }
            rules:
              - id: no-secrets
                match: { types: ["secret.*"] }
                action: block
                message: No credentials.
              - id: no-cards
                match: { types: [CREDIT_CARD, IBAN_CODE] }
                action: block
                message: No card numbers.
              - id: allow
                action: allow
            """)
        let keys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))
        let mock = MockProvider()
        let services = GatewayServices(policy: policy, store: store, audit: AuditLog(store: store, keys: keys),
                                       vendors: ["mock": mock], mock: mock)
        let k = APIKeys.make(user: "ann", role: "analyst")
        try await store.createAPIKey(k.record)
        return (Application(router: GatewayRouter.build(services)), k.key)
    }

    /// The text the client received and whether the stream ended with an error.
    func stream(_ answer: String) async throws -> (String, Bool) {
        let (text, error, _) = try await pieces(answer)
        return (text, error)
    }

    /// The text, whether it ended with an error, and how many content pieces carried it.
    func pieces(_ answer: String) async throws -> (String, Bool, Int) {
        let (app, key) = try await gateway(answer: answer)
        return try await app.test(.router) { client in
            let body = ByteBuffer(string: #"{"model":"leaky","stream":true,"messages":[{"role":"user","content":"go"}]}"#)
            return try await client.execute(uri: "/v1/chat/completions", method: .post,
                                            headers: [.authorization: "Bearer \(key)", .contentType: "application/json"], body: body) { r in
                var text = "", error = false, count = 0
                for line in String(buffer: r.body).split(separator: "\n") where line.hasPrefix("data: {") {
                    let v = try? JSONDecoder().decode(JSONValue.self, from: Data(line.dropFirst(6).utf8))
                    if v?["error"] != nil { error = true }
                    let piece = v?["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue ?? ""
                    if !piece.isEmpty { count += 1 }
                    text += piece
                }
                return (text, error, count)
            }
        }
    }

    @Test func aPrivateKeyIsNotSentLineByLine() async throws {
        let pem = ES256PrivateKey().pemRepresentation
        let (text, error) = try await stream("Here is the key you asked for:\n\(pem)\nKeep it safe.")
        #expect(error)
        #expect(text.hasPrefix("Here is the key"), "\(text)")
        let bodyLines = pem.split(separator: "\n").filter { !$0.hasPrefix("-----") }
        #expect(!bodyLines.contains { text.contains($0) }, "\(text)")
        #expect(!text.contains("-----END"))
    }

    @Test func aSpacedCardNumberIsNotSentGroupByGroup() async throws {
        let (text, error) = try await stream("Your card on file is 4111 1111 1111 1111 and it expires soon.")
        #expect(error)
        #expect(text.hasPrefix("Your card on file is"), "\(text)")
        #expect(!text.contains("4111"), "\(text)")
    }

    @Test func textWithoutSpacesIsNotHeldToTheEnd() async throws {
        // CJK text: released at its punctuation, not only when the answer ends.
        let (text, error, count) = try await pieces("您好，我们已经收到您的请求。我们会尽快回复。")
        #expect(!error)
        #expect(text == "您好，我们已经收到您的请求。我们会尽快回复。")
        #expect(count >= 3, "released in \(count) piece(s)")
    }

    @Test func ordinaryNumbersStillFlow() async throws {
        let (text, error) = try await stream("We shipped 12 boxes on day 3 and 40 more later.")
        #expect(!error)
        #expect(text == "We shipped 12 boxes on day 3 and 40 more later.")
    }
}
