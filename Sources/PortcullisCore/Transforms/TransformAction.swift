/// What to do with the values of one entity type.
public enum TransformAction: Sendable, Hashable {
    /// Leave the value as it is.
    case keep
    /// Replace it irreversibly (`Redactor`).
    case redact(RedactionStyle)
    /// Replace it with a placeholder the answer can be restored from (`Pseudonymizer`).
    case pseudonymize
    /// Replace it with a realistic fake (`SyntheticGenerator`).
    case synthesize
}
