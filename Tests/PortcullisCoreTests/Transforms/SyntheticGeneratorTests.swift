import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct SyntheticGeneratorTests {
        typealias F = Fixtures
        static let gen = SyntheticGenerator(key: F.key)
        static let other = SyntheticGenerator(key: F.otherKey)

        static func luhnCard(_ rng: inout SplitMix64, prefix: [UInt8], length: Int) -> [UInt8] {
            var d = prefix
            while d.count < length - 1 { d.append(UInt8(rng.below(10))) }
            d.append(Luhn.checkDigit(for: d))
            return d
        }

        static func grouped(_ d: [UInt8], _ groups: [Int], _ sep: String) -> String {
            var out = "", k = 0
            for (n, g) in groups.enumerated() {
                if n > 0 { out += sep }
                out += d[k..<min(k + g, d.count)].map(String.init).joined()
                k += g
            }
            return out
        }

        @Test func cardsPassLuhnKeepLayoutAndIssuer() {
            var rng = SplitMix64(seed: 1)
            let kinds: [([UInt8], Int, [Int])] = [
                ([4], 16, [4, 4, 4, 4]), ([4], 13, [13]), ([5, 3], 16, [4, 4, 4, 4]), ([3, 7], 15, [4, 6, 5]),
                ([6, 0, 1, 1], 16, [16]), ([3, 5, 6, 0], 16, [4, 4, 4, 4]), ([3, 6], 14, [4, 6, 4]), ([6, 2, 1], 19, [19]),
                ([6, 7, 5, 9], 12, [12]), ([9], 16, [4, 4, 4, 4]),
            ]
            for _ in 0..<300 {
                let (prefix, length, groups) = rng.pick(kinds)
                let digits = Self.luhnCard(&rng, prefix: prefix, length: length)
                let card = Self.grouped(digits, groups, rng.pick([" ", "-", ""]))
                let fake = Self.gen.fake(for: card, type: .creditCard)
                let fd = F.digits(fake)
                #expect(Luhn.isValid(fd), "\(card) → \(fake)")
                #expect(F.layout(fake) == F.layout(card))
                #expect(CardIssuer.identify(fd) == CardIssuer.identify(digits), "\(card) → \(fake)")
                #expect(fake != card)
            }
        }

        @Test func ibansPassMod97WithTheSameCountryLengthAndSpacing() {
            var rng = SplitMix64(seed: 2)
            for (n, (country, length)) in IBAN.lengths.sorted(by: { $0.key < $1.key }).enumerated() {
                for s in 0..<6 {
                    var compact = IBANValidationTests.make(country, length: length, seed: n * 10 + s)
                    if s == 5 && country == "GB" { compact = "GB82WEST12345698765432" }  // letters in the BBAN
                    let spaced = rng.below(2) == 0 ? compact : stride(from: 0, to: compact.count, by: 4).map {
                        String(Array(compact)[$0..<min($0 + 4, compact.count)])
                    }.joined(separator: " ")
                    let fake = Self.gen.fake(for: spaced, type: .ibanCode)
                    let fakeCompact = fake.filter { $0 != " " }
                    #expect(IBAN.isValid(compact: Array(fakeCompact.utf8)), "\(spaced) → \(fake)")
                    #expect(fake.prefix(2) == spaced.prefix(2))
                    #expect(F.layout(fake) == F.layout(spaced))
                    #expect(fake != spaced)
                }
            }
        }

        @Test func ssnsFollowSSARules() {
            var rng = SplitMix64(seed: 3)
            for _ in 0..<500 {
                let ssn = "\(100 + rng.below(565))\(rng.pick(["-", " ", ""]))\(10 + rng.below(89))-\(1000 + rng.below(8999))"
                let fake = Self.gen.fake(for: ssn, type: .usSSN)
                #expect(NationalIDs.isValidSSN(F.digits(fake)), "\(ssn) → \(fake)")
                #expect(F.layout(fake) == F.layout(ssn))
                #expect(fake != ssn)
            }
        }

        @Test func nhsNumbersPassMod11() {
            var rng = SplitMix64(seed: 4)
            var made = 0
            while made < 500 {
                var d = (0..<9).map { _ in UInt8(rng.below(10)) }
                let check = (11 - d.enumerated().reduce(0) { $0 + Int($1.element) * (10 - $1.offset) } % 11) % 11
                guard check != 10 else { continue }
                d.append(UInt8(check))
                let nhs = Self.grouped(d, [3, 3, 4], rng.pick([" ", "-", ""]))
                let fake = Self.gen.fake(for: nhs, type: .ukNHS)
                #expect(NationalIDs.isValidNHS(F.digits(fake)), "\(nhs) → \(fake)")
                #expect(F.layout(fake) == F.layout(nhs))
                #expect(fake != nhs)
                made += 1
            }
        }

        @Test(arguments: [
            ("+44 20 7946 0018", "+44 "), ("+1 (415) 555-0123", "+1 ("), ("0044 20 7946 0018", "0044 "),
            ("030 1234567", "0"), ("(555) 123-4567", "("), ("+14155550123", "+1"), ("+49-30-1234567", "+49-"),
        ])
        func phonesKeepCountryCodeTrunkAndSeparators(phone: String, kept: String) {
            let fake = Self.gen.fake(for: phone, type: .phoneNumber)
            #expect(fake.hasPrefix(kept), "\(fake)")
            #expect(F.layout(fake) == F.layout(phone))
            #expect(fake != phone)
            #expect(!fake.dropFirst(kept.count).hasPrefix("0"), "the first new digit is never 0: \(fake)")
        }

        @Test func emailsUseReservedDomains() {
            for v in ["anna.schmidt@example.de", "bob@corp.com", "x@y.io"] {
                let fake = Self.gen.fake(for: v, type: .emailAddress)
                let parts = fake.split(separator: "@")
                #expect(parts.count == 2)
                #expect(["example.com", "example.org", "example.net"].contains(String(parts.last ?? "")), "\(fake)")
                #expect(ScanEngine(injection: nil).scan("mail \(fake) now").first?.type == .emailAddress)
            }
        }

        @Test func personsKeepWordsCapitalisationTitlesAndInitials() {
            let cases: [(String, (String) -> Bool)] = [
                ("Anna Schmidt", { $0.split(separator: " ").count == 2 && $0.split(separator: " ").allSatisfy { $0.first!.isUppercase && $0.dropFirst().allSatisfy(\.isLowercase) } }),
                ("JOHN SMITH", { $0.split(separator: " ").count == 2 && $0 == $0.uppercased() }),
                ("john smith", { $0.split(separator: " ").count == 2 && $0 == $0.lowercased() }),
                ("Dr. María José García", { $0.hasPrefix("Dr. ") && $0.split(separator: " ").count == 4 }),
                ("Jean-Luc Picard", { $0.split(separator: " ").count == 2 && $0.split(separator: " ")[0].contains("-") }),
                ("J. R. Tolkien", { let w = $0.split(separator: " "); return w.count == 3 && w[0].count == 2 && w[0].hasSuffix(".") && w[1].hasSuffix(".") }),
                ("Schmidt", { !$0.contains(" ") && $0.first!.isUppercase }),
                ("Anna\n  Schmidt", { $0.split(separator: "\n").count == 2 && $0.contains("\n  ") }),
            ]
            for (name, check) in cases {
                let fake = Self.gen.fake(for: name, type: .person)
                #expect(check(fake), "\(name) → \(fake)")
                #expect(fake != name)
            }
            // Names come from the gazetteers.
            let fake = Self.gen.fake(for: "Anna Schmidt", type: .person).split(separator: " ")
            #expect(Lexicon.standard.firstNames.contains(String(fake[0])))
            #expect(Lexicon.standard.lastNames.contains(String(fake[1])))
        }

        @Test func locationsComeFromTheFixedList() {
            for v in ["Berlin", "Springfield", "ZÜRICH"] {
                let fake = Self.gen.fake(for: v, type: .location)
                #expect(SyntheticGenerator.places.map { $0.lowercased() }.contains(fake.lowercased()))
                #expect(fake != v)
            }
            #expect(Self.gen.fake(for: "ZÜRICH", type: .location) == Self.gen.fake(for: "ZÜRICH", type: .location).uppercased())
        }

        @Test func ipAddressesComeFromDocumentationRanges() {
            var rng = SplitMix64(seed: 5)
            for _ in 0..<300 {
                let v4 = "\(rng.below(256)).\(rng.below(256)).\(rng.below(256)).\(rng.below(256))"
                let f4 = Self.gen.fake(for: v4, type: .ipAddress)
                #expect(["192.0.2.", "198.51.100.", "203.0.113."].contains { f4.hasPrefix($0) }, "\(f4)")
                let host = Int(f4.split(separator: ".").last!)!
                #expect((1...254).contains(host))
                #expect(f4 != v4)
                let v6 = "2a00:1450:\(String(rng.below(65536), radix: 16))::\(String(rng.below(65536), radix: 16))"
                #expect(Self.gen.fake(for: v6, type: .ipAddress).hasPrefix("2001:db8:"))
            }
            #expect(Self.gen.fake(for: "10.1.2.0/24", type: .ipAddress).hasSuffix("/24"))
            let withPort = Self.gen.fake(for: "10.1.2.3:8080", type: .ipAddress)
            #expect(withPort.hasSuffix(":8080") && withPort.split(separator: ".").count == 4, "\(withPort)")
            #expect(Self.gen.fake(for: "::ffff:10.1.2.3", type: .ipAddress).hasPrefix("2001:db8:"))
        }

        @Test func urlsUseTheReservedDomain() {
            let fake = Self.gen.fake(for: "https://intranet.acme.com/x?id=7", type: .url)
            #expect(fake.hasPrefix("https://example.com/") && fake.count > "https://example.com/".count)
        }

        @Test func secretsKeepLengthAndCharacterClasses() {
            let secrets: [(String, EntityType)] = [
                ("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "github-pat"), ("AKIAZ3MPLE7QWERTY123", "aws-access-token"),
                ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY", "generic-api-key"), ("deadbeef0123456789abcdef", "generic-api-key"),
                ("xoxb-1234-5678-abcdEFGH", "slack-bot-token"),
            ]
            for (s, type) in secrets {
                let fake = Self.gen.fake(for: s, type: type)
                #expect(fake.count == s.count)
                #expect(fake != s)
                for (a, b) in zip(s, fake) {
                    if a.isNumber { #expect(b.isNumber) } else if a.isUppercase { #expect(b.isUppercase) }
                    else if a.isLowercase { #expect(b.isLowercase) } else { #expect(a == b) }
                }
            }
            let hex = Self.gen.fake(for: "deadbeef0123456789abcdef", type: "generic-api-key")
            let allHex = hex.allSatisfy(\.isHexDigit)
            #expect(allHex)
            let pem = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\n-----END RSA PRIVATE KEY-----"
            let fakePEM = Self.gen.fake(for: pem, type: "private-key").split(separator: "\n")
            #expect(fakePEM.count == 3)
            #expect(fakePEM.first == "-----BEGIN RSA PRIVATE KEY-----" && fakePEM.last == "-----END RSA PRIVATE KEY-----")
            #expect(fakePEM[1].count == 17 && fakePEM[1] != "MIIEowIBAAKCAQEA7")
        }

        @Test func otherTypesBecomeTypeTags() {
            #expect(Self.gen.fake(for: "123456789", type: .usPassport) == "[US_PASSPORT]")
            #expect(Self.gen.fake(for: "CONFIDENTIAL", type: .documentMarker) == "[DOCUMENT_MARKER]")
            #expect(Self.gen.fake(for: "[US_PASSPORT]", type: .usPassport) == "[REDACTED]")
        }

        @Test func stableForAKeyDifferentAcrossKeys() {
            let values: [(String, EntityType)] = [
                ("4111 1111 1111 1111", .creditCard), ("DE89 3704 0044 0532 0130 00", .ibanCode), ("536-22-1234", .usSSN),
                ("+44 20 7946 0018", .phoneNumber), ("anna@example.de", .emailAddress), ("Anna Schmidt", .person),
                ("10.0.0.12", .ipAddress), ("https://acme.com/", .url), ("943 476 5919", .ukNHS), ("March 3rd, 2024", .dateTime),
                ("ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789", "github-pat"),
            ]
            for (v, type) in values {
                let a = Self.gen.fake(for: v, type: type)
                #expect(SyntheticGenerator(key: F.key).fake(for: v, type: type) == a)
                #expect(Self.other.fake(for: v, type: type) != a, "\(type): \(a)")
                #expect(a != v)
            }
            // The same value in two texts gets the same fake.
            let t1 = "Card 4111 1111 1111 1111.", t2 = "Again: 4111 1111 1111 1111"
            let s1 = Self.gen.synthesize(t1, findings: [F.finding(.creditCard, "4111 1111 1111 1111", in: t1)])
            let s2 = Self.gen.synthesize(t2, findings: [F.finding(.creditCard, "4111 1111 1111 1111", in: t2)])
            #expect(s1.dropFirst(5).prefix(19) == s2.dropFirst(7).prefix(19))
        }

        @Test func synthesizedSamplesNoLongerContainTheValues() {
            for sample in F.samples {
                let findings = ScanEngine(injection: nil).scan(sample)
                let out = Self.gen.synthesize(sample, findings: findings)
                for f in findings {
                    let value = String(sample.unicodeScalars.dropFirst(f.start).prefix(f.end - f.start))
                    #expect(!out.contains(value) || value.count < 4, "\(value) in \(out)")
                }
            }
        }
    }
}
