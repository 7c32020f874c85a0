import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct TextTransformerTests {
        typealias F = Fixtures

        @Test func perTypeActionsWithADefault() {
            let text = "Anna Schmidt (anna@example.de, 4111 1111 1111 1111) lives in Berlin; SSN 536-22-1234."
            let findings = [
                F.finding(.person, "Anna Schmidt", in: text), F.finding(.emailAddress, "anna@example.de", in: text),
                F.finding(.creditCard, "4111 1111 1111 1111", in: text), F.finding(.location, "Berlin", in: text),
                F.finding(.usSSN, "536-22-1234", in: text),
            ]
            let t = TextTransformer(actions: [
                .person: .pseudonymize, .emailAddress: .pseudonymize, .creditCard: .redact(.mask(keepLast: 4)),
                .location: .keep, .usSSN: .synthesize,
            ], defaultAction: .redact(.typeTag), key: F.key)
            let result = t.apply(text, findings: findings)
            let ssn = SyntheticGenerator(key: F.key).fake(for: "536-22-1234", type: .usSSN)
            #expect(result.text == "<PERSON_1> (<EMAIL_ADDRESS_1>, ***************1111) lives in Berlin; SSN \(ssn).")
            #expect(result.vault.values == ["<PERSON_1>": "Anna Schmidt", "<EMAIL_ADDRESS_1>": "anna@example.de"])
            #expect(t.action(for: .ipAddress) == .redact(.typeTag))
        }

        @Test func hashStyleUsesTheTransformerKey() {
            let text = "mail anna@example.de"
            let f = [F.finding(.emailAddress, "anna@example.de", in: text)]
            let a = TextTransformer(defaultAction: .redact(.hash), key: F.key).apply(text, findings: f).text
            let b = TextTransformer(defaultAction: .redact(.hash), key: F.otherKey).apply(text, findings: f).text
            #expect(a == "mail " + Redactor(style: .hash, key: F.key).replacement(for: "anna@example.de", type: .emailAddress))
            #expect(a != b)
        }

        @Test func messagesShareAVaultAndAnswersRestore() {
            let t = TextTransformer(defaultAction: .pseudonymize, key: F.key)
            var vault = PseudonymVault()
            let engine = ScanEngine(injection: nil)
            let out = F.samples.map { t.apply($0, findings: engine.scan($0), vault: &vault) }
            for (o, s) in zip(out, F.samples) { #expect(vault.restore(o) == s) }
            // A streamed answer that quotes the pseudonymised texts restores to the originals.
            var r = StreamingRestorer(vault: vault)
            let answer = out.joined(separator: "\n")
            var restored = ""
            var rng = SplitMix64(seed: 9)
            var rest = Substring(answer)
            while !rest.isEmpty {
                let n = 1 + rng.below(7)
                restored += r.feed(String(rest.prefix(n)))
                rest = rest.dropFirst(n)
            }
            restored += r.finish()
            #expect(restored == F.samples.joined(separator: "\n"))
        }

        @Test func keepEverythingLeavesTheTextUnchanged() {
            let t = TextTransformer(defaultAction: .keep, key: F.key)
            for s in F.samples {
                let result = t.apply(s, findings: ScanEngine(injection: nil).scan(s))
                #expect(result.text == s)
                #expect(result.vault.isEmpty)
            }
        }
    }
}
