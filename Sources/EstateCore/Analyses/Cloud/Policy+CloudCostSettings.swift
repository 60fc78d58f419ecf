import Foundation

extension Policy {
    /// What proposed migrations cost and when they cut over; appended to ``Policy/cloudSettings``.
    static let cloudCostSettings: [Setting] = [
        .moneyMap(
            key: "cloud_migration_cost",
            rationale:
                "ESTIMATE: about £750 a day for a migration partner and council staff: S 20 days, M 50, L 120, XL 250 (planning, data migration, testing, parallel running); replace with quotes",
            keys: CloudEffortSize.allCases.map { ($0.rawValue, $0) }, \.cloud.costing.oneOffCost),
        .multiple(
            key: "cloud_saas_cost_ratio",
            rationale:
                "ESTIMATE: a supplier's SaaS replaces the licence and support contract and adds hosting, commonly about 20% more than the on-premises contract",
            upTo: 10, \.cloud.costing.saasCostRatio),
        .money(
            key: "cloud_saas_cost_per_user",
            rationale:
                "ESTIMATE: £100 per user a year for a line-of-business SaaS, used only when the register gives users but no annual cost",
            \.cloud.costing.saasCostPerUser),
        .moneyMap(
            key: "cloud_run_cost_per_vcpu",
            rationale:
                "ESTIMATE: a general-purpose cloud virtual machine in a UK region pay-as-you-go, with its Windows licence, disks and backup, about £500 per vCPU a year (IaaS); platform services drop the OS and right-size, about £400 (PaaS); reservations cut both",
            keys: [("iaas", SystemHosting.iaas), ("paas", SystemHosting.paas)], \.cloud.costing.runCostPerVCPU),
        wholeNumber(
            key: "cloud_assumed_vcpus",
            rationale:
                "ESTIMATE: a typical council application server has four vCPUs, for servers with no cores recorded",
            range: 1...1_024, keyPath: \.cloud.costing.assumedVCPUs, unit: "vCPUs"),
        .optionalDate(
            key: "cloud_first_cut_over",
            rationale:
                "ESTIMATE: the first wave cuts over at the start of the next financial year, leaving time to procure and plan",
            whenNull: "the first day of the financial year after the as-of date", \.cloud.costing.firstCutOver),
        wholeNumber(
            key: "cloud_wave_interval_months",
            rationale: "ESTIMATE: a wave every six months, as a council team with a partner can cut over and settle",
            range: 1...60, keyPath: \.cloud.costing.waveIntervalMonths, unit: "months"),
    ]
}
