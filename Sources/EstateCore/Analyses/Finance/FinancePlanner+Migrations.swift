import Foundation

extension FinancePlanner {
    /// The shares of physical assets each migration frees, by asset id.
    ///
    /// A server running several systems is shared equally among them; a virtual machine frees its share of its
    /// host by vCPUs (by count when any guest's vCPUs are unknown), divided among the systems on the VM.
    static func cuts(
        for migrations: [PlannedMigration], context: FinanceContext, problems: inout [String]
    ) -> [String: [MigrationCut]] {
        var cuts: [String: [MigrationCut]] = [:]
        for migration in migrations {
            guard let system = context.systemsById[migration.systemId] else { continue }
            for id in migration.assetIds ?? system.assetIds {
                guard let asset = context.assetsById[id] else {
                    problems.append(
                        "planned migration of \(migration.systemId): asset \(id) is not in the inventory; nothing freed for it"
                    )
                    continue
                }
                let sharers = max(1, context.systemsByAsset[id]?.count ?? 1)
                let sharedNote = sharers > 1 ? ", shared by \(sharers) systems" : ""
                let isVirtual = asset.assetClass == .virtualMachine || (asset.isVirtual ?? false)
                if !isVirtual {
                    cuts[id, default: []].append(
                        MigrationCut(
                            systemId: migration.systemId, date: migration.date, share: 1 / Decimal(sharers),
                            reason: "\(asset.hostname ?? id) runs \(system.id)\(sharedNote)"))
                } else if let host = asset.hostId, context.assetsById[host] != nil {
                    let guests = context.guestsByHost[host] ?? [asset]
                    let cores = guests.map { $0.cores ?? 0 }
                    let share: Decimal
                    let how: String
                    if cores.allSatisfy({ $0 > 0 }), let own = asset.cores {
                        let total = cores.reduce(0, +)
                        share = Decimal(own) / Decimal(total) / Decimal(sharers)
                        how = "\(asset.hostname ?? id) has \(own) of the \(total) vCPUs on \(host)\(sharedNote)"
                    } else {
                        share = 1 / Decimal(guests.count) / Decimal(sharers)
                        how = "\(asset.hostname ?? id) is 1 of \(guests.count) virtual machines on \(host)\(sharedNote)"
                    }
                    cuts[host, default: []].append(
                        MigrationCut(systemId: migration.systemId, date: migration.date, share: share, reason: how))
                }
            }
        }
        return cuts
    }

    /// Each migration's one-off cost and run cost, and the electricity of the shares of servers it frees.
    static func migrationLines(
        _ migrations: [PlannedMigration], cuts: [String: [MigrationCut]], context: FinanceContext
    ) -> (lines: [FinanceLine], purchases: [CapitalPurchase]) {
        let policy = context.policy
        var lines: [FinanceLine] = []
        var purchases: [CapitalPurchase] = []
        for migration in migrations {
            let name = context.systemsById[migration.systemId]?.name ?? migration.systemId
            let drivers = "\(migration.systemId) \(name) to \(migration.target.rawValue) on \(migration.date)"
            if migration.oneOffCost != .zero {
                let capital =
                    policy.finance.migrationOneOff == .capital && migration.oneOffCost >= policy.capitalisationThreshold
                let rule =
                    policy.finance.migrationOneOff == .revenue
                    ? "revenue (policy finance_migration_one_off)"
                    : capital
                        ? "capital (policy finance_migration_one_off), at or above the \(policy.capitalisationThreshold.wholePounds) threshold"
                        : "revenue: below the \(policy.capitalisationThreshold.wholePounds) threshold (policy capitalisation_threshold)"
                lines.append(
                    FinanceLine(
                        year: policy.financialYear(containing: migration.date), type: capital ? .capital : .revenue,
                        category: .migration, amount: migration.oneOffCost, drivers: drivers,
                        basis: "one-off cost \(migration.oneOffCost.wholePounds) (\(migration.basis)); \(rule)"))
                if capital {
                    purchases.append(
                        CapitalPurchase(
                            date: migration.date, amount: migration.oneOffCost, group: "systems",
                            lifeYears: policy.finance.systemLifeYears))
                }
            }
            let runCosts = FinanceMath.spread(
                migration.annualRunCost, from: migration.date, until: context.horizonEnd.adding(days: 1),
                over: context.spans)
            for (year, amount) in zip(context.years, runCosts) {
                guard amount != .zero else { continue }
                lines.append(
                    FinanceLine(
                        year: year, type: .revenue, category: migration.runCategory, amount: amount,
                        drivers: drivers,
                        basis:
                            "\(migration.annualRunCost.wholePounds) a year from \(migration.date) (\(migration.basis)); no uplift assumed\(year.contains(migration.date) ? " (by days)" : "")"
                    ))
            }
            if let energy = context.energy {
                lines += savedEnergyLines(migration, cuts: cuts, energy: energy, context: context, drivers: drivers)
            }
        }
        return (lines, purchases)
    }

    /// The electricity no longer used by the shares of servers a migration frees, as negative revenue.
    static func savedEnergyLines(
        _ migration: PlannedMigration, cuts: [String: [MigrationCut]], energy: FinanceEnergy, context: FinanceContext,
        drivers: String
    ) -> [FinanceLine] {
        var lines: [FinanceLine] = []
        let freed = cuts.keys.sorted().compactMap { id -> (String, Decimal)? in
            let share = (cuts[id] ?? []).filter { $0.systemId == migration.systemId }.reduce(Decimal(0)) {
                $0 + $1.share
            }
            return share > 0 && energy.isPowered(id) ? (id, share) : nil
        }
        guard !freed.isEmpty else { return [] }
        let from = migration.date.daysSinceEpoch
        let until = context.horizonEnd.adding(days: 1).daysSinceEpoch
        for (index, (year, span)) in zip(context.years, context.spans).enumerated() {
            let days = span.overlap(from, until)
            guard days > 0 else { continue }
            var kWh = Decimal(0)
            for (id, share) in freed {
                let yearly = FinanceEnergy.wholeKWh(energy.kWh(of: id).map { $0[$0.startIndex + index] } ?? 0)
                kWh += yearly * min(share, 1) * Decimal(days) / Decimal(span.length)
            }
            let amount = FinanceMath.money(-kWh * context.policy.energyPricePerKWh)
            guard amount != .zero else { continue }
            lines.append(
                FinanceLine(
                    year: year, type: .revenue, category: .energy, amount: amount,
                    drivers: "\(drivers): frees \(FinanceText.ids(freed.map(\.0)))",
                    basis:
                        "electricity no longer used: \(FinanceMath.kWh(kWh)) (carbon analysis, × the share freed) × £\(context.policy.energyPricePerKWh) per kWh (policy energy_price_per_kwh)"
                ))
        }
        return lines
    }
}
