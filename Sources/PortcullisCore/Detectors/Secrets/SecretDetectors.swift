/// The built-in credential detectors.
enum SecretDetectors {
    static func all() -> [any Detector] { [] }
}
