@testable import PortcullisCore

/// Namespace of the transform suites, so `swift test --filter Transforms` runs them all.
enum Transforms {}

extension Transforms {
    /// Keys, helpers and sample texts shared by the transform suites.
    enum Fixtures {
        static let key = TransformKey(bytes: Array("portcullis-test-key-0123456789ab".utf8))
        static let otherKey = TransformKey(bytes: Array("another-test-key-0123456789abcde".utf8))

        /// The ASCII digits of `s` as values 0…9.
        static func digits(_ s: String) -> [UInt8] { s.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.map { $0 - 0x30 } }

        /// `s` with every ASCII digit replaced by `#` and every letter by `a`: the layout of a value.
        static func layout(_ s: String) -> String {
            String(s.map { $0.isASCII && $0.isNumber ? "#" : $0.isLetter ? "a" : $0 })
        }

        /// A finding for the first occurrence of `value` in `text`, with both kinds of offsets.
        static func finding(_ type: EntityType, _ value: String, in text: String) -> Finding {
            guard let r = text.firstRange(of: value) else { fatalError("\(value) not in \(text)") }
            let start = text.unicodeScalars.distance(from: text.startIndex, to: r.lowerBound)
            let end = text.unicodeScalars.distance(from: text.startIndex, to: r.upperBound)
            let u8s = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
            let u8e = text.utf8.distance(from: text.startIndex, to: r.upperBound)
            return Finding(type: type, start: start, end: end, score: 1, utf8Start: u8s, utf8End: u8e)
        }

        /// Findings for every occurrence of `value` in `text`.
        static func all(_ type: EntityType, _ value: String, in text: String) -> [Finding] {
            var out: [Finding] = []
            var rest = text[...]
            while let r = rest.firstRange(of: value) {
                let prefix = String(text[..<r.lowerBound])
                let s = prefix.unicodeScalars.count, u = prefix.utf8.count
                out.append(Finding(type: type, start: s, end: s + value.unicodeScalars.count, score: 1,
                                   utf8Start: u, utf8End: u + value.utf8.count))
                rest = text[r.upperBound...]
            }
            return out
        }

        /// Realistic messages with personal data and credentials, scanned with `ScanEngine` in tests.
        static let samples = [
            "Hi, I'm Anna Schmidt from Berlin. Mail anna.schmidt@example.de or call +49 30 1234567. IBAN DE89 3704 0044 0532 0130 00.",
            "Patient John Smith (NHS number 943 476 5919), DOB 15/03/1984, SSN 536-22-1234, card 4111 1111 1111 1111.",
            "Dear Dr. María José García, your server 10.0.0.12 and https://intranet.acme.com/x are listed. Regards, Tom Baker",
            "東京の Yuki Tanaka さん 👋 wrote on March 3rd, 2024 from 2001:db8:85a3::8a2e:370:7334 — ok? Yuki Tanaka again.",
            "token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 belongs to Anna Schmidt 👩‍💻; café in Zürich, Ærøskøbing next.",
            "Already pseudonymised text: <PERSON_1> met Anna Schmidt and <EMAIL_ADDRESS_1> wrote to anna.schmidt@example.de.",
        ]
    }

}
