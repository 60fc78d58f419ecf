import Foundation

extension FinancePlanner {
    /// A stretch of a contract at one annual rate.
    struct ContractSegment {
        var from: LocalDate
        var rate: Money
        var note: String
    }

    /// The rates a system's contract runs at from the first planned day: its annual cost to the contract end,
    /// then renewed every `finance_renewal_term_years` with `finance_renewal_uplift` each time.
    static func contractSegments(_ system: System, annual: Money, context: FinanceContext) -> [ContractSegment] {
        let finance = context.policy.finance
        let first = context.years[0].firstDay
        let uplift = FinanceMath.percent(finance.renewalUplift)
        let term = finance.renewalTermYears
        guard let end = system.contractEnd else {
            return [
                ContractSegment(
                    from: first, rate: annual,
                    note:
                        "\(annual.wholePounds) a year (systems register annual cost); no contract end recorded: assumed rolling at the same cost"
                )
            ]
        }
        var segments: [ContractSegment] = []
        var start = end.adding(days: 1)
        if end >= first {
            segments.append(
                ContractSegment(
                    from: first, rate: annual,
                    note: "\(annual.wholePounds) a year (systems register annual cost) to contract end \(end)"))
        } else {
            var renewals = 0
            while start <= first {
                start = start.adding(years: term)
                renewals += 1
            }
            segments.append(
                ContractSegment(
                    from: first, rate: annual,
                    note:
                        "contract end \(end) has passed: assumed renewed at \(annual.wholePounds) a year (systems register annual cost) to \(start.adding(days: -1))"
                ))
        }
        var rate = annual
        while start <= context.horizonEnd {
            rate = FinanceMath.times(rate, 1 + finance.renewalUplift)
            segments.append(
                ContractSegment(
                    from: start, rate: rate,
                    note:
                        "assumed renewed \(start) for \(term) years (policy finance_renewal_term_years) at +\(uplift) (policy finance_renewal_uplift): \(rate.wholePounds) a year"
                ))
            start = start.adding(years: term)
        }
        return segments
    }

    /// A system's support or subscription cost in each planned year, stopping at a planned retirement or
    /// a migration's cut-over.
    static func contractLines(
        _ system: System, annual: Money, migration: PlannedMigration?, context: FinanceContext
    ) -> [FinanceLine] {
        let segments = contractSegments(system, annual: annual, context: context)
        var stop = context.horizonEnd.adding(days: 1)
        var stopNote: String?
        if let retire = context.retirements[system.id], retire.adding(days: 1) < stop {
            stop = retire.adding(days: 1)
            stopNote = "stops after \(retire): planned retirement (lifecycle-local.csv)"
        }
        if let migration, migration.endsSupportContract, migration.date < stop {
            stop = migration.date
            stopNote = "stops \(migration.date): migrates to \(migration.target.rawValue) (planned migration)"
        }
        let category: FinanceCategory
        let kind: String
        switch system.hosting {
        case .saas:
            category = .saasSubscription
            kind = "SaaS subscription"
        case .iaas, .paas:
            category = .cloudRun
            kind = "\(system.hosting?.rawValue ?? "cloud") running cost"
        default:
            category = .supportContract
            kind = "support and licence contract"
        }
        let drivers = "\(system.id) \(system.name)\(system.vendor.map { " (\($0))" } ?? ""): \(kind)"
        var lines: [FinanceLine] = []
        for (year, span) in zip(context.years, context.spans) {
            var amount = Money.zero
            var notes: [String] = []
            for (index, segment) in segments.enumerated() {
                let until = min(stop, index + 1 < segments.count ? segments[index + 1].from : stop)
                let days = span.overlap(segment.from.daysSinceEpoch, until.daysSinceEpoch)
                guard days > 0 else { continue }
                amount += FinanceMath.share(of: segment.rate, days: days, yearDays: span.length)
                notes.append(segment.note)
            }
            guard amount != .zero else { continue }
            if let stopNote, year.contains(stop) || year.contains(stop.adding(days: -1)) { notes.append(stopNote) }
            lines.append(
                FinanceLine(
                    year: year, type: .revenue, category: category, amount: amount, drivers: drivers,
                    basis: notes.joined(separator: "; ") + (notes.count > 1 || stopNote != nil ? " (by days)" : "")))
        }
        return lines
    }

    /// Replacements of systems whose own product goes out of support, priced at a multiple of their annual cost.
    static func replacementLines(
        context: FinanceContext, migrating: [String: PlannedMigration], problems: inout [String]
    ) -> (lines: [FinanceLine], purchases: [CapitalPurchase]) {
        let finance = context.policy.finance
        var lines: [FinanceLine] = []
        var purchases: [CapitalPurchase] = []
        for due in context.replacements where migrating[due.system.id] == nil {
            guard let annual = due.system.annualCost, annual > .zero else {
                problems.append(
                    "\(due.system.id) \(due.system.name): \(due.product) \(due.phase) ends \(due.lastSupportedDay), but the register gives no annual cost, so its replacement is not priced"
                )
                continue
            }
            let date = max(due.lastSupportedDay, context.asOf)
            let year = context.policy.financialYear(containing: date)
            let amount = FinanceMath.times(annual, finance.systemReplacementMultiple)
            let capital = amount >= context.policy.capitalisationThreshold
            let when =
                due.lastSupportedDay < context.asOf
                ? "\(due.phase) ended \(due.lastSupportedDay) (layer \(due.layer)): replaced in the as-of year"
                : "\(due.phase) ends \(due.lastSupportedDay) (layer \(due.layer)): replaced by then"
            lines.append(
                FinanceLine(
                    year: year, type: capital ? .capital : .revenue, category: .systemReplacement, amount: amount,
                    drivers: "\(due.system.id) \(due.system.name): \(due.product)",
                    basis:
                        "\(when); \(FinanceMath.plain(finance.systemReplacementMultiple, digits: 2)) × annual cost \(annual.wholePounds) (policy finance_system_replacement_multiple\(estimate("finance_system_replacement_multiple", policy: context.policy))); \(capital ? "capital" : "revenue"): \(capital ? "at or above" : "below") the \(context.policy.capitalisationThreshold.wholePounds) threshold (policy capitalisation_threshold)"
                ))
            if capital {
                purchases.append(
                    CapitalPurchase(date: date, amount: amount, group: "systems", lifeYears: finance.systemLifeYears))
            }
        }
        return (lines, purchases)
    }
}
