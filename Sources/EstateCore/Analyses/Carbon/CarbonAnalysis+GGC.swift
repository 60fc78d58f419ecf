/// The groups of the Greening Government ICT and digital services return.
public enum GGCCategory: String, CaseIterable, Sendable {
    case endUserDevices = "end-user-devices"
    case peripherals
    case network
    case servers
    case dataCentre = "data-centre"
    case cloud

    /// The group's name in the return.
    public var title: String {
        switch self {
        case .endUserDevices: "End-user devices"
        case .peripherals: "Peripherals (monitors, printers)"
        case .network: "Network"
        case .servers: "Servers"
        case .dataCentre: "Data centre (storage; cooling and power overhead)"
        case .cloud: "Cloud services (the provider's Scope 3)"
        }
    }

    /// The group of an asset class's own energy and manufacture.
    public static func of(_ assetClass: AssetClass) -> GGCCategory {
        switch assetClass {
        case .desktop, .laptop, .workstation, .thinClient, .tablet, .smartphone: .endUserDevices
        case .monitor, .printer: .peripherals
        case .network, .firewall: .network
        case .server, .virtualMachine, .other: .servers
        case .storage: .dataCentre
        }
    }
}

/// One line of the Greening Government ICT shape: a year's electricity (Scope 2) and manufacture (Scope 3).
public struct GGCLine: Sendable, Hashable {
    public var category: GGCCategory
    public var assets: Int
    /// Electricity at the devices; the data centre line holds the hosting overhead.
    public var kWh: Double
    /// Electricity, location-based Scope 2 (for cloud, the provider's electricity).
    public var electricityKg: Double
    /// Manufacture, Scope 3 category 2 (capital goods), amortised.
    public var manufacturingKg: Double
    /// Electricity and manufacture.
    public var totalKg: Double { electricityKg + manufacturingKg }
}

extension CarbonAnalysis {
    /// The year's figures as the Greening Government ICT return groups them.
    ///
    /// Each asset's own electricity and manufacture go to its class's group; the hosting overhead of
    /// everything in comms rooms, the data centre and colocation (the PUE above 1) goes to the data centre,
    /// with storage; cloud VMs are a group of their own. The lines add up to the year's total.
    public func greeningGovernmentICT(yearIndex: Int = 0) -> [GGCLine] {
        guard years.indices.contains(yearIndex) else { return [] }
        // Totals in an array by category: hashing a category seven times a line cost more than the sums.
        let categories = GGCCategory.allCases
        var out = categories.map { GGCLine(category: $0, assets: 0, kWh: 0, electricityKg: 0, manufacturingKg: 0) }
        let cloud = categories.firstIndex(of: .cloud) ?? 0
        let dataCentre = categories.firstIndex(of: .dataCentre) ?? 0
        for index in lines.indices {
            let figure = lines[index].years[yearIndex]
            let slot: Int
            if case .cloud = lines[index].estimate.setting {
                slot = cloud
            } else {
                slot = categories.firstIndex(of: .of(lines[index].estimate.assetClass)) ?? 0
            }
            out[slot].assets += 1
            if slot == cloud {
                out[slot].kWh += figure.kWh
                out[slot].electricityKg += figure.operationalKg
            } else {
                out[slot].kWh += figure.itKWh
                out[slot].electricityKg += figure.operationalKg - figure.overheadKg
                out[dataCentre].kWh += figure.kWh - figure.itKWh
                out[dataCentre].electricityKg += figure.overheadKg
            }
            out[slot].manufacturingKg += figure.embodiedKg
        }
        return out
    }

    /// People the estate serves, for kWh per user: the policy's count, else the largest user count of any
    /// system (a proxy for staff), with the basis; `nil` when neither is known.
    public var users: (count: Int, basis: String)? {
        if let users = policy.carbon.users { return (users, "policy carbon_users") }
        let largest = estate.systems.filter { $0.users != nil }.max {
            ($0.users ?? 0, $1.id) < ($1.users ?? 0, $0.id)
        }
        guard let system = largest, let count = system.users, count > 0 else { return nil }
        return (count, "largest user count of any system: \(system.id) \(system.name) (a proxy; set carbon_users)")
    }
}
