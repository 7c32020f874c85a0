import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct StreamingRestorerTests {
        static func vault() -> PseudonymVault {
            var v = PseudonymVault()
            _ = v.assign("Anna Schmidt", type: .person)
            _ = v.assign("Jürgen Groß", type: .person)
            _ = v.assign("léa@bücher.de", type: .emailAddress)
            _ = v.assign("DE89 3704 0044 0532 0130 00", type: .ibanCode)
            _ = v.assign("ghp_secret", type: "github-pat")
            for k in 3...11 { _ = v.assign("Person \(k)", type: .person) }  // <PERSON_10>, <PERSON_11>: prefixes of each other's starts
            return v
        }

        static let pieces = [
            "<PERSON_1>", "<PERSON_2>", "<PERSON_10>", "<PERSON_11>", "<EMAIL_ADDRESS_1>", "<IBAN_CODE_1>", "<github-pat_1>",
            "<PERSON_99>", "<PERSON_1", "<PERS", "<", ">", "<<", "<PERSON_", "<EMAIL_ADDRESS_1", "PERSON_1>", "<person_1>",
            "hello", " ", "\n", "Zürich", "東京", "👩‍💻", "🇩🇪", "e\u{301}", "—", "<>", "a<b", "x>y", "<LOCATION_1>",
        ]

        static func text(_ rng: inout SplitMix64) -> String {
            (0..<rng.below(30)).map { _ in rng.pick(pieces) }.joined()
        }

        @Test func restoresAcrossChunkBoundaries() {
            var r = StreamingRestorer(vault: Self.vault())
            var out = ""
            for chunk in ["Hi <PER", "SON_1>, ", "mail <EMAIL_", "ADDRESS_1", ">!", " <PERSON_1"] { out += r.feed(chunk) }
            #expect(out == "Hi Anna Schmidt, mail léa@bücher.de! ")
            #expect(r.heldBackCount == "<PERSON_1".utf8.count)  // could still become <PERSON_10>
            out += r.finish()
            #expect(out == "Hi Anna Schmidt, mail léa@bücher.de! <PERSON_1")
        }

        @Test func emitsEverythingThatCannotStartAPlaceholder() {
            var r = StreamingRestorer(vault: Self.vault())
            #expect(r.feed("a < b and <PERSON_99") == "a < b and <PERSON_99")
            #expect(r.feed("<LOC") == "<LOC")
            #expect(r.feed("<PERSON_1>") == "Anna Schmidt")
            #expect(r.feed("<PERSON_11") == "")
            #expect(r.feed(">") == "Person 11")
            #expect(r.heldBackCount == 0)
            #expect(r.finish() == "")
        }

        @Test func emptyVaultPassesEverythingThrough() {
            var r = StreamingRestorer(vault: PseudonymVault())
            #expect(r.feed("<PERSON_1") == "<PERSON_1")
            #expect(r.finish() == "")
        }

        /// For random answers and random splits into chunks of 1–7 bytes (also inside placeholders
        /// and inside multi-byte characters), the concatenated output is the whole answer restored.
        @Test func byteChunksConcatenateToTheWholeRestoration() {
            let vault = Self.vault()
            var rng = SplitMix64(seed: 0x5EED_0001)
            for _ in 0..<1000 {
                let text = Self.text(&rng)
                let bytes = Array(text.utf8)
                var r = StreamingRestorer(vault: vault)
                var out: [UInt8] = []
                var i = 0
                var maxHeld = 0
                while i < bytes.count {
                    let n = min(1 + rng.below(7), bytes.count - i)
                    out += r.feed(bytes: bytes[i..<(i + n)])
                    maxHeld = max(maxHeld, r.heldBackCount)
                    i += n
                }
                out += r.finishBytes()
                #expect(String(decoding: out, as: UTF8.self) == vault.restore(text), "\(text)")
                #expect(maxHeld < "<EMAIL_ADDRESS_1>".utf8.count, "held back more than a placeholder prefix")
            }
        }

        /// The same with `String` chunks of 1–7 characters.
        @Test func stringChunksConcatenateToTheWholeRestoration() {
            let vault = Self.vault()
            var rng = SplitMix64(seed: 0x5EED_0002)
            for _ in 0..<1000 {
                let text = Self.text(&rng)
                let chars = Array(text)
                var r = StreamingRestorer(vault: vault)
                var out = ""
                var i = 0
                while i < chars.count {
                    let n = min(1 + rng.below(7), chars.count - i)
                    out += r.feed(String(chars[i..<(i + n)]))
                    i += n
                }
                out += r.finish()
                #expect(out == vault.restore(text), "\(text)")
            }
        }

        /// Restoration is eager: once a chunk ends outside any possible placeholder prefix, everything
        /// fed so far has been emitted.
        @Test func nothingIsHeldWithoutAnOpenPlaceholderPrefix() {
            let vault = Self.vault()
            var rng = SplitMix64(seed: 0x5EED_0003)
            for _ in 0..<500 {
                let text = Self.text(&rng) + " end"
                var r = StreamingRestorer(vault: vault)
                _ = r.feed(text)
                #expect(r.heldBackCount == 0)
            }
        }
    }
}
