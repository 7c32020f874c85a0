import Foundation
import Hummingbird
import PortcullisCore
import PortcullisGateway
import PortcullisStore

/// A gateway in process with one real vendor adapter (pointed at a test upstream on loopback): a
/// policy that routes every model to vendor `name`, pseudonymises personal data and allows the
/// rest, and an analyst key.
enum UpstreamGateway {
    static func make(vendor name: String, kind: String, port: Int, models: [String: String],
                     adapter: any VendorAdapter) async throws -> (Application<RouterResponder<BasicRequestContext>>, String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("pcs-gw-\(UUID().uuidString)").path
        let store = try await PortcullisStore.open(dataDirectory: dir)
        let routes = models.sorted { $0.key < $1.key }.map { "  \($0.key): { vendor: \(name), upstream: \($0.value) }" }
        let policy = try Policy.parse(yaml: """
            version: 1
            name: upstream-test
            vendors:
              \(name): { kind: \(kind), base_url: "http://127.0.0.1:\(port)/v1", api_key_env: UPSTREAM_KEY, clearance: restricted }
            models:
            \(routes.joined(separator: "\n"))
            roles:
              analyst: { models: ["*"], max_label: restricted }
            rules:
              - id: people
                match: { types: ["pii.*"] }
                action: pseudonymize
              - id: allow
                action: allow
            """)
        let keys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))
        let services = GatewayServices(policy: policy, store: store, audit: AuditLog(store: store, keys: keys),
                                       vendors: [name: adapter], mock: MockProvider())
        let k = APIKeys.make(user: "ann", role: "analyst")
        try await store.createAPIKey(k.record)
        return (Application(router: GatewayRouter.build(services)), k.key)
    }
}
