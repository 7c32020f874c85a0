import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore
import PortcullisStore

/// Runs cases through the gateway's own chat pipeline in this process, under a policy, with
/// every vendor replaced by the built-in mock provider: the same inspection, decisions,
/// transforms, judges, canaries and output checks as `serve`, and no vendor called.
///
/// Decisions are recorded in a throwaway store (a temporary SQLite file, removed by `close()`).
public struct OfflineRedteamTarget: RedteamTarget {
    public let name = "offline (mock vendor)"
    let services: GatewayServices
    let caller: Caller
    let directory: String
    /// What this run cannot test offline, for the report.
    public let notes: [String]

    /// The pipeline for `policy`, sending as a principal with `role` and the training it requires.
    public static func make(policy: Policy, role: String) async throws -> OfflineRedteamTarget {
        var policy = policy
        var notes: [String] = []
        if !policy.judges.isEmpty {
            // A judge is a model; offline there is none to ask (the mock would not answer as one).
            notes.append("the policy's external judges (\(policy.judges.map(\.name).joined(separator: ", "))) are not consulted offline; run with --gateway to include them")
            policy.judges = []
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("portcullis-redteam-\(UUID().uuidString)").path
        let store = try await PortcullisStore.open(dataDirectory: dir, durability: .normal)
        let keys = AuditKeys(signing: .generate(), masterKeys: MasterKeyring(current: .generate()))
        let mock = MockProvider(keep: 1)
        var vendors: [String: any VendorAdapter] = [:]
        for name in policy.vendors.keys { vendors[name] = mock }
        let services = GatewayServices(policy: policy, store: store, audit: AuditLog(store: store, keys: keys),
                                       vendors: vendors, mock: mock)
        let training = Set(policy.roles[role]?.training ?? [])
        let caller = Caller(principal: Principal(id: "redteam", roles: [role], training: training), keyID: "redteam")
        return OfflineRedteamTarget(services: services, caller: caller, directory: dir, notes: notes)
    }

    /// Removes the throwaway store.
    public func close() {
        try? FileManager.default.removeItem(atPath: directory)
    }

    public func run(_ c: RedteamCase, model: String) async -> RedteamResult {
        var services = services
        let asked = c.model ?? model
        if let mock = c.mock, var route = services.policy.models[asked] {
            // The case scripts the vendor (`leak-system`, `script:…`): the route's upstream is the mock's instruction.
            route.upstream = mock
            services.policy.models[asked] = route
        }
        let body = RedteamAnswer.body(c, model: model).jsonBytes
        let response = await ChatPipeline(services: services).run(body: body, caller: caller, started: .now, dialect: OpenAIDialect())
        let bytes = await Self.collect(response)
        return RedteamAnswer.result(c, status: Int(response.status.code), headers: response.headers, body: bytes)
    }

    /// A response's body bytes (the pipeline's answers are whole buffers; at most 4 MB are kept).
    static func collect(_ response: Response) async -> [UInt8] {
        let sink = Sink()
        try? await response.body.write(Collector(sink: sink))
        return sink.bytes
    }

    final class Sink {
        var bytes: [UInt8] = []
    }

    struct Collector: ResponseBodyWriter {
        let sink: Sink
        mutating func write(_ buffer: ByteBuffer) async throws {
            if sink.bytes.count < 4 << 20 { sink.bytes += buffer.readableBytesView.prefix((4 << 20) - sink.bytes.count) }
        }
        consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
    }
}
