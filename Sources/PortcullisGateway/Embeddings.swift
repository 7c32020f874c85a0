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
        do {
            guard body.count <= services.limits.maxBodyBytes else {
                throw APIError(.contentTooLarge, code: "invalid_request", message: "The request body is over \(services.limits.maxBodyBytes) bytes.")
            }
            guard let json = try? JSONDecoder().decode(JSONValue.self, from: Data(body)), case .object = json else {
                throw APIError.invalid("The body must be a JSON object (valid JSON, UTF-8).")
            }
            guard json.depth <= services.limits.maxNesting else { throw APIError.invalid("The body is nested too deeply.") }
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

            let classified = inputs.map { services.classifier.classify($0).findings }
            var counts: [String: Int] = [:]
            for l in classified.joined() { counts[l.finding.type.rawValue, default: 0] += 1 }
            let decision = PolicyEvaluator.evaluate(services.policy, principal: caller.principal,
                                                    request: RequestFacts(model: model), classified: Array(classified.joined()))
            var p = Prepared(decisionID: decisionID, model: model, route: ModelRoute(name: model, vendor: "", upstream: ""),
                             decision: decision, findings: counts, vault: PseudonymVault(),
                             vendorRequest: VendorRequest(upstreamModel: "", messages: [], body: .null),
                             requestDigest: Array(SHA256.hash(data: body)).hex, stream: false)
            guard decision.proceeds else {
                await record(p, caller: caller, action: decision.action.rawValue, label: decision.label, what: "embeddings")
                let status: HTTPResponse.Status = services.policy.models[model] == nil ? .notFound : .forbidden
                throw APIError(status, code: decision.code ?? "policy_blocked", type: "policy_error",
                               message: decision.message ?? "The policy blocked this request.", decisionID: decisionID)
            }
            guard let route = services.policy.models[decision.routeTo ?? model] else {
                throw APIError(.notFound, code: "model_not_allowed", message: "The model is not configured.", decisionID: decisionID)
            }
            let transformer = TextTransformer(actions: decision.transformActions, defaultAction: .keep, key: services.transformKey)
            var vault = PseudonymVault()
            var sent: [String] = []
            for (text, found) in zip(inputs, classified) {
                sent.append(transformer.apply(text, findings: found.map(\.finding), vault: &vault))
            }
            p.route = route
            p.vendorRequest = VendorRequest(upstreamModel: route.upstream, messages: [],
                                            body: json.setting("input", .array(sent.map(JSONValue.string))).setting("model", .string(route.upstream)))
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
            await record(p, caller: caller, action: decision.action.rawValue, label: decision.label, what: "embeddings")
            let tokens = sent.reduce(0) { $0 + self.tokens($1) }
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
        } catch let e as APIError {
            var e = e
            if e.decisionID == nil && e.code != "invalid_request" { e.decisionID = decisionID }
            return e.response()
        } catch {
            return APIError(.internalServerError, code: "internal_error", type: "api_error",
                            message: "Portcullis failed to process the request (decision \(decisionID)).", decisionID: decisionID).response()
        }
    }
}

extension MockProvider {
    /// Deterministic unit vectors from the text's SHA-256 (`dimensions` in the body, default 16):
    /// equal texts embed equally, so tests can compare.
    public nonisolated func embed(_ request: VendorRequest) async throws -> [JSONValue] {
        await record(request)
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
