import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore

extension ChatPipeline {
    /// `POST /v1/embeddings`: the same inspection, decision and transforms as chat; the vendor
    /// embeds what the policy lets it see (pseudonymised inputs embed their placeholders).
    ///
    /// Token-array inputs are refused: they cannot be inspected, and what cannot be inspected
    /// does not pass (fail closed).
    func handleEmbeddings(body: [UInt8], caller: Caller, started: ContinuousClock.Instant) async -> Response {
        let decisionID = "dec_" + APIKeys.randomToken(20)
        var prepared: Prepared?
        do {
            let json = try parse(body)
            if let max = services.policy.minimization.maxRequestBytes, body.count > max {
                throw APIError(.contentTooLarge, code: "invalid_request",
                               message: "The policy allows requests of at most \(max) bytes; this one has \(body.count).")
            }
            guard let model = json["model"]?.stringValue, !model.isEmpty else {
                throw APIError.invalid("`model` is required and must be a string.", param: "model")
            }
            let inputs: [String]
            switch json["input"] {
            case .string(let s)?: inputs = [s]
            case .array(let a)? where !a.isEmpty && a.allSatisfy({ $0.stringValue != nil }): inputs = a.compactMap(\.stringValue)
            case .array(let a)? where !a.isEmpty:
                throw APIError.invalid("Token arrays cannot be inspected: send the input as text.", param: "input")
            default: throw APIError.invalid("`input` is required: a string or a non-empty array of strings.", param: "input")
            }
            guard inputs.count <= 2048 else { throw APIError.invalid("At most 2048 inputs per request.", param: "input") }

            let (classified, counts, _, decision) = inspect(inputs, model: model, caller: caller)
            var p = Prepared(decisionID: decisionID, model: model, route: ModelRoute(name: model, vendor: "", upstream: ""),
                             decision: decision, findings: counts, vault: PseudonymVault(),
                             vendorRequest: VendorRequest(upstreamModel: "", messages: [], body: .null),
                             requestDigest: Array(SHA256.hash(data: body)).hex, stream: false, api: "embeddings")
            guard decision.proceeds else {
                await record(p, caller: caller, action: decision.action.rawValue, label: decision.label)
                let status: HTTPResponse.Status = services.policy.models[model] == nil ? .notFound : .forbidden
                throw APIError(status, code: decision.code ?? "policy_blocked", type: "policy_error",
                               message: decision.message ?? "The policy blocked this request.", decisionID: decisionID).recorded
            }
            guard let route = services.policy.models[decision.routeTo ?? model] else {
                throw APIError(.notFound, code: "model_not_allowed", message: "The model is not configured.", decisionID: decisionID)
            }
            let sent = transform(inputs, classified, decision).texts
            p.route = route
            p.vendorRequest = VendorRequest(upstreamModel: route.upstream, messages: [],
                                            body: json.setting("input", .array(sent.map(JSONValue.string))).setting("model", .string(route.upstream)))
            prepared = p
            // No fallbacks here: another model's vectors do not compare with this one's, so an
            // index filled from both would be silently wrong. A vendor error is a 502.
            let vendor = try vendorAdapter(route)
            let vendorStart = ContinuousClock.now
            let vectors: [JSONValue]
            do {
                vectors = try await vendor.embed(p.vendorRequest)
            } catch let e as APIError {
                throw e
            } catch {
                throw APIError(.badGateway, code: "vendor_error", type: "api_error",
                               message: "The vendor '\(route.vendor)' failed: \(error).", decisionID: decisionID)
            }
            let vendorTime = ContinuousClock.now - vendorStart
            let tokens = sent.reduce(0) { $0 + self.tokens($1) }
            await limiter?.charge(caller, tokens: tokens)
            guard await record(p, caller: caller, action: decision.action.rawValue, label: decision.label) || services.auditFailOpen else {
                throw APIError.auditUnavailable(decisionID)
            }
            let out: JSONValue = .object([
                "object": .string("list"), "model": .string(model),
                "data": .array(vectors.enumerated().map { i, v in
                    .object(["object": .string("embedding"), "index": .integer(i), "embedding": v])
                }),
                "usage": .object(["prompt_tokens": .integer(tokens), "total_tokens": .integer(tokens)]),
            ])
            var headers = decisionHeaders(p, overhead: ContinuousClock.now - started - vendorTime)
            headers[.contentType] = "application/json"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: out.jsonBytes)))
        } catch {
            let e = failure(error, decisionID: decisionID)
            await recordFailure(e, prepared: prepared, caller: caller, api: "embeddings", body: body)
            return e.response()
        }
    }
}

extension MockProvider {
    /// Deterministic unit vectors from the text's SHA-256 (`dimensions` in the body, default 16):
    /// equal texts embed equally, so tests can compare.
    public nonisolated func embed(_ request: VendorRequest) async throws -> [JSONValue] {
        await record(request)
        try Self.failIfAsked(request)
        let dims: Int
        switch request.body["dimensions"] {
        case .integer(let n)?: dims = min(max(n, 1), 4096)
        default: dims = 16
        }
        return (request.body["input"]?.arrayValue ?? []).map { v in
            let text = v.stringValue ?? ""
            var values: [Double] = []
            var counter: UInt32 = 0
            while values.count < dims {
                let digest = SHA256.hash(data: Array(text.utf8) + withUnsafeBytes(of: counter.bigEndian) { Array($0) })
                for b in digest where values.count < dims { values.append(Double(b) / 127.5 - 1) }
                counter += 1
            }
            let norm = max(values.reduce(0) { $0 + $1 * $1 }.squareRoot(), 1e-12)
            return .array(values.map { .number($0 / norm) })
        }
    }
}
