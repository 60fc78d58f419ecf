import EstateCore

/// The long tail of small departmental systems that a scaled estate's extra clusters run.
enum ClusterSystems {
    struct Template {
        let name: String
        let capability: String
        let vendor: String
        let product: String
        let version: String
        let client: ClientType
        let customisation: Customisation
        let classification: DataClassification
        let costPounds: ClosedRange<Int>
        let users: ClosedRange<Int>
        let vendorSaaS: Bool
    }

    // swift-format-ignore
    static let templates: [Template] = [
        Template(name: "Allotments Register", capability: "Allotments", vendor: "In-house", product: "Microsoft Access database", version: "Access 2010", client: .thick, customisation: .bespoke, classification: .official, costPounds: 0...2_000, users: 2...6, vendorSaaS: false),
        Template(name: "Pest Control Bookings", capability: "Environmental Health", vendor: "In-house", product: "ASP.NET web application", version: "2.1", client: .browser, customisation: .bespoke, classification: .officialSensitive, costPounds: 2_000...9_000, users: 3...12, vendorSaaS: false),
        Template(name: "Trade Waste Billing", capability: "Waste", vendor: "Bartec Municipal Technologies", product: "Collective", version: "5.0", client: .browser, customisation: .configured, classification: .official, costPounds: 12_000...40_000, users: 5...30, vendorSaaS: true),
        Template(name: "School Transport Routing", capability: "Education", vendor: "Trapeze Group", product: "Trapeze NOVUS", version: "10.4", client: .thick, customisation: .configured, classification: .officialSensitive, costPounds: 15_000...45_000, users: 4...20, vendorSaaS: true),
        Template(name: "Concessionary Travel", capability: "Transport", vendor: "Civica", product: "Civica Concessionary Travel", version: "3.2", client: .browser, customisation: .configured, classification: .officialSensitive, costPounds: 8_000...25_000, users: 5...25, vendorSaaS: true),
        Template(name: "Home Library Service", capability: "Libraries", vendor: "In-house", product: "Microsoft Access database", version: "Access 2016", client: .thick, customisation: .bespoke, classification: .officialSensitive, costPounds: 0...1_500, users: 2...5, vendorSaaS: false),
        Template(name: "Street Naming and Numbering", capability: "Planning & Building Control", vendor: "Idox", product: "Uniform SNN", version: "10.20", client: .thick, customisation: .configured, classification: .official, costPounds: 5_000...15_000, users: 2...8, vendorSaaS: true),
        Template(name: "Housing Register and Lettings", capability: "Housing", vendor: "Civica", product: "Civica CX Lettings", version: "21.4", client: .browser, customisation: .configured, classification: .officialSensitive, costPounds: 30_000...90_000, users: 20...80, vendorSaaS: true),
        Template(name: "Asset and Property Management", capability: "Property", vendor: "Technology Forge", product: "Technology Forge Cloud", version: "8.6", client: .browser, customisation: .configured, classification: .official, costPounds: 20_000...60_000, users: 10...40, vendorSaaS: true),
        Template(name: "Debt Recovery Case Tracker", capability: "Revenues & Benefits", vendor: "In-house", product: "Excel and VBA workbook", version: "2019", client: .thick, customisation: .bespoke, classification: .officialSensitive, costPounds: 0...3_000, users: 2...10, vendorSaaS: false),
        Template(name: "Occupational Health", capability: "HR & Payroll", vendor: "Cority", product: "Cority OH", version: "7.1", client: .browser, customisation: .configured, classification: .officialSensitive, costPounds: 15_000...35_000, users: 5...15, vendorSaaS: true),
        Template(name: "Markets and Street Trading", capability: "Licensing & Environmental Health", vendor: "In-house", product: "PHP web application", version: "1.8", client: .browser, customisation: .bespoke, classification: .official, costPounds: 1_000...8_000, users: 3...12, vendorSaaS: false),
    ]

    /// The systems of cluster `number`: each runs on one application and, where there is one, one database
    /// server of the cluster.
    static func systems(number: Int, cluster: InfrastructureBuilder, asOf: LocalDate, seed: UInt64) -> [System] {
        var random = SampleRandom(seed: seed, stream: SampleStreams.clusterBase + UInt64(number) + 0x5157_0000_0000)
        let liveVMs = cluster.assets.filter { $0.assetClass == .virtualMachine && $0.status != .retired }
        let appServers = liveVMs.filter { $0.hostname?.lowercased().contains("app") == true }
        let databases = liveVMs.filter { $0.hostname?.lowercased().contains("db") == true }
        var systems: [System] = []
        for index in 0..<ClusterInfrastructure.systemsPerCluster {
            let template = random.pick(templates)
            var runsOn: [String] = []
            if let app = appServers.isEmpty ? liveVMs.first : random.pick(appServers) { runsOn.append(app.id) }
            if !databases.isEmpty, random.percent(70) { runsOn.append(random.pick(databases).id) }
            let id = "APP" + DeviceGenerator.padded(number * 10 + index, 5)
            systems.append(
                System(
                    id: id, name: "\(template.name) (cluster \(number))", vendor: template.vendor,
                    product: template.product,
                    version: template.version, capability: SystemRegister.token(template.capability),
                    department: Places.departments[random.weighted(Places.departmentWeights)].name,
                    users: random.int(in: template.users), hosting: .onPremises, client: template.client,
                    customisation: template.customisation,
                    criticality: [.low, .medium, .medium, .high][random.below(4)],
                    dataClassification: template.classification, integrations: random.percent(50) ? ["APP008"] : [],
                    annualCost: Money(pounds: Int64(random.int(in: template.costPounds))),
                    contractEnd: template.vendor == "In-house" ? nil : asOf.adding(months: random.int(in: -6...48)),
                    assetIds: runsOn, vendorOffersSaaS: template.vendorSaaS))
        }
        return systems
    }
}
