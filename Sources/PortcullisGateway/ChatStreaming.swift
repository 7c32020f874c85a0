import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore

extension ChatPipeline {
    /// Streams the vendor's answer as server-sent events in the client's dialect, inspected and
    /// restored incrementally.
    ///
    /// Text is released a word at a time: the unfinished last word is held back until the next
    /// piece shows where it ends, so a credential is inspected whole before any of it is sent, and
    /// the restorer holds back a possible placeholder prefix. Tool calls are collected whole,
    /// inspected, restored and sent as one piece each (a client acts on a call only once it is
    /// complete). A violation ends the stream with an error event; nothing from the violation on
    /// is sent.
    func streamed(_ p: Prepared, vendor: any VendorAdapter, caller: Caller, started: ContinuousClock.Instant,
                  dialect: any ChatDialect) -> Response {
        var headers = decisionHeaders(p, overhead: ContinuousClock.now - started)
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        let pipeline = self
        let promptTokens = tokens(p.vendorRequest.messages.map(\.contentText).joined())
        let created = Int(Date().timeIntervalSince1970)
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            var out = dialect.streamWriter(id: p.decisionID, model: p.model, created: created, promptTokens: promptTokens)
            func send(_ bytes: [UInt8]) async throws {
                if !bytes.isEmpty { try await writer.write(ByteBuffer(bytes: bytes)) }
            }
            var restorer = StreamingRestorer(vault: p.vault)
            var held = ""          // vendor text not yet inspected (the unfinished last word)
            var released = ""      // vendor text inspected and passed on (its tail is rescanned)
            var completion = 0     // bytes the vendor wrote
            var calls = ToolCallAssembler()
            var reason: FinishReason?
            var outcome = p.decision.action.rawValue
            try await send(out.start())

            /// Whether `text` (with the tail of what was released before) may be sent.
            func allowed(_ text: String) -> Bool {
                let tail = String(decoding: Array(released.utf8.suffix(512)), as: UTF8.self)
                return pipeline.outputDecision(tail + text, p: p, caller: caller).decision.proceeds
            }
            func release(_ text: String) async throws -> Bool {
                guard !text.isEmpty else { return true }
                guard allowed(text) else { return false }
                released += text
                let restored = restorer.feed(text)
                if !restored.isEmpty { try await send(out.text(restored)) }
                return true
            }
            var blocked = false
            // The route answering: the chosen one, or a fallback when its vendor fails before
            // sending anything (once the answer has begun, a failure ends the stream).
            let tries = pipeline.attempts(p, first: vendor)
            var current = p
            var heard = false
            var failures: [String] = []
            do {
                var attempt = 0
                while true {
                    current = tries[attempt].prepared
                    do {
                        for try await event in tries[attempt].vendor.stream(current.vendorRequest) {
                            heard = true
                            switch event {
                            case .text(let piece):
                                completion += piece.utf8.count
                                held += piece
                                guard let cut = StreamHoldBack.cut(held, releasedTail: released.suffix(512)[...]) else { continue }
                                let ready = String(held[..<cut])
                                held = String(held[cut...])
                                if try await !release(ready) { blocked = true }
                            case .toolCall(let index, let id, let name, let arguments):
                                completion += arguments.utf8.count
                                try calls.add(index: index, id: id, name: name, arguments: arguments)
                            case .finish(let r):
                                reason = r
                            }
                            if blocked { break }
                        }
                        break
                    } catch let error where !heard && attempt + 1 < tries.count && !(error is CancellationError) {
                        pipeline.services.metrics.vendorError(current.route.vendor)
                        failures.append(ChatPipeline.failureText(current, error))
                        attempt += 1
                    }
                }
                if !blocked, try await !release(held) { blocked = true }
                if !blocked {
                    let rest = restorer.finish()
                    if !rest.isEmpty { try await send(out.text(rest)) }
                    for (i, call) in calls.calls.enumerated() {
                        guard pipeline.outputDecision(call.name + " " + call.arguments, p: p, caller: caller).decision.proceeds else {
                            blocked = true
                            break
                        }
                        try await send(out.toolCall(index: i, call.restored(with: p.vault)))
                    }
                }
            } catch {
                pipeline.services.metrics.vendorError(current.route.vendor)
                let message = heard ? "The vendor '\(current.route.vendor)' failed mid-stream: \(error)"
                    : (failures + [ChatPipeline.failureText(current, error)]).joined(separator: "; ") + ". The request was not completed."
                let e = APIError(.badGateway, code: "vendor_error", type: "api_error", message: message, decisionID: p.decisionID)
                try await send(out.error(e))
                outcome = "vendor-error"
            }
            if outcome != "vendor-error" {
                if blocked {
                    outcome = "block-output"
                    try await send(out.error(APIError(.forbidden, code: "policy_blocked", type: "policy_error",
                                                      message: "The answer was cut: it went on to contain data the policy does not allow.",
                                                      decisionID: p.decisionID)))
                } else {
                    try await send(out.finish(reason ?? (calls.calls.isEmpty ? "stop" : "tool_calls"),
                                              completionTokens: (completion + 3) / 4))
                }
            }
            try await writer.finish(nil)
            await pipeline.limiter?.charge(caller, tokens: promptTokens + (completion + 3) / 4)
            await pipeline.record(current, caller: caller, action: outcome, label: p.decision.label)
        })
    }
}

/// Puts streamed tool-call pieces together by index (ids and names arrive with the first piece).
struct ToolCallAssembler {
    /// Most tool calls one answer may hold (a limit on every size).
    static let maxCalls = 128
    private(set) var calls: [ToolCall] = []
    private var slot: [Int: Int] = [:]

    mutating func add(index: Int, id: String?, name: String?, arguments: String) throws {
        let k: Int
        if let existing = slot[index] {
            k = existing
        } else {
            guard calls.count < Self.maxCalls else { throw VendorError.transport("the answer holds more than \(Self.maxCalls) tool calls") }
            k = calls.count
            slot[index] = k
            calls.append(ToolCall(id: "", name: "", arguments: ""))
        }
        if let id, !id.isEmpty { calls[k].id = id }
        if let name, !name.isEmpty, calls[k].name.isEmpty { calls[k].name = name }
        calls[k].arguments += arguments
    }
}
