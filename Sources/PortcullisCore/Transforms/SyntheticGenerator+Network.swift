/// Fakes for IP addresses and URLs, from ranges reserved for documentation.
extension SyntheticGenerator {
    /// IPv4 from the TEST-NET blocks (RFC 5737), IPv6 from 2001:db8::/32 (RFC 3849); a prefix
    /// length (`/24`) or an IPv4 port (`:8080`) is kept.
    static func fakeIP(_ value: String, _ rng: inout KeyedRandom) -> String? {
        let colon = value.firstIndex(of: ":"), dot = value.firstIndex(of: ".")
        let isV6 = colon.map { c in dot.map { c < $0 } ?? true } ?? false
        let suffixStart = value.firstIndex { $0 == "/" || (!isV6 && $0 == ":") }
        let suffix = suffixStart.map { String(value[$0...]) } ?? ""
        if isV6 {
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
