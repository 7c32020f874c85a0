import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct RedactorTests {
        typealias F = Fixtures

        @Test func typeTags() {
            let text = "Mail anna@example.com or call +44 20 7946 0018."
            let findings = [F.finding(.emailAddress, "anna@example.com", in: text), F.finding(.phoneNumber, "+44 20 7946 0018", in: text)]
            #expect(Redactor(style: .typeTag).redact(text, findings: findings) == "Mail [EMAIL_ADDRESS] or call [PHONE_NUMBER].")
        }

        @Test func maskKeepsTheLengthInCharacters() {
            let text = "Name: Zoë Ørsted, ok"
            let r = Redactor(style: .mask())
            #expect(r.redact(text, findings: [F.finding(.person, "Zoë Ørsted", in: text)]) == "Name: **********, ok")
        }

        @Test func maskRevealsTheTailOnlyForAllowedTypes() {
            let r = Redactor(style: .mask(keepLast: 4))
            #expect(r.replacement(for: "4111 1111 1111 1111", type: .creditCard) == "***************1111")
            #expect(r.replacement(for: "DE89370400440532013000", type: .ibanCode) == "******************3000")
            #expect(r.replacement(for: "+44 20 7946 0018", type: .phoneNumber) == "************0018")
            #expect(r.replacement(for: "536-22-1234", type: .usSSN) == "***********")
            #expect(r.replacement(for: "sk_live_abcdef", type: "stripe-access-token") == "**************")
            // Never more than half of a short value.
            #expect(r.replacement(for: "123456", type: .phoneNumber) == "***456")
        }

        @Test func hashTagsAreKeyedStableAndTruncated() {
            let a = Redactor(style: .hash, key: F.key)
            let tag = a.replacement(for: "anna@example.com", type: .emailAddress)
            #expect(tag.hasPrefix("[EMAIL_ADDRESS:") && tag.hasSuffix("]"))
            let hex = tag.dropFirst("[EMAIL_ADDRESS:".count).dropLast()
            #expect(hex.count == 8 && hex.allSatisfy { "0123456789abcdef".contains($0) })
            #expect(a.replacement(for: "anna@example.com", type: .emailAddress) == tag)
            #expect(Redactor(style: .hash, key: F.key).replacement(for: "anna@example.com", type: .emailAddress) == tag)
            #expect(Redactor(style: .hash, key: F.otherKey).replacement(for: "anna@example.com", type: .emailAddress) != tag)
            #expect(a.replacement(for: "bob@example.com", type: .emailAddress) != tag)
            #expect(Redactor(style: .hash, key: F.key, hashLength: 16).replacement(for: "anna@example.com", type: .emailAddress)
                .hasPrefix(String(tag.dropLast())))
        }

        @Test func hashOfAKnownVector() {
            // HMAC-SHA256(key "key", length-prefixed "redact" and "x"): fixed so a change of the
            // construction, which would unlink all previously redacted records, is noticed.
            let r = Redactor(style: .hash, key: TransformKey(bytes: Array("key".utf8)))
            #expect(r.replacement(for: "x", type: "T") == "[T:63f23e59]")
        }

        /// Emoji, accents and CJK around and inside the spans, with code point and UTF-8 offsets.
        @Test(arguments: [OffsetUnit.codePoints, .utf8])
        func nonASCIIOffsets(unit: OffsetUnit) {
            let text = "👩‍💻 Zoë: 東京 anna@bücher.de 🇩🇪 call 030 1234567 — Ærøskøbing 🎉"
            let findings = [F.finding(.emailAddress, "anna@bücher.de", in: text), F.finding(.phoneNumber, "030 1234567", in: text),
                            F.finding(.location, "Ærøskøbing", in: text)]
            let out = Redactor(style: .typeTag, offsets: unit).redact(text, findings: findings)
            #expect(out == "👩‍💻 Zoë: 東京 [EMAIL_ADDRESS] 🇩🇪 call [PHONE_NUMBER] — [LOCATION] 🎉")
            let masked = Redactor(style: .mask(), offsets: unit).redact(text, findings: findings)
            #expect(masked == "👩‍💻 Zoë: 東京 ************** 🇩🇪 call *********** — ********** 🎉")
        }

        @Test func scannedFindingsWithEitherOffsetsGiveTheSameText() {
            for sample in F.samples {
                let findings = ScanEngine(injection: nil).scan(sample)
                let a = Redactor(style: .typeTag, offsets: .codePoints).redact(sample, findings: findings)
                let b = Redactor(style: .typeTag, offsets: .utf8).redact(sample, findings: findings)
                #expect(a == b)
                #expect(!a.contains("Anna Schmidt") && !a.contains("4111"))
            }
        }

        @Test func overlappingUnsortedAndOutOfRangeFindingsLeaveNothingBehind() {
            let text = "ab 0123456789 cd"
            let findings = [
                Finding(type: .phoneNumber, start: 6, end: 13, score: 1, utf8Start: 6, utf8End: 13),
                Finding(type: .usSSN, start: 3, end: 8, score: 1, utf8Start: 3, utf8End: 8),
                Finding(type: .url, start: 15, end: 99, score: 1, utf8Start: 15, utf8End: 99),
            ]
            // The overlapping pair merges into one span with the earlier finding's type.
            #expect(Redactor(style: .typeTag).redact(text, findings: findings) == "ab [US_SSN] c[URL]")
        }

        @Test func utf8OffsetsInsideACharacterAreWidened() {
            let text = "x ü y"  // ü is two bytes: 2..<4
            let f = Finding(type: .person, start: 0, end: 0, score: 1, utf8Start: 3, utf8End: 4)
            #expect(Redactor(style: .typeTag, offsets: .utf8).redact(text, findings: [f]) == "x [PERSON] y")
        }

        @Test func noFindingsNoChange() {
            let text = "nothing here 🎉"
            #expect(Redactor().redact(text, findings: []) == text)
        }
    }
}
