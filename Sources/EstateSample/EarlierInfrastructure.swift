import EstateCore

/// The CMDB export of a year before: the same servers and network kit, with older operating systems on
/// the servers upgraded since, smaller disks on the virtual machines and the backup server, the servers
/// of the systems decommissioned or moved to the cloud since, and none of the cloud instances those
/// moves made.
enum EarlierInfrastructure {
    /// What eleven servers ran before this year's upgrades, by hostname.
    static let upgradedFrom: [String: ServerOS] = [
        "EWKFILE02": .windows2012R2Standard, "EWKJUMP01": .windows2016Standard, "EWKNPS01": .windows2012R2Standard,
        "EWKAADC01": .windows2016Standard, "EWKDEPDC01": .windows2012R2Standard, "ewk-mon01": .ubuntu1604,
        "ewk-ansible01": .rhel8, "EWKESX21": .esxi70, "EWKESX22": .esxi70, "EWKESX23": .esxi70,
        "EWKESX24": .esxi70,
    ]
    /// Cloud instances built this year for the systems that moved off the Civic Centre cluster.
    static let builtThisYear: Set<String> = ["ewk-az-sftp01", "ewk-aws-api01", "ewk-aws-db01"]
    /// Physical servers whose disks were smaller a year ago (GB): the backup repository gained a shelf.
    static let earlierDiskGB: [String: Int] = ["EWKBKP01": 96_000]
    /// The share of today's disk a virtual machine had a year ago, in a hundred: from this range.
    static let virtualDiskPercent = 80...96

    /// The earlier servers, virtual machines, network and storage, and what was installed on them.
    // swift-format-ignore
    static func derive(
        from current: [Asset], components: [String: [Component]], asOf: LocalDate, using random: inout SampleRandom
    ) -> (assets: [Asset], components: [Component]) {
        var assets: [Asset] = []
        var installed: [Component] = []
        let production = current.filter { $0.hostname?.hasPrefix("EWKESX0") == true && $0.model == "PowerEdge R740" }.map(\.id)
        for asset in current {
            if let hostname = asset.hostname, builtThisYear.contains(hostname) { continue }
            var earlier = asset
            earlier.lastSeen = asset.status == .retired ? asset.lastSeen.map { min(asOf, $0.adding(years: -1)) } : asOf.adding(days: -random.below(2))
            if let hostname = asset.hostname, let os = upgradedFrom[hostname] {
                earlier.osName = os.name
                earlier.osVersion = os.version
            }
            if let hostname = asset.hostname, let disk = earlierDiskGB[hostname] {
                earlier.storageBytes = Int64(disk) * 1_000_000_000
            } else if asset.assetClass == .virtualMachine, let bytes = asset.storageBytes {
                let gigabytes = bytes / 1_000_000_000 * Int64(random.int(in: virtualDiskPercent)) / 100
                earlier.storageBytes = max(20, gigabytes / 10 * 10) * 1_000_000_000
            }
            assets.append(earlier)
            installed += components[asset.id] ?? []
        }

        // Gone since: two physical servers and four virtual machines.
        let dc = Places.Room.civicCentreDataCentre
        func seen() -> LocalDate { asOf.adding(days: -random.below(2)) }
        func server(_ id: String, _ hostname: String, make: String, model: String, serial: String, purchased: LocalDate, pounds: Int64, os: ServerOS, cpu: String, cores: Int, memoryGB: Int64, diskGB: Int64, department: String, installed items: [Installed]) {
            assets.append(Asset(id: id, hostname: hostname, assetClass: .server, manufacturer: make, model: model, serial: serial, site: dc.site, department: department, purchaseDate: purchased, purchaseCost: Money(pounds: pounds), warrantyEnd: purchased.adding(years: 3).adding(days: -1), osName: os.name, osVersion: os.version, cpu: cpu, cores: cores, memoryBytes: memoryGB << 30, storageBytes: diskGB * 1_000_000_000, lastSeen: seen(), hosting: .dataCentre, isVirtual: false, status: .active))
            for item in items { installed.append(Component(subject: .asset, subjectId: id, kind: item.kind, product: item.product, version: item.version)) }
        }
        func vm(_ id: String, _ hostname: String, os: ServerOS, vcpus: Int, memoryGB: Int64, diskGB: Int64, department: String, installed items: [Installed]) {
            let host = production.isEmpty ? nil : random.pick(production)
            let oldHardware = os.version.hasPrefix("6.") || os.name.contains("release 6")
            assets.append(Asset(id: id, hostname: hostname, assetClass: .virtualMachine, manufacturer: "VMware, Inc.", model: oldHardware ? "VMware Virtual Platform" : "VMware7,1", serial: SerialNumbers.vmware(using: &random), site: dc.site, department: department, osName: os.name, osVersion: os.version, cpu: "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", cores: vcpus, memoryBytes: memoryGB << 30, storageBytes: diskGB * 1_000_000_000, lastSeen: seen(), hosting: .dataCentre, isVirtual: true, hostId: host, status: .active))
            for item in items { installed.append(Component(subject: .asset, subjectId: id, kind: item.kind, product: item.product, version: item.version)) }
        }
        let date = ClientOperatingSystems.day
        server("SRV00090", "EWKCCTV01", make: "HP", model: "ProLiant DL380 G7", serial: SerialNumbers.hpeServer(using: &random), purchased: date(2012, 6, 14), pounds: 8_950, os: .windows2008R2Standard, cpu: "Intel(R) Xeon(R) CPU E5645 @ 2.40GHz", cores: 12, memoryGB: 32, diskGB: 6_000, department: "Environment & Regulatory Services", installed: [Installed(.application, "Genetec Security Center", "5.7.1051.0"), .sql2008R2])
        server("SRV00091", "EWKAPP02", make: "Dell Inc.", model: "PowerEdge R720", serial: SerialNumbers.dellServer(using: &random), purchased: date(2014, 2, 21), pounds: 6_400, os: .windows2012R2Standard, cpu: "Intel(R) Xeon(R) CPU E5-2640 0 @ 2.50GHz", cores: 12, memoryGB: 64, diskGB: 1_200, department: "ICT", installed: [.iis85, .sql2012, .dotNet452])
        vm("VM00090", "EWKLWA01", os: .windows2008R2Standard, vcpus: 2, memoryGB: 8, diskGB: 300, department: "Revenues & Benefits", installed: [.sql2008R2, .iis75])
        vm("VM00091", "EWKLMS01", os: .windows2012R2Standard, vcpus: 4, memoryGB: 16, diskGB: 500, department: "Libraries", installed: [.sql2012, .iis85, .tomcat7])
        vm("VM00092", "EWKSFTP01", os: .ubuntu1804, vcpus: 2, memoryGB: 4, diskGB: 200, department: "Revenues & Benefits", installed: [Installed(.application, "openssh-server", "1:7.6p1-4ubuntu0.7")])
        vm("VM00093", "EWKCKAN01", os: .rhel7, vcpus: 2, memoryGB: 8, diskGB: 300, department: "Regeneration", installed: [Installed(.application, "CKAN", "2.9.5"), Installed(.database, "postgresql", "9.2.24-9.el7_9"), .httpd24el7])
        return (assets, installed)
    }
}
