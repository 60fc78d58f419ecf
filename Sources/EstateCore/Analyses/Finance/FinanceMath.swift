import Foundation

/// The finance analysis's arithmetic: rates are `Decimal`, money is ``Money``, and every conversion from one to
/// the other rounds to the penny half away from zero, in one place.
enum FinanceMath {
    /// Pounds as an exact decimal: `Money(pence: 123_456)` is 1234.56.
    static func pounds(_ money: Money) -> Decimal {
        Decimal(money.pence) / 100
    }

    /// An amount in pounds rounded to the penny, halves away from zero.
    static func money(_ pounds: Decimal) -> Money {
        var pence = pounds * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &pence, 0, .plain)
        return Money(pence: NSDecimalNumber(decimal: rounded).int64Value)
    }

    /// `money × factor`, rounded to the penny.
    static func times(_ money: Money, _ factor: Decimal) -> Money {
        Self.money(pounds(money) * factor)
    }

    /// An annual amount for `days` of a year of `yearDays` days, rounded to the penny.
    static func share(of annual: Money, days: Int, yearDays: Int) -> Money {
        guard yearDays > 0 else { return .zero }
        return annual.scaled(by: Int64(days), over: Int64(yearDays))
    }

    /// An annual amount's share of each year of `spans` for the days from `from` to the day before `until`.
    static func spread(_ annual: Money, from: LocalDate, until: LocalDate, over spans: [FinancialYear.DaySpan])
        -> [Money]
    {
        let lower = from.daysSinceEpoch
        let upper = until.daysSinceEpoch
        return spans.map { share(of: annual, days: $0.overlap(lower, upper), yearDays: $0.length) }
    }

    /// `(1 + rate)^years` for whole years.
    static func growth(_ rate: Decimal, years: Int) -> Decimal {
        var result: Decimal = 1
        for _ in 0..<max(0, years) { result *= 1 + rate }
        return result
    }

    /// A fraction written as a percentage for people: 0.035 is `3.5%`.
    static func percent(_ fraction: Decimal) -> String {
        var value = fraction * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return "\(rounded)%"
    }

    /// A decimal written plainly with at most `digits` decimals: `1.5`, `12`.
    static func plain(_ value: Decimal, digits: Int) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, digits, .plain)
        return "\(rounded)"
    }

    /// Whole kWh with thousands grouped: `12,345 kWh`.
    static func kWh(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 0, .plain)
        let whole = NSDecimalNumber(decimal: rounded).int64Value
        return (whole < 0 ? "-" : "") + Money.grouped(whole.magnitude) + " kWh"
    }
}
