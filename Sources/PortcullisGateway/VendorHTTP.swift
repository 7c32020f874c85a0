import AsyncHTTPClient
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOHTTP1
import PortcullisCore

/// Timeouts and retries for a vendor's HTTP API.
public struct VendorTimeouts: Sendable {
    public var connect: TimeAmount = .seconds(5)
    public var read: TimeAmount = .seconds(60)
    public var total: TimeAmount = .seconds(120)
    /// Retries of a request that never reached the vendor or was refused with 429/502/503 (safe:
    /// the vendor did not process it). Streams are not retried once bytes have arrived.
    public var retries = 2
    public var backoff: Duration = .milliseconds(200)

    public init() {}
}

/// The HTTP client vendor calls share: pooled connections, explicit connect and read timeouts, and no
/// silent reconnect loop (a refused connection fails at once; the adapter decides about retries).
public enum VendorHTTP {
    public static let client: HTTPClient = {
        var config = HTTPClient.Configuration()
        config.timeout = .init(connect: .seconds(5), read: .seconds(60))
        config.connectionPool.retryConnectionEstablishment = false
        config.connectionPool.concurrentHTTP1ConnectionsPerHostSoftLimit = 256
        config.decompression = .enabled(limit: .ratio(50))
        // A redirect would resend the prompt and the vendor's key to wherever it points.
        config.redirectConfiguration = .disallow
        // No distributed tracing is set up: without a tracer the client skips building a span
        // (URL parsing, attributes) for every call.
        config.tracing.tracer = nil
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
    }()

    /// The event loop of `group` the calling task runs on, when it runs on one (the gateway runs
    /// Swift concurrency on NIO's threads), else any of the group's.
    static func loop(in group: any EventLoopGroup) -> any EventLoop {
        if let current = MultiThreadedEventLoopGroup.currentEventLoop,
           group.makeIterator().contains(where: { $0 === current }) {
            return current
        }
        return group.next()
    }
}

/// A vendor call that failed.
public enum VendorError: Error, CustomStringConvertible {
    case status(Int, String)
    case transport(String)
    case circuitOpen(String, Int)

    public var description: String {
        switch self {
        case .status(let code, let body): return "the vendor answered HTTP \(code): \(body)"
        case .transport(let m): return m
        case .circuitOpen(let name, let secs): return "vendor '\(name)' is failing; calls are paused for \(secs) s (circuit open)"
        }
    }
}

/// One vendor's HTTP API as the adapters use it: JSON `POST`s under a base URL with the vendor's
/// headers, safe retries with backoff, a circuit breaker, a size limit on every answer.
struct VendorEndpoint: Sendable {
    let name: String
    let baseURL: String
    /// Sent with every request (the API key, a version header).
    let headers: [(String, String)]
    let client: HTTPClient
    let timeouts: VendorTimeouts
    let breaker: CircuitBreaker
    /// The lean client for whole-answer `POST`s when the vendor is reached over plain HTTP.
    let plain: VendorPostClient?
    /// Largest vendor answer read (a limit on every size).
    let maxAnswerBytes = 16 << 20

    init(name: String, baseURL: String, headers: [(String, String)], client: HTTPClient, timeouts: VendorTimeouts) {
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.headers = headers
        self.client = client
        self.timeouts = timeouts
        self.breaker = CircuitBreaker(name: name)
        // PORTCULLIS_VENDOR_CLIENT=asynchttpclient sends every call through AsyncHTTPClient (a way
        // around the lean client, and the benchmark's comparison of the two in one binary).
        let forced = ProcessInfo.processInfo.environment["PORTCULLIS_VENDOR_CLIENT"] == "asynchttpclient"
        self.plain = forced ? nil : VendorPostClient(baseURL: self.baseURL, headers: headers, timeouts: timeouts)
    }

    /// A JSON `POST` to `path` under the base URL.
    func post(_ path: String, _ body: JSONValue, stream: Bool = false) -> HTTPClientRequest {
        var req = HTTPClientRequest(url: baseURL + path)
        req.method = .POST
        req.headers.add(name: "Content-Type", value: "application/json")
        if stream { req.headers.add(name: "Accept", value: "text/event-stream") }
        for (k, v) in headers { req.headers.add(name: k, value: v) }
        req.body = .bytes(ByteBuffer(bytes: body.jsonBytes))
        return req
    }

    /// The body of a 200 answer; any other status counts against the breaker and is thrown.
    func okBody(_ resp: HTTPClientResponse, limit: Int) async throws -> ByteBuffer {
        let body = try await resp.body.collect(upTo: limit)
        guard resp.status == .ok else {
            // A 4xx is about this request (a bad parameter), not the vendor's health.
            if resp.status.code >= 500 || resp.status.code == 429 { breaker.failure() }
            throw VendorError.status(Int(resp.status.code), String(buffer: body).prefix(300).description)
        }
        return body
    }

    /// `POST`s `body` and decodes the JSON answer. Retried when the vendor certainly did not
    /// process it (a connection never made, 429, 502, 503) and `retry` is set.
    func send(_ path: String, _ body: JSONValue, retry: Bool = true) async throws -> JSONValue {
        try breaker.check()
        var attempt = 0
        let retries = retry ? timeouts.retries : 0
        let bytes = body.jsonBytes
        while true {
            do {
                let resp = try await collected(path, bytes)
                if [429, 502, 503].contains(resp.status), attempt < retries {
                    attempt += 1
                    try await Task.sleep(for: timeouts.backoff * attempt)
                    continue
                }
                let answer = resp.body
                guard resp.status == 200 else {
                    if resp.status >= 500 || resp.status == 429 { breaker.failure() }
                    throw VendorError.status(resp.status, String(buffer: answer).prefix(300).description)
                }
                let json = try JSONValue.parse(Array(buffer: answer))
                breaker.success()
                return json
            } catch let e as HTTPClientError where attempt < retries && Self.neverSent(e) {
                attempt += 1
                try await Task.sleep(for: timeouts.backoff * attempt)
            } catch let e as VendorPostError where attempt < retries && e.neverSent {
                attempt += 1
                try await Task.sleep(for: timeouts.backoff * attempt)
            } catch let e as VendorPostError {
                breaker.failure()
                throw VendorError.transport(e.description)
            } catch let e as VendorError {
                throw e
            } catch is ResponseAccumulator.ResponseTooBigError {
                breaker.failure()
                throw VendorError.transport("the answer is over \(maxAnswerBytes) bytes")
            } catch {
                breaker.failure()
                throw VendorError.transport("\(error)")
            }
        }
    }

    /// One `POST` with the whole answer read (up to `maxAnswerBytes`): by `plain` over HTTP, else
    /// by AsyncHTTPClient, whose answer is handed over
    /// on the calling task's event loop (where its client connection lives), so the rest of the
    /// request runs there; a pooled connection on that loop is preferred. (Not *required*: the
    /// pool closes connections made for a required loop as soon as they are idle.)
    func collected(_ path: String, _ bytes: [UInt8]) async throws -> VendorReply {
        if let plain {
            return try await plain.post(path, body: bytes, limit: maxAnswerBytes, deadline: .now() + timeouts.total)
        }
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "application/json")
        for (k, v) in self.headers { headers.add(name: k, value: v) }
        let request = try HTTPClient.Request(url: baseURL + path, method: .POST, headers: headers, body: .bytes(bytes))
        let accumulator = ResponseAccumulator(request: request, maxBodySize: maxAnswerBytes)
        let loop = VendorHTTP.loop(in: client.eventLoopGroup)
        let task = client.execute(request: request, delegate: accumulator, eventLoop: .delegate(on: loop),
                                  deadline: .now() + timeouts.total)
        let resp = try await withTaskCancellationHandler { try await task.futureResult.get() } onCancel: { task.cancel() }
        return VendorReply(status: Int(resp.status.code), body: resp.body ?? ByteBuffer())
    }

    /// `POST`s `body` asking for server-sent events and hands each event's `data` to `onEvent`
    /// (with the `event:` name, when the vendor sends one) until the answer ends or `onEvent`
    /// returns false. Not retried: bytes may already have gone to the client.
    func stream(_ path: String, _ body: JSONValue,
                onEvent: (_ event: String?, _ data: String) throws -> Bool) async throws {
        try breaker.check()
        do {
            let resp = try await client.execute(post(path, body, stream: true), timeout: timeouts.total)
            if resp.status != .ok { _ = try await okBody(resp, limit: 64 << 10) }
            var parser = SSEParser()
            var total = 0
            reading: for try await buffer in resp.body {
                total += buffer.readableBytes
                guard total <= maxAnswerBytes else { throw VendorError.transport("the answer is over \(maxAnswerBytes) bytes") }
                for e in parser.feed(buffer.readableBytesView) where try !onEvent(e.event, e.data) { break reading }
            }
            breaker.success()
        } catch let e as VendorError {
            throw e
        } catch {
            breaker.failure()
            throw VendorError.transport("\(error)")
        }
    }

    static func neverSent(_ e: HTTPClientError) -> Bool {
        e == .connectTimeout || e == .remoteConnectionClosed || e == .getConnectionFromPoolTimeout
    }
}

/// Server-sent events: collects `event:` and `data:` lines into events, across arbitrary chunk boundaries.
struct SSEParser {
    private var line: [UInt8] = []
    private var data: [String] = []
    private var event: String?

    mutating func feed(_ bytes: some Sequence<UInt8>) -> [(event: String?, data: String)] {
        var out: [(event: String?, data: String)] = []
        for b in bytes {
            if b == UInt8(ascii: "\n") {
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                if line.isEmpty {
                    if !data.isEmpty { out.append((event, data.joined(separator: "\n"))); data = [] }
                    event = nil
                } else if line.starts(with: Array("data:".utf8)) {
                    var v = line.dropFirst(5)
                    if v.first == UInt8(ascii: " ") { v = v.dropFirst() }
                    data.append(String(decoding: v, as: UTF8.self))
                } else if line.starts(with: Array("event:".utf8)) {
                    event = String(decoding: line.dropFirst(6), as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
                line.removeAll(keepingCapacity: true)
            } else {
                line.append(b)
            }
        }
        return out
    }
}

/// Stops calling a failing vendor for a while: after `threshold` consecutive failures, calls fail
/// at once for `openFor`, then one call is let through to test it. A lock, not an actor: every
/// vendor call asks it twice, and a lock held for a few instructions costs less than a hop.
final class CircuitBreaker: Sendable {
    let name: String
    let threshold: Int
    let openFor: Duration
    private struct State { var failures = 0; var openUntil: ContinuousClock.Instant? }
    private let state = NIOLockedValueBox(State())

    init(name: String, threshold: Int = 5, openFor: Duration = .seconds(30)) {
        self.name = name
        self.threshold = threshold
        self.openFor = openFor
    }

    func check() throws {
        let now = ContinuousClock.now
        if let until = state.withLockedValue({ $0.openUntil }), now < until {
            throw VendorError.circuitOpen(name, Int((until - now).components.seconds) + 1)
        }
    }

    func success() {
        state.withLockedValue { $0 = State() }
    }

    func failure() {
        let now = ContinuousClock.now
        state.withLockedValue { s in
            s.failures += 1
            if s.failures >= threshold { s.openUntil = now + openFor }
        }
    }
}
