import Foundation

/// The carbon section's Markdown: headline, trajectory and chart, options, where the carbon comes from, the
/// Greening Government ICT shape, and the method with every factor and its source.
struct CarbonNarrative {
    let analysis: CarbonAnalysis
    let comparisons: [CarbonComparison]
    let title: String
    /// The as-of year's groups by dimension, where already worked out.
    let breakdowns: [CarbonDimension: [CarbonGroup]]

    /// The as-of year's groups by `dimension`.
    func groups(by dimension: CarbonDimension) -> [CarbonGroup] {
        breakdowns[dimension] ?? analysis.groups(by: dimension)
    }

    /// The table of ``groups(by:)``, the first `limit` and the rest summed.
    func table(by dimension: CarbonDimension, limit: Int? = nil) -> String {
        CarbonTables.groups(analysis, by: dimension, limit: limit, groups: groups(by: dimension)).markdown()
    }

    /// `12.35 tCO2e`.
    static func tonnes(_ kilograms: Double) -> String { CarbonNumber.grouped(kilograms / 1_000, digits: 2) + " tCO2e" }

    func markdown() -> String {
        let a = analysis
        let now = a.years.first?.description ?? ""
        let last = a.years.last?.description ?? ""
        var md = "## \(title)\n\n"
        md += "What the estate emits in \(now), from what, the path to \(a.policy.netZeroYear) (\(last)), "
        md += "and what each option would save. Emissions are location-based: electricity (Scope 2) at the UK grid "
        md += "factor of each year, and manufacture (Scope 3, capital goods) amortised straight-line over each "
        md += "device's expected life. Every figure is an estimate built from the reference factors listed at the "
        md += "end with their sources; `estate carbon --by asset` lists each asset's figures and the basis of each.\n\n"
        md += headline() + "\n"
        md += "### Trajectory to \(last)\n\n"
        md += CarbonTables.trajectory(a).markdown() + "\n" + chart() + "\n"
        md += "The refresh plan replaces each in-use physical device when its policy refresh cycle ends (on the "
        md += "as-of date when it is already past it) with a class-default device, whose manufacture is amortised "
        md += "from then. Devices not seen for \(a.policy.staleAfterDays) days or more, and spares in stock, draw "
        md += "no power and are not replaced. Grid factors after 2025 are projections (see the factors below).\n\n"
        md += options()
        md += "### Where it comes from in \(now)\n\n"
        md += "#### By class\n\n" + table(by: .class) + "\n"
        md += "#### By hosting\n\n" + table(by: .hosting) + "\n"
        md += "#### By site (top 10)\n\n" + table(by: .site, limit: 10) + "\n"
        md += "#### By department (top 10)\n\n" + table(by: .department, limit: 10) + "\n"
        md += "#### By system (top 10)\n\n"
        md += "A hypervisor host's figures are shared among its virtual machines by vCPUs, and each server's among "
        md += "the systems that run on it; end-user devices, network and storage are not attributed to systems.\n\n"
        md += table(by: .system, limit: 10) + "\n"
        md += greeningGovernment()
        md += method()
        return md
    }

    func headline() -> String {
        let a = analysis
        let now = a.currentYear
        let end = a.finalYear
        let nowLabel = a.years.first?.description ?? ""
        let endLabel = a.years.last?.description ?? ""
        let endGrid = a.factorsUsed.first { $0.id == "grid-intensity-uk.csv \(a.years.last?.startYear ?? 0)" }
        let change = now.totalKg > 0 ? (end.totalKg - now.totalKg) / now.totalKg * 100 : 0
        let classes = groups(by: .class)
        let top = classes.first.map {
            "\($0.name): \(CarbonNumber.plain(now.totalKg > 0 ? $0.figure.totalKg / now.totalKg * 100 : 0, digits: 0))%"
        }
        let lines = a.lines
        var matched = 0
        var cloud = 0
        var hosted = 0
        var unpowered = 0
        var unestimated = 0
        var estimated = 0
        for index in lines.indices {
            let estimate = lines[index].estimate
            if Self.citesManufacturer(estimate.kWhBasis) || Self.citesManufacturer(estimate.embodiedBasis) {
                matched += 1
            }
            switch estimate.use {
            case .cloud: cloud += 1
            case .inHost: hosted += 1
            case .stale, .inStock: unpowered += 1
            case .notEstimated: unestimated += 1
            case .inUse, .neverSeen: break
            }
            if estimate.isEstimate { estimated += 1 }
        }
        var md = "| Measure | Value | Basis |\n|---|---:|---|\n"
        md +=
            "| Emissions in \(nowLabel) | \(Self.tonnes(now.totalKg)) | electricity \(Self.tonnes(now.operationalKg)) + manufacture \(Self.tonnes(now.embodiedKg)) |\n"
        md +=
            "| Electricity in \(nowLabel) | \(CarbonNumber.grouped(now.kWh, digits: 0)) kWh | at the devices × the PUE of where they are hosted (\(CarbonNumber.grouped(now.itKWh, digits: 0)) kWh at the devices) |\n"
        md +=
            "| Emissions in \(endLabel) | \(Self.tonnes(end.totalKg)) | \(CarbonNumber.plain(change, digits: 0))% on \(nowLabel); UK grid \(endGrid.map { String($0.value) } ?? "?") kgCO2e/kWh (projection) and the refresh plan |\n"
        md +=
            "| Net-zero target | \(a.policy.netZeroYear) | policy `net_zero_year`; \(Self.tonnes(end.totalKg)) would remain in \(endLabel) without further action |\n"
        if let top { md += "| Largest source | \(Markdown.escape(top)) | of \(nowLabel)'s total, by class |\n" }
        md +=
            "| Assets estimated | \(Table.grouped(Int64(lines.count - unestimated))) of \(Table.grouped(Int64(lines.count))) in service | \(matched) with the manufacturer's own figures for the model, the rest class defaults; \(cloud) cloud VMs by Cloud Carbon Footprint's method; \(hosted) VMs counted in their hosts; \(unestimated) not estimated (no factors for their class) |\n"
        md +=
            "| Assumed unused | \(Table.grouped(Int64(unpowered))) | not seen for \(a.policy.staleAfterDays)+ days, or in stock: no electricity, not replaced |\n"
        md +=
            "| Assets resting on an estimated device, PUE or date | \(Table.grouped(Int64(estimated))) | flagged in `estate carbon --by asset`; besides, every grid factor after 2025 is a projection (the factors below say which are ESTIMATE) |\n"
        return md
    }

    private static let manufacturerFile = Array("manufacturer-pcf.csv".utf8)

    /// Whether a basis names `manufacturer-pcf.csv`, searched as bytes.
    static func citesManufacturer(_ basis: String) -> Bool {
        let needle = manufacturerFile
        var copy = basis
        return copy.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                var offset = 1
                while offset < needle.count, bytes[start + offset] == needle[offset] { offset += 1 }
                if offset == needle.count { return true }
            }
            return false
        }
    }

    func chart() -> String {
        let a = analysis
        return MermaidChart(
            title: "tCO2e per financial year (bars: total; line: electricity)", labels: a.years.map(\.description),
            yTitle: "tCO2e", bars: [a.totals.map { $0.totalKg / 1_000 }],
            lines: [a.totals.map { $0.operationalKg / 1_000 }], digits: 1
        ).markdown
    }

    func options() -> String {
        guard !comparisons.isEmpty else { return "" }
        let last = analysis.years.last?.description ?? ""
        var md = "### Options to \(last)\n\n"
        md += "Each option against the baseline above, from the as-of date to \(last). A positive saving is carbon "
        md += "avoided; its value is at DESNZ's \(comparisons[0].series.rawValue) carbon values for appraisal "
        md += "(real 2022 prices), and the present value discounts it at the policy's rate "
        md += "(\(analysis.policy.discountRate * 100)%).\n\n"
        md += CarbonTables.scenarios(comparisons).markdown() + "\n"
        md += "Year by year (total tCO2e under each option, and its saving):\n\n"
        md += CarbonTables.trajectory(analysis, comparisons: comparisons).markdown() + "\n"
        return md
    }

    func greeningGovernment() -> String {
        var md = "### Greening Government ICT shape\n\n"
        md += "\(analysis.years.first?.description ?? "") as the Greening Government ICT and digital services return "
        md += "groups it. Each group's own electricity and manufacture; the cooling and power overhead of "
        md += "everything hosted in comms rooms, the data centre and colocation (PUE above 1) is counted under the "
        md +=
            "data centre with storage. Cloud is the provider's electricity and manufacture: Scope 3 for the council.\n\n"
        md += CarbonTables.greeningGovernmentICT(analysis).markdown() + "\n"
        if let users = analysis.users {
            md +=
                "kWh per user divides by \(Table.grouped(Int64(users.count))) users: \(Markdown.escape(users.basis)).\n\n"
        } else {
            md += "No user count is known (set `carbon_users` in the policy), so kWh per user is not shown.\n\n"
        }
        return md
    }

    func method() -> String {
        let policy = analysis.policy
        var md = "### Method, factors and sources\n\n"
        md += "- Electricity a year: the model's typical energy consumption (TEC) from its manufacturer's footprint "
        md += "where the model matches, else the class default; end-user devices at "
        md +=
            "\(Table.grouped(Int64(policy.carbon.endUserHoursPerYear))) hours a year in use (policy `carbon_end_user_hours`), printers at "
        md += "their TEC, servers, storage and network 24×7.\n"
        md += "- Operational kgCO2e = kWh × PUE of the hosting setting (none on desks) × UK grid factor of the year "
        md += "the financial year starts in.\n"
        md += "- Embodied kgCO2e: the model's manufacturer figure (gwp_total × (1 − use ratio)) where it matches, "
        md += "else the class default, amortised straight-line over the policy refresh cycle from the purchase date; "
        md += "nothing once fully amortised.\n"
        md += "- Cloud VMs (Cloud Carbon Footprint): average watts = min + utilisation × (max − min) per vCPU at "
        md += "\(CarbonNumber.plain(policy.carbon.cloudUtilisationPercent, digits: 0))%, plus memory above SPECpower's "
        md += "reference and SSD storage with the provider's replication, × the provider's PUE × the region's grid "
        md += "factor; embodied = host embodied × hours ÷ 35,040 × vCPUs ÷ the family's largest vCPUs.\n"
        md += "- Virtual machines on hosts in the inventory are counted in their hosts.\n\n"
        md += "Factors used (ESTIMATE and UNVERIFIED rows are estimates):\n\n"
        md += CarbonTables.factors(analysis, comparisons: comparisons).markdown() + "\n"
        md += "Sources and licences: manufacturer footprints and the class medians derived from them come from "
        md += "Boavizta environmental-footprint-data (snapshot 2023-02-23), available under the Open Database "
        md += "License (ODbL) 1.0; Estate's `manufacturer-pcf.csv` is a derivative database under the same licence. "
        md += "Cloud constants come from Cloud Carbon Footprint (Apache-2.0). UK grid factors and carbon values for "
        md += "appraisal are DESNZ's, under the Open Government Licence v3.0; grid projections follow the Climate "
        md += "Change Committee's Sixth Carbon Budget pathway. PUE figures are Uptime Institute, Equinix and cloud "
        md += "providers' published values, and Estate's estimates for comms rooms.\n\n"
        return md
    }
}
