/// A UK financial year: 1 April to 31 March by default, written `2026/27`.
///
/// The start month comes from the policy (some bodies run January to December).
/// A year that starts in January is written as a single year, `2026`.
public struct FinancialYear: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The calendar year in which the financial year starts.
    public let startYear: Int
    /// The month (1-12) on whose first day the financial year starts.
    public let startMonth: Int

    public init(startYear: Int, startMonth: Int = 4) {
        self.startYear = startYear
        self.startMonth = startMonth
    }

    /// The financial year that contains `date`.
    public init(containing date: LocalDate, startMonth: Int = 4) {
        self.startYear = date.month >= startMonth ? date.year : date.year - 1
        self.startMonth = startMonth
    }

    public var firstDay: LocalDate {
        LocalDate(year: startYear, month: startMonth, day: 1) ?? LocalDate(daysSinceEpoch: 0)
    }
    public var lastDay: LocalDate { firstDay.adding(years: 1).adding(days: -1) }
    public var next: FinancialYear { FinancialYear(startYear: startYear + 1, startMonth: startMonth) }

    public func contains(_ date: LocalDate) -> Bool { date >= firstDay && date <= lastDay }

    /// `2026/27`, or `2026` when the year starts in January.
    public var description: String {
        if startMonth == 1 { return String(startYear) }
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    public static func < (lhs: FinancialYear, rhs: FinancialYear) -> Bool { lhs.startYear < rhs.startYear }
}
