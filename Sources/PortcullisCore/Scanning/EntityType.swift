/// The name of a kind of sensitive data a detector reports.
///
/// PII names follow Microsoft Presidio (`PERSON`, `EMAIL_ADDRESS` …) and credential names follow
/// gitleaks rule ids (`aws-access-token`, `github-pat` …), so users coming from those tools
/// recognise them.
public struct EntityType: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
    public var description: String { rawValue }
    public static func < (a: EntityType, b: EntityType) -> Bool { a.rawValue < b.rawValue }

    /// True for credential kinds (gitleaks-style lower-case ids), false for PII and other kinds.
    public var isSecret: Bool { rawValue.first.map { $0.isLowercase } ?? false }

    /// True for attempts rather than data: prompt injection, jailbreaks and an external judge's
    /// unsafe verdict (the `threat.*` family).
    public var isThreat: Bool { EntityType.threats.contains(self) }

    /// The threat types (`threat.*` in policies and label mappings).
    public static let threats: Set<EntityType> = ["PROMPT_INJECTION", "JAILBREAK", "JUDGE_UNSAFE"]

    // PII (Presidio names)
    public static let person: EntityType = "PERSON"
    public static let emailAddress: EntityType = "EMAIL_ADDRESS"
    public static let phoneNumber: EntityType = "PHONE_NUMBER"
    public static let creditCard: EntityType = "CREDIT_CARD"
    public static let ibanCode: EntityType = "IBAN_CODE"
    public static let usSSN: EntityType = "US_SSN"
    public static let ipAddress: EntityType = "IP_ADDRESS"
    public static let url: EntityType = "URL"
    public static let location: EntityType = "LOCATION"
    public static let dateTime: EntityType = "DATE_TIME"
    public static let usPassport: EntityType = "US_PASSPORT"
    public static let usDriverLicense: EntityType = "US_DRIVER_LICENSE"
    public static let usBankNumber: EntityType = "US_BANK_NUMBER"
    public static let crypto: EntityType = "CRYPTO"
    public static let medicalLicense: EntityType = "MEDICAL_LICENSE"
    public static let ukNHS: EntityType = "UK_NHS"
    // Labelled data
    public static let documentMarker: EntityType = "DOCUMENT_MARKER"
    public static let dictionaryTerm: EntityType = "DICTIONARY_TERM"
}
