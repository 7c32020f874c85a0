import AsyncHTTPClient
import Foundation
import NIOCore
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

/// An OpenAI-compatible chat API (OpenAI, Azure OpenAI, Ollama, vLLM, LiteLLM…): `POST
/// {base}/chat/completions`, plain or server-sent events.
public struct OpenAICompatibleAdapter: VendorAdapter {
    public let name: String
    public let baseURL: String
    let apiKey: String?
    let client: HTTPClient
    let timeouts: VendorTimeouts
    let breaker: CircuitBreaker
    /// Largest vendor answer read (a limit on every size).
    let maxAnswerBytes = 16 << 20

    public init(name: String, baseURL: String, apiKey: String?, client: HTTPClient = VendorHTTP.client,
                timeouts: VendorTimeouts = VendorTimeouts()) {
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.apiKey = apiKey
        self.client = client
        self.timeouts = timeouts
        self.breaker = CircuitBreaker(name: name)
    }

    func request(_ r: VendorRequest, stream: Bool) -> HTTPClientRequest {
        var req = HTTPClientRequest(url: baseURL + "/chat/completions")
        req.method = .POST
        req.headers.add(name: "Content-Type", value: "application/json")
        if stream { req.headers.add(name: "Accept", value: "text/event-stream") }
        if let k = apiKey { req.headers.add(name: "Authorization", value: "Bearer \(k)") }
        let body = r.body.setting("stream", .bool(stream))
        req.body = .bytes(ByteBuffer(bytes: body.jsonBytes))
        return req
    }

    public func complete(_ r: VendorRequest) async throws -> String {
        try await breaker.check()
        var attempt = 0
        while true {
            do {
                let resp = try await client.execute(request(r, stream: false), timeout: timeouts.total)
                if [429, 502, 503].contains(resp.status.code), attempt < timeouts.retries {
                    attempt += 1
                    try await Task.sleep(for: timeouts.backoff * attempt)
                    continue
                }
                let body = try await resp.body.collect(upTo: maxAnswerBytes)
                guard resp.status == .ok else {
                    await breaker.failure()
                    throw VendorError.status(Int(resp.status.code), String(buffer: body).prefix(300).description)
                }
                let json = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: body))
                await breaker.success()
                return json["choices"]?.arrayValue?.first?["message"]?["content"]?.stringValue ?? ""
            } catch let e as HTTPClientError where attempt < timeouts.retries && Self.neverSent(e) {
                attempt += 1
                try await Task.sleep(for: timeouts.backoff * attempt)
            } catch let e as VendorError {
                throw e
            } catch {
                await breaker.failure()
                throw VendorError.transport("\(error)")
            }
        }
    }

    public func embed(_ r: VendorRequest) async throws -> [JSONValue] {
        try await breaker.check()
        var req = HTTPClientRequest(url: baseURL + "/embeddings")
        req.method = .POST
        req.headers.add(name: "Content-Type", value: "application/json")
        if let k = apiKey { req.headers.add(name: "Authorization", value: "Bearer \(k)") }
        req.body = .bytes(ByteBuffer(bytes: r.body.jsonBytes))
        do {
            let resp = try await client.execute(req, timeout: timeouts.total)
            let body = try await resp.body.collect(upTo: maxAnswerBytes)
            guard resp.status == .ok else {
                await breaker.failure()
                throw VendorError.status(Int(resp.status.code), String(buffer: body).prefix(300).description)
            }
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(buffer: body))
            await breaker.success()
            let data = (json["data"]?.arrayValue ?? []).sorted {
                if case .integer(let a)? = $0["index"], case .integer(let b)? = $1["index"] { return a < b }
                return false
            }
            return data.map { $0["embedding"] ?? .null }
        } catch let e as VendorError {
            throw e
        } catch {
            await breaker.failure()
            throw VendorError.transport("\(error)")
        }
    }

    public func stream(_ r: VendorRequest) -> AsyncThrowingStream<String, any Error> {
        let req = request(r, stream: true)
        let client = client, timeouts = timeouts, breaker = breaker, limit = maxAnswerBytes
        return AsyncThrowingStream { continuation in
            let task = Task {
                do {
                    try await breaker.check()
                    let resp = try await client.execute(req, timeout: timeouts.total)
                    guard resp.status == .ok else {
                        let body = try await resp.body.collect(upTo: 64 << 10)
                        await breaker.failure()
                        throw VendorError.status(Int(resp.status.code), String(buffer: body).prefix(300).description)
                    }
                    var parser = SSEParser()
                    var total = 0
                    for try await buffer in resp.body {
                        total += buffer.readableBytes
                        guard total <= limit else { throw VendorError.transport("the answer is over \(limit) bytes") }
                        for data in parser.feed(buffer.readableBytesView) {
                            if data == "[DONE]" { break }
                            guard let v = try? JSONDecoder().decode(JSONValue.self, from: Data(data.utf8)) else { continue }
                            if let piece = v["choices"]?.arrayValue?.first?["delta"]?["content"]?.stringValue, !piece.isEmpty {
                                continuation.yield(piece)
                            }
                        }
                    }
                    await breaker.success()
                    continuation.finish()
                } catch {
                    continuation.finish(throwing: error)
                }
            }
            continuation.onTermination = { _ in task.cancel() }
        }
    }

    static func neverSent(_ e: HTTPClientError) -> Bool {
        e == .connectTimeout || e == .remoteConnectionClosed || e == .getConnectionFromPoolTimeout
    }
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
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: config)
    }()
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

/// Server-sent events: collects `data:` lines into events, across arbitrary chunk boundaries.
struct SSEParser {
    private var line: [UInt8] = []
    private var data: [String] = []

    mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
        var out: [String] = []
        for b in bytes {
            if b == UInt8(ascii: "\n") {
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                if line.isEmpty {
                    if !data.isEmpty { out.append(data.joined(separator: "\n")); data = [] }
                } else if line.starts(with: Array("data:".utf8)) {
                    var v = line.dropFirst(5)
                    if v.first == UInt8(ascii: " ") { v = v.dropFirst() }
                    data.append(String(decoding: v, as: UTF8.self))
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
/// at once for `openFor`, then one call is let through to test it.
actor CircuitBreaker {
    let name: String
    let threshold: Int
    let openFor: Duration
    private var failures = 0
    private var openUntil: ContinuousClock.Instant?

    init(name: String, threshold: Int = 5, openFor: Duration = .seconds(30)) {
        self.name = name
        self.threshold = threshold
        self.openFor = openFor
    }

    func check() throws {
        if let until = openUntil, ContinuousClock.now < until {
            throw VendorError.circuitOpen(name, Int((until - ContinuousClock.now).components.seconds) + 1)
        }
    }

    func success() {
        failures = 0
        openUntil = nil
    }

    func failure() {
        failures += 1
        if failures >= threshold { openUntil = ContinuousClock.now + openFor }
    }
}
