import Testing
@testable import PortcullisCore

/// Inputs that once crashed or could crash a detector: the scan must return, never trap.
@Suite struct RobustnessTests {
    @Test(arguments: [
        "123456789012345678901234567890-12-12",
        "99999999999999999999999.1.2020 and 1/2/99999999999999999999999",
        "March 99999999999999999999999, 2020 and 99999999999999999999999th March 2020",
        "+99999999999999999999999999 (0) 999999999999999999",
        "999999999999999999999.999999999999999999999.1.1",
        "DEA AB99999999999999999999",
    ])
    func longDigitRunsDoNotOverflow(_ text: String) {
        let findings = ScanEngine().scan(text)
        #expect(findings.allSatisfy { $0.end <= text.unicodeScalars.count })
    }
}
