import Testing
@testable import PortcullisCore

@Suite struct IPAddressTests {
    let detectors: [any Detector] = [IPAddressDetector()]

    @Test(arguments: [
        "192.168.1.23", "10.0.0.1", "8.8.8.8", "255.255.255.255", "203.0.113.7",
        "2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a",
        "2001:db8:0:0:0:0:2:1",
    ])
    func findsAddresses(ip: String) {
        let text = "connection from \(ip) refused"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.ipAddress, ip, in: text)])
    }

    @Test(arguments: [
        "firmware 10.2.33.4", "version: 1.2.3.4", "v1.2.3.4", "upgraded to 4.19.0.12",
        "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4",
        "2001:db8::1::2",  // two compressions
        "10:30:45",  // a time
        "1:2:3:4:5:6:7",  // seven groups without compression
        "550e8400-e29b-41d4-a716-446655440000",  // UUID
        "2024-03-04T02:58:02Z",
    ])
    func ignoresNonAddresses(text: String) {
        #expect(PIIProbe.spans(text, detectors).isEmpty)
    }

    @Test(arguments: ["::1", "::ffff:192.0.2.128"])
    func addressesStartingWithCompression(ip: String) {
        let text = "bound to \(ip) port 80"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.ipAddress, ip, in: text)])
    }

    /// A bare `::` is punctuation in most code (C++, Ruby, Rust paths), never reported.
    @Test func bareCompressionIsNotAnAddress() {
        #expect(PIIProbe.spans("std::vector and Foo::Bar and :: alone", detectors).isEmpty)
    }

    @Test func addressInLogLine() {
        let text = "2023-07-21 17:54:21,654 INFO sshd[311]: Accepted publickey for deploy from 81.2.69.142 port 52144"
        #expect(PIIProbe.values(text, detectors, type: .ipAddress) == ["81.2.69.142"])
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "host 192.168.10.200, 2001:db8::42 ok"
        let k = prefix.unicodeScalars.count + 5
        #expect(PIIProbe.spans(text, detectors) == [
            PIIProbe.Span(type: .ipAddress, start: k, end: k + 14),
            PIIProbe.Span(type: .ipAddress, start: k + 16, end: k + 28),
        ])
    }
}
