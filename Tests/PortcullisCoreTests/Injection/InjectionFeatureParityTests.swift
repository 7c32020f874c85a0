import Foundation
import Testing

@testable import PortcullisCore

/// The Swift reader computes exactly the features the training script computed: same folding,
/// same tokens, same hashes (`training/injection/fixture.py` writes the expected integers).
@Suite("Injection features match the training script")
struct InjectionFeatureParityTests {
    struct Case: Decodable {
        var text: String
        var tokens: [String]
        var features: [[Int64]]  // per token: count, attack sum, jailbreak sum
    }

    static let cases: [Case] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/injection-features.jsonl")
        guard let data = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return data.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    @Test func fixtureIsThere() {
        #expect(Self.cases.count >= 20)
    }

    @Test(arguments: cases.indices)
    func sameTokensAndSums(_ k: Int) {
        let c = Self.cases[k]
        var text = c.text
        let t = text.withUTF8 { InjectionTokens.read($0, model: .standard) }
        #expect(t.count == c.tokens.count, "tokens of \(c.text.debugDescription): want \(c.tokens)")
        guard t.count == c.tokens.count else { return }
        for i in 0..<t.count {
            let s = t.sums(i, i + 1)
            let got: [Int64] = [Int64(s.features), s.attack, s.jailbreak]
            #expect(got == c.features[i], "token \(i) (\(c.tokens[i].debugDescription)) of \(c.text.debugDescription)")
        }
    }
}
