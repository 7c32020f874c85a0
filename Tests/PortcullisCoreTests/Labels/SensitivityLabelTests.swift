import Testing
@testable import PortcullisCore

/// Namespace for the Labels tests, so `swift test --filter Labels` runs all of them.
enum LabelsTests {}

extension LabelsTests {
    @Suite("Labels: SensitivityLabel and LabelMapping")
    struct SensitivityLabelTests {
        @Test func ordered() {
            #expect(SensitivityLabel.public < .internal)
            #expect(SensitivityLabel.internal < .confidential)
            #expect(SensitivityLabel.confidential < .restricted)
            #expect([SensitivityLabel.internal, .restricted, .public].max() == .restricted)
        }

        @Test func codableAsLowerCase() throws {
            #expect(SensitivityLabel.confidential.rawValue == "confidential")
            #expect(SensitivityLabel(name: " Restricted ") == .restricted)
            #expect(SensitivityLabel(name: "secret") == nil)
        }

        @Test func defaults() {
            let m = LabelMapping()
            #expect(m.label(for: "aws-access-token") == .restricted)
            #expect(m.label(for: "private-key") == .restricted)
            #expect(m.label(for: .usSSN) == .restricted)
            #expect(m.label(for: .creditCard) == .restricted)
            #expect(m.label(for: .person) == .confidential)
            #expect(m.label(for: .emailAddress) == .confidential)
            #expect(m.label(for: .url) == .internal)
            #expect(m.label(for: .dateTime) == .internal)
            #expect(m.label(for: "SOMETHING_NEW") == .confidential)
        }

        @Test func overridesAndWildcards() {
            let m = LabelMapping(overrides: ["secret.*": .confidential, "aws-*": .restricted, "DATE_TIME": .public, "pii.*": .internal])
            #expect(m.label(for: "github-pat") == .confidential)
            #expect(m.label(for: "aws-access-token") == .restricted)
            #expect(m.label(for: .dateTime) == .public)
            #expect(m.label(for: .usSSN) == .restricted)  // exact default beats the family
            #expect(m.label(for: "SOMETHING_NEW") == .internal)
            let longest = LabelMapping(rules: ["US_*": .internal, "US_S*": .restricted], fallback: .public)
            #expect(longest.label(for: .usSSN) == .restricted)
            #expect(longest.label(for: .usPassport) == .internal)
            #expect(longest.label(for: .person) == .public)
        }

        @Test func keys() {
            #expect(LabelMapping.isValidKey("secret.*"))
            #expect(LabelMapping.isValidKey("aws-*"))
            #expect(LabelMapping.isValidKey("US_SSN"))
            #expect(!LabelMapping.isValidKey("*foo"))
            #expect(!LabelMapping.isValidKey("a b"))
        }
    }
}
