/// Replaces found values with masks, type tags or keyed hashes; irreversible.
public struct Redactor: Sendable {
    /// The style used when none is passed to `replacement(for:type:style:)`.
    public var style: RedactionStyle
    /// Key for `.hash`; tags made with different keys cannot be linked.
    public var key: TransformKey
    /// Hex digits of the HMAC kept in a `.hash` tag (8 = 32 bits: enough to tell values in one
    /// document apart, too few to confirm a guessed value offline).
    public var hashLength: Int
    /// Types whose last characters `.mask(keepLast:)` may leave readable; for anything else the
    /// whole value is masked.
    public var revealableTypes: Set<EntityType>
    /// Which offsets of the findings to read.
    public var offsets: OffsetUnit

    /// Cards, IBANs and phone numbers: the types whose last digits people use to recognise their own.
    public static let defaultRevealableTypes: Set<EntityType> = [.creditCard, .ibanCode, .phoneNumber]

    /// A redactor; `key` matters only for `.hash` (the default random key makes tags linkable
    /// within this process only).
    public init(style: RedactionStyle = .typeTag, key: TransformKey = .random(), hashLength: Int = 8,
                revealableTypes: Set<EntityType> = Redactor.defaultRevealableTypes, offsets: OffsetUnit = .codePoints) {
        self.style = style
        self.key = key
        self.hashLength = min(max(hashLength, 4), 64)
        self.revealableTypes = revealableTypes
        self.offsets = offsets
    }

    /// `text` with every finding's span replaced.
    public func redact(_ text: String, findings: [Finding]) -> String {
        let bytes = Array(text.utf8)
        return TextSpan.rewrite(bytes, spans: TextSpan.resolve(findings, in: bytes, offsets: offsets)) { span, value in
            replacement(for: value, type: span.type)
        }
    }

    /// What replaces `value` of type `type` (in `style`, or the redactor's own style).
    public func replacement(for value: String, type: EntityType, style: RedactionStyle? = nil) -> String {
        switch style ?? self.style {
        case .mask(let keepLast):
            let count = value.count
            let kept = revealableTypes.contains(type) ? min(max(keepLast, 0), count / 2) : 0
            return String(repeating: "*", count: count - kept) + value.suffix(kept)
        case .typeTag:
            return "[\(type.rawValue)]"
        case .hash:
            let hex = key.mac("redact", [value]).map { b in
                let s = String(b, radix: 16)
                return b < 16 ? "0" + s : s
            }.joined()
            return "[\(type.rawValue):\(hex.prefix(hashLength))]"
        }
    }
}
