import HTTPTypes
import PortcullisCore

/// Where red-team cases are sent: the pipeline in this process, or a running gateway.
public protocol RedteamTarget: Sendable {
    /// `offline (…)` or the gateway's URL, for the report.
    var name: String { get }
    func run(_ c: RedteamCase, model: String) async -> RedteamResult
}

/// Reads a gateway's answer to a chat request as a red-team outcome. Both targets use it, so an
/// offline run and a live run count the same way.
enum RedteamAnswer {
    static func result(_ c: RedteamCase, status: Int, headers: HTTPFields, body: [UInt8]) -> RedteamResult {
        let decisionID = headers[HTTPField.Name("x-portcullis-decision-id")!]
        let monitored = headers[HTTPField.Name("x-portcullis-would-have")!] != nil
        let json = try? JSONValue.parse(body, maxDepth: 64)
        let error = json?["error"]
        let code = error?["code"]?.stringValue
        let message = error?["message"]?.stringValue
        switch status {
        case 200:
            let replaced = Int(headers[HTTPField.Name("x-portcullis-replaced")!] ?? "") ?? 0
            return RedteamResult(testCase: c, outcome: replaced > 0 ? .transformed : .passed, monitored: monitored, decisionID: decisionID)
        case 202:
            return RedteamResult(testCase: c, outcome: .held, code: "review_required",
                                 decisionID: json?["decision_id"]?.stringValue ?? decisionID)
        default:
            let id = error?["decision_id"]?.stringValue ?? decisionID
            // Refused by the policy, or by a judge failing closed: stopped. Anything else is not a decision.
            if error?["type"]?.stringValue == "policy_error" || code == "judge_unavailable" {
                return RedteamResult(testCase: c, outcome: .blocked, code: code, decisionID: id)
            }
            return RedteamResult(testCase: c, outcome: .error, code: code ?? "http_\(status)", decisionID: id,
                                 detail: "HTTP \(status)" + (message.map { ": " + $0 } ?? ""))
        }
    }

    /// The chat request body for a case.
    static func body(_ c: RedteamCase, model: String) -> JSONValue {
        .object(["model": .string(c.model ?? model), "messages": .array(c.messages)])
    }
}
