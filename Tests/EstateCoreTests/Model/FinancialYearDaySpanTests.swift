import Testing

@testable import EstateCore

@Suite struct FinancialYearDaySpanTests {
    let leap = FinancialYear(startYear: 2027, startMonth: 4)

    @Test func aYearHoldingTheTwentyNinthOfFebruaryHas366Days() {
        #expect(FinancialYear.DaySpan(leap).length == 366)
        #expect(FinancialYear.DaySpan(FinancialYear(startYear: 2026, startMonth: 4)).length == 365)
    }

    @Test func theOverlapCountsTheDaysOfAHalfOpenRangeWithinTheYear() {
        let span = FinancialYear.DaySpan(leap)
        let first = leap.firstDay.daysSinceEpoch
        #expect(span.overlap(first - 10, first + 10) == 10)
        #expect(span.overlap(first, first + 1_000) == 366)
        #expect(span.overlap(first - 20, first - 10) == 0)
        #expect(span.overlap(first + 400, first + 500) == 0)
        #expect(span.overlap(first + 5, first + 5) == 0)
    }

    @Test func financeMathSpreadsAnAmountByTheDaysInEachYear() {
        let years = [FinancialYear(startYear: 2026, startMonth: 4), leap]
        let spans = years.map(FinancialYear.DaySpan.init)
        // 1 October 2026 to 1 October 2027: 182 days of 2026/27 and 183 of 2027/28.
        let spread = FinanceMath.spread(
            Money(pence: 365_00), from: LocalDate(year: 2026, month: 10, day: 1)!,
            until: LocalDate(year: 2027, month: 10, day: 1)!, over: spans)
        #expect(spread.count == 2)
        #expect(spread[0] == FinanceMath.share(of: Money(pence: 365_00), days: 182, yearDays: 365))
        #expect(spread[1] == FinanceMath.share(of: Money(pence: 365_00), days: 183, yearDays: 366))
    }
}
