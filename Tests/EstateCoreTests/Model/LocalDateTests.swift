import Testing

@testable import EstateCore

@Suite struct LocalDateTests {
    @Test func rejectsDaysThatDoNotExist() {
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 2024, month: 13, day: 1) == nil)
        #expect(LocalDate(year: 2024, month: 4, day: 31) == nil)
    }

    @Test(arguments: [
        ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017), ("2026-10-01", 20_727),
    ])
    func countsDaysSinceTheEpoch(iso: String, days: Int) throws {
        let date = try #require(LocalDate(iso: iso))
        #expect(date.daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == date)
    }

    @Test func roundTripsEveryDayForFourHundredYears() {
        for days in stride(from: -25_567, to: 120_000, by: 1) {
            let date = LocalDate(daysSinceEpoch: days)
            #expect(date.daysSinceEpoch == days)
            if date.daysSinceEpoch != days { break }
        }
    }

    @Test func addsMonthsClampingToTheEndOfShorterMonths() throws {
        let date = try #require(LocalDate(year: 2024, month: 1, day: 31))
        #expect(date.adding(months: 1).description == "2024-02-29")
        #expect(date.adding(months: 13).description == "2025-02-28")
        #expect(date.adding(months: -2).description == "2023-11-30")
        #expect(date.adding(years: 4).description == "2028-01-31")
    }

    @Test func countsWholeYearsByTheBirthdayRule() throws {
        let bought = try #require(LocalDate(year: 2019, month: 3, day: 10))
        #expect(bought.wholeYears(until: try #require(LocalDate(year: 2024, month: 3, day: 9))) == 4)
        #expect(bought.wholeYears(until: try #require(LocalDate(year: 2024, month: 3, day: 10))) == 5)
    }

    @Test func parsesOnlyExactISODates() {
        #expect(LocalDate(iso: "2024-02-30") == nil)
        #expect(LocalDate(iso: "2024-2-3") == nil)
        #expect(LocalDate(iso: "2024-02-03T00:00") == nil)
        #expect(LocalDate(iso: "0999-01-01")?.description == "0999-01-01")
    }

    @Test func writesEveryDateAsZeroPaddedYearMonthAndDay() throws {
        for (year, month, day, text) in [
            (1, 1, 1, "0001-01-01"), (5, 2, 9, "0005-02-09"), (42, 10, 31, "0042-10-31"), (999, 12, 1, "0999-12-01"),
            (1000, 1, 10, "1000-01-10"), (2026, 11, 21, "2026-11-21"), (9999, 12, 31, "9999-12-31"),
        ] {
            #expect(try #require(LocalDate(year: year, month: month, day: day)).description == text)
        }
        // Every day of a leap year and its neighbours reads back as itself.
        var date = try #require(LocalDate(year: 2023, month: 12, day: 1))
        for _ in 0..<500 {
            #expect(LocalDate(iso: date.description) == date, "\(date)")
            date = date.adding(days: 1)
        }
    }
}

@Suite struct FinancialYearTests {
    @Test func aDateInMarchBelongsToTheYearThatStartedTheApril() throws {
        let march = try #require(LocalDate(year: 2027, month: 3, day: 31))
        let april = try #require(LocalDate(year: 2027, month: 4, day: 1))
        #expect(FinancialYear(containing: march).description == "2026/27")
        #expect(FinancialYear(containing: april).description == "2027/28")
    }

    @Test func labelsTheCenturyTurnWithTwoDigits() {
        #expect(FinancialYear(startYear: 2099).description == "2099/00")
        #expect(FinancialYear(startYear: 2008).description == "2008/09")
    }

    @Test func aCalendarYearPolicyLabelsASingleYear() throws {
        let date = try #require(LocalDate(year: 2026, month: 2, day: 1))
        let year = FinancialYear(containing: date, startMonth: 1)
        #expect(year.description == "2026")
        #expect(year.lastDay.description == "2026-12-31")
    }

    @Test func firstAndLastDaysBoundTheYear() {
        let year = FinancialYear(startYear: 2026)
        #expect(year.firstDay.description == "2026-04-01")
        #expect(year.lastDay.description == "2027-03-31")
        #expect(year.contains(year.lastDay))
        #expect(!year.contains(year.lastDay.adding(days: 1)))
    }
}

@Suite struct MoneyTests {
    @Test func formatsPoundsWithGroupingAndPence() {
        #expect(Money(pence: 123_450).description == "£1,234.50")
        #expect(Money(pence: -5).description == "-£0.05")
        #expect(Money(pence: 100_000_000).description == "£1,000,000.00")
        #expect(Money(pence: 123_450).plain == "1234.50")
        #expect(Money(pence: -123_405).plain == "-1234.05")
    }

    @Test func roundsWholePoundsHalfUp() {
        #expect(Money(pence: 150).wholePounds == "£2")
        #expect(Money(pence: 149).wholePounds == "£1")
    }

    @Test func scalesToTheNearestPennyHalfAwayFromZero() {
        #expect(Money(pence: 1000).scaled(by: 1, over: 3).pence == 333)
        #expect(Money(pence: 5).scaled(by: 1, over: 2).pence == 3)
        #expect(Money(pence: -5).scaled(by: 1, over: 2).pence == -3)
    }
}

@Suite struct LocalDateRepresentationTests {
    @Test func aDateTakesFourBytes() {
        #expect(MemoryLayout<LocalDate>.size == 4)
    }

    @Test func everyDayFrom1900To2100RoundTripsAndOrdersByItsDayNumber() throws {
        let start = try #require(LocalDate(year: 1900, month: 1, day: 1)).daysSinceEpoch
        let end = try #require(LocalDate(year: 2100, month: 12, day: 31)).daysSinceEpoch
        var previous = LocalDate(daysSinceEpoch: start - 1)
        var wrong: [Int] = []
        for day in start...end {
            let date = LocalDate(daysSinceEpoch: day)
            if date.daysSinceEpoch != day || LocalDate(year: date.year, month: date.month, day: date.day) != date
                || !(previous < date)
            {
                wrong.append(day)
            }
            previous = date
        }
        #expect(wrong.isEmpty)
    }
}
