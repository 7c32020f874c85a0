import Hummingbird
import PortcullisCore

/// One client API for chat (OpenAI's chat completions, Anthropic's messages): how its request
/// reads as the OpenAI chat shape the pipeline inspects, and how answers, streams and errors are
/// written back in its own shape. The pipeline itself is the same for every dialect.
protocol ChatDialect: Sendable {
    /// The audit event's action for this API.
    var auditAction: String { get }
    /// The request as an OpenAI chat body (`model`, `messages`, `tools`, `stream`, …).
    func chatRequest(_ body: JSONValue) throws -> JSONValue
    /// The body of a whole answer.
    func answer(_ a: VendorAnswer, id: String, model: String, usage: ChatPipeline.Usage) -> JSONValue
    /// A writer of the server-sent events of one streamed answer.
    func streamWriter(id: String, model: String, created: Int, promptTokens: Int) -> any ChatStreamWriter
    /// An error response in this dialect's shape.
    func errorResponse(_ e: APIError) -> Response
    /// The 202 body of a request held for review: `review` is the review object (`id`, `status`,
    /// `poll`, …); `message` the policy's words to the user.
    func held(_ review: JSONValue, message: String, model: String) -> JSONValue
}

extension ChatDialect {
    /// The review object itself (what `GET /v1/reviews/{id}` answers too).
    func held(_ review: JSONValue, message: String, model: String) -> JSONValue { review }
}

/// What a client shows its user for a request held for review: the policy's words and where to look.
func reviewHeldText(_ message: String, reviewID: String) -> String {
    "\(message) Review \(reviewID): its status is at GET /v1/reviews/\(reviewID)."
}

/// Renders one streamed answer as server-sent events; each call returns the bytes to send.
protocol ChatStreamWriter: Sendable {
    mutating func start() -> [UInt8]
    mutating func text(_ s: String) -> [UInt8]
    mutating func toolCall(index: Int, _ call: ToolCall) -> [UInt8]
    mutating func finish(_ reason: FinishReason, completionTokens: Int) -> [UInt8]
    /// The stream ends with an error (a block mid-answer, a vendor failure).
    mutating func error(_ e: APIError) -> [UInt8]
}

/// One server-sent event, with an `event:` line when `name` is given.
func sseEvent(_ json: JSONValue, name: String? = nil) -> [UInt8] {
    var out: [UInt8] = []
    if let n = name { out += Array("event: \(n)\n".utf8) }
    out += Array("data: ".utf8) + json.jsonBytes + Array("\n\n".utf8)
    return out
}
