import Testing
@testable import PortcullisCore

/// Properties of finding offsets on random texts: random Unicode pieces (ASCII words, accented
/// Latin, CJK, emoji with ZWJ, skin tones and flags, combining marks) with known entities embedded.
@Suite struct OffsetPropertyTests {
    static let pieces = [
        "the", "report", "Zürich", "café", "naïve", "Ærøskøbing", "Łódź", "東京", "会議", "Привет", "Καλημέρα", "👩‍💻", "👍🏽",
        "🇩🇪", "🇫🇷", "e\u{301}", "—", "…", "🎉", ",", ".", ":", "(", ")", "\n", "\t", "ok", "Dear", "at", "on",
    ]

    static func iban(_ rng: inout SplitMix64) -> String {
        let bban = rng.digits(18)
        var rem = 0
        for c in (bban + "DE00").utf8 {
            rem = c >= 0x41 ? (rem * 100 + Int(c - 0x41 + 10)) % 97 : (rem * 10 + Int(c - 0x30)) % 97
        }
        let check = 98 - rem
        return "DE" + (check < 10 ? "0" : "") + "\(check)" + bban
    }

    static func card(_ rng: inout SplitMix64) -> String {
        var d = [4] + (0..<14).map { _ in rng.below(10) }
        let payload = d.map(UInt8.init)
        d.append(Int(Luhn.checkDigit(for: payload)))
        return d.map(String.init).joined()
    }

    static func entity(_ rng: inout SplitMix64) -> String {
        switch rng.below(8) {
        case 0: return "\(rng.pick(["anna", "jürgen", "léa", "x"])).\(rng.digits(2))@\(rng.pick(["example.com", "bücher.de"]))"
        case 1: return iban(&rng)
        case 2: return card(&rng)
        case 3: return "\(1 + rng.below(254)).\(rng.below(256)).\(rng.below(256)).\(1 + rng.below(254))"
        case 4: return "https://example.com/\(rng.pick(["a", "straße", "x?y=1"]))"
        case 5: return "+44 20 7946 0\(rng.digits(3))"
        case 6: return "March \(1 + rng.below(28)), 20\(10 + rng.below(15))"
        default: return "SSN 536-22-\(1000 + rng.below(8999))"
        }
    }

    static func text(_ rng: inout SplitMix64) -> String {
        var s = ""
        for _ in 0..<(5 + rng.below(40)) {
            s += rng.below(4) == 0 ? entity(&rng) : rng.pick(pieces)
            s += rng.pick([" ", " ", " ", "", "\n", ", "])
        }
        return s
    }

    @Test func codePointAndUTF8OffsetsCutTheSameText() {
        var rng = SplitMix64(seed: 42)
        let engine = ScanEngine(injection: nil)  // injection spans are windows: a prefix moves them
        var seen = 0
        for _ in 0..<300 {
            let text = Self.text(&rng)
            let scalars = Array(text.unicodeScalars)
            let utf8 = Array(text.utf8)
            var previousEnd = 0
            for f in engine.scan(text) {
                seen += 1
                #expect(0 <= f.start && f.start < f.end && f.end <= scalars.count)
                #expect(f.start >= previousEnd, "findings sorted and non-overlapping")
                previousEnd = f.end
                var byScalars = String.UnicodeScalarView()
                byScalars.append(contentsOf: scalars[f.start..<f.end])
                let byBytes = String(decoding: utf8[f.utf8Start..<f.utf8End], as: UTF8.self)
                #expect(String(byScalars) == byBytes, "\(f) in \(text.debugDescription)")
            }
        }
        #expect(seen > 300, "the generated texts should hold many findings")
    }

    @Test func insertingScalarsInFrontShiftsOffsetsByTheirCount() {
        var rng = SplitMix64(seed: 7)
        let engine = ScanEngine(injection: nil)  // injection spans are windows: a prefix moves them
        // Each prefix ends in a space so it cannot join the first token; widths 1–4 bytes and
        // multi-scalar graphemes.
        let prefixes = ["x ", "é ", "€ ", "😀 ", "👩‍💻 ", "👍🏽 ", "🇩🇪 ", "e\u{301} ", "東京 ", "\u{3000}"]
        for _ in 0..<150 {
            // A fixed first line: detectors legitimately read the first line (a CSV header) and
            // the start of a line (chat speakers), so the prefix must not change either.
            let text = "Notes\n" + Self.text(&rng)
            let base = engine.scan(text)
            for p in prefixes {
                let k = p.unicodeScalars.count
                let shifted = engine.scan(p + text)
                #expect(shifted.map(\.type) == base.map(\.type), "\(p.debugDescription) + \(text.debugDescription)")
                guard shifted.count == base.count else { continue }
                for (a, b) in zip(base, shifted) {
                    #expect(b.start == a.start + k && b.end == a.end + k)
                    #expect(b.utf8Start == a.utf8Start + p.utf8.count && b.utf8End == a.utf8End + p.utf8.count)
                }
            }
        }
    }

    @Test func embeddedEntitiesAreFoundAtTheirCodePointOffsets() {
        var rng = SplitMix64(seed: 99)
        let engine = ScanEngine(detectors: [EmailDetector(), IBANDetector(), CreditCardDetector()], injection: nil)
        for _ in 0..<200 {
            let before = (0..<(1 + rng.below(6))).map { _ in rng.pick(Self.pieces) }.joined(separator: " ") + " "
            let value: String
            let type: EntityType
            switch rng.below(3) {
            case 0: value = "anna.\(rng.digits(3))@example.com"; type = .emailAddress
            case 1: value = Self.iban(&rng); type = .ibanCode
            default: value = Self.card(&rng); type = .creditCard
            }
            let text = before + value + " " + rng.pick(Self.pieces)
            let k = before.unicodeScalars.count
            let found = engine.scan(text).filter { $0.type == type }
            #expect(found.map { [$0.start, $0.end] } == [[k, k + value.unicodeScalars.count]], "\(text.debugDescription)")
        }
    }
}
