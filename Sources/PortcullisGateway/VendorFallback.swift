import Foundation
import PortcullisCore

extension ChatPipeline {
    /// The ways to answer `p`, in order: its own route, then each of the decision's fallbacks
    /// (already limited by the policy to models the caller may use and whose vendor is cleared
    /// for the data) that has an adapter. The request is the same; only the upstream model changes.
    func attempts(_ p: Prepared, first vendor: any VendorAdapter) -> [(prepared: Prepared, vendor: any VendorAdapter)] {
        var out: [(Prepared, any VendorAdapter)] = [(p, vendor)]
        for name in p.decision.fallbacks {
            guard let route = services.policy.models[name], let adapter = services.vendors[route.vendor] else { continue }
            var q = p
            q.route = route
            q.fallbackFrom = p.route.name
            q.vendorRequest = VendorRequest(upstreamModel: route.upstream, messages: p.vendorRequest.messages,
                                            body: p.vendorRequest.body.setting("model", .string(route.upstream)))
            out.append((q, adapter))
        }
        return out
    }

    /// The whole answer from the first route whose vendor gives one, with the time spent in
    /// vendors; a 502 naming every failure when none does (fail closed).
    func complete(_ p: Prepared, vendor: any VendorAdapter) async throws -> (prepared: Prepared, answer: VendorAnswer, vendorTime: Duration) {
        var failures: [String] = []
        var spent = Duration.zero
        for (q, adapter) in attempts(p, first: vendor) {
            let start = ContinuousClock.now
            do {
                let answer = try await adapter.complete(q.vendorRequest)
                let t = ContinuousClock.now - start
                services.metrics.time(.vendor, t)
                return (q, answer, spent + t)
            } catch {
                spent += ContinuousClock.now - start
                services.metrics.vendorError(q.route.vendor)
                failures.append(Self.failureText(q, error))
            }
        }
        throw APIError(.badGateway, code: "vendor_error", type: "api_error",
                       message: failures.joined(separator: "; ") + ". The request was not completed.", decisionID: p.decisionID)
    }

    /// One failed attempt, for the error message.
    static func failureText(_ q: Prepared, _ error: any Error) -> String {
        if let from = q.fallbackFrom {
            return "the fallback '\(q.route.name)' for '\(from)' (vendor '\(q.route.vendor)') failed too: \(error)"
        }
        return "The vendor '\(q.route.vendor)' failed: \(error)"
    }
}
