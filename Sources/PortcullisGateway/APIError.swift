import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore

/// An error in the OpenAI error shape, `{"error":{"message","type","code","param"}}`, plus the
/// decision id the user can quote to the security team.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var type: String
    public var message: String
    public var param: String?
    public var decisionID: String?
    /// Seconds until a retry can succeed (`Retry-After`), for `rate_limited`.
    public var retryAfter: Int?
    /// The request's audit event is already written (a block recorded before it was thrown), so
    /// the error is not recorded again as a refusal.
    var audited = false

    public init(_ status: HTTPResponse.Status, code: String, type: String = "invalid_request_error", message: String,
                param: String? = nil, decisionID: String? = nil) {
        self.status = status
        self.code = code
        self.type = type
        self.message = message
        self.param = param
        self.decisionID = decisionID
    }

    /// This error, marked as already recorded in the audit log.
    var recorded: APIError {
        var e = self
        e.audited = true
        return e
    }

    static func invalid(_ message: String, param: String? = nil) -> APIError {
        APIError(.badRequest, code: "invalid_request", message: message, param: param)
    }

    static func auditUnavailable(_ decisionID: String) -> APIError {
        APIError(.serviceUnavailable, code: "audit_unavailable", type: "api_error",
                 message: "The request could not be recorded in the audit log, so its answer is withheld (audit fails closed). Try again shortly.",
                 decisionID: decisionID)
    }

    static let unauthenticated = APIError(.unauthorized, code: "unauthenticated", type: "authentication_error",
                                          message: "Missing or invalid API key. Send `Authorization: Bearer pcs_…` with a key from `portcullis keys create`.")

    /// The JSON body.
    var body: JSONValue {
        var e: [String: JSONValue] = ["message": .string(message), "type": .string(type), "code": .string(code),
                                      "param": param.map(JSONValue.string) ?? .null]
        if let d = decisionID { e["decision_id"] = .string(d) }
        return .object(["error": .object(e)])
    }

    func response(extraHeaders: HTTPFields = [:]) -> Response {
        var headers = extraHeaders
        headers[.contentType] = "application/json"
        if let d = decisionID { headers[HTTPField.Name("x-portcullis-decision-id")!] = d }
        if let r = retryAfter { headers[.retryAfter] = String(r) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body.jsonBytes)))
    }
}

extension JSONValue {
    /// Compact JSON bytes.
    var jsonBytes: [UInt8] {
        compactBytes
    }

    /// A 200 response with this value as its JSON body.
    var okResponse: Response {
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: jsonBytes)))
    }

    /// Depth of nesting (a scalar is 0).
    var depth: Int {
        switch self {
        case .array(let a): return 1 + (a.map(\.depth).max() ?? 0)
        case .object(let o): return 1 + (o.values.map(\.depth).max() ?? 0)
        default: return 0
        }
    }
}
