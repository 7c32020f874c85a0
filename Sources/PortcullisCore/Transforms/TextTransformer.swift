/// Applies a per-type choice of transforms to a text and its findings: the one call the policy
/// and `portcullis anonymize` make.
public struct TextTransformer: Sendable {
    /// The action per type; types not listed get `defaultAction`.
    public var actions: [EntityType: TransformAction]
    /// The action for types not in `actions`.
    public var defaultAction: TransformAction
    /// Makes `.redact` replacements (its key signs `.hash` tags).
    public var redactor: Redactor
    /// Makes `.synthesize` replacements.
    public var synthesizer: SyntheticGenerator
    /// Which offsets of the findings to read.
    public var offsets: OffsetUnit

    /// The result of transforming one text.
    public struct Result: Sendable {
        /// The transformed text.
        public var text: String
        /// The placeholders handed out, to restore the answer with.
        public var vault: PseudonymVault
    }

    /// A transformer whose hash tags and fakes are keyed with `key`.
    public init(actions: [EntityType: TransformAction] = [:], defaultAction: TransformAction = .redact(.typeTag),
                key: TransformKey, offsets: OffsetUnit = .codePoints) {
        self.actions = actions
        self.defaultAction = defaultAction
        self.redactor = Redactor(key: key, offsets: offsets)
        self.synthesizer = SyntheticGenerator(key: key, offsets: offsets)
        self.offsets = offsets
    }

    /// The action for `type`. Threat findings (`PROMPT_INJECTION`, `JAILBREAK`) are kept unless
    /// an action is set for them: they mark an attempt, not data to hide.
    public func action(for type: EntityType) -> TransformAction {
        actions[type] ?? (type.isThreat ? .keep : defaultAction)
    }

    /// Transforms `text` with a new vault.
    public func apply(_ text: String, findings: [Finding]) -> Result {
        var vault = PseudonymVault()
        let out = apply(text, findings: findings, vault: &vault)
        return Result(text: out, vault: vault)
    }

    /// Transforms `text`, adding placeholders to `vault` (one vault for all messages of a request).
    public func apply(_ text: String, findings: [Finding], vault: inout PseudonymVault) -> String {
        let bytes = Array(text.utf8)
        let kept = findings.filter { action(for: $0.type) != .keep }
        // Literals that look like this vault's placeholders are pseudonymised too, so restoring the
        // answer cannot turn them into someone's real value.
        let collisions = vault.prepare(bytes)
        let spans = TextSpan.normalized(collisions + TextSpan.resolve(kept, in: bytes, offsets: offsets))
        let collisionSet = Set(collisions)
        return TextSpan.rewrite(bytes, spans: spans) { span, value in
            switch collisionSet.contains(span) ? .pseudonymize : action(for: span.type) {
            case .keep: return value
            case .redact(let style): return redactor.replacement(for: value, type: span.type, style: style)
            case .pseudonymize: return vault.assign(value, type: span.type)
            case .synthesize: return synthesizer.fake(for: value, type: span.type)
            }
        }
    }
}
