import Testing
@testable import PortcullisCore

@Suite struct CSVReaderTests {
    func parse(_ text: String, separator: UInt8 = 0x2C, blockSize: Int = 3) throws -> [[String]] {
        var r = CSVReader(separator: separator)
        var out: [[String]] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            let block = Array(bytes[i..<min(i + blockSize, bytes.count)])
            try block.withUnsafeBytes { try r.feed($0) { out.append($0) } }
            i += blockSize
        }
        try r.finish { out.append($0) }
        return out
    }

    @Test func quotesSeparatorsAndLineBreaksInFields() throws {
        let text = "a,b,c\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\n3,,last"
        for size in [1, 2, 3, 7, 100] {
            #expect(try parse(text, blockSize: size) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""], ["3", "", "last"]])
        }
    }

    @Test func unclosedQuoteIsReported() throws {
        var r = CSVReader()
        var out: [[String]] = []
        try Array("a,b\n1,\"never closed\n2,3\n".utf8).withUnsafeBytes { try r.feed($0) { out.append($0) } }
        try r.finish { out.append($0) }
        #expect(r.endedInsideQuotes)
        #expect(out == [["a", "b"], ["1", "never closed\n2,3\n"]])
        var ok = CSVReader()
        try Array("a,\"b\"\n".utf8).withUnsafeBytes { try ok.feed($0) { _ in } }
        try ok.finish { _ in }
        #expect(!ok.endedInsideQuotes)
    }

    @Test func separatorDetection() {
        #expect(CSVReader.detectSeparator(header: Array("a;b;c\n1,2;3".utf8)) == 0x3B)
        #expect(CSVReader.detectSeparator(header: Array("a\tb\n".utf8)) == 0x09)
        #expect(CSVReader.detectSeparator(header: Array("\"x,y\";z\n".utf8)) == 0x3B)
        #expect(CSVReader.detectSeparator(header: Array("single\n".utf8)) == 0x2C)
    }

    @Test func fieldLimit() {
        var r = CSVReader(maxFieldBytes: 4)
        #expect(throws: CSVReader.FieldTooLong.self) { try Array("abcdef\n".utf8).withUnsafeBytes { try r.feed($0) { _ in } } }
    }

    @Test func writerQuotesOnlyWhatNeedsIt() throws {
        let rows = [["plain", "a,b", "say \"hi\"", "two\r\nlines", "é🙂"]]
        let line = CSVWriter.line(rows[0])
        #expect(line == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",é🙂\n")
        #expect(try parse(line) == rows)
    }
}

@Suite struct AnonymizeTests {
    let key = TransformKey(bytes: Array("a-test-key-for-anonymize".utf8))

    @Test func planParsesAndRejectsUnknownActions() throws {
        let p = try AnonymizePlan.parse(yaml: "default: redact\ncolumns:\n  id: keep\n  notes: drop\n")
        #expect(p.action(for: "id") == .keep)
        #expect(p.action(for: "notes") == .drop)
        #expect(p.action(for: "other") == .redact)
        do {
            _ = try AnonymizePlan.parse(yaml: "columns:\n  id: shred\n", file: "plan.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("plan.yaml:2:7: columns.id: 'shred' is not an action"))
        }
    }

    @Test func rowScannerGivesCellsTheirHeaderAsContext() {
        let scanner = RowScanner(classifier: SensitivityClassifier(), header: ["id", "city", "notes"])
        let cells = scanner.scan(["7", "Lyon", "mail anna@example.com, ok"])
        #expect(cells[0].isEmpty)
        #expect(cells[1].map(\.finding.type) == [.location])
        #expect(cells[1].first.map { ($0.finding.start, $0.finding.end) }! == (0, 4))
        #expect(cells[2].map(\.finding.type) == [.emailAddress])
        #expect(cells[2].first.map { ($0.finding.start, $0.finding.end) }! == (5, 21))
    }

    @Test func autoSynthesisesPersonalDataAndTagsCredentials() {
        let a = ValueAnonymizer(key: key)
        let text = "Anna Schmidt (anna.schmidt@example.org) card 4111 1111 1111 1111 key AKIAZ7VRSQ3LMNOPQR2X"
        let (out, found) = a.anonymize(text, action: .auto)
        #expect(found.count == 4)
        for v in ["Anna Schmidt", "anna.schmidt@example.org", "4111 1111 1111 1111", "AKIAZ7VRSQ3LMNOPQR2X"] { #expect(!out.contains(v)) }
        #expect(out.contains("[aws-access-token]"))
        // The fake card keeps its layout and passes Luhn.
        let card = out.split(separator: " ").drop { $0 != "card" }.dropFirst().prefix(4).joined()
        #expect(card.count == 16 && Luhn.isValid(card.compactMap { $0.wholeNumberValue.map(UInt8.init) }))
        // Same key, same output; another key, other values.
        #expect(a.anonymize(text, action: .auto).0 == out)
        #expect(ValueAnonymizer(key: TransformKey(bytes: Array("another-key-for-anonymize".utf8))).anonymize(text, action: .auto).0 != out)
    }

    @Test func actions() {
        let a = ValueAnonymizer(key: key)
        #expect(a.anonymize("mail bob@example.com", action: .redact).0 == "mail [EMAIL_ADDRESS]")
        let p1 = a.anonymize("mail bob@example.com", action: .pseudonymize).0
        // A keyed pseudonym: the same for the same value wherever it appears.
        #expect(p1.hasPrefix("mail [EMAIL_ADDRESS:"))
        #expect(p1 == "mail " + a.anonymize("bob@example.com", action: .pseudonymize).0)
        #expect(a.anonymize("mail bob@example.com", action: .keep).0 == "mail bob@example.com")
        #expect(a.anonymize("Zyxw Qwerty", action: .auto, dominant: .person).0 != "Zyxw Qwerty")
        #expect(a.anonymize("   ", action: .auto, dominant: .person).0 == "   ")
    }

    @Test func profileFindsTheDominantType() {
        var p = ColumnProfile(name: "name")
        let c = SensitivityClassifier()
        for v in ["Anna Schmidt", "Bob Jones", "n/a", "Maria Lopez"] { p.add(v, c.classify(v).findings) }
        #expect(p.dominantType == .person)
        #expect(p.label == .confidential)
        var q = ColumnProfile(name: "notes")
        for v in ["call back", "mail anna@example.com about it please", "fine"] { q.add(v, c.classify(v).findings) }
        #expect(q.dominantType == nil)
    }
}
