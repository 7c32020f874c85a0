import Testing
@testable import PortcullisCore

/// An external recognizer stands in for the gazetteer-based PERSON/LOCATION detector.
@Suite struct EntityRecognizerTests {
    /// Reports every occurrence of fixed words, as a NER service would report names.
    struct FixedRecognizer: EntityRecognizer {
        let words: [String: EntityType]
        var entityTypes: [EntityType] { [.person, .location] }
        func recognize(_ text: String) async throws -> [RecognizedEntity] {
            let scalars = Array(text.unicodeScalars)
            var out: [RecognizedEntity] = []
            for (word, type) in words {
                let w = Array(word.unicodeScalars)
                var i = 0
                while i + w.count <= scalars.count {
                    if Array(scalars[i..<i + w.count]) == w { out.append(RecognizedEntity(type: type, start: i, end: i + w.count, score: 0.9)) }
                    i += 1
                }
            }
            return out
        }
    }

    struct FailingRecognizer: EntityRecognizer {
        struct Down: Error {}
        var entityTypes: [EntityType] { [.person] }
        func recognize(_ text: String) async throws -> [RecognizedEntity] { throw Down() }
    }

    @Test func externalEntitiesMergeWithBuiltInFindingsAtCodePointOffsets() async throws {
        let text = "👩‍💻 Ngozi wrote from Lagos: mail ngozi@example.com"
        let findings = try await ScanEngine().scan(text, recognizer: FixedRecognizer(words: ["Ngozi": .person, "Lagos": .location]))
        let scalars = Array(text.unicodeScalars)
        let got = findings.map { ($0.type, String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))) }
        #expect(got.map(\.0) == [.person, .location, .emailAddress])
        #expect(got.map(\.1) == ["Ngozi", "Lagos", "ngozi@example.com"])
        // Byte offsets agree with the code point offsets.
        let utf8 = Array(text.utf8)
        #expect(findings.allSatisfy { String(decoding: utf8[$0.utf8Start..<$0.utf8End], as: UTF8.self) == String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) })
    }

    @Test func replacingBuiltInDropsTheGazetteerDetector() async throws {
        // The built-in detector would report "Anna Schmidt"; the recognizer knows nobody.
        let findings = try await ScanEngine().scan("Dear Anna Schmidt,", recognizer: FixedRecognizer(words: [:]))
        #expect(findings.isEmpty)
        let both = try await ScanEngine().scan("Dear Anna Schmidt,", recognizer: FixedRecognizer(words: [:]), replacingBuiltIn: false)
        #expect(both.map(\.type) == [.person])
    }

    @Test func invalidSpansAreDroppedAndErrorsReachTheCaller() async throws {
        struct Bad: EntityRecognizer {
            var entityTypes: [EntityType] { [.person] }
            func recognize(_ text: String) async throws -> [RecognizedEntity] {
                [RecognizedEntity(type: .person, start: 3, end: 2, score: 1), RecognizedEntity(type: .person, start: 0, end: 999, score: 1)]
            }
        }
        #expect(try await ScanEngine().scan("short", recognizer: Bad()).isEmpty)
        await #expect(throws: FailingRecognizer.Down.self) { try await ScanEngine().scan("x", recognizer: FailingRecognizer()) }
    }
}
