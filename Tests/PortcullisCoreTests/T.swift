import Testing
import PortcullisCore

@Test func smoke() {
    #expect(ScanEngine().scan("mail me at anna@example.com").first?.type == .emailAddress)
}
