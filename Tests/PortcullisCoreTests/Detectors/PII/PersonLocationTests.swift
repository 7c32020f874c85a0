import Testing
@testable import PortcullisCore

/// PERSON and LOCATION from gazetteers and cues. Texts are our own, in phrasings the evaluation
/// corpora do not use.
@Suite struct PersonLocationTests {
    let detectors: [any Detector] = [PersonLocationDetector()]

    @Test func greetingMakesAPerson() {
        let text = "Dear Anna Schmidt,\nthank you for your letter."
        #expect(PIIProbe.spans(text, detectors, type: .person) == [PIIProbe.span(.person, "Anna Schmidt", in: text)])
    }

    @Test func relocationMakesALocation() {
        let text = "She is relocating to Germany next spring."
        #expect(PIIProbe.spans(text, detectors, type: .location) == [PIIProbe.span(.location, "Germany", in: text)])
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "Dear Anna Schmidt,"
        let k = prefix.unicodeScalars.count + 5
        #expect(PIIProbe.spans(text, detectors, type: .person) == [PIIProbe.Span(type: .person, start: k, end: k + 12)])
    }

    @Test(arguments: [
        ("Kimberly Wright asked for a refund.", "Kimberly Wright"),  // known given name + surname, no cue
        ("Notiz: Herr Klaus-Peter Müller ruft zurück.", "Klaus-Peter Müller"),  // title, hyphenated, umlaut
        ("Hola Inocencio Echevarría, te escribo hoy.", "Inocencio Echevarría"),  // greeting, unknown names
        ("Thanks!\n— Siobhan", "Siobhan"),  // sign-off dash
        ("[#support] Fidela: on it", "Fidela"),  // chat speaker
        ("my sister Chloé still lives there", "Chloé"),  // family word
        ("Patient Priya Sharma was seen today.", "Priya Sharma"),
    ])
    func people(text: String, name: String) {
        #expect(PIIProbe.values(text, detectors, type: .person) == [name])
    }

    @Test(arguments: [
        "The Rolling Stones played last night.",  // "The" is a function word, never a given name
        "Bitte überweisen Sie den Betrag bis Freitag.",  // German capitalised pronoun and noun
        "Date: Tue Oct 5 14:22:01 2024 +0800",  // weekday and month abbreviations
        "The wire from Miller, Stephens and Chavez bounced.",  // a firm of surnames
        "KeyError: 'id' in handler",  // camel-case identifier
        "Translate this to Spanish please.",  // a language
    ])
    func notPeople(text: String) {
        #expect(PIIProbe.values(text, detectors, type: .person).isEmpty)
    }

    @Test func addressIsOneLocationEndingAtThePostcode() {
        let text = "Ship it to 12 rue des Lilas, 69003 Lyon, 06 71 23 45 67."
        #expect(PIIProbe.values(text, detectors, type: .location) == ["12 rue des Lilas, 69003 Lyon"])
    }

    @Test func placeCueDoesNotCrossASentence() {
        let text = "We met in Lyon. Mon numéro est le 06 12 34 56 78."
        #expect(PIIProbe.values(text, detectors, type: .location) == ["Lyon"])
    }
}
