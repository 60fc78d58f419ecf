import Foundation

/// The migrations cloud readiness proposes, priced for the finance plan, with what could not be priced.
public struct CloudMigrationProposal: Sendable, Hashable {
    /// One per system that moves in a wave, cutting over on its wave's date (including those whose conditions
    /// must be settled first: readiness places them in a later wave).
    public var migrations: [PlannedMigration]
    /// Moves priced on an assumption or not at all, in words (a SaaS with no cost or users in the register).
    public var notes: [String]
    /// The first wave's cut-over date and where it comes from.
    public var calendar: String
}

extension CloudReadiness {
    /// The proposed migrations: every system that moves to the cloud in a wave, cut over on its wave's date
    /// (``CloudCosting/firstCutOver`` plus ``CloudCosting/waveIntervalMonths`` a wave), with a one-off cost by
    /// its effort size and a run cost by its target.
    ///
    /// Repurchase becomes a SaaS subscription (the current annual cost × ``CloudCosting/saasCostRatio``, else
    /// users × ``CloudCosting/saasCostPerUser``) that ends the support contract. Rehost and relocate run on IaaS,
    /// replatform and refactor on PaaS, priced per vCPU a year over the system's share of its servers; rehost,
    /// relocate and replatform keep the software's contract, while a refactored system is rebuilt and ends it.
    public func plannedMigrations(estate: Estate) -> CloudMigrationProposal {
        let costing = policy.cloud.costing
        let first = costing.firstCutOver ?? policy.financialYear(containing: asOf).next.firstDay
        let calendar =
            costing.firstCutOver != nil
            ? "wave 1 cuts over on \(first) (policy cloud_first_cut_over), then one every \(costing.waveIntervalMonths) months (policy cloud_wave_interval_months)"
            : "wave 1 cuts over on \(first), the start of the next financial year (default of policy cloud_first_cut_over), then one every \(costing.waveIntervalMonths) months (policy cloud_wave_interval_months)"
        let registered = Dictionary(estate.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let assetsById = estate.assetsById
        var sharers: [String: Int] = [:]
        for system in estate.systems {
            for id in Set(system.assetIds) { sharers[id, default: 0] += 1 }
        }
        var migrations: [PlannedMigration] = []
        var notes: [String] = []
        for assessment in systems {
            guard assessment.disposition.movesToCloud, let wave = assessment.wave,
                let system = registered[assessment.id]
            else { continue }
            if !assessment.readiness.canMove {
                notes.append(
                    "\(system.id) \(system.name): priced in wave \(wave) though its readiness is \(assessment.readiness.rawValue): its conditions must be settled (or its facts recorded) first"
                )
            }
            let date = costing.cutOver(wave: wave, first: first)
            let size = assessment.effort?.size ?? .m
            let oneOff = costing.oneOff(size)
            let oneOffBasis = "effort \(size.rawValue) \(oneOff.wholePounds) (policy cloud_migration_cost)"
            let run: (target: SystemHosting, cost: Money, basis: String, endsContract: Bool)
            if assessment.disposition == .repurchase {
                let priced = saasCost(system, costing: costing)
                if let note = priced.note { notes.append("\(system.id) \(system.name): \(note)") }
                run = (.saas, priced.cost, priced.basis, true)
            } else {
                let target: SystemHosting =
                    assessment.disposition == .replatform || assessment.disposition == .refactor ? .paas : .iaas
                let vCPUs = shareOfVCPUs(system, assets: assetsById, sharers: sharers, assumed: costing.assumedVCPUs)
                let perVCPU = costing.runCost(on: target)
                let cost = perVCPU.scaled(by: Int64(vCPUs.count), over: 1)
                run = (
                    target, cost,
                    "\(vCPUs.text) × \(perVCPU.wholePounds) per vCPU a year (policy cloud_run_cost_per_vcpu \(target.rawValue))",
                    assessment.disposition == .refactor
                )
            }
            migrations.append(
                PlannedMigration(
                    systemId: system.id, on: date, target: run.target, oneOffCost: oneOff, annualRunCost: run.cost,
                    endsSupportContract: run.endsContract,
                    basis:
                        "cloud readiness: \(assessment.disposition.rawValue) in wave \(wave); \(oneOffBasis); run \(run.basis)"
                        + (run.endsContract ? "" : "; the software's contract continues")))
        }
        return CloudMigrationProposal(migrations: migrations, notes: notes, calendar: calendar)
    }

    /// A SaaS subscription's yearly cost, how it was reached, and a note when it rests on users or nothing.
    private func saasCost(_ system: System, costing: CloudCosting) -> (cost: Money, basis: String, note: String?) {
        if let annual = system.annualCost, annual > .zero {
            let cost = FinanceMath.times(annual, costing.saasCostRatio)
            return (
                cost,
                "SaaS \(cost.wholePounds) a year = current annual cost \(annual.wholePounds) × \(costing.saasCostRatio) (policy cloud_saas_cost_ratio)",
                nil
            )
        }
        if let users = system.users, users > 0 {
            let cost = costing.saasCostPerUser.scaled(by: Int64(users), over: 1)
            return (
                cost,
                "SaaS \(cost.wholePounds) a year = \(users) users × \(costing.saasCostPerUser.wholePounds) (policy cloud_saas_cost_per_user)",
                "no annual cost in the register: the subscription is priced per user"
            )
        }
        return (
            .zero, "SaaS not priced: no annual cost or users in the register",
            "no annual cost or users in the register: the subscription is not priced"
        )
    }

    /// The vCPUs a system takes on its servers: each server's cores (or the assumed count) divided among the
    /// systems it runs.
    private func shareOfVCPUs(
        _ system: System, assets: AssetLookup, sharers: [String: Int], assumed: Int
    ) -> (count: Int, text: String) {
        var total = Decimal(0)
        var parts: [String] = []
        for id in system.assetIds {
            guard let asset = assets[id], asset.hosting != .cloud, asset.status?.isInService ?? true else { continue }
            let cores = asset.cores.flatMap { $0 > 0 ? $0 : nil }
            let share = max(1, sharers[id] ?? 1)
            total += Decimal(cores ?? assumed) / Decimal(share)
            parts.append(
                "\(asset.hostname ?? id) \(cores.map { "\($0)" } ?? "\(assumed) assumed (policy cloud_assumed_vcpus)")"
                    + (share > 1 ? " ÷ \(share) systems" : ""))
        }
        if parts.isEmpty {
            return (assumed, "\(assumed) vCPUs assumed, no servers in the register (policy cloud_assumed_vcpus)")
        }
        let whole = NSDecimalNumber(decimal: total).doubleValue.rounded(.up)
        return (Int(whole), "\(Int(whole)) vCPUs (\(parts.joined(separator: ", ")))")
    }
}
