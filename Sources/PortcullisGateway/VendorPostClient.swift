import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A vendor answer read whole: the status and the body.
struct VendorReply: Sendable {
    let status: Int
    let body: ByteBuffer
}

/// Why a `VendorPostClient` call failed.
enum VendorPostError: Error, CustomStringConvertible {
    /// No connection could be made: the request was never sent.
    case connect(String)
    /// The connection closed before any byte of the answer arrived.
    case closedBeforeAnswer
    /// The connection closed, or the answer was not HTTP, part way through the answer.
    case broken(String)
    case readTimeout(TimeAmount)
    case deadline
    case tooBig(Int)

    /// The vendor certainly did not process the request, so it is safe to send it again.
    var neverSent: Bool {
        switch self {
        case .connect, .closedBeforeAnswer: return true
        default: return false
        }
    }

    var description: String {
        switch self {
        case .connect(let why): return "could not connect to the vendor: \(why)"
        case .closedBeforeAnswer: return "the vendor closed the connection without answering"
        case .broken(let why): return "the vendor's answer broke off: \(why)"
        case .readTimeout(let t): return "the vendor sent nothing for \(t.nanoseconds / 1_000_000) ms (read timeout)"
        case .deadline: return "the vendor did not answer in time (total timeout)"
        case .tooBig(let limit): return "the answer is over \(limit) bytes"
        }
    }
}

/// HTTP/1.1 `POST`s with the whole answer read, for vendors reached over plain HTTP (vLLM,
/// Ollama, an internal proxy). Built on NIO directly because this call is most of the gateway's own
/// time per request: kept-alive connections pooled per event loop (a request is sent from the loop
/// its task runs on, so no thread hop), the request written in one flush, connect and read
/// timeouts and a total deadline, a limit on the answer's size, and one resend on a fresh
/// connection when a pooled one turns out closed before answering (the vendor never read it).
/// HTTPS and streamed calls go through AsyncHTTPClient.
final class VendorPostClient: Sendable {
    let host: String
    let port: Int
    /// The base URL's path ("/v1"), put before each request's path.
    let pathPrefix: String
    let headers: HTTPHeaders
    let connectTimeout: TimeAmount
    let readTimeout: TimeAmount
    let group: any EventLoopGroup
    /// Idle connections kept per event loop.
    let maxIdlePerLoop = 64
    private let idle = NIOLockedValueBox<[ObjectIdentifier: [any Channel]]>([:])

    /// A client for `baseURL` when it is a plain `http://` URL without user info, query or
    /// fragment and the headers are clean; nil otherwise (the caller uses AsyncHTTPClient).
    init?(baseURL: String, headers: [(String, String)], timeouts: VendorTimeouts,
          group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        guard baseURL.lowercased().hasPrefix("http://") else { return nil }
        let rest = baseURL.dropFirst(7)
        let authority = rest.prefix { $0 != "/" }
        let path = String(rest.dropFirst(authority.count))
        guard !authority.isEmpty, !authority.contains("@"), !path.contains("?"), !path.contains("#") else { return nil }
        var host = Substring(authority), port = 80
        if let colon = authority.lastIndex(of: ":"), !authority[colon...].contains("]") {
            guard let p = Int(authority[authority.index(after: colon)...]), (1...65535).contains(p) else { return nil }
            port = p
            host = authority[..<colon]
        }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = host.dropFirst().dropLast() }
        guard !host.isEmpty else { return nil }
        var h = HTTPHeaders()
        h.add(name: "Host", value: String(authority))
        h.add(name: "Content-Type", value: "application/json")
        for (k, v) in headers {
            // A header with a line break would split the request: leave such a value to AsyncHTTPClient's checks.
            guard !(k + v).utf8.contains(where: { $0 == 13 || $0 == 10 }) else { return nil }
            h.add(name: k, value: v)
        }
        self.host = String(host)
        self.port = port
        self.pathPrefix = path.hasSuffix("/") ? String(path.dropLast()) : path
        self.headers = h
        self.connectTimeout = timeouts.connect
        self.readTimeout = timeouts.read
        self.group = group
    }

    /// `POST`s `body` to `path` (under the base URL's path) and reads the answer, up to `limit`
    /// bytes, before `deadline`.
    func post(_ path: String, body: [UInt8], limit: Int, deadline: NIODeadline) async throws -> VendorReply {
        let loop = VendorHTTP.loop(in: group)
        var head = HTTPRequestHead(version: .http1_1, method: .POST, uri: pathPrefix + path, headers: headers)
        head.headers.add(name: "Content-Length", value: String(body.count))
        let exchange = PostExchange(client: self, loop: loop, head: head, body: ByteBuffer(bytes: body),
                                    limit: limit, deadline: deadline)
        if loop.inEventLoop { exchange.start() } else { loop.execute { exchange.start() } }
        return try await withTaskCancellationHandler {
            try await exchange.promise.futureResult.get()
        } onCancel: {
            loop.execute { exchange.fail(CancellationError()) }
        }
    }

    /// An idle, open connection on `loop`, if one is pooled.
    func pooled(on loop: any EventLoop) -> (any Channel)? {
        idle.withLockedValue { pools in
            let key = ObjectIdentifier(loop)
            while let channel = pools[key]?.popLast() {
                if channel.isActive { return channel }
            }
            return nil
        }
    }

    /// Puts a connection whose answer ended cleanly back into its loop's pool.
    func release(_ channel: any Channel) {
        let kept = idle.withLockedValue { pools in
            let key = ObjectIdentifier(channel.eventLoop)
            guard pools[key, default: []].count < maxIdlePerLoop else { return false }
            pools[key, default: []].append(channel)
            return true
        }
        if !kept { channel.close(promise: nil) }
    }

    func connect(on loop: any EventLoop) -> EventLoopFuture<any Channel> {
        ClientBootstrap(group: loop)
            .connectTimeout(connectTimeout)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers([
                        HTTPRequestEncoder(),
                        ByteToMessageHandler(HTTPResponseDecoder(leftOverBytesStrategy: .dropBytes)),
                        VendorReplyHandler(),
                    ])
                }
            }
            .connect(host: host, port: port)
    }
}

/// One `POST` in flight; every member is used on `loop` only.
final class PostExchange: @unchecked Sendable {
    let client: VendorPostClient
    let loop: any EventLoop
    let head: HTTPRequestHead
    let body: ByteBuffer
    let limit: Int
    let promise: EventLoopPromise<VendorReply>
    private let deadline: NIODeadline
    private var done = false
    private var channel: (any Channel)?
    private var handler: VendorReplyHandler?
    private var timers: [Scheduled<Void>] = []
    private var resentOnFreshConnection = false
    /// When a byte last arrived (or the request went out), for the read timeout.
    var lastRead = NIODeadline.now()

    init(client: VendorPostClient, loop: any EventLoop, head: HTTPRequestHead, body: ByteBuffer, limit: Int, deadline: NIODeadline) {
        self.client = client
        self.loop = loop
        self.head = head
        self.body = body
        self.limit = limit
        self.deadline = deadline
        self.promise = loop.makePromise()
    }

    func start() {
        timers.append(loop.scheduleTask(deadline: deadline) { [self] in fail(VendorPostError.deadline) })
        scheduleReadCheck(after: client.readTimeout)
        if let channel = client.pooled(on: loop) { send(on: channel, reused: true) } else { connectAndSend() }
    }

    private func connectAndSend() {
        client.connect(on: loop).whenComplete { [self] result in
            switch result {
            case .success(let channel):
                if done { channel.close(promise: nil) } else { send(on: channel, reused: false) }
            case .failure(let error):
                fail(VendorPostError.connect("\(error)"))
            }
        }
    }

    private func send(on channel: any Channel, reused: Bool) {
        guard !done else { client.release(channel); return }
        guard let handler = try? channel.pipeline.syncOperations.handler(type: VendorReplyHandler.self) else {
            channel.close(promise: nil)
            return fail(VendorPostError.broken("connection without its HTTP handler"))
        }
        self.channel = channel
        self.handler = handler
        lastRead = .now()
        handler.begin(self, reused: reused)
        channel.write(HTTPClientRequestPart.head(head), promise: nil)
        channel.write(HTTPClientRequestPart.body(.byteBuffer(body)), promise: nil)
        channel.writeAndFlush(HTTPClientRequestPart.end(nil), promise: nil)
    }

    /// The read timeout as one timer per period rather than one per byte read: when it fires
    /// before the period has passed since the last read, it is set again for the rest.
    private func scheduleReadCheck(after delay: TimeAmount) {
        timers.append(loop.scheduleTask(in: delay) { [self] in
            guard !done else { return }
            let quiet = NIODeadline.now() - lastRead
            if quiet >= client.readTimeout { fail(VendorPostError.readTimeout(client.readTimeout)) } else { scheduleReadCheck(after: client.readTimeout - quiet) }
        })
    }

    /// The handler saw the connection close or break before the answer ended.
    func connectionLost(_ error: VendorPostError, reused: Bool) {
        guard !done else { return }
        channel = nil
        handler = nil
        if reused, case .closedBeforeAnswer = error, !resentOnFreshConnection {
            // A pooled connection the vendor had closed while it was idle: it never read the request.
            resentOnFreshConnection = true
            return connectAndSend()
        }
        fail(error)
    }

    func succeed(_ reply: VendorReply) {
        guard !done else { return }
        done = true
        for t in timers { t.cancel() }
        promise.succeed(reply)
    }

    func fail(_ error: any Error) {
        guard !done else { return }
        done = true
        for t in timers { t.cancel() }
        handler?.abandon()
        channel?.close(promise: nil)
        promise.fail(error)
    }
}

/// Collects one answer at a time on a pooled connection and hands it to its exchange.
final class VendorReplyHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPClientResponsePart

    private var exchange: PostExchange?
    private var reused = false
    private var status = 0
    private var keepAlive = true
    private var answer = ByteBuffer()
    private var gotAnswer = false

    func begin(_ exchange: PostExchange, reused: Bool) {
        self.exchange = exchange
        self.reused = reused
        status = 0
        keepAlive = true
        answer.clear()
        gotAnswer = false
    }

    /// The exchange gave up (a timeout, cancelled): the connection is closed after this.
    func abandon() { exchange = nil }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard let exchange else {
            // Bytes on an idle connection answer nothing we asked: the connection is out of step.
            return context.close(promise: nil)
        }
        exchange.lastRead = .now()
        gotAnswer = true
        switch unwrapInboundIn(data) {
        case .head(let head):
            status = Int(head.status.code)
            keepAlive = head.isKeepAlive
        case .body(var part):
            guard answer.readableBytes + part.readableBytes <= exchange.limit else {
                return exchange.fail(VendorPostError.tooBig(exchange.limit))
            }
            answer.writeBuffer(&part)
        case .end:
            self.exchange = nil
            let reply = VendorReply(status: status, body: answer)
            answer = ByteBuffer()
            if keepAlive { exchange.client.release(context.channel) } else { context.close(promise: nil) }
            exchange.succeed(reply)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        if let exchange {
            self.exchange = nil
            exchange.connectionLost(gotAnswer ? .broken("the connection closed") : .closedBeforeAnswer, reused: reused)
        }
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let exchange {
            self.exchange = nil
            exchange.connectionLost(gotAnswer ? .broken("\(error)") : .closedBeforeAnswer, reused: reused)
        }
        context.close(promise: nil)
    }
}
