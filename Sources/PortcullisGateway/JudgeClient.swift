import Foundation
import PortcullisCore

/// Asks the policy's external judges (`judges:`) for a verdict on what a request would send,
/// each within its timeout; an unsafe verdict becomes a `JUDGE_UNSAFE` finding.
struct JudgeClient: Sendable {
    let services: GatewayServices

    /// Why a judge gave no verdict.
    struct NoVerdict: Error, CustomStringConvertible {
        var judge: String
        var why: String
        var description: String { "judge '\(judge)': \(why)" }
    }

    /// The findings of every judge, in policy order. A judge that fails closed and gives no
    /// verdict throws 503 `judge_unavailable`; one that fails open is skipped (and counted).
    func findings(for texts: [String], decisionID: String) async throws -> [LabelledFinding] {
        let joined = texts.filter { !$0.isEmpty }.joined(separator: "\n\n")
        guard !joined.isEmpty else { return [] }
        var out: [LabelledFinding] = []
        for spec in services.policy.judges {
            do {
                switch try await verdict(spec, text: joined) {
                case .safe: continue
                case .unsafe(let categories):
                    let f = Finding(type: .judgeUnsafe, start: 0, end: joined.unicodeScalars.count, score: 1,
                                    utf8Start: 0, utf8End: joined.utf8.count,
                                    detail: ([spec.name] + categories).joined(separator: ":"))
                    out.append(LabelledFinding(finding: f, label: services.policy.labels.label(for: .judgeUnsafe)))
                }
            } catch {
                services.metrics.vendorError("judge:" + spec.name)
                if spec.onError == .allow { continue }
                throw APIError(.serviceUnavailable, code: "judge_unavailable", type: "api_error",
                               message: "The safety check '\(spec.name)' did not answer (\(error)), and the policy does not let requests through without it. Try again shortly.",
                               decisionID: decisionID)
            }
        }
        return out
    }

    /// One judge's verdict, or an error when it does not answer readably within its timeout.
    func verdict(_ spec: JudgeSpec, text: String) async throws -> JudgeVerdict {
        guard let route = services.policy.models[spec.model], let vendor = services.vendors[route.vendor] else {
            throw NoVerdict(judge: spec.name, why: "its model '\(spec.model)' has no vendor adapter")
        }
        let messages: [JSONValue] = [.object(["role": .string("user"), "content": .string(text)])]
        let request = VendorRequest(upstreamModel: route.upstream, messages: messages,
                                    body: .object(["model": .string(route.upstream), "messages": .array(messages),
                                                   "temperature": .number(0), "max_tokens": .number(20)]))
        let timeout = Duration.milliseconds(spec.timeoutMilliseconds)
        let answer = try await withThrowingTaskGroup(of: VendorAnswer?.self) { group in
            group.addTask { try await vendor.complete(request) }
            group.addTask {
                try await Task.sleep(for: timeout)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let answer = first else {
                throw NoVerdict(judge: spec.name, why: "no answer within \(spec.timeoutMilliseconds) ms")
            }
            return answer
        }
        guard let v = JudgeVerdict.parse(answer.content) else {
            throw NoVerdict(judge: spec.name, why: "an answer that is neither safe nor unsafe")
        }
        return v
    }
}
