import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore
import PortcullisStore

/// `POST /v1/chat/completions`: authenticate (done by the caller), parse, inspect every text,
/// decide, transform, call the vendor, inspect the answer, restore, record.
struct ChatPipeline: Sendable {
    let services: GatewayServices
    /// For charging token quotas once an answer's size is known.
    var limiter: RateLimiter?
    /// Whether the last audit append succeeded: with audit failing closed, no answer (and no
    /// stream) is released while the log cannot be written.
    let auditHealth = AuditHealth()

    /// What the stages before the vendor produced.
    struct Prepared: Sendable {
        var decisionID: String
        var model: String
        var route: ModelRoute
        var decision: Decision
        var findings: [String: Int]
        var vault: PseudonymVault
        var vendorRequest: VendorRequest
        var requestDigest: String
        var stream: Bool
        /// The API, as the audit event's action (`chat.completions`, `messages`, `embeddings`).
        var api: String
        /// The canary planted in the system prompt the vendor sees (when the policy asks for one).
        var canary: String?
        /// How many found values were replaced (redacted, pseudonymised…) before the vendor.
        var replaced = 0
        /// Set when a fallback answers: the model whose vendor failed first.
        var fallbackFrom: String?
    }

    /// `POST /v1/chat/completions` (the OpenAI dialect).
    func handle(body: [UInt8], caller: Caller, started: ContinuousClock.Instant) async -> Response {
        await run(body: body, caller: caller, started: started, dialect: OpenAIDialect())
    }

    /// One chat request in any dialect: `dialect` reads the body into the OpenAI chat shape the
    /// pipeline works on, and renders the answer, the stream and the errors in its own shape.
    func run(body: [UInt8], caller: Caller, started: ContinuousClock.Instant, dialect: any ChatDialect) async -> Response {
        let decisionID = "dec_" + APIKeys.randomToken(20)
        var prepared: Prepared?
        do {
            let m = services.metrics
            let chat = try m.timed(.parse) { try dialect.chatRequest(try parse(body)) }
            let chosen = try await prepare(chat, body: body, caller: caller, decisionID: decisionID, api: dialect.auditAction)
            prepared = chosen
            let vendor = try vendorAdapter(chosen.route)
            if chosen.stream {
                // A stream is recorded at its end: it is not started while the log cannot be written.
                if !auditHealth.ok, (try? await services.store.auditHead()) != nil { auditHealth.set(true) }
                guard auditHealth.ok || services.auditFailOpen else { throw APIError.auditUnavailable(decisionID) }
                return streamed(chosen, vendor: vendor, caller: caller, started: started, dialect: dialect)
            }
            // The chosen route, or the fallback that answered when its vendor failed.
            let (p, raw, vendorTime) = try await complete(chosen, vendor: vendor)
            prepared = p
            // Output inspection on what the vendor wrote (placeholders still in place): the text
            // and every tool call's arguments.
            let out = m.timed(.inspectOutput) { outputDecision(raw.inspectedText, p: p, caller: caller) }
            if !out.decision.proceeds {
                await record(p, caller: caller, action: "block-output", label: out.decision.label)
                throw APIError(.forbidden, code: out.decision.code ?? "policy_blocked", type: "policy_error",
                               message: out.decision.message ?? "The answer was withheld: it contained data the policy does not allow.",
                               decisionID: decisionID).recorded
            }
            let answer = raw.restored(with: p.vault)
            let usage = Usage(prompt: tokens(p.vendorRequest.messages.map(\.contentText).joined()), completion: tokens(raw.inspectedText))
            await limiter?.charge(caller, tokens: usage.prompt + usage.completion)
            guard await record(p, caller: caller, action: p.decision.action.rawValue, label: p.decision.label) || services.auditFailOpen else {
                throw APIError.auditUnavailable(decisionID)
            }
            var headers = decisionHeaders(p, overhead: ContinuousClock.now - started - vendorTime, output: out.decision)
            headers[.contentType] = "application/json"
            let json = dialect.answer(answer, id: decisionID, model: p.model, usage: usage)
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.jsonBytes)))
        } catch let held as ReviewHeld {
            let message = held.decision.message ?? "Held for review by the security team."
            let review: JSONValue = .object([
                "id": .string(held.item.id), "object": .string("review"), "status": .string("pending"),
                "decision_id": .string(decisionID), "message": .string(message),
                "poll": .string("/v1/reviews/\(held.item.id)"),
            ])
            var headers = HTTPFields()
            headers[HTTPField.Name("x-portcullis-decision-id")!] = decisionID
            headers[HTTPField.Name("x-portcullis-action")!] = "review"
            headers[HTTPField.Name("x-portcullis-label")!] = held.decision.label.rawValue
            headers[HTTPField.Name("x-portcullis-review-id")!] = held.item.id
            if held.stream {
                // A streaming client reads events: the hold is one short answer, then the end.
                var out = dialect.streamWriter(id: decisionID, model: held.item.model,
                                               created: Int(Date().timeIntervalSince1970), promptTokens: 0)
                let events = out.start() + out.text(reviewHeldText(message, reviewID: held.item.id))
                    + out.finish("stop", completionTokens: 0)
                headers[.contentType] = "text/event-stream"
                headers[.cacheControl] = "no-cache"
                return Response(status: .accepted, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: events)))
            }
            let json = dialect.held(review, message: message, model: held.item.model)
            headers[.contentType] = "application/json"
            return Response(status: .accepted, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: json.jsonBytes)))
        } catch {
            let e = failure(error, decisionID: decisionID)
            await recordFailure(e, prepared: prepared, caller: caller, api: dialect.auditAction, body: body)
            return dialect.errorResponse(e)
        }
    }

    /// A request body as JSON within the limits (size, nesting), or a 4xx saying what is wrong.
    func parse(_ body: [UInt8]) throws -> JSONValue {
        let limits = services.limits
        guard body.count <= limits.maxBodyBytes else {
            throw APIError(.contentTooLarge, code: "invalid_request", message: "The request body is over \(limits.maxBodyBytes) bytes.")
        }
        let json: JSONValue
        do {
            json = try JSONValue.parse(body, maxDepth: limits.maxNesting)
        } catch {
            throw APIError.invalid("The body is not valid JSON (or not UTF-8): \(error).")
        }
        guard case .object = json else { throw APIError.invalid("The body must be a JSON object.") }
        return json
    }

    /// The error to answer: an `APIError` as it is (with the decision id once a decision was
    /// under way), anything else a 500 naming the decision.
    func failure(_ error: any Error, decisionID: String) -> APIError {
        if var e = error as? APIError {
            if e.decisionID == nil && e.code != "invalid_request" { e.decisionID = decisionID }
            return e
        }
        return APIError(.internalServerError, code: "internal_error", type: "api_error",
                        message: "Portcullis failed to process the request (decision \(decisionID)): \(error)",
                        decisionID: decisionID)
    }

    /// Classifies every text and decides: the findings per text, their counts by type, the decision.
    func inspect(_ texts: [String], model: String, caller: Caller)
        -> (classified: [[LabelledFinding]], counts: [String: Int], topics: Set<String>, decision: Decision) {
        let classified = texts.map { services.classifier.classify($0).findings }
        let topics = services.topics.topicNames(texts)
        var counts: [String: Int] = [:]
        for l in classified.joined() { counts[l.finding.type.rawValue, default: 0] += 1 }
        for t in topics { counts["topic:" + t] = 1 }
        let decision = PolicyEvaluator.evaluate(services.policy, principal: caller.principal,
                                                request: RequestFacts(model: model, topics: topics), classified: Array(classified.joined()))
        return (classified, counts, topics, decision)
    }

    /// Applies the decision's transforms to each text (everything else kept), one vault for all;
    /// `replaced` counts the findings whose action changes them.
    func transform(_ texts: [String], _ classified: [[LabelledFinding]], _ decision: Decision)
        -> (texts: [String], vault: PseudonymVault, replaced: Int)
    {
        let actions = decision.transformActions
        let transformer = TextTransformer(actions: actions, defaultAction: .keep, key: services.transformKey)
        var vault = PseudonymVault()
        var out: [String] = []
        var replaced = 0
        for (text, found) in zip(texts, classified) {
            out.append(transformer.apply(text, findings: found.map(\.finding), vault: &vault))
            replaced += found.filter { (actions[$0.finding.type] ?? .keep) != .keep }.count
        }
        return (out, vault, replaced)
    }

    /// Validates an OpenAI-shaped chat request, inspects every text, decides and transforms:
    /// what the vendor will be sent, or the error (or review) that ends the request here.
    func prepare(_ json: JSONValue, body: [UInt8], caller: Caller, decisionID: String, api: String) async throws -> Prepared {
        let limits = services.limits
        let minimization = services.policy.minimization
        if let max = minimization.maxRequestBytes, body.count > max {
            throw APIError(.contentTooLarge, code: "invalid_request",
                           message: "The policy allows requests of at most \(max) bytes; this one has \(body.count).")
        }
        // Minimisation first: what the vendor does not need is dropped before it is inspected or sent.
        let json = Minimizer(minimization).minimize(json)
        guard let model = json["model"]?.stringValue, !model.isEmpty else {
            throw APIError.invalid("`model` is required and must be a string.", param: "model")
        }
        guard let messages = json["messages"]?.arrayValue, !messages.isEmpty else {
            throw APIError.invalid("`messages` is required and must be a non-empty array.", param: "messages")
        }
        guard messages.count <= limits.maxMessages else {
            throw APIError.invalid("At most \(limits.maxMessages) messages per request.", param: "messages")
        }
        for (i, m) in messages.enumerated() {
            guard case .object = m, m["role"]?.stringValue != nil else {
                throw APIError.invalid("messages[\(i)] must be an object with a `role`.", param: "messages[\(i)]")
            }
            // What cannot be inspected does not pass: content is text, or parts that are text.
            switch m["content"] {
            case nil, .null?, .string?: break
            case .array(let parts)?:
                for (k, part) in parts.enumerated() {
                    let type = part["type"]?.stringValue ?? "text"
                    guard type == "text" || type == "input_text", part["text"]?.stringValue != nil else {
                        throw APIError.invalid("messages[\(i)].content[\(k)]: parts of type \"\(type)\" cannot be inspected by the gateway, so they are not accepted (send the text instead).",
                                               param: "messages[\(i)].content[\(k)]")
                    }
                }
            default:
                throw APIError.invalid("messages[\(i)].content must be a string or an array of text parts.", param: "messages[\(i)].content")
            }
        }
        let stream: Bool
        switch json["stream"] {
        case nil, .null?: stream = false
        case .bool(let b)?: stream = b
        default: throw APIError.invalid("`stream` must be a boolean.", param: "stream")
        }

        // Inspect every text the vendor would see, in the messages and beside them.
        let texts = ChatTexts(body: json)
        let (classified, counts, topics, decision) = services.metrics.timed(.inspectInput) { inspect(texts.texts, model: model, caller: caller) }
        let digest = Array(SHA256.hash(data: body)).hex
        var prepared = Prepared(decisionID: decisionID, model: model, route: ModelRoute(name: model, vendor: "", upstream: ""),
                                decision: decision, findings: counts, vault: PseudonymVault(),
                                vendorRequest: VendorRequest(upstreamModel: "", messages: [], body: .null),
                                requestDigest: digest, stream: stream, api: api)
        guard decision.proceeds else {
            await record(prepared, caller: caller, action: decision.action.rawValue, label: decision.label)
            if decision.action == .review {
                let item = ReviewItem(decisionID: decisionID, requester: caller.principal.id, label: decision.label.rawValue,
                                      reason: decision.message ?? "held for review", model: model)
                do {
                    try await services.store.createReview(item)
                } catch {
                    throw APIError(.serviceUnavailable, code: "store_unavailable", type: "api_error",
                                   message: "The request is held for review, but the review could not be stored; try again shortly.",
                                   decisionID: decisionID).recorded
                }
                throw ReviewHeld(item: item, decision: decision, stream: stream)
            }
            let status: HTTPResponse.Status = decision.code == "model_not_allowed" && services.policy.models[model] == nil ? .notFound : .forbidden
            throw APIError(status, code: decision.code ?? "policy_blocked", type: "policy_error",
                           message: decision.message ?? "The policy blocked this request.", decisionID: decisionID).recorded
        }
        let target = decision.routeTo ?? model
        guard let route = services.policy.models[target] else {
            throw APIError(.notFound, code: "model_not_allowed", message: "The model '\(target)' is not configured.", decisionID: decisionID)
        }
        // Transform: what the decision says for each finding type; everything else is kept.
        let (replaced, vault, replacedCount) = services.metrics.timed(.transform) { transform(texts.texts, classified, decision) }
        prepared.replaced = replacedCount
        // External judges see what the vendor would see; an unsafe verdict is decided on again.
        if !services.policy.judges.isEmpty {
            let verdicts = try await JudgeClient(services: services).findings(for: replaced, decisionID: decisionID)
            if !verdicts.isEmpty {
                for v in verdicts { prepared.findings[v.finding.type.rawValue, default: 0] += 1 }
                let again = PolicyEvaluator.evaluate(services.policy, principal: caller.principal,
                                                     request: RequestFacts(model: model, topics: topics),
                                                     classified: Array(classified.joined()) + verdicts)
                if !again.proceeds {
                    prepared.decision = again
                    await record(prepared, caller: caller, action: again.action.rawValue, label: again.label)
                    throw APIError(.forbidden, code: again.code ?? "policy_blocked", type: "policy_error",
                                   message: again.message ?? "An external safety check found this request unsafe.",
                                   decisionID: decisionID).recorded
                }
            }
        }
        let outBody = texts.apply(replaced, to: json)
        prepared.route = route
        prepared.vault = vault
        var vendorMessages = outBody["messages"]?.arrayValue ?? []
        if services.policy.canary.enabled {
            // Planted after inspection: the canary is the gateway's, not the user's.
            let token = "pcanary" + APIKeys.randomToken(16).lowercased().filter { $0.isLetter || $0.isNumber }
            prepared.canary = token
            vendorMessages = Self.plant(CanarySettings.instruction(token), in: vendorMessages)
        }
        prepared.vendorRequest = VendorRequest(upstreamModel: route.upstream, messages: vendorMessages,
                                               body: outBody.setting("model", .string(route.upstream)).setting("messages", .array(vendorMessages)))
        return prepared
    }

    /// `line` appended to the first system message, or a system message of its own in front.
    static func plant(_ line: String, in messages: [JSONValue]) -> [JSONValue] {
        var messages = messages
        if let i = messages.firstIndex(where: { $0["role"]?.stringValue == "system" || $0["role"]?.stringValue == "developer" }) {
            switch messages[i]["content"] {
            case .string(let s)?:
                messages[i] = messages[i].setting("content", .string(s + "\n\n" + line))
                return messages
            case .array(let parts)?:
                messages[i] = messages[i].setting("content", .array(parts + [.object(["type": .string("text"), "text": .string(line)])]))
                return messages
            default: break
            }
        }
        return [.object(["role": .string("system"), "content": .string(line)])] + messages
    }

    func vendorAdapter(_ route: ModelRoute) throws -> any VendorAdapter {
        guard let v = services.vendors[route.vendor] else {
            throw APIError(.badGateway, code: "vendor_error", type: "api_error",
                           message: "No adapter for vendor '\(route.vendor)' (only the mock provider is built in so far).")
        }
        return v
    }

    func outputDecision(_ text: String, p: Prepared, caller: Caller) -> (decision: Decision, findings: [Finding]) {
        // Placeholders the request introduced are not the vendor's doing: scan what remains.
        let bytes = Array(text.utf8)
        let found = services.classifier.classify(text).findings.filter { l in
            let value = String(decoding: bytes[l.finding.utf8Start..<l.finding.utf8End], as: UTF8.self)
            return p.vault.value(for: value) == nil
        }
        var d = PolicyEvaluator.evaluate(services.policy, principal: caller.principal,
                                         request: RequestFacts(model: p.model, direction: .output, topics: services.topics.topicNames([text])),
                                         classified: found)
        if let canary = p.canary, text.contains(canary) {
            let monitored = services.policy.mode == .monitor
            d.reasons.append(.init(rule: "canary", action: .block, why: "the answer repeats this request's canary token",
                                   monitored: monitored))
            if monitored {
                d.wouldHave = .block
            } else {
                d.action = .block
                d.code = "policy_blocked"
                d.message = services.policy.canary.message
            }
        }
        return (d, found.map(\.finding))
    }

    /// Appends the request's audit event; false (and the health flag down) when it could not be written.
    @discardableResult
    func record(_ p: Prepared, caller: Caller, action: String, label: SensitivityLabel) async -> Bool {
        // The vendor that was called (a fallback's, when one answered), else the one chosen.
        let vendor = p.route.vendor.isEmpty ? services.policy.models[p.decision.routeTo ?? p.model]?.vendor ?? "" : p.route.vendor
        services.metrics.findings(p.findings)
        return await append(AuditRecord(
            actor: caller.principal.id, action: p.api, decision: action, label: label.rawValue,
            model: p.model, vendor: vendor, findings: p.findings, policyVersion: services.policy.version,
            decisionID: p.decisionID, requestDigest: p.requestDigest, subject: caller.principal.id), metricAction: action)
    }

    /// Appends one request's event, counting and timing it; whether the log took it.
    private func append(_ event: AuditRecord, metricAction: String) async -> Bool {
        let m = services.metrics
        m.request(api: event.action, action: metricAction, label: event.label)
        let start = ContinuousClock.now
        defer { m.time(.audit, ContinuousClock.now - start) }
        do {
            _ = try await services.audit.append(event)
            auditHealth.set(true)
            return true
        } catch {
            auditHealth.set(false)
            m.auditError()
            return false
        }
    }

    /// Records a request that ended in an error not yet in the log: after its decision (a vendor
    /// that failed: `failed:CODE`, with the decision's facts) or before one (an invalid body, an
    /// unknown model: `refused:CODE`). Every API request leaves one event, answered or not.
    func recordFailure(_ e: APIError, prepared: Prepared?, caller: Caller?, api: String, body: [UInt8]? = nil) async {
        guard !e.audited else { return }
        if let p = prepared, let caller {
            _ = await record(p, caller: caller, action: "failed:" + e.code, label: p.decision.label)
            return
        }
        _ = await append(AuditRecord(
            actor: caller?.principal.id ?? "anonymous", action: api, decision: "refused:" + e.code,
            policyVersion: services.policy.version, decisionID: e.decisionID ?? "",
            requestDigest: body.map { Array(SHA256.hash(data: $0)).hex } ?? "", subject: caller?.principal.id),
            metricAction: "refused")
    }

    /// The decision's headers: id, label, action; how many values were replaced; what a
    /// monitor-mode rule would have done (on the request, or on the answer when given).
    func decisionHeaders(_ p: Prepared, overhead: Duration, output: Decision? = nil) -> HTTPFields {
        services.metrics.overhead(overhead)
        var h = HTTPFields()
        h[HTTPField.Name("x-portcullis-decision-id")!] = p.decisionID
        h[HTTPField.Name("x-portcullis-label")!] = p.decision.label.rawValue
        h[HTTPField.Name("x-portcullis-action")!] = p.decision.action.rawValue
        if p.replaced > 0 { h[HTTPField.Name("x-portcullis-replaced")!] = String(p.replaced) }
        if p.fallbackFrom != nil { h[HTTPField.Name("x-portcullis-fallback")!] = p.route.name }
        if let would = p.decision.monitoredStop ?? output?.monitoredStop {
            h[HTTPField.Name("x-portcullis-would-have")!] = would.rawValue
        }
        h[HTTPField.Name("x-portcullis-overhead-ms")!] = Self.milliseconds(overhead)
        return h
    }

    /// `d` in milliseconds with three decimals ("1.234"), without Foundation's formatter.
    static func milliseconds(_ d: Duration) -> String {
        let micros = max(0, d.components.seconds * 1_000_000 + d.components.attoseconds / 1_000_000_000_000)
        let frac = String(micros % 1000)
        return "\(micros / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
    }

    /// Token counts for `usage`.
    struct Usage { var prompt: Int; var completion: Int }

    /// A rough token count (about four bytes a token) for `usage`.
    func tokens(_ s: String) -> Int { tokens(bytes: s.utf8.count) }

    /// The rough token count of `bytes` bytes of text.
    func tokens(bytes: Int) -> Int { (bytes + 3) / 4 }
}

/// A request held for human review: answered 202 with the review id.
struct ReviewHeld: Error {
    var item: ReviewItem
    var decision: Decision
    /// The request asked for a stream: the hold is told as one (a client reading events gets events).
    var stream = false
}
