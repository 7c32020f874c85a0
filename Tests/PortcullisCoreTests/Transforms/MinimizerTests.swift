import Foundation
import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct MinimizerTests {
        static func message(_ role: String, _ text: String) -> JSONValue {
            .object(["role": .string(role), "content": .string(text)])
        }

        static let body: JSONValue = .object([
            "model": .string("gpt-4o"),
            "user": .string("anna@example.de"),
            "metadata": .object(["user_email": .string("anna@example.de"), "team": .string("legal")]),
            "messages": .array([
                message("system", "You are terse."), message("developer", "Answer in English."),
                message("user", "one"), message("assistant", "two"), message("user", "three"), message("system", "late system"),
                message("user", "four"),
            ]),
        ])

        static func texts(_ v: JSONValue) -> [String] {
            v["messages"]?.arrayValue?.compactMap { $0["content"]?.stringValue } ?? []
        }

        @Test func stripsDottedPaths() {
            let out = Minimizer(strippedFields: ["user", "metadata.user_email", "nothing.here", "model.deeper"]).minimize(Self.body)
            #expect(out["user"] == nil)
            #expect(out["metadata"] == .object(["team": .string("legal")]))
            #expect(out["model"] == .string("gpt-4o"))
            #expect(Self.texts(out).count == 7)
        }

        @Test func stripsAcrossArrays() {
            let body: JSONValue = .object(["messages": .array([
                .object(["role": .string("user"), "name": .string("anna"), "content": .string("hi")]),
                .object(["role": .string("user"), "content": .string("yo")]),
            ])])
            let out = Minimizer(strippedFields: ["messages.name"]).minimize(body)
            #expect(out["messages"]?.arrayValue?.allSatisfy { $0["name"] == nil } == true)
            #expect(Self.texts(out) == ["hi", "yo"])
        }

        @Test func keepsLeadingSystemMessagesAndTheLastN() {
            #expect(Self.texts(Minimizer(keepLastMessages: 2).minimize(Self.body))
                == ["You are terse.", "Answer in English.", "late system", "four"])
            #expect(Self.texts(Minimizer(keepLastMessages: 0).minimize(Self.body)) == ["You are terse.", "Answer in English."])
            #expect(Self.texts(Minimizer(keepLastMessages: 100).minimize(Self.body)).count == 7)
        }

        @Test func capsMessageTextAtAScalarBoundary() {
            let body: JSONValue = .object(["messages": .array([
                Self.message("user", "aé東👩‍💻z"),  // bytes: a 1, é 2, 東 3, 👩 4, ZWJ 3, 💻 4, z 1
                .object(["role": .string("user"), "content": .array([
                    .object(["type": .string("text"), "text": .string("hello")]),
                    .object(["type": .string("image_url"), "image_url": .object(["url": .string("https://x")])]),
                    .object(["type": .string("text"), "text": .string("world")]),
                ])]),
            ])])
            for (cap, expected) in [(0, ""), (1, "a"), (2, "a"), (3, "aé"), (5, "aé"), (6, "aé東"), (9, "aé東"), (10, "aé東👩"),
                                    (13, "aé東👩\u{200D}"), (17, "aé東👩‍💻"), (100, "aé東👩‍💻z")] {
                let out = Minimizer(maxMessageBytes: cap).minimize(body)
                #expect(out["messages"]?.arrayValue?[0]["content"]?.stringValue == expected, "cap \(cap)")
            }
            let parts = Minimizer(maxMessageBytes: 7).minimize(body)["messages"]?.arrayValue?[1]["content"]?.arrayValue
            #expect(parts?[0]["text"] == .string("hello"))
            #expect(parts?[1]["image_url"] != nil)
            #expect(parts?[2]["text"] == .string("wo"))
        }

        @Test func bodiesWithoutMessagesAreOnlyStripped() {
            let body: JSONValue = .object(["input": .string("x"), "user": .string("u")])
            #expect(Minimizer(strippedFields: ["user"], keepLastMessages: 1, maxMessageBytes: 1).minimize(body)
                == .object(["input": .string("x")]))
            #expect(Minimizer(keepLastMessages: 1).minimize(.array([.null])) == .array([.null]))
        }

        @Test func jsonValueRoundTripsThroughJSON() throws {
            let json = #"{"a":[1,2.5,true,null,"x",{"b":9007199254740993}],"c":{}}"#
            let v = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
            #expect(v["a"]?.arrayValue == [.integer(1), .number(2.5), .bool(true), .null, .string("x"),
                                          .object(["b": .integer(9_007_199_254_740_993)])])
            #expect(v["c"] == .object([:]))
            let again = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(v))
            #expect(again == v)
        }
    }
}
