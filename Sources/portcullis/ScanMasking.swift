import PortcullisCore

/// Masks found values for display: enough to recognise the finding, never the secret itself.
///
/// Credentials keep at most their first 4 characters (less for short ones) and their length:
/// `AKIA…(20 chars)`. Personal data keeps the first and last one or two characters:
/// `an…om (16 chars)`. Document markers are shown as they are: they label, they are not secret.
enum ScanMasking {
    static func mask(_ value: String, type: EntityType) -> String {
        let chars = Array(value.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        let n = chars.count
        if type == .documentMarker { return String(chars) }
        if type.isSecret {
            let keep = n >= 20 ? 4 : n >= 12 ? 3 : n >= 8 ? 2 : 0
            return String(chars.prefix(keep)) + "…(\(n) chars)"
        }
        if n <= 4 { return "…(\(n) chars)" }
        let keep = n <= 8 ? 1 : 2
        return String(chars.prefix(keep)) + "…" + String(chars.suffix(keep)) + " (\(n) chars)"
    }
}
