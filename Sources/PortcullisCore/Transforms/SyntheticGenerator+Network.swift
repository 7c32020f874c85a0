/// Fakes for IP addresses and URLs, from ranges reserved for documentation.
extension SyntheticGenerator {
    /// IPv4 from the TEST-NET blocks (RFC 5737), IPv6 from 2001:db8::/32 (RFC 3849); a prefix
    /// length (`/24`) is kept.
    static func fakeIP(_ value: String, _ rng: inout KeyedRandom) -> String? {
        let suffix = value.firstIndex(of: "/").map { String(value[$0...]) } ?? ""
        if value.contains(":") {
            let hextets = (0..<3).map { _ in String(rng.below(0x10000), radix: 16) }
            return "2001:db8:\(hextets[0]):\(hextets[1])::\(hextets[2])" + suffix
        }
        let net = rng.pick(["192.0.2", "198.51.100", "203.0.113"])
        return "\(net).\(1 + rng.below(254))" + suffix
    }

    /// A URL at the RFC 2606 reserved domain with a keyed path.
    static func fakeURL(_ rng: inout KeyedRandom) -> String? {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz0123456789")
        return "https://example.com/" + String((0..<10).map { _ in rng.pick(alphabet) })
    }
}
