import Foundation

/// The review pack's Markdown, in the order a committee reads it: summary, progress, risks, decisions, the
/// year's plan, carbon, storage, trends, organisations, method and appendix.
struct ReviewNarrative {
    let pack: ReviewPack
    let title: String
    let files: [String]

    func markdown() -> String {
        var md = "## \(Markdown.escape(title))\n\n"
        md += summary() + progress() + risks() + decisions() + plan() + carbon() + storage() + trends()
        md += organisations() + method() + appendix()
        return md
    }

    /// The headline figures now, at the previous review and the change.
    func summary() -> String {
        let now = pack.headline
        var md = "### Executive summary\n\n"
        md += "The estate on \(now.takenOn)"
        if let before = pack.previousHeadline {
            md += " against the previous review's snapshot of \(before.takenOn)"
        }
        md += ", with the plan for \(pack.year). "
        let money = pack.yearMoney
        md += "This year's plan: capital \(money.capital.wholePounds), revenue \(money.revenue.wholePounds); "
        md += "\(pack.risks.count) risks on high and critical systems; \(pack.actions.count) actions.\n\n"
        var table = Table(columns: [
            .init("measure", title: "Measure"), .init("now", title: "Now", alignment: .right),
            .init("before", title: "Previous review", alignment: .right),
            .init("change", title: "Change", alignment: .right),
        ])
        let before = pack.previousHeadline
        func row(
            _ name: String, _ value: (HeadlineFigures) -> Double?, digits: Int = 0, unit: String = "",
            changeUnit: String? = nil
        ) {
            let current = value(now)
            let previous = before.flatMap(value)
            func text(_ number: Double?) -> String {
                number.map { CarbonNumber.grouped($0, digits: digits) + unit } ?? "—"
            }
            var change = "—"
            if let current, let previous {
                let delta = current - previous
                change =
                    (delta > 0 ? "+" : delta < 0 ? "−" : "") + CarbonNumber.grouped(abs(delta), digits: digits) + unit
            }
            table.append([.init(name), .init(text(current)), .init(text(previous)), .init(change)])
        }
        func pounds(_ money: Money) -> Double { NSDecimalNumber(decimal: FinanceMath.pounds(money)).doubleValue }
        func double(_ value: Decimal?) -> Double? { value.map { NSDecimalNumber(decimal: $0).doubleValue } }
        row("Assets in service", { Double($0.assets) })
        row("Systems", { Double($0.systems) })
        row(
            "Share of assets out of support", { double($0.unsupportedShare.map { $0 * 100 }) }, digits: 1, unit: "%",
            changeUnit: " points")
        row("Systems out of support", { Double($0.unsupportedSystems) })
        row("Median end-user device age (years)", { double($0.medianDeviceAgeYears) }, digits: 1)
        row("Devices \(pack.current.policy.oldDeviceYears)+ years old", { Double($0.oldDevices) })
        row("Debt score (0-100)", { double($0.debtScore) }, digits: 1)
        row("Debt principal (£)", { pounds($0.debtPrincipal) })
        row("Emissions this financial year (tCO2e)", { double($0.tonnesCO2e) }, digits: 1)
        row("Next year's capital (£)", { pounds($0.nextYearCapital) })
        row("Next year's revenue (£)", { pounds($0.nextYearRevenue) })
        row("Storage held (TB)", { Double($0.storageBytes) / 1e12 }, digits: 1)
        md += table.markdown() + "\n"
        if let diff = pack.diff {
            let counts = diff.counts.filter { $0.count > 0 }.map { "\($0.count) \($0.change)" }
            md += "Since \(diff.from.takenOn): \(counts.isEmpty ? "nothing changed" : counts.joined(separator: ", ")) "
            md += "(every change in `review-changes.csv`; `estate diff \(diff.from.id) \(diff.to.id)` lists them).\n\n"
        } else {
            md += "There is no earlier snapshot, so no change is shown; ingest last year's inventory with "
            md += "`estate ingest --taken-on DATE` to compare.\n\n"
        }
        return md
    }

    /// Last year's actions: how many were due, done, outstanding, by kind; the outstanding severe ones.
    func progress() -> String {
        var md = "### Progress on last year's actions\n\n"
        guard let lastYear = pack.previousYear, let diff = pack.diff else {
            return md + "No previous review to follow up.\n\n"
        }
        let due = pack.progress.filter { $0.outcome != .notYetDue }
        md += "The plan made from the snapshot of \(diff.from.takenOn) for \(lastYear) held \(pack.progress.count) "
        md += "actions; \(due.count) were due by \(diff.to.takenOn). What the later snapshot shows:\n\n"
        var table = Table(columns: [
            .init("action", title: "Action"), .init("due", title: "Due", alignment: .right),
            .init("done", title: "Done", alignment: .right), .init("partly", title: "Partly", alignment: .right),
            .init("outstanding", title: "Outstanding", alignment: .right),
            .init("renewed", title: "Renewed as is", alignment: .right),
        ])
        let kinds = Array(Set(due.map { "\($0.action.source.rawValue): \($0.action.kind)" })).sorted()
        for kind in kinds {
            let entries = due.filter { "\($0.action.source.rawValue): \($0.action.kind)" == kind }
            func count(_ outcome: ActionProgress.Outcome) -> Int { entries.count(where: { $0.outcome == outcome }) }
            table.append([
                .init(kind), .init(entries.count), .init(count(.done)), .init(count(.partly)),
                .init(count(.outstanding)), .init(count(.renewed)),
            ])
        }
        md += table.markdown() + "\n"
        let open = due.filter { $0.outcome == .outstanding && $0.action.severity >= .high }
        if !open.isEmpty {
            md += "Outstanding high and critical actions (\(open.count); all in `review-progress.csv`):\n\n"
            for entry in open.prefix(10) {
                md += "- **\(Markdown.escape(entry.action.subjectName))** (\(entry.action.subjectId)): "
                md += "\(Markdown.escape(entry.action.what)); due \(entry.action.due), \(entry.evidence).\n"
            }
            md += "\n"
        }
        return md
    }

    /// Unsupported critical systems and single points of failure.
    func risks() -> String {
        var md = "### Top risks\n\n"
        guard !pack.risks.isEmpty else {
            return md + "No high or critical system is out of support or on one machine.\n\n"
        }
        md += "High and critical systems out of support, or that stop when one machine fails:\n\n"
        md += ReviewTables.risks(Array(pack.risks.prefix(15))).markdown() + "\n"
        if pack.risks.count > 15 { md += "\(pack.risks.count - 15) more in `review-risks.csv`.\n\n" }
        return md
    }
}
