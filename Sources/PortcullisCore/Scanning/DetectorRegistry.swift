/// The built-in detectors, in the order they run.
public enum DetectorRegistry {
    /// PII detectors (Presidio entity types).
    public static func pii() -> [any Detector] {
        [
            EmailDetector(), URLDetector(), IPAddressDetector(), CreditCardDetector(), IBANDetector(), USSSNDetector(),
            PhoneNumberDetector(), UKNHSDetector(), MedicalLicenseDetector(), CryptoWalletDetector(), DateTimeDetector(),
            ContextualIDDetector.usPassport, ContextualIDDetector.usDriverLicense, ContextualIDDetector.usBankNumber,
            PersonLocationDetector(),
        ]
    }

    /// Credential detectors (gitleaks rule ids).
    public static func secrets() -> [any Detector] { SecretDetectors.all() }

    /// Every built-in detector.
    public static func standard() -> [any Detector] { secrets() + pii() }
}
