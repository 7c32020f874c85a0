import Testing
@testable import PortcullisCore

extension LabelsTests {
    @Suite("Labels: TermAutomaton")
    struct TermAutomatonTests {
        /// Matches as (term text, code point start, code point end).
        func found(_ terms: [String], in text: String) -> [(String, Int, Int)] {
            let a = TermAutomaton(terms: terms)
            let bytes = Array(text.utf8)
            return a.matches(in: text).map { m in
                let s = String(decoding: bytes[0..<m.start], as: UTF8.self).unicodeScalars.count
                let e = String(decoding: bytes[0..<m.end], as: UTF8.self).unicodeScalars.count
                return (terms[m.term], s, e)
            }
        }

        @Test func caseInsensitiveOnWordBoundaries() {
            let r = found(["falcon"], in: "Project FALCON and falconry and Falcon.")
            #expect(r.map(\.1) == [8, 32])
            #expect(r.map(\.2) == [14, 38])
        }

        @Test func overlappingTermsEndingAtDifferentPlaces() {
            let r = found(["New York", "York Times", "Times"], in: "the New York Times today")
            #expect(r.map(\.0) == ["New York", "York Times"])
            #expect(r.map(\.1) == [4, 8])
        }

        @Test func longestTermAtAnEndIsOfferedFirst() {
            let r = found(["Falcon", "Project Falcon"], in: "see Project Falcon")
            #expect(r.map(\.0) == ["Project Falcon"])
            #expect(r.first?.1 == 4)
        }

        @Test func shorterTermOfferedWhenLongerIsRejected() {
            let a = TermAutomaton(terms: ["Falcon", "Project Falcon"])
            var got: [Int] = []
            var text = "Project Falcon"
            text.withUTF8 { buf in
                a.forEachMatch(in: buf) { m in
                    got.append(m.term)
                    return m.term == 0
                }
            }
            #expect(got == [1, 0])
        }

        @Test func whiteSpaceRunsMatchOneSpace() {
            let r = found(["blue harbour"], in: "Re: Blue\n   Harbour\tstatus")
            #expect(r.count == 1)
            #expect(r.first?.1 == 4)
            #expect(r.first?.2 == 19)
        }

        @Test func nonASCIITermsWithExactCodePointOffsets() {
            let r = found(["Zürich Öl", "Ωμέγα", "Москва"], in: "😀 ZÜRICH öl, ΩΜΈΓΑ? москва!")
            #expect(r.map(\.0) == ["Zürich Öl", "Ωμέγα", "Москва"])
            #expect(r.first?.1 == 2)
            #expect(r.first?.2 == 11)
            #expect(r.last?.1 == 20)
            #expect(r.last?.2 == 26)
        }

        @Test func nonASCIILettersAreWordCharacters() {
            #expect(found(["cafe"], in: "cafeé").isEmpty)
            #expect(found(["café"], in: "un CAFÉ noir").map(\.1) == [3])
        }

        @Test func cjkTermsNeedNoSpaces() {
            #expect(found(["東京"], in: "私は東京に").map(\.1) == [2])
        }

        @Test func punctuationEdgesNeedNoBoundary() {
            #expect(found(["c++"], in: "we use C++17").map(\.1) == [7])
            #expect(found(["acme"], in: "acme_prod acme-eu").map(\.1) == [0, 10])
        }

        @Test func duplicateTermsShareTheFirstIndex() {
            let a = TermAutomaton(terms: ["Falcon", "FALCON", "  ", "Osprey"])
            #expect(a.canonicalIndex == [0, 0, -1, 3])
        }

        @Test func thousandsOfTermsInOnePass() {
            let terms = (0..<5000).map { "codename\($0)" }
            let a = TermAutomaton(terms: terms)
            let text = String(repeating: "nothing here ", count: 100) + "see CodeName4321 and codename12 end"
            let m = a.matches(in: text)
            #expect(m.map(\.term) == [4321, 12])
        }

        @Test func pathologicalInputStaysBounded() {
            let terms = (1...40).map { String(repeating: "a", count: $0) }
            let a = TermAutomaton(terms: terms)
            let text = String(repeating: "a ", count: 10_000)
            #expect(a.matches(in: text).count == 10_000)
        }
    }
}
