/// A stretch of time one device (or one replacement of it, or a cloud VM) fills in an asset's place:
/// when it draws power, how much, and how its manufacture is charged.
struct CarbonTenure: Sendable, Hashable {
    /// How the device's manufacture is charged to the years.
    enum Embodied: Sendable, Hashable {
        /// The whole embodied carbon spread evenly over the days from `from` to `to`, nothing outside them.
        case amortised(kg: Double, from: LocalDate, to: LocalDate)
        /// A charge per year of running (a cloud host's share) over the days from `from` to `to` (open when nil).
        case perYear(kg: Double, from: LocalDate, to: LocalDate?)
        case none
    }

    /// First day of power.
    var from: LocalDate
    /// The day power stops (exclusive), or `nil` when it runs past the horizon.
    var to: LocalDate?
    /// Electricity a year at the device, before PUE.
    var kWhPerYear: Double
    var pue: Double
    /// A cloud region's grid factor for the first year, which later years scale by the UK grid projection.
    var regionGridKgPerKWh: Double?
    var embodied: Embodied
    /// Whether this is a replacement bought under the refresh plan (or a scenario), not the device in the inventory.
    var isReplacement: Bool

    /// The tenure's dates as day numbers, worked out once for every year it is figured in (a date's day
    /// number is arithmetic, and a million assets' tenures are figured in every year to the net-zero year).
    struct Days {
        /// The tenure's first day and the day after its last (`Int.max` when open-ended).
        let from: Int
        let to: Int
        /// The embodied carbon's spread, as the same kind of range, and its length in days when amortised.
        let embodiedFrom: Int
        let embodiedTo: Int
        let embodiedLife: Double
    }

    /// ``Days`` of this tenure.
    var days: Days {
        let spread: (from: Int, to: Int, life: Double)
        switch embodied {
        case .amortised(_, let start, let end):
            spread = (start.daysSinceEpoch, end.daysSinceEpoch, Double(start.days(until: end)))
        case .perYear(_, let start, let end):
            spread = (start.daysSinceEpoch, end?.daysSinceEpoch ?? Int.max, 0)
        case .none:
            spread = (0, 0, 0)
        }
        return Days(
            from: from.daysSinceEpoch, to: to?.daysSinceEpoch ?? Int.max, embodiedFrom: spread.from,
            embodiedTo: spread.to, embodiedLife: spread.life)
    }

    /// This tenure's share of a financial year (given as day numbers, with the tenure's own ``days``), at the UK
    /// grid factor of the year (`gridKgPerKWh`) or, for a cloud region, its factor × the UK factor of the year ÷
    /// the UK factor of the first year (`baseGridKgPerKWh`).
    func figure(in span: FinancialYear.DaySpan, days: Days, gridKgPerKWh: Double, baseGridKgPerKWh: Double)
        -> CarbonYearFigure
    {
        let yearDays = Double(span.length)
        var figure = CarbonYearFigure()
        let within = Double(span.overlap(days.from, days.to))
        if within > 0 {
            let kWh = kWhPerYear * within / yearDays
            let grid =
                regionGridKgPerKWh.map { baseGridKgPerKWh > 0 ? $0 * gridKgPerKWh / baseGridKgPerKWh : $0 }
                ?? gridKgPerKWh
            figure.itKWh = kWh
            figure.kWh = kWh * pue
            figure.operationalKg = kWh * pue * grid
            figure.overheadKg = kWh * (pue - 1) * grid
        }
        switch embodied {
        case .amortised(let kg, _, _):
            if days.embodiedLife > 0 {
                figure.embodiedKg =
                    kg * Double(span.overlap(days.embodiedFrom, days.embodiedTo)) / days.embodiedLife
            }
        case .perYear(let kg, _, _):
            figure.embodiedKg = kg * Double(span.overlap(days.embodiedFrom, days.embodiedTo)) / yearDays
        case .none:
            break
        }
        return figure
    }

    /// The tenure from `date` on, with its energy (and a replacement's manufacture) scaled by `share`; the part
    /// before `date` is unchanged. A device already bought keeps its amortisation: that carbon is spent.
    func scaled(from date: LocalDate, by share: Double) -> [CarbonTenure] {
        if from >= date {
            var later = self
            later.kWhPerYear *= share
            if isReplacement { later.embodied = later.embodied.scaled(by: share) }
            return [later]
        }
        if let to, to <= date { return [self] }
        var before = self
        before.to = date
        var after = self
        after.from = date
        after.kWhPerYear *= share
        after.embodied = .none
        return [before, after]
    }
}

extension CarbonTenure.Embodied {
    func scaled(by share: Double) -> CarbonTenure.Embodied {
        switch self {
        case .amortised(let kg, let from, let to): .amortised(kg: kg * share, from: from, to: to)
        case .perYear(let kg, let from, let to): .perYear(kg: kg * share, from: from, to: to)
        case .none: .none
        }
    }
}

/// One asset's (or the estate's) figures in one financial year.
public struct CarbonYearFigure: Sendable, Hashable {
    /// Electricity at the devices, before PUE.
    public var itKWh: Double = 0
    /// Electricity including the hosting's overhead (× PUE).
    public var kWh: Double = 0
    /// kWh × PUE × grid factor.
    public var operationalKg: Double = 0
    /// The part of ``operationalKg`` that is the hosting's overhead (cooling, power losses): PUE − 1.
    public var overheadKg: Double = 0
    /// Manufacture charged to the year.
    public var embodiedKg: Double = 0

    public init() {}

    public var totalKg: Double { operationalKg + embodiedKg }

    static func + (lhs: CarbonYearFigure, rhs: CarbonYearFigure) -> CarbonYearFigure {
        var sum = CarbonYearFigure()
        sum.itKWh = lhs.itKWh + rhs.itKWh
        sum.kWh = lhs.kWh + rhs.kWh
        sum.operationalKg = lhs.operationalKg + rhs.operationalKg
        sum.overheadKg = lhs.overheadKg + rhs.overheadKg
        sum.embodiedKg = lhs.embodiedKg + rhs.embodiedKg
        return sum
    }

    static func += (lhs: inout CarbonYearFigure, rhs: CarbonYearFigure) { lhs = lhs + rhs }

    /// The figure scaled by a share (a system's part of an asset).
    func scaled(by share: Double) -> CarbonYearFigure {
        var out = self
        out.itKWh *= share
        out.kWh *= share
        out.operationalKg *= share
        out.overheadKg *= share
        out.embodiedKg *= share
        return out
    }
}
