import EstateCore
import EstateStore

/// Records with every field set, and with every optional field empty, for round trips.
enum Fixtures {
    static func date(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        guard let date = LocalDate(year: year, month: month, day: day) else {
            preconditionFailure("fixture date \(year)-\(month)-\(day) does not exist")
        }
        return date
    }

    static let fullAsset = Asset(
        id: "LAP-0001", hostname: "hc-lap-0001.council.local", assetClass: .thinClient, manufacturer: "Dell",
        model: "Latitude 5420", serial: "7XK2Q93", site: "Town Hall, Floor 2", department: "Adults' Social Care",
        purchaseDate: date(2019, 2, 28), purchaseCost: Money(pence: 123_456), warrantyEnd: date(2024, 2, 29),
        osName: "Microsoft Windows 10 Enterprise", osVersion: "10.0.19045", cpu: "Intel Core i5-1145G7 “vPro”",
        cores: 4, memoryBytes: 17_179_869_184, storageBytes: 512_110_190_592, tpmVersion: "2.0",
        lastSeen: date(2025, 12, 31), hosting: .onPremises, isVirtual: false, hostId: "SRV-0009", status: .inRepair)

    static let minimalAsset = Asset(id: "MIN-1", assetClass: .other)

    static let emptyStringsAsset = Asset(
        id: "EMPTY-1", hostname: "", assetClass: .monitor, manufacturer: "", purchaseCost: Money(pence: -1),
        cores: 0, memoryBytes: 0, isVirtual: true)

    static let fullSystem = System(
        id: "SYS-REV", name: "Revenues & Benefits", vendor: "Capita", product: "Academy", version: "7.2.1",
        capability: "revenues", department: "Finance", users: 240, hosting: .hosted, client: .virtualDesktop,
        customisation: .customised, criticality: .critical, dataClassification: .officialSensitive,
        integrations: ["SYS-FIN", "SYS-CRM", "SYS-EDRMS"], annualCost: Money(pence: 18_500_000),
        contractEnd: date(2027, 3, 31), assetIds: ["SRV-0009", "SRV-0002", "VM-0100"], vendorOffersSaaS: true)

    static let minimalSystem = System(id: "SYS-MIN", name: "Minimal")

    static let fullComponent = Component(
        subject: .asset, subjectId: "LAP-0001", kind: .database, product: "Microsoft SQL Server 2014 (SP3)",
        version: "12.0.6024.0")

    static let minimalComponent = Component(subject: .system, subjectId: "SYS-MIN", kind: .other, product: "Bespoke")

    /// A simple asset for bulk and listing tests.
    static func asset(_ number: Int, class assetClass: AssetClass = .laptop) -> Asset {
        Asset(id: "A\(number)", hostname: "host-\(number)", assetClass: assetClass, memoryBytes: Int64(number))
    }
}

extension SnapshotWriter {
    /// Begins a source, adds the assets, and ends it; returns the source handle.
    @discardableResult
    mutating func addSource(_ path: String, checksum: String? = nil, assets: [Asset] = []) throws -> Int64 {
        let source = try beginSource(path: path, format: "csv", checksum: checksum ?? "sha-\(path)")
        for (index, asset) in assets.enumerated() {
            try add(asset, source: source, line: index + 2)
        }
        try endSource(source, accepted: assets.count, rejected: 0)
        return source
    }
}
