import Foundation
import PortcullisCore
import Testing

@Suite("JSON from and to bytes")
struct JSONValueBytesTests {
    @Test func parsesWhatFoundationParses() throws {
        let docs = [
            #"{"model":"gpt-4o","messages":[{"role":"user","content":"Hi \"there\"\n\t\\ é 日本 👋🏽"}],"n":1,"t":0.25,"x":null,"s":true,"f":false}"#,
            #"[1,-2,3.5,2E-2,12345678901234567,[],{},"\u00e9\u65e5\ud83d\udc4b"]"#,
            "  \n\t{\"a\" : [ 1 , 2 ] }  ",
            #""just a string""#, "42", "null",
        ]
        // Numbers keep their kind as written: a fraction or an exponent makes a double.
        #expect(try JSONValue.parse("[1e3,-0.0,7]") == .array([.number(1000), .number(-0.0), .integer(7)]))
        for d in docs {
            let ours = try JSONValue.parse(d)
            let theirs = try JSONDecoder().decode(JSONValue.self, from: Data(d.utf8))
            #expect(ours == theirs, "\(d)")
            // And back: our bytes read the same, by us and by Foundation.
            let again = ours.compactBytes
            #expect(try JSONValue.parse(again) == ours)
            #expect(try JSONDecoder().decode(JSONValue.self, from: Data(again)) == ours)
        }
    }

    @Test func refusesWhatIsNotJSON() {
        let bad: [[UInt8]] = [
            Array(#"{"a":"#.utf8), Array(#"{"a" 1}"#.utf8), Array(#"[1,]"#.utf8), Array(#"{"a":1,}"#.utf8),
            Array("[01]".utf8), Array("[1.]".utf8), Array("[-]".utf8), Array("tru".utf8), Array("[1] x".utf8),
            Array("\"a\u{01}\"".utf8), Array(#""\x""#.utf8), Array(#""\ud800""#.utf8), Array(#""\udc00x""#.utf8),
            [0x22, 0xFF, 0xFE, 0x22], [0x22, 0xC3, 0x22], [0x7B, 0xFF, 0x7D], [], Array("{'a':1}".utf8),
        ]
        for b in bad {
            #expect(throws: JSONValue.ParseError.self, "\(b)") { try JSONValue.parse(b) }
        }
    }

    @Test func nestingIsBounded() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(deep) }
        let ok = String(repeating: "[", count: 32) + String(repeating: "]", count: 32)
        _ = try JSONValue.parse(ok, maxDepth: 32)
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(ok, maxDepth: 31) }
    }

    @Test func writesEveryCharacterEscapedAsJSONNeeds() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var s = ""
            for _ in 0..<Int(rng.next() % 40) {
                let pick = rng.next() % 6
                let scalar: UInt32 = switch pick {
                case 0: UInt32(rng.next() % 0x20)
                case 1: [0x22, 0x5C, 0x2F, 0x7F][Int(rng.next() % 4)]
                case 2: 0x20 + UInt32(rng.next() % 0x5F)
                case 3: 0xA0 + UInt32(rng.next() % 0x700)
                case 4: 0x1F300 + UInt32(rng.next() % 0x300)
                default: 0x4E00 + UInt32(rng.next() % 0x5000)
                }
                s.unicodeScalars.append(Unicode.Scalar(scalar)!)
            }
            let v: JSONValue = .object([s: .array([.string(s), .integer(Int(truncatingIfNeeded: rng.next())), .number(Double(rng.next() % 1000) / 8)])])
            #expect(try JSONValue.parse(v.compactBytes) == v)
            // Foundation reads the same text back (it reads `5.0` as an integer, so compare the strings).
            let read = try JSONSerialization.jsonObject(with: Data(v.compactBytes)) as? [String: [Any]]
            #expect(read?[s]?.first as? String == s)
        }
        #expect(JSONValue.number(.infinity).compactBytes == Array("null".utf8))
    }
}
