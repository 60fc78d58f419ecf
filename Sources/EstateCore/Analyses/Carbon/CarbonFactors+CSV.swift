import Foundation

extension CarbonFactors {
    /// The files the factors are read from, without `.csv`, as shipped in `Resources/carbon/`.
    public static let fileNames = [
        "device-defaults", "manufacturer-pcf", "grid-intensity-uk", "pue", "cloud-coefficients",
        "ccf-embodied-instance-examples", "cloud-region-factors-uk", "ccf-microarchitecture-coefficients",
        "appraisal",
    ]

    /// Reads the factors from the files' bytes, keyed by file name without `.csv`.
    ///
    /// - Throws: ``CarbonFactorsError`` naming the file, line and column of the first damaged cell, or a
    ///   missing file.
    public init(files: [String: Data]) throws(CarbonFactorsError) {
        func table(_ name: String, _ required: [String]) throws(CarbonFactorsError) -> CarbonCSVTable {
            guard let data = files[name] else {
                throw CarbonFactorsError(file: "carbon/\(name).csv", expected: "the file", found: "no such file")
            }
            return try CarbonCSVTable(data, file: "carbon/\(name).csv", required: required)
        }
        let profiles = try Self.profiles(
            table(
                "device-defaults",
                [
                    "class", "embodied_kgco2e", "yearly_kwh", "typical_watts_active", "typical_watts_idle",
                    "lifetime_years", "sample_count", "source",
                ]))
        let footprints = try Self.footprints(
            table(
                "manufacturer-pcf",
                [
                    "manufacturer", "name", "yearly_tec", "report_date", "device_class_derived",
                    "embodied_kgco2e_derived",
                ]
            ))
        let grid = try Self.grid(
            table("grid-intensity-uk", ["year", "kgco2e_per_kwh", "kind", "source", "verification"]))
        let pue = try Self.pue(table("pue", ["setting", "pue", "source", "status"]))
        let cloud = try Self.cloud(
            table(
                "cloud-coefficients",
                [
                    "provider", "min_watts_per_vcpu", "max_watts_per_vcpu", "memory_kwh_per_gb_hour",
                    "ssd_wh_per_tb_hour", "hdd_wh_per_tb_hour", "network_kwh_per_gb", "pue", "source",
                    "default_cpu_utilisation_pct", "server_expected_lifespan_hours",
                ]))
        let hostsTable = try table(
            "ccf-embodied-instance-examples",
            ["provider", "instance_type", "vcpu", "largest_vcpu_in_family", "host_embodied_kgco2e", "source"])
        var hosts: [CloudHostEmbodied] = []
        for row in hostsTable.rows {
            hosts.append(
                CloudHostEmbodied(
                    provider: hostsTable.text(row, "provider"), instanceType: hostsTable.text(row, "instance_type"),
                    vcpu: try hostsTable.integer(row, "vcpu"),
                    largestVCPUInFamily: try hostsTable.integer(row, "largest_vcpu_in_family"),
                    hostEmbodiedKgCO2e: try hostsTable.number(row, "host_embodied_kgco2e"),
                    source: hostsTable.text(row, "source")))
        }
        let regionsTable = try table(
            "cloud-region-factors-uk", ["provider", "region", "kgco2e_per_kwh", "source", "origin"])
        var regions: [CloudRegionFactor] = []
        for row in regionsTable.rows {
            regions.append(
                CloudRegionFactor(
                    provider: regionsTable.text(row, "provider"), region: regionsTable.text(row, "region"),
                    kgCO2ePerKWh: try regionsTable.number(row, "kgco2e_per_kwh"),
                    source: regionsTable.text(row, "source"),
                    origin: regionsTable.text(row, "origin")))
        }
        let memory = try Self.referenceMemory(
            table(
                "ccf-microarchitecture-coefficients",
                ["microarchitecture", "aws_gb_per_chip", "azure_gb_per_chip"]))
        let appraisal = try Self.appraisal(
            table(
                "appraisal",
                ["year", "carbon_value_gbp_per_tco2e_central", "source", "carbon_value_low", "carbon_value_high"]))
        self.init(
            profiles: profiles, footprints: footprints, grid: grid, pue: pue, cloud: cloud, cloudHosts: hosts,
            cloudRegions: regions, referenceMemoryGBPerChip: memory, appraisal: appraisal)
    }

    static func profiles(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [String: DeviceProfile] {
        var out: [String: DeviceProfile] = [:]
        for row in table.rows {
            let source = table.text(row, "source")
            let name = table.text(row, "class")
            out[name] = DeviceProfile(
                name: name, embodiedKgCO2e: try table.number(row, "embodied_kgco2e"),
                yearlyKWh: try table.number(row, "yearly_kwh"),
                activeWatts: try table.number(row, "typical_watts_active"),
                idleWatts: try table.number(row, "typical_watts_idle"),
                lifetimeYears: try table.number(row, "lifetime_years"),
                sampleCount: try table.integer(row, "sample_count"),
                source: source, status: source.hasPrefix("ESTIMATE") ? .estimate : .verified, line: row.line)
        }
        return out
    }

    static func footprints(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [ManufacturerFootprint] {
        var out: [ManufacturerFootprint] = []
        out.reserveCapacity(table.rows.count)
        for row in table.rows {
            out.append(
                ManufacturerFootprint(
                    manufacturer: table.text(row, "manufacturer"), name: table.text(row, "name"),
                    deviceClass: table.text(row, "device_class_derived"),
                    embodiedKgCO2e: try table.optionalNumber(row, "embodied_kgco2e_derived"),
                    yearlyKWh: try table.optionalNumber(row, "yearly_tec"), reportDate: table.text(row, "report_date"),
                    line: row.line))
        }
        return out
    }

    static func grid(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [Int: GridFactor] {
        var out: [Int: GridFactor] = [:]
        for row in table.rows {
            let year = try table.integer(row, "year")
            out[year] = GridFactor(
                year: year, kgCO2ePerKWh: try table.number(row, "kgco2e_per_kwh"),
                isProjection: table.text(row, "kind") == "projection", source: table.text(row, "source"),
                status: table.text(row, "verification").hasPrefix("ESTIMATE") ? .estimate : .verified)
        }
        return out
    }

    static func pue(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [String: PUEFactor] {
        var out: [String: PUEFactor] = [:]
        for row in table.rows {
            let status: FactorStatus
            switch table.text(row, "status") {
            case let text where text.hasPrefix("estimate"): status = .estimate
            case let text where text.hasPrefix("reference"): status = .reference
            case let text where text.hasPrefix("convention"): status = .convention
            case let text where text.hasPrefix("verified"): status = .verified
            case let text:
                throw CarbonFactorsError(
                    file: table.file, line: row.line, column: "status",
                    expected: "estimate, reference, convention or verified…", found: "\"\(text)\"")
            }
            let setting = table.text(row, "setting")
            out[setting] = PUEFactor(
                setting: setting, pue: try table.number(row, "pue"), source: table.text(row, "source"), status: status)
        }
        return out
    }

    static func cloud(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [CloudProvider: CloudCoefficients] {
        var out: [CloudProvider: CloudCoefficients] = [:]
        for row in table.rows {
            let name = table.text(row, "provider")
            guard let provider = CloudProvider(rawValue: name) else {
                throw CarbonFactorsError(
                    file: table.file, line: row.line, column: "provider", expected: "aws, azure or gcp",
                    found: "\"\(name)\"")
            }
            out[provider] = CloudCoefficients(
                provider: provider, minWattsPerVCPU: try table.number(row, "min_watts_per_vcpu"),
                maxWattsPerVCPU: try table.number(row, "max_watts_per_vcpu"),
                memoryKWhPerGBHour: try table.number(row, "memory_kwh_per_gb_hour"),
                ssdWhPerTBHour: try table.number(row, "ssd_wh_per_tb_hour"),
                hddWhPerTBHour: try table.number(row, "hdd_wh_per_tb_hour"),
                networkKWhPerGB: try table.number(row, "network_kwh_per_gb"), pue: try table.number(row, "pue"),
                defaultUtilisationPercent: try table.number(row, "default_cpu_utilisation_pct"),
                serverLifespanHours: try table.optionalNumber(row, "server_expected_lifespan_hours") ?? 35_040,
                source: table.text(row, "source"))
        }
        return out
    }

    static func referenceMemory(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [CloudProvider: Double] {
        guard let row = table.rows.first(where: { table.text($0, "microarchitecture").hasPrefix("(fallback") }) else {
            throw CarbonFactorsError(
                file: table.file, expected: "a \"(fallback when unknown)\" row", found: "none")
        }
        return [.aws: try table.number(row, "aws_gb_per_chip"), .azure: try table.number(row, "azure_gb_per_chip")]
    }

    static func appraisal(_ table: CarbonCSVTable) throws(CarbonFactorsError) -> [Int: AppraisalValue] {
        var out: [Int: AppraisalValue] = [:]
        for row in table.rows {
            let year = try table.integer(row, "year")
            out[year] = AppraisalValue(
                year: year, central: try table.money(row, "carbon_value_gbp_per_tco2e_central"),
                low: try table.money(row, "carbon_value_low"), high: try table.money(row, "carbon_value_high"),
                source: table.text(row, "source"))
        }
        return out
    }
}
