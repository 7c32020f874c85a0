/// A phrase that labels a whole document ("CONFIDENTIAL", "Attorney-Client Privileged"), with the
/// label it sets and the case rule that keeps ordinary prose from matching.
public struct DocumentMarker: Sendable, Hashable {
    /// How the marker's case in the text must look for it to count.
    public enum CaseRule: String, Sendable, CaseIterable {
        /// Any case (`Do not distribute`): multi-word phrases rarely occur by accident.
        case insensitive
        /// All capitals (`CONFIDENTIAL`), or any case in a header-like position: alone on its line
        /// apart from decoration (`# Confidential`, `[Confidential]`, `Confidential - Q3 plan`), or
        /// after a label key (`Classification: Confidential`). A single ordinary word in running
        /// prose ("treat this as confidential") is a word, not a marking.
        case upperOrHeader = "upper-or-header"
        /// Exactly as written (apart from white space runs).
        case exact
    }

    /// The marker as written in configuration; findings carry it as `detail`.
    public var text: String
    public var label: SensitivityLabel
    public var caseRule: CaseRule

    /// A marker; without `caseRule`, a single word gets `.upperOrHeader` and a phrase `.insensitive`.
    public init(_ text: String, label: SensitivityLabel, caseRule: CaseRule? = nil) {
        self.text = text
        self.label = label
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        self.caseRule = caseRule ?? (words.count > 1 ? .insensitive : .upperOrHeader)
    }

    /// The markers Portcullis knows without configuration. Legal privilege and "strictly" or "top
    /// secret" markings are `restricted` (disclosure can waive privilege or breach a clearance);
    /// "confidential" and distribution limits are `confidential`; "internal only" is `internal`.
    public static let builtIn: [DocumentMarker] = [
        DocumentMarker("TOP SECRET", label: .restricted),
        DocumentMarker("STRICTLY CONFIDENTIAL", label: .restricted),
        DocumentMarker("HIGHLY CONFIDENTIAL", label: .restricted),
        DocumentMarker("RESTRICTED", label: .restricted),
        DocumentMarker("Attorney-Client Privileged", label: .restricted),
        DocumentMarker("Attorney Client Privileged", label: .restricted),
        DocumentMarker("Attorney-Client Privilege", label: .restricted),
        DocumentMarker("Privileged & Confidential", label: .restricted),
        DocumentMarker("Privileged and Confidential", label: .restricted),
        DocumentMarker("CONFIDENTIAL", label: .confidential),
        DocumentMarker("DO NOT DISTRIBUTE", label: .confidential),
        DocumentMarker("NOT FOR DISTRIBUTION", label: .confidential),
        DocumentMarker("DO NOT FORWARD", label: .confidential),
        DocumentMarker("INTERNAL ONLY", label: .internal),
        DocumentMarker("INTERNAL USE ONLY", label: .internal),
        DocumentMarker("FOR INTERNAL USE ONLY", label: .internal),
    ]
}
