import Testing
@testable import PortcullisCore

extension Transforms {
    @Suite struct DateShiftTests {
        @Test func civilDaysRoundTrip() {
            #expect(CivilDate(year: 1970, month: 1, day: 1).days == 0)
            #expect(CivilDate(year: 2000, month: 3, day: 1).days == 11017)
            #expect(CivilDate(days: -1) == CivilDate(year: 1969, month: 12, day: 31))
            #expect(CivilDate(year: 2024, month: 3, day: 15).weekday == 4)  // a Friday
            for d in stride(from: -800_000, to: 800_000, by: 97) {
                let c = CivilDate(days: d)
                #expect(c.isValid && c.days == d)
            }
            #expect(!CivilDate(year: 2023, month: 2, day: 29).isValid)
            #expect(CivilDate(year: 2000, month: 2, day: 29).isValid)
            #expect(!CivilDate(year: 1900, month: 2, day: 29).isValid)
        }

        @Test(arguments: [
            ("2024-03-15", 10, "2024-03-25"), ("15/03/2024", 17, "01/04/2024"), ("03/15/2024", -15, "02/29/2024"),
            ("15.03.1984", 365, "15.03.1985"), ("March 3rd, 2024", 18, "March 21st, 2024"),
            ("3 Mar 2024", 30, "2 Apr 2024"), ("Fri 15 Mar 2024", 1, "Sat 16 Mar 2024"),
            ("Friday, March 15, 2024 at 10:30", 3, "Monday, March 18, 2024 at 10:30"), ("MARCH 31, 2024", 1, "APRIL 1, 2024"),
            ("2024-12-31", 1, "2025-01-01"), ("1/2/24", 31, "2/2/24"), ("03.04.2024", 1, "04.04.2024"),
        ])
        func shiftsKeepingTheFormat(input: String, days: Int, expected: String) {
            #expect(DateShift(days: days).apply(to: input) == expected)
        }

        @Test(arguments: ["yesterday", "March 2024", "10:30", "2024", "31/02/2024", "Q3 2024", "20240315"])
        func unreadableDatesAreNotShifted(input: String) {
            #expect(DateShift(days: 5).apply(to: input) == nil)
        }

        @Test func generatorShiftsEveryDateByTheSameKeyedOffset() {
            let gen = SyntheticGenerator(key: Fixtures.key)
            let shift = gen.dateShiftDays
            #expect(shift != 0 && abs(shift) <= 365)
            #expect(SyntheticGenerator(key: Fixtures.otherKey).dateShiftDays != shift)
            let a = gen.fake(for: "2024-03-15", type: .dateTime), b = gen.fake(for: "2024-03-25", type: .dateTime)
            func days(_ s: String) -> Int {
                let p = s.split(separator: "-").map { Int($0)! }
                return CivilDate(year: p[0], month: p[1], day: p[2]).days
            }
            #expect(days(b) - days(a) == 10)
            #expect(days(a) - days("2024-03-15") == shift)
            #expect(gen.fake(for: "sometime soon", type: .dateTime) == "[DATE_TIME]")
        }
    }
}
