import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
@testable import PortcullisGateway
import Testing

/// The lean plain-HTTP vendor client against a real NIO HTTP server on loopback whose answers
/// depend on the path: kept-alive connections are reused, a pooled connection the server closed is
/// replaced without losing the request, and every limit and timeout gives its own error.
@Suite("Plain-HTTP vendor client")
struct VendorPostClientTests {
    /// What the test server saw.
    final class Seen: Sendable {
        private let box = NIOLockedValueBox((connections: 0, requests: [String]()))
        func connected() { box.withLockedValue { $0.connections += 1 } }
        func request(_ line: String) { box.withLockedValue { $0.requests.append(line) } }
        var connections: Int { box.withLockedValue { $0.connections } }
        var requests: [String] { box.withLockedValue { $0.requests } }
    }

    /// Answers `/ok` with the request's body and headers echoed, `/close-after` the same and then
    /// closes (no `Connection: close`), `/conn-close` with `Connection: close`, `/chunked` in
    /// chunks, `/big` with 10 KB, `/stall` never.
    final class Responder: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart
        let seen: Seen
        var head: HTTPRequestHead?
        var body = ByteBuffer()
        init(seen: Seen) { self.seen = seen }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let h): head = h; body.clear()
            case .body(var b): body.writeBuffer(&b)
            case .end:
                guard let head else { return }
                let auth = head.headers["Authorization"].first ?? ""
                seen.request("\(head.method) \(head.uri) host=\(head.headers["Host"].first ?? "") auth=\(auth) len=\(head.headers["Content-Length"].first ?? "")")
                var reply = ByteBuffer(string: "echo:")
                reply.writeImmutableBuffer(body)
                var headers = HTTPHeaders()
                switch head.uri {
                case "/v1/stall":
                    return
                case "/v1/big":
                    reply = ByteBuffer(repeating: UInt8(ascii: "x"), count: 10_000)
                case "/v1/conn-close":
                    headers.add(name: "Connection", value: "close")
                default: break
                }
                if head.uri == "/v1/chunked" {
                    headers.add(name: "Transfer-Encoding", value: "chunked")
                } else {
                    headers.add(name: "Content-Length", value: String(reply.readableBytes))
                }
                context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .ok, headers: headers))), promise: nil)
                if head.uri == "/v1/chunked" {
                    while reply.readableBytes > 0 {
                        let part = reply.readSlice(length: min(3, reply.readableBytes))!
                        context.write(wrapOutboundOut(.body(.byteBuffer(part))), promise: nil)
                    }
                } else {
                    context.write(wrapOutboundOut(.body(.byteBuffer(reply))), promise: nil)
                }
                let close = head.uri == "/v1/close-after" || head.uri == "/v1/conn-close"
                let channel = context.channel
                context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in
                    if close { channel.close(promise: nil) }
                }
            }
        }
    }

    static func server(_ seen: Seen) async throws -> any Channel {
        try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                seen.connected()
                return channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.eventLoop.makeCompletedFuture { try channel.pipeline.syncOperations.addHandler(Responder(seen: seen)) }
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
    }

    static func client(port: Int, read: TimeAmount = .seconds(10)) -> VendorPostClient {
        var t = VendorTimeouts()
        t.read = read
        // One event loop, so that every call of a test uses the same loop's pool.
        return VendorPostClient(baseURL: "http://127.0.0.1:\(port)/v1/", headers: [("Authorization", "Bearer sk-test")],
                                timeouts: t, group: MultiThreadedEventLoopGroup.singleton.next())!
    }

    static func post(_ c: VendorPostClient, _ path: String, _ text: String = "{}", limit: Int = 1 << 20,
                     within: TimeAmount = .seconds(10)) async throws -> VendorReply {
        try await c.post(path, body: Array(text.utf8), limit: limit, deadline: .now() + within)
    }

    @Test func onlyPlainHTTPURLsWithoutUserInfoGetTheLeanClient() {
        let t = VendorTimeouts()
        #expect(VendorPostClient(baseURL: "https://api.openai.com/v1", headers: [], timeouts: t) == nil)
        #expect(VendorPostClient(baseURL: "http://user:pw@host/v1", headers: [], timeouts: t) == nil)
        #expect(VendorPostClient(baseURL: "http://host/v1?x=1", headers: [], timeouts: t) == nil)
        #expect(VendorPostClient(baseURL: "http://host:99999/v1", headers: [], timeouts: t) == nil)
        #expect(VendorPostClient(baseURL: "http://host/v1", headers: [("X", "a\r\nInjected: 1")], timeouts: t) == nil)
        let v6 = VendorPostClient(baseURL: "http://[::1]:8000/v1", headers: [], timeouts: t)
        #expect(v6?.host == "::1" && v6?.port == 8000 && v6?.pathPrefix == "/v1")
        let plain = VendorPostClient(baseURL: "HTTP://ollama.internal", headers: [], timeouts: t)
        #expect(plain?.host == "ollama.internal" && plain?.port == 80 && plain?.pathPrefix == "")
    }

    @Test func keptAliveConnectionIsReusedAndTheRequestIsWhole() async throws {
        let seen = Seen()
        let server = try await Self.server(seen)
        defer { server.close(promise: nil) }
        let port = server.localAddress!.port!
        let c = Self.client(port: port)
        for k in 0..<3 {
            let r = try await Self.post(c, "/ok", "{\"n\":\(k),\"text\":\"Grüße\"}")
            #expect(r.status == 200)
            #expect(String(buffer: r.body) == "echo:{\"n\":\(k),\"text\":\"Grüße\"}")
        }
        #expect(seen.connections == 1)
        let len = "{\"n\":0,\"text\":\"Grüße\"}".utf8.count
        #expect(seen.requests.first == "POST /v1/ok host=127.0.0.1:\(port) auth=Bearer sk-test len=\(len)")
        let chunked = try await Self.post(c, "/chunked", "abcdefgh")
        #expect(String(buffer: chunked.body) == "echo:abcdefgh")
    }

    @Test func aPooledConnectionTheServerClosedIsReplacedWithoutLosingTheRequest() async throws {
        let seen = Seen()
        let server = try await Self.server(seen)
        defer { server.close(promise: nil) }
        let c = Self.client(port: server.localAddress!.port!)
        // The server closes after answering, without saying so: the client pools the connection.
        _ = try await Self.post(c, "/close-after", "one")
        try await Task.sleep(for: .milliseconds(50))
        let r = try await Self.post(c, "/ok", "two")
        #expect(String(buffer: r.body) == "echo:two")
        #expect(seen.connections == 2)
        #expect(seen.requests.count == 2)  // each request reached the server once
        // An answer with `Connection: close` is not pooled either.
        _ = try await Self.post(c, "/conn-close", "three")
        _ = try await Self.post(c, "/ok", "four")
        #expect(seen.connections == 3)
    }

    @Test func limitsAndTimeoutsHaveTheirOwnErrors() async throws {
        let seen = Seen()
        let server = try await Self.server(seen)
        defer { server.close(promise: nil) }
        let port = server.localAddress!.port!
        let c = Self.client(port: port, read: .milliseconds(150))
        await #expect {
            try await Self.post(c, "/big", limit: 1000)
        } throws: { ($0 as? VendorPostError).map { if case .tooBig(1000) = $0 { true } else { false } } ?? false }
        let start = ContinuousClock.now
        await #expect {
            try await Self.post(c, "/stall")
        } throws: { ($0 as? VendorPostError).map { if case .readTimeout = $0 { true } else { false } } ?? false }
        #expect(ContinuousClock.now - start < .seconds(5))
        let slow = Self.client(port: port)
        await #expect {
            try await Self.post(slow, "/stall", within: .milliseconds(150))
        } throws: { ($0 as? VendorPostError).map { if case .deadline = $0 { true } else { false } } ?? false }
        // After the errors, the client still works (a broken connection is not pooled).
        let r = try await Self.post(c, "/ok", "after")
        #expect(String(buffer: r.body) == "echo:after")
    }

    @Test func aRefusedConnectionIsNeverSent() async throws {
        let c = Self.client(port: 9)
        await #expect {
            try await Self.post(c, "/ok")
        } throws: { ($0 as? VendorPostError)?.neverSent == true }
    }
}
