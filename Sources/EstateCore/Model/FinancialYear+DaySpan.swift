extension FinancialYear {
    /// A financial year as day numbers (days since 1970-01-01), worked out once for the many figures an analysis
    /// spreads over the same years: a date's day number is arithmetic, and a million assets are spread over every
    /// planned year.
    struct DaySpan: Sendable, Hashable {
        /// The day number of the year's first day.
        let startDay: Int
        /// The day number of the day after its last day.
        let endDay: Int

        init(_ year: FinancialYear) {
            startDay = year.firstDay.daysSinceEpoch
            endDay = year.lastDay.adding(days: 1).daysSinceEpoch
        }

        /// The year's length in days (365, or 366 when it holds a 29 February).
        var length: Int { endDay - startDay }

        /// Days of `[lower, upper)`, given as day numbers, that fall within the year.
        func overlap(_ lower: Int, _ upper: Int) -> Int {
            max(0, min(upper, endDay) - max(lower, startDay))
        }
    }
}
