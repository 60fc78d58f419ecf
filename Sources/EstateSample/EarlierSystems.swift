import EstateCore

/// The application register of a year before: today's systems, with the three that moved to the cloud
/// this year still on the Civic Centre cluster, and three systems decommissioned since.
enum EarlierSystems {
    /// Systems that ran on premises a year ago, with the servers they ran on then.
    static let migrated: [String: [String]] = [
        "APP021": ["EWKLMS01"], "APP045": ["EWKSFTP01"], "APP046": ["EWKCKAN01"],
    ]

    /// Systems switched off this year; contract ends count from the earlier date.
    // swift-format-ignore
    static let decommissioned: [SystemSpec] = [
        .init(id: "APP048", name: "Local Welfare Assistance", vendor: "In-house (ICT Development)", product: "Local Welfare Assistance database", version: "2.3", capability: "Revenues & Benefits", department: "Revenues & Benefits", users: 14, hosting: .onPremises, client: .browser, customisation: .bespoke, criticality: .medium, classification: .officialSensitive, integrations: ["APP003"], annualCostPounds: 4_000, contractMonths: nil, runsOn: ["EWKLWA01"], vendorSaaS: false),
        .init(id: "APP049", name: "Public Space CCTV Management", vendor: "Genetec", product: "Security Center", version: "5.7", capability: "Community Safety", department: "Environment & Regulatory Services", users: 9, hosting: .onPremises, client: .thick, customisation: .configured, criticality: .medium, classification: .officialSensitive, integrations: [], annualCostPounds: 18_500, contractMonths: 5, runsOn: ["EWKCCTV01"], vendorSaaS: true),
        .init(id: "APP050", name: "Room and Desk Booking", vendor: "Condeco", product: "Condeco", version: "8.3", capability: "Facilities Booking", department: "ICT", users: 1_200, hosting: .onPremises, client: .browser, customisation: .configured, criticality: .low, classification: .official, integrations: [], annualCostPounds: 12_000, contractMonths: 3, runsOn: ["EWKAPP02"], vendorSaaS: true),
    ]

    /// The earlier systems and the products recorded against them.
    ///
    /// - Parameters:
    ///   - current: Today's systems.
    ///   - asOf: The earlier date.
    ///   - ids: Earlier asset ids by hostname.
    static func derive(from current: [System], asOf: LocalDate, ids: [String: String]) -> (
        systems: [System], components: [Component]
    ) {
        var systems: [System] = []
        for system in current {
            var earlier = system
            if let servers = migrated[system.id] {
                earlier.hosting = .onPremises
                earlier.assetIds = servers.compactMap { ids[$0] }
            }
            systems.append(earlier)
        }
        let gone = SystemRegister.make(decommissioned, asOf: asOf) { ids[$0] }
        return (systems + gone.systems, gone.components)
    }
}
