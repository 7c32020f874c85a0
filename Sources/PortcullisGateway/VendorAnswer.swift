import Foundation
import PortcullisCore

/// A function call the model asks the client to make: OpenAI's `tool_calls[i]`, Anthropic's
/// `tool_use` block. `arguments` is the JSON text of the call's input, inspected like any text.
public struct ToolCall: Sendable, Equatable {
    public var id: String
    public var name: String
    public var arguments: String

    public init(id: String, name: String, arguments: String) {
        self.id = id
        self.name = name
        self.arguments = arguments
    }
}

/// Why a vendor stopped, in OpenAI's words (`stop`, `length`, `tool_calls`, `content_filter`);
/// each API dialect renders it in its own.
public typealias FinishReason = String

/// A vendor's whole answer, whatever its API: text, tool calls, why it stopped.
public struct VendorAnswer: Sendable, Equatable {
    public var content: String
    public var toolCalls: [ToolCall]
    public var finishReason: FinishReason

    public init(content: String, toolCalls: [ToolCall] = [], finishReason: FinishReason? = nil) {
        self.content = content
        self.toolCalls = toolCalls
        self.finishReason = finishReason ?? (toolCalls.isEmpty ? "stop" : "tool_calls")
    }
}

/// One piece of a streamed answer.
public enum VendorEvent: Sendable, Equatable {
    /// More answer text.
    case text(String)
    /// A piece of tool call `index`: its id and name when first seen, then pieces of its arguments.
    case toolCall(index: Int, id: String?, name: String?, arguments: String)
    /// The vendor's reason for stopping (sent once, near the end).
    case finish(FinishReason)
}

extension VendorAnswer {
    /// Everything in the answer a client will read or act on, for output inspection: the text and
    /// each tool call's name and arguments, a line each.
    var inspectedText: String {
        ([content] + toolCalls.map { $0.name + " " + $0.arguments }).joined(separator: "\n")
    }

    /// The answer with the vault's placeholders put back, in the text and in the tool calls'
    /// arguments (inside their JSON strings, escaped as JSON needs).
    func restored(with vault: PseudonymVault) -> VendorAnswer {
        VendorAnswer(content: vault.restore(content), toolCalls: toolCalls.map { $0.restored(with: vault) }, finishReason: finishReason)
    }
}

extension ToolCall {
    /// The call with placeholders in its arguments restored. Arguments that are JSON are restored
    /// string by string, so a real value holding a quote still gives valid JSON.
    func restored(with vault: PseudonymVault) -> ToolCall {
        var c = self
        guard vault.restore(arguments) != arguments else { return self }
        if let json = try? JSONValue.parse(arguments) {
            c.arguments = String(decoding: json.mapStrings { vault.restore($0) }.jsonBytes, as: UTF8.self)
        } else {
            c.arguments = vault.restore(arguments)
        }
        return c
    }
}

extension JSONValue {
    /// This value with `f` applied to every string in it (keys kept).
    func mapStrings(_ f: (String) -> String) -> JSONValue {
        switch self {
        case .string(let s): return .string(f(s))
        case .array(let a): return .array(a.map { $0.mapStrings(f) })
        case .object(let o): return .object(o.mapValues { $0.mapStrings(f) })
        default: return self
        }
    }
}
