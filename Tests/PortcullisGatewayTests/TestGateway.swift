import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import PortcullisCore
import PortcullisGateway
import PortcullisStore

/// The gateway the tests talk to: a SQLite store in a fresh temporary folder, new audit keys,
/// the mock provider as the `mock` vendor, and an API key for `ann` (role `analyst`).
struct TestGateway {
    typealias App = Application<RouterResponder<BasicRequestContext>>
    var app: App
    var services: GatewayServices
    var store: PortcullisStore
    var mock: MockProvider
    /// `ann`'s key, role `analyst`.
    var key: String

    /// `vendors` adds adapters beside `mock`; `address` binds a real port (for `.live` tests).
    static func make(policy: Policy, vendors: [String: any VendorAdapter] = [:], oidc: OIDCAuthenticator? = nil,
                     live: Bool = false) async throws -> TestGateway {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-test-\(UUID().uuidString)").path
        let store = try await PortcullisStore.open(dataDirectory: dir)
        let keys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))
        let mock = MockProvider()
        let services = GatewayServices(policy: policy, store: store, audit: AuditLog(store: store, keys: keys),
                                       vendors: vendors.merging(["mock": mock]) { a, _ in a }, mock: mock, oidc: oidc)
        let k = APIKeys.make(user: "ann", role: "analyst")
        try await store.createAPIKey(k.record)
        let app = live ? Application(router: GatewayRouter.build(services), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
            : Application(router: GatewayRouter.build(services))
        return TestGateway(app: app, services: services, store: store, mock: mock, key: k.key)
    }

    /// `POST /v1/chat/completions` with `body`, as `key` (ann's by default): the status and the body.
    func chat(_ body: String, key: String? = nil) async throws -> (HTTPResponse.Status, String) {
        let key = key ?? self.key
        return try await app.test(.router) { client in
            try await client.execute(uri: "/v1/chat/completions", method: .post,
                                     headers: [.authorization: "Bearer \(key)", .contentType: "application/json"],
                                     body: ByteBuffer(string: body)) { r in (r.status, String(buffer: r.body)) }
        }
    }
}
