import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTLS
import Logging
import NIOCore
import PortcullisCore
import PortcullisStore

/// The HTTP API: OpenAI-compatible endpoints, health, reviews.
public enum GatewayRouter {
    public static func build(_ services: GatewayServices) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        let auth = KeyAuthenticator(store: services.store, oidc: services.oidc, metrics: services.metrics,
                                    cacheTTL: services.identityCacheTTL)
        let limiter = RateLimiter(store: services.store, limits: services.rateLimits, metrics: services.metrics)
        let chat = ChatPipeline(services: services, limiter: limiter)

        router.get("healthz") { _, _ in "ok\n" }
        router.get("readyz") { _, _ -> Response in
            do {
                _ = try await services.store.auditHead()
                return Response(status: .ok, body: .init(byteBuffer: ByteBuffer(string: "ready\n")))
            } catch {
                return APIError(.serviceUnavailable, code: "not_ready", type: "api_error", message: "The store is not reachable.").response()
            }
        }

        router.post("v1/chat/completions") { request, _ -> Response in
            await admitted(request, auth, limiter, chat, api: OpenAIDialect().auditAction) { caller, body, started in
                await chat.handle(body: body, caller: caller, started: started)
            }
        }

        // Anthropic's Messages API (Claude clients send their key as `x-api-key`).
        router.post("v1/messages") { request, _ -> Response in
            let dialect = AnthropicDialect()
            return await admitted(request, auth, limiter, chat, api: dialect.auditAction, render: dialect.errorResponse) { caller, body, started in
                await chat.run(body: body, caller: caller, started: started, dialect: dialect)
            }
        }

        // Claude clients ask for a prompt's size before sending it. Answered here, from the text,
        // at the gateway's rough four bytes a token: nothing goes to a vendor, so nothing is decided or recorded.
        router.post("v1/messages/count_tokens") { request, _ -> Response in
            let dialect = AnthropicDialect()
            return await admitted(request, auth, limiter, chat, api: nil, render: dialect.errorResponse) { caller, body, _ in
                do {
                    var json = try chat.parse(body)
                    if json["max_tokens"] == nil { json = json.setting("max_tokens", .integer(1)) }
                    let request = try dialect.chatRequest(json)
                    let model = request["model"]?.stringValue ?? ""
                    let roles = caller.principal.roles.compactMap { services.policy.roles[$0] }
                    guard services.policy.models[model] != nil, roles.contains(where: { r in r.models.contains { $0.matches(model) } }) else {
                        return dialect.errorResponse(APIError(.notFound, code: "model_not_allowed",
                                                              message: "The model '\(model)' is not one you may use (GET /v1/models lists them)."))
                    }
                    let bytes = ChatTexts(body: request).texts.reduce(0) { $0 + $1.utf8.count }
                    return JSONValue.object(["input_tokens": .integer(chat.tokens(bytes: bytes))]).okResponse
                } catch let e as APIError {
                    return dialect.errorResponse(e)
                } catch {
                    return dialect.errorResponse(APIError.invalid("The request could not be read: \(error)"))
                }
            }
        }

        router.post("v1/embeddings") { request, _ -> Response in
            await admitted(request, auth, limiter, chat, api: "embeddings") { caller, body, started in
                await chat.handleEmbeddings(body: body, caller: caller, started: started)
            }
        }

        router.get("v1/models") { request, _ -> Response in
            await authenticated(request, auth) { caller in
                let roles = caller.principal.roles.compactMap { services.policy.roles[$0] }
                let allowed = services.policy.models.keys.filter { m in roles.contains { r in r.models.contains { $0.matches(m) } } }.sorted()
                let json: JSONValue = .object(["object": .string("list"), "data": .array(allowed.map { m in
                    .object(["id": .string(m), "object": .string("model"), "created": .integer(0),
                             "owned_by": .string(services.policy.models[m]?.vendor ?? "")])
                })])
                return json.okResponse
            }
        }

        router.get("v1/reviews/:id") { request, context -> Response in
            await authenticated(request, auth) { caller in
                let id = context.parameters.get("id") ?? ""
                guard let item = try? await services.store.review(id: id),
                      item.requester == caller.principal.id || caller.principal.roles.contains("admin") else {
                    return APIError(.notFound, code: "not_found", message: "No review \(id) for you.").response()
                }
                let json: JSONValue = .object([
                    "id": .string(item.id), "object": .string("review"), "status": .string(item.status),
                    "decision_id": .string(item.decisionID), "label": .string(item.label), "reason": .string(item.reason),
                    "model": .string(item.model), "created_at": .integer(Int(item.createdAt.timeIntervalSince1970)),
                ])
                return json.okResponse
            }
        }

        // Prometheus text format; scrapers send a key with the admin or metrics role
        // (`authorization: { credentials: pcs_… }` in the scrape config).
        router.get("metrics") { request, _ -> Response in
            await authenticated(request, auth) { caller in
                guard !caller.principal.roles.filter({ $0 == "admin" || $0 == "metrics" }).isEmpty else {
                    return APIError(.forbidden, code: "forbidden", message: "Metrics need a key with the admin or metrics role.").response()
                }
                return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"],
                                body: .init(byteBuffer: ByteBuffer(bytes: services.metrics.exposition())))
            }
        }

        // What the mock provider was sent: for tests and demos, admins only.
        router.get("v1/mock/requests") { request, _ -> Response in
            await authenticated(request, auth) { caller in
                guard caller.principal.roles.contains("admin") else {
                    return APIError(.forbidden, code: "forbidden", message: "Only an admin key may read the mock provider's record.").response()
                }
                let json: JSONValue = .object(["data": .array(await services.mock.recordedMessages())])
                return json.okResponse
            }
        }
        return router
    }

    /// An error response in the OpenAI shape (the default for every route but `/v1/messages`).
    static func openAIError(_ e: APIError) -> Response { e.response() }

    /// The front of every API call: authenticate, count against the rate limits, read the body
    /// within the size limit; then `handle`. Refusals are rendered by `render` and, for an API
    /// named by `api`, recorded in the audit log (`refused:CODE`; the caller when known).
    static func admitted(_ request: Request, _ auth: KeyAuthenticator, _ limiter: RateLimiter, _ chat: ChatPipeline, api: String?,
                         render: (APIError) -> Response = openAIError,
                         _ handle: (Caller, [UInt8], ContinuousClock.Instant) async -> Response) async -> Response {
        let started = ContinuousClock.now
        let limits = chat.services.limits
        var request = request
        func refuse(_ e: APIError, _ caller: Caller?) async -> Response {
            if let api { await chat.recordFailure(e, prepared: nil, caller: caller, api: api) }
            return render(e)
        }
        return await authenticated(request, auth, render: { await refuse($0, nil) }) { caller in
            do {
                try await limiter.admit(caller)
            } catch let e as APIError {
                return await refuse(e, caller)
            } catch {
                return await refuse(APIError(.serviceUnavailable, code: "store_unavailable", type: "api_error",
                                             message: "The rate-limit counters could not be read: \(error)"), caller)
            }
            guard let body = try? await request.collectBody(upTo: limits.maxBodyBytes) else {
                return await refuse(APIError(.contentTooLarge, code: "invalid_request",
                                             message: "The request body is over \(limits.maxBodyBytes) bytes."), caller)
            }
            return await handle(caller, Array(buffer: body), started)
        }
    }

    /// Runs `body` for an authenticated caller; answers 401 otherwise. The key comes as
    /// `Authorization: Bearer …` or, as Anthropic's clients send it, `x-api-key`.
    static func authenticated(_ request: Request, _ auth: KeyAuthenticator, render: (APIError) async -> Response = openAIError,
                              _ body: (Caller) async -> Response) async -> Response {
        let header = request.headers[.authorization] ?? request.headers[HTTPField.Name("x-api-key")!].map { "Bearer " + $0 }
        let caller: Caller
        do {
            caller = try await auth.authenticate(header)
        } catch let e as APIError {
            return await render(e)
        } catch {
            return await render(APIError(.serviceUnavailable, code: "store_unavailable", type: "api_error",
                                         message: "The key store could not be read: \(error)"))
        }
        return await body(caller)
    }

    /// Runs the gateway until SIGINT/SIGTERM, then drains in-flight requests and stops.
    /// `onRunning` gets the bound port (useful with port 0).
    public static func run(_ services: GatewayServices, host: String, port: Int, tls: GatewayTLS? = nil,
                           onRunning: @escaping @Sendable (Int) async -> Void) async throws {
        var logger = Logger(label: "portcullis")
        logger.logLevel = .warning
        let app = Application(
            router: build(services),
            server: try tls.map { try .tls(.http1(), tlsConfiguration: $0.configuration) } ?? .http1(),
            configuration: .init(address: .hostname(host, port: port), serverName: "portcullis"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger)
        // Upkeep: a signed checkpoint over the log's end every `everySeconds` (so a quiet log's
        // last events do not stay unsigned) and the payload retention setting.
        let audit = services.audit
        let upkeep = Task {
            let every = audit.checkpoints.everySeconds
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(every))
                _ = try? await audit.maintain()
            }
        }
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        upkeep.cancel()
        _ = try? await services.audit.checkpointNow()
    }
}
