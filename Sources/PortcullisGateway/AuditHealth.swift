import NIOConcurrencyHelpers

/// Whether the audit log could be written last time: read before a stream starts.
final class AuditHealth: Sendable {
    private let value = NIOLockedValueBox(true)
    var ok: Bool { value.withLockedValue { $0 } }
    func set(_ ok: Bool) { value.withLockedValue { $0 = ok } }
}
