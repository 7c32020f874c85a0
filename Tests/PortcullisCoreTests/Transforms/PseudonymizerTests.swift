import Foundation
import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct PseudonymizerTests {
        typealias F = Fixtures

        @Test func numbersPerTypeAndTheSameValueKeepsItsPlaceholder() {
            let text = "Anna Schmidt wrote to bob@example.com; Tom Baker and Anna Schmidt replied from tom@example.com."
            let findings = F.all(.person, "Anna Schmidt", in: text) + [
                F.finding(.emailAddress, "bob@example.com", in: text),
                F.finding(.person, "Tom Baker", in: text), F.finding(.emailAddress, "tom@example.com", in: text),
            ]
            var vault = PseudonymVault()
            let out = Pseudonymizer().pseudonymize(text, findings: findings, vault: &vault)
            #expect(out == "<PERSON_1> wrote to <EMAIL_ADDRESS_1>; <PERSON_2> and <PERSON_1> replied from <EMAIL_ADDRESS_2>.")
            #expect(vault.count == 4)
            #expect(vault.value(for: "<PERSON_2>") == "Tom Baker")
            #expect(vault.placeholder(for: "tom@example.com", type: .emailAddress) == "<EMAIL_ADDRESS_2>")
            #expect(vault.restore(out) == text)
        }

        @Test func oneVaultAcrossTheMessagesOfARequest() {
            let m1 = "I am Anna Schmidt.", m2 = "Remind Anna Schmidt and Tom Baker."
            var vault = PseudonymVault()
            let out = Pseudonymizer().pseudonymize([
                (text: m1, findings: [F.finding(.person, "Anna Schmidt", in: m1)]),
                (text: m2, findings: [F.finding(.person, "Anna Schmidt", in: m2), F.finding(.person, "Tom Baker", in: m2)]),
            ], vault: &vault)
            #expect(out == ["I am <PERSON_1>.", "Remind <PERSON_1> and <PERSON_2>."])
            #expect(vault.restore("Hello <PERSON_1>, <PERSON_2> says hi") == "Hello Anna Schmidt, Tom Baker says hi")
        }

        @Test func theSameValueAsAnotherTypeIsAnotherPlaceholder() {
            var vault = PseudonymVault()
            #expect(vault.assign("Jordan", type: .person) == "<PERSON_1>")
            #expect(vault.assign("Jordan", type: .location) == "<LOCATION_1>")
            #expect(vault.assign("Jordan", type: .person) == "<PERSON_1>")
            #expect(vault.assign("ghp_x", type: "github-pat") == "<github-pat_1>")
        }

        @Test func unknownAndMalformedPlaceholdersAreLeftAlone() {
            var vault = PseudonymVault()
            _ = vault.assign("Anna", type: .person)
            _ = vault.assign("a@b.c", type: .emailAddress)
            let answer = "<PERSON_99> <PERSON_1 <PERSON_01> <person_1> <<PERSON_1>> <PERSON_1><EMAIL_ADDRESS_1>> <LOCATION_1> <>"
            #expect(vault.restore(answer) == "<PERSON_99> <PERSON_1 <PERSON_01> <person_1> <Anna> Annaa@b.c> <LOCATION_1> <>")
            #expect(PseudonymVault().restore(answer) == answer)
        }

        @Test func placeholderLikeTextInTheInputIsNotHandedOut() {
            // The user's literal "<PERSON_1>" stays; the real person gets the next free number; an
            // answer that repeats the literal restores to the literal.
            let text = "Replace <PERSON_1> with Anna Schmidt, cc <PERSON_3>."
            var vault = PseudonymVault()
            let out = Pseudonymizer().pseudonymize(text, findings: [F.finding(.person, "Anna Schmidt", in: text)], vault: &vault)
            #expect(out == "Replace <PERSON_1> with <PERSON_2>, cc <PERSON_3>.")
            #expect(vault.restore(out) == text)
            #expect(vault.value(for: "<PERSON_1>") == nil)
            // Numbering continues past the reserved <PERSON_3>.
            #expect(vault.assign("Tom", type: .person) == "<PERSON_4>")
        }

        @Test func aLaterLiteralThatIsAlreadyAPlaceholderGetsAPlaceholderOfItsOwn() {
            // Message 1 gave <PERSON_1> to Anna; message 2 (pseudonymised later, not reserved in
            // advance) literally contains "<PERSON_1>". Restoring must give back the literal, not Anna.
            var vault = PseudonymVault()
            let m1 = "I am Anna."
            let p1 = Pseudonymizer().pseudonymize(m1, findings: [F.finding(.person, "Anna", in: m1)], vault: &vault)
            #expect(p1 == "I am <PERSON_1>.")
            let m2 = "What does <PERSON_1> mean?"
            let p2 = Pseudonymizer().pseudonymize(m2, findings: [], vault: &vault)
            #expect(p2 == "What does <PERSON_2> mean?")
            #expect(vault.restore(p1) == m1)
            #expect(vault.restore(p2) == m2)
        }

        @Test func roundTripOfScannedSamples() {
            let engine = ScanEngine(injection: nil)
            var vault = PseudonymVault()
            let messages = F.samples.map { ($0, engine.scan($0)) }
            let out = Pseudonymizer().pseudonymize(messages.map { (text: $0.0, findings: $0.1) }, vault: &vault)
            for (original, pseudonymised) in zip(F.samples, out) {
                #expect(vault.restore(pseudonymised) == original)
                for f in engine.scan(original) where f.type == .person || f.type == .emailAddress || f.type == .ibanCode {
                    let value = String(original.unicodeScalars.dropFirst(f.start).prefix(f.end - f.start))
                    #expect(!pseudonymised.contains(value), "\(value) left in \(pseudonymised)")
                }
            }
            // "Anna Schmidt" occurs in three messages and has one placeholder.
            let anna = vault.placeholder(for: "Anna Schmidt", type: .person)
            #expect(anna != nil)
            #expect(out.filter { $0.contains(anna ?? "-") }.count == 3)
            // The literal placeholders of the last sample were reserved before numbering began.
            #expect(anna != "<PERSON_1>")
            #expect(vault.value(for: "<EMAIL_ADDRESS_1>") == nil)
        }

        @Test func scanningConvenience() {
            var vault = PseudonymVault()
            let out = Pseudonymizer().pseudonymize("Mail anna@example.com now", engine: ScanEngine(injection: nil), vault: &vault)
            #expect(out == "Mail <EMAIL_ADDRESS_1> now")
            #expect(vault.values == ["<EMAIL_ADDRESS_1>": "anna@example.com"])
        }

        /// Random texts (the scanner's offset-property generator: accents, CJK, emoji, entities) with
        /// placeholder-shaped literals mixed in, pseudonymised as messages one by one into one vault:
        /// every message restores exactly, and every found occurrence of a value is replaced.
        @Test func randomTextsRoundTrip() {
            var rng = SplitMix64(seed: 0x7A5F)
            let engine = ScanEngine(injection: nil)
            let literals = ["<PERSON_1>", "<EMAIL_ADDRESS_1>", "<IBAN_CODE_2>", "<PERSON_", "<CREDIT_CARD_1>", "<URL_1>"]
            for _ in 0..<60 {
                var vault = PseudonymVault()
                for _ in 0..<(1 + rng.below(4)) {
                    var text = OffsetPropertyTests.text(&rng)
                    if rng.below(2) == 0 { text += " " + rng.pick(literals) + " " + OffsetPropertyTests.text(&rng) }
                    let findings = engine.scan(text)
                    let out = Pseudonymizer(offsets: rng.below(2) == 0 ? .utf8 : .codePoints)
                        .pseudonymize(text, findings: findings, vault: &vault)
                    #expect(vault.restore(out) == text, "\(text)")
                    // A value may also occur where the scanner did not find it; every found occurrence is gone.
                    let values = findings.map { String(text.unicodeScalars.dropFirst($0.start).prefix($0.end - $0.start)) }
                    for value in Set(values) where value.count >= 6 {
                        let found = values.filter { $0 == value }.count
                        #expect(out.ranges(of: value).count <= text.ranges(of: value).count - found, "\(value) left in \(out)")
                    }
                }
            }
        }

        @Test func codePointAndUTF8OffsetsGiveTheSamePseudonyms() {
            for sample in F.samples {
                let findings = ScanEngine(injection: nil).scan(sample)
                var v1 = PseudonymVault(), v2 = PseudonymVault()
                let a = Pseudonymizer(offsets: .codePoints).pseudonymize(sample, findings: findings, vault: &v1)
                let b = Pseudonymizer(offsets: .utf8).pseudonymize(sample, findings: findings, vault: &v2)
                #expect(a == b)
                #expect(v1 == v2)
            }
        }

        @Test func typeNamesAPlaceholderCannotHoldAreSanitised() {
            var vault = PseudonymVault()
            let p = vault.assign("x", type: "MY TYPE<>")
            #expect(p == "<MY_TYPE___1>")
            #expect(vault.restore("a \(p) b") == "a x b")
        }

        @Test func vaultIsCodable() throws {
            var vault = PseudonymVault()
            _ = vault.assign("Anna", type: .person)
            vault.reserveLiterals(in: "<PERSON_2>")
            let data = try JSONEncoder().encode(vault)
            let back = try JSONDecoder().decode(PseudonymVault.self, from: data)
            #expect(back == vault)
            var copy = back
            #expect(copy.assign("Tom", type: .person) == "<PERSON_3>")
        }
    }
}
