import AsyncHTTPClient
import HTTPTypes
import NIOCore
import NIOHTTP1
import PortcullisCore

/// Sends cases to a running gateway's `POST /v1/chat/completions` with an API key, as any client
/// would: what is measured is the deployed policy, with its real vendors.
public struct LiveRedteamTarget: RedteamTarget {
    public let name: String
    let url: String
    let key: String
    let timeout: TimeAmount
    let client: HTTPClient

    /// `baseURL` is the gateway's address (`http://127.0.0.1:8080`, with or without `/v1`).
    public init(baseURL: String, key: String, timeoutSeconds: Int = 60) {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix("/v1") { base.removeLast(3) }
        name = base
        url = base + "/v1/chat/completions"
        self.key = key
        timeout = .seconds(Int64(timeoutSeconds))
        client = VendorHTTP.client
    }

    public func run(_ c: RedteamCase, model: String) async -> RedteamResult {
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Authorization", value: "Bearer \(key)")
        request.body = .bytes(ByteBuffer(bytes: RedteamAnswer.body(c, model: model).jsonBytes))
        var attempt = 0
        while true {
            do {
                let response = try await client.execute(request, timeout: timeout)
                // Rate limited: wait as told (at most 10 s, three times), then go on.
                if response.status.code == 429, attempt < 3 {
                    attempt += 1
                    let wait = min(10, Int(response.headers.first(name: "Retry-After") ?? "") ?? attempt)
                    try await Task.sleep(for: .seconds(wait))
                    continue
                }
                let body = try await response.body.collect(upTo: 4 << 20)
                var fields = HTTPFields()
                for (name, value) in response.headers {
                    if let n = HTTPField.Name(name) { fields.append(HTTPField(name: n, value: value)) }
                }
                return RedteamAnswer.result(c, status: Int(response.status.code), headers: fields, body: Array(buffer: body))
            } catch {
                return RedteamResult(testCase: c, outcome: .error, code: "unreachable",
                                     detail: "the gateway at \(name) could not be reached: \(error)")
            }
        }
    }
}
