/// A recogniser for one family of sensitive data.
///
/// Detectors read the shared `ScanContext` (bytes and tokens computed once per scan) and add
/// candidates to it; the engine resolves overlaps and converts offsets. A detector must do bounded
/// work per token or byte so that a scan stays linear in the input, whatever the input.
public protocol Detector: Sendable {
    /// A short stable name (`email`, `credit-card`, `secrets.prefixed` …).
    var name: String { get }
    /// The entity types this detector can report.
    var entityTypes: [EntityType] { get }
    /// Adds this detector's candidates for the text in `context`.
    func detect(in context: ScanContext)
}

/// Priorities used when candidates of different types overlap with equal scores.
public enum CandidatePriority {
    public static let contextual: UInt8 = 1  // names, places, dates
    public static let pattern: UInt8 = 2  // shaped numbers and addresses
    public static let validated: UInt8 = 3  // checksum-validated identifiers
    public static let secret: UInt8 = 4  // credentials
}
