import Foundation

/// An external judge: an OpenAI-compatible guard or moderation model (Llama Guard served by
/// vLLM or Ollama, a hosted moderation model) the gateway asks for a verdict on what a request
/// would send, before the vendor sees it. `judges:` in the policy document.
///
/// The judge is one of the policy's `models` (so its vendor, base URL, key and clearance are
/// declared like any other), asked with the request's texts as one user message. Its answer
/// is read Llama Guard's way: `safe`, or `unsafe` and a line of categories (`S1,S10`); a JSON
/// object with `"flagged": true` reads as unsafe too. An unsafe verdict is a `JUDGE_UNSAFE`
/// finding (the `threat.*` family) that the policy's rules decide on.
public struct JudgeSpec: Sendable, Equatable {
    /// What happens when the judge does not answer in time or answers something unreadable.
    public enum OnError: String, Sendable, Equatable, CaseIterable {
        /// Fail closed: the request is refused (503 `judge_unavailable`).
        case block
        /// Fail open: the request goes on without the verdict (counted in metrics, audited).
        case allow
    }

    public var name: String
    /// The policy model that serves the judge.
    public var model: String
    public var timeoutMilliseconds: Int
    public var onError: OnError

    public init(name: String, model: String, timeoutMilliseconds: Int = 2000, onError: OnError = .block) {
        self.name = name
        self.model = model
        self.timeoutMilliseconds = timeoutMilliseconds
        self.onError = onError
    }
}

/// A judge's reading of one request.
public enum JudgeVerdict: Sendable, Equatable {
    case safe
    /// Unsafe, with the categories the judge named (`S1` …), possibly none.
    case unsafe(categories: [String])

    /// Reads a guard model's answer, or nil when it says neither safe nor unsafe.
    public static func parse(_ answer: String) -> JudgeVerdict? {
        let trimmed = answer.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") {
            if trimmed.contains("\"flagged\": true") || trimmed.contains("\"flagged\":true") { return .unsafe(categories: []) }
            if trimmed.contains("\"flagged\": false") || trimmed.contains("\"flagged\":false") { return .safe }
            return nil
        }
        let lines = trimmed.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let first = lines.first?.lowercased() else { return nil }
        if first == "safe" || first.hasPrefix("safe ") || first.hasPrefix("safe.") { return .safe }
        if first.hasPrefix("unsafe") {
            let rest = lines.dropFirst().joined(separator: ",")
            let cats = rest.split { $0 == "," || $0 == " " }.map(String.init).filter { !$0.isEmpty }
            return .unsafe(categories: Array(cats.prefix(16)))
        }
        return nil
    }
}

extension EntityType {
    /// An external judge found the request unsafe (`detail`: the categories it named).
    public static let judgeUnsafe: EntityType = "JUDGE_UNSAFE"
}
