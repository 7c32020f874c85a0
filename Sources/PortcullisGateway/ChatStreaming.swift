import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import PortcullisCore

extension ChatPipeline {
    /// Streams the vendor's answer as server-sent events, inspected and restored incrementally.
    ///
    /// Text is released a word at a time: the unfinished last word is held back until the next
    /// piece shows where it ends, so a credential is inspected whole before any of it is sent, and
    /// the restorer holds back a possible placeholder prefix. A violation ends the stream with an
    /// error event; nothing from the violation on is sent.
    func streamed(_ p: Prepared, vendor: any VendorAdapter, caller: Caller, started: ContinuousClock.Instant) -> Response {
        var headers = decisionHeaders(p, overhead: ContinuousClock.now - started)
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-cache"
        let created = Int(Date().timeIntervalSince1970)
        let id = "chatcmpl-" + p.decisionID
        let model = p.model
        let pipeline = self
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            func event(_ json: JSONValue) async throws {
                try await writer.write(ByteBuffer(bytes: Array("data: ".utf8) + json.jsonBytes + Array("\n\n".utf8)))
            }
            func chunk(_ delta: JSONValue, finish: String? = nil) -> JSONValue {
                .object(["id": .string(id), "object": .string("chat.completion.chunk"), "created": .integer(created),
                         "model": .string(model),
                         "choices": .array([.object(["index": .integer(0), "delta": delta,
                                                     "finish_reason": finish.map(JSONValue.string) ?? .null])])])
            }
            var restorer = StreamingRestorer(vault: p.vault)
            var held = ""          // vendor text not yet inspected (the unfinished last word)
            var released = ""      // vendor text inspected and passed on (its tail is rescanned)
            var outcome = p.decision.action.rawValue
            try await event(chunk(.object(["role": .string("assistant"), "content": .string("")])))

            /// Inspects `text` (with the tail of what was released before); false when it must not be sent.
            func inspect(_ text: String) -> Bool {
                let tail = String(decoding: Array(released.utf8.suffix(512)), as: UTF8.self)
                let (d, _) = pipeline.outputDecision(tail + text, p: p, caller: caller)
                return d.proceeds
            }
            func release(_ text: String) async throws -> Bool {
                guard !text.isEmpty else { return true }
                guard inspect(text) else { return false }
                released += text
                let out = restorer.feed(text)
                if !out.isEmpty { try await event(chunk(.object(["content": .string(out)]))) }
                return true
            }
            var blocked = false
            do {
                for try await piece in vendor.stream(p.vendorRequest) {
                    held += piece
                    guard let cut = held.lastIndex(where: { $0 == " " || $0 == "\n" || $0 == "\t" }) else { continue }
                    let ready = String(held[...cut])
                    held = String(held[held.index(after: cut)...])
                    if try await !release(ready) { blocked = true; break }
                }
                if !blocked, try await !release(held) { blocked = true }
            } catch {
                let e = APIError(.badGateway, code: "vendor_error", type: "api_error",
                                 message: "The vendor failed mid-stream: \(error)", decisionID: p.decisionID)
                try await event(e.body)
                outcome = "vendor-error"
                blocked = true
            }
            if blocked && outcome != "vendor-error" {
                outcome = "block-output"
                let e = APIError(.forbidden, code: "policy_blocked", type: "policy_error",
                                 message: "The answer was cut: it went on to contain data the policy does not allow.",
                                 decisionID: p.decisionID)
                try await event(e.body)
            } else if !blocked {
                let rest = restorer.finish()
                if !rest.isEmpty { try await event(chunk(.object(["content": .string(rest)]))) }
                try await event(chunk(.object([:]), finish: "stop"))
            }
            try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
            try await writer.finish(nil)
            await pipeline.record(p, caller: caller, action: outcome, label: p.decision.label)
        })
    }
}
