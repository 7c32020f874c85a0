/// Maps finding types to sensitivity labels: built-in defaults, overridable rule by rule.
///
/// A rule's key is an exact type (`US_SSN`, `aws-access-token`), a prefix pattern ending in `*`
/// (`aws-*`, `US_*`), or a family: `secret.*` (every credential type, `EntityType.isSecret`),
/// `pii.*` (every other type). The most specific rule wins: exact, then the longest prefix
/// pattern, then the family, then `fallback`.
///
/// `DOCUMENT_MARKER` and `DICTIONARY_TERM` findings carry their own label (the marker's or the
/// dictionary's); `SensitivityClassifier` uses those and consults this mapping only for the rest.
public struct LabelMapping: Sendable, Equatable {
    public private(set) var rules: [String: SensitivityLabel]
    /// The label of a type no rule names. `confidential`: an unknown kind of finding is treated as
    /// sensitive until someone decides otherwise (fail closed).
    public var fallback: SensitivityLabel

    public static let secretFamily = "secret.*"
    public static let piiFamily = "pii.*"
    public static let threatFamily = "threat.*"

    /// The defaults, and why:
    /// - `restricted`: anything that on its own lets someone act as another person or reach their
    ///   money or health record: credentials and private keys (`secret.*`), `US_SSN`,
    ///   `US_PASSPORT`, `US_DRIVER_LICENSE` (identity documents), `CREDIT_CARD`, `IBAN_CODE`,
    ///   `US_BANK_NUMBER` (financial accounts), `UK_NHS` (the key to a health record, special
    ///   category data under GDPR art. 9).
    /// - `confidential`: personal data that identifies or reaches a person but is not by itself a
    ///   key: `PERSON`, `EMAIL_ADDRESS`, `PHONE_NUMBER`, `LOCATION`, `CRYPTO` (a wallet address
    ///   ties a person to their transactions), `MEDICAL_LICENSE` (a practitioner's registration,
    ///   often in public registers, yet personal data).
    /// - `internal`: context that is rarely harmful alone: `URL`, `IP_ADDRESS`, `DATE_TIME`.
    /// - `public`: `PROMPT_INJECTION`, `JAILBREAK`, `JUDGE_UNSAFE` (threats, not data; the policy handles them).
    public static let defaultRules: [String: SensitivityLabel] = [
        secretFamily: .restricted,
        "US_SSN": .restricted, "US_PASSPORT": .restricted, "US_DRIVER_LICENSE": .restricted,
        "CREDIT_CARD": .restricted, "IBAN_CODE": .restricted, "US_BANK_NUMBER": .restricted,
        "UK_NHS": .restricted,
        "PERSON": .confidential, "EMAIL_ADDRESS": .confidential, "PHONE_NUMBER": .confidential,
        "LOCATION": .confidential, "CRYPTO": .confidential, "MEDICAL_LICENSE": .confidential,
        "URL": .internal, "IP_ADDRESS": .internal, "DATE_TIME": .internal,
        "PROMPT_INJECTION": .public, "JAILBREAK": .public, "JUDGE_UNSAFE": .public,
    ]

    /// The default mapping, with `overrides` applied on top (same key replaces the default).
    public init(overrides: [String: SensitivityLabel] = [:], fallback: SensitivityLabel = .confidential) {
        rules = LabelMapping.defaultRules.merging(overrides) { _, new in new }
        self.fallback = fallback
        rebuildPrefixes()
    }

    /// Exactly these rules, no defaults.
    public init(rules: [String: SensitivityLabel], fallback: SensitivityLabel) {
        self.rules = rules
        self.fallback = fallback
        rebuildPrefixes()
    }

    private var prefixes: [(prefix: String, label: SensitivityLabel)] = []

    public static func == (a: LabelMapping, b: LabelMapping) -> Bool {
        a.rules == b.rules && a.fallback == b.fallback
    }

    private mutating func rebuildPrefixes() {
        prefixes = rules.compactMap { key, label in
            guard key != LabelMapping.secretFamily, key != LabelMapping.piiFamily, key != LabelMapping.threatFamily,
                key != "*", key.hasSuffix("*")
            else { return nil }
            return (String(key.dropLast()), label)
        }.sorted { $0.prefix.count > $1.prefix.count }
    }

    /// Sets one rule.
    public mutating func set(_ key: String, _ label: SensitivityLabel) {
        rules[key] = label
        rebuildPrefixes()
    }

    /// Whether `key` is a rule key this mapping understands (an exact type name or a pattern).
    public static func isValidKey(_ key: String) -> Bool {
        guard !key.isEmpty else { return false }
        if key == secretFamily || key == piiFamily || key == threatFamily || key == "*" { return true }
        let body = key.hasSuffix("*") ? key.dropLast() : Substring(key)
        return !body.isEmpty && body.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == ".") }
    }

    /// The label of findings of `type`.
    public func label(for type: EntityType) -> SensitivityLabel {
        if let l = rules[type.rawValue] { return l }
        for p in prefixes where type.rawValue.hasPrefix(p.prefix) { return p.label }
        let family = type.isSecret ? LabelMapping.secretFamily : type.isThreat ? LabelMapping.threatFamily : LabelMapping.piiFamily
        if let l = rules[family] { return l }
        return rules["*"] ?? fallback
    }
}
