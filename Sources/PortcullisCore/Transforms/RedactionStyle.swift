/// How a redacted value is written in its place (Presidio's mask, replace and hash operators).
public enum RedactionStyle: Sendable, Hashable {
    /// One `*` per character; with `keepLast` > 0 the last characters stay readable for the types
    /// a `Redactor` allows (cards, IBANs, phone numbers), never more than half the value.
    case mask(keepLast: Int = 0)
    /// The type in brackets: `[EMAIL_ADDRESS]`.
    case typeTag
    /// The type and a keyed HMAC-SHA256 of the value, truncated: `[EMAIL_ADDRESS:3f9a1c0b]`. The same
    /// value gives the same tag under one key, so redacted records can still be joined.
    case hash
}
