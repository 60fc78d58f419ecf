/// Capital or revenue: the two budgets a council plans ICT spend in.
public enum FinanceType: String, Vocabulary, Comparable {
    /// Spend on assets with a life of more than a year, at or above the capitalisation threshold.
    case capital
    /// Running costs: support, subscriptions, cloud, energy, leases, and purchases below the threshold.
    case revenue

    public var synonyms: [String] {
        switch self {
        case .capital: ["capex"]
        case .revenue: ["opex", "revenueexpenditure"]
        }
    }

    public static func < (lhs: FinanceType, rhs: FinanceType) -> Bool {
        lhs == .capital && rhs == .revenue
    }
}

/// What a plan line pays for. The raw values are the `category` column of `finance.csv`.
public enum FinanceCategory: String, Sendable, Hashable, CaseIterable, Comparable {
    /// End-user devices reaching their refresh cycle or forced out by end of support.
    case deviceRefresh = "device-refresh"
    case serverRefresh = "server-refresh"
    case storageRefresh = "storage-refresh"
    /// Switches, routers, access points and firewalls.
    case networkRefresh = "network-refresh"
    /// Replacing a system whose product goes out of support.
    case systemReplacement = "system-replacement"
    /// A cloud migration's one-off cost.
    case migration
    /// Support and licence contracts from the systems register.
    case supportContract = "support-contract"
    case saasSubscription = "saas-subscription"
    /// Running systems on IaaS or PaaS.
    case cloudRun = "cloud-run"
    /// Paid extended security updates the council bought (its local lifecycle layer).
    case extendedSupport = "extended-support"
    /// Electricity at the policy's price per kWh.
    case energy
    case lease
    /// Post-warranty support of hardware whose refresh a smoothed plan defers.
    case maintenance

    /// The refresh category of an asset class.
    public static func refresh(of assetClass: AssetClass) -> FinanceCategory {
        switch assetClass {
        case .server, .virtualMachine: .serverRefresh
        case .storage: .storageRefresh
        case .network, .firewall: .networkRefresh
        default: .deviceRefresh
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: FinanceCategory, rhs: FinanceCategory) -> Bool { lhs.rank < rhs.rank }
}

/// One line of the plan in one financial year: an amount, what drives it, and the rule and policy values
/// behind it.
///
/// ```text
/// 2027/28  capital  device-refresh  £40,800  48 laptops: LBE100004, ...  refresh due: purchase date + 4 years ...
/// ```
public struct FinanceLine: Sendable, Hashable {
    /// The financial year the amount falls in.
    public var year: FinancialYear
    /// Capital or revenue.
    public var type: FinanceType
    /// What the line pays for.
    public var category: FinanceCategory
    /// Rounded to the penny; negative for savings (energy no longer used after a migration).
    public var amount: Money
    /// Which assets or systems it pays for.
    public var drivers: String
    /// Which rule and which policy values produced the amount.
    public var basis: String
    /// Orders lines of one category before their drivers: a refresh line's class and rule.
    var rank: Int = 0

    /// A line; `amount` already rounded to the penny.
    public init(
        year: FinancialYear, type: FinanceType, category: FinanceCategory, amount: Money, drivers: String,
        basis: String
    ) {
        self.year = year
        self.type = type
        self.category = category
        self.amount = amount
        self.drivers = drivers
        self.basis = basis
    }

    /// The plan's order: by year, capital before revenue, category, then drivers and basis. The lines at `left` and
    /// `right` are compared field by field where they are held: lines handed to a function are copied first,
    /// retaining every one of their strings, at every comparison of a sort.
    static func ordered(_ lines: UnsafeBufferPointer<FinanceLine>, _ left: Int, _ right: Int) -> Bool {
        if lines[left].year != lines[right].year { return lines[left].year < lines[right].year }
        if lines[left].type != lines[right].type { return lines[left].type < lines[right].type }
        if lines[left].category != lines[right].category { return lines[left].category < lines[right].category }
        if lines[left].rank != lines[right].rank { return lines[left].rank < lines[right].rank }
        if lines[left].drivers != lines[right].drivers { return lines[left].drivers < lines[right].drivers }
        if lines[left].basis != lines[right].basis { return lines[left].basis < lines[right].basis }
        return lines[left].amount < lines[right].amount
    }
}

/// Capital and revenue lines over a run of financial years.
public struct FinancePlan: Sendable, Hashable {
    /// The years planned, earliest first.
    public var years: [FinancialYear]
    /// Every line, in year, type and category order.
    public var lines: [FinanceLine]

    /// A plan of `lines` over `years`, put in the plan's order.
    public init(years: [FinancialYear], lines: [FinanceLine]) {
        self.years = years
        // Positions are sorted with the lines read in place (comparing copies would retain each line's strings),
        // then the lines are moved into that order once; a stable sort, as sorting the lines themselves is.
        let order = lines.withUnsafeBufferPointer { lines in
            Array(lines.indices).sorted { FinanceLine.ordered(lines, $0, $1) }
        }
        var sorted = lines
        sorted.rearrange(by: order)
        self.lines = sorted
    }

    /// The total of one type in one year.
    /// - Complexity: O(*n*) in lines.
    public func total(_ type: FinanceType, in year: FinancialYear) -> Money {
        lines.reduce(.zero) { $1.year == year && $1.type == type ? $0 + $1.amount : $0 }
    }

    /// Capital per year, in the order of ``years``.
    public var capitalByYear: [Money] { totals(.capital) }

    /// Revenue per year, in the order of ``years``.
    public var revenueByYear: [Money] { totals(.revenue) }

    /// The total of one type in each year, in the order of ``years``.
    public func totals(_ type: FinanceType) -> [Money] {
        var byYear: [FinancialYear: Money] = [:]
        for line in lines where line.type == type { byYear[line.year, default: .zero] += line.amount }
        return years.map { byYear[$0] ?? .zero }
    }

    /// The total of one type and category in each year, in the order of ``years``.
    public func totals(_ type: FinanceType, _ category: FinanceCategory) -> [Money] {
        var byYear: [FinancialYear: Money] = [:]
        for line in lines where line.type == type && line.category == category {
            byYear[line.year, default: .zero] += line.amount
        }
        return years.map { byYear[$0] ?? .zero }
    }
}
