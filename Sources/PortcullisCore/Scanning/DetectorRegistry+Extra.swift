extension DetectorRegistry {
    static func extraPII() -> [any Detector] { [PersonLocationDetector()] }
}
