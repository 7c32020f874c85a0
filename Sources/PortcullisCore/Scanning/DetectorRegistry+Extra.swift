extension DetectorRegistry {
    static func extraPII() -> [any Detector] { [] }
    static func extraSecrets() -> [any Detector] { [] }
}
