import Testing
@testable import PortcullisCore

@Suite struct DateTimeTests {
    let detectors: [any Detector] = [DateTimeDetector()]

    @Test(arguments: [
        "March 3, 2024", "Sep. 26, 1967", "Mar 3rd 2024", "03/14/2023", "14/03/2023", "2023-03-14", "14.03.2023",
        "19 March 1976", "3. März 2020", "5 de mayo de 1990", "March 3, 2024 at 10:30 AM",
        "2023-03-14 08:15", "May 20, 2016",
    ])
    func findsHumanWrittenDates(date: String) {
        let text = "Appointment: \(date) with the clinic"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.dateTime, date, in: text)])
    }

    @Test(arguments: [
        "2024-03-04T02:58:02Z INFO started",  // ISO-8601 log timestamp
        "2023-07-21 17:54:21,654 INFO http.server GET /",  // log line with seconds
        "{\"ts\": \"2024-03-04\", \"level\": \"info\"}",  // JSON event time field
        "created_at=2024-03-04",
        "version 2.14.3",
        "2023-13-01",  // no month 13
        "31/02/2023",  // no 31 February
        "1.2.2023.4",
        "12/12",
        "March 2024",  // no day
        "1699999999",  // Unix epoch
    ])
    func ignoresMachineTimestampsAndNonDates(text: String) {
        #expect(PIIProbe.spans(text, detectors).isEmpty)
    }

    @Test(arguments: ["1er janvier 2020", "1st March 2024"])
    func dayFirstWithOrdinalSuffix(date: String) {
        let text = "due \(date)."
        #expect(PIIProbe.values(text, detectors, type: .dateTime) == [date])
    }

    @Test(arguments: PIIProbe.nonASCIIPrefixes.map { $0.0 })
    func offsetsCountCodePointsAfterNonASCII(prefix: String) {
        let text = prefix + "born 19 March 1976 🎂"
        let k = prefix.unicodeScalars.count + 5
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.Span(type: .dateTime, start: k, end: k + 13)])
    }

    @Test func accentedMonthNamesCountAsOneCodePointEach() {
        let text = "🇫🇷 le 3 février 2021 à Besançon"
        #expect(PIIProbe.spans(text, detectors) == [PIIProbe.span(.dateTime, "3 février 2021", in: text)])
    }

    @Test(arguments: ["3rd of March 2023", "14 de março de 2024 às 10:30", "3 mei 2024", "5 de junio de 2024"])
    func moreDayFirstForms(date: String) {
        let text = "on \(date)."
        #expect(PIIProbe.values(text, detectors, type: .dateTime) == [date])
    }

    @Test func dateEndingASentenceInDottedForm() {
        let text = "Vielen Dank für Ihre Nachricht vom 15.09.1963. Bitte antworten Sie."
        #expect(PIIProbe.values(text, detectors, type: .dateTime) == ["15.09.1963"])
    }
}
