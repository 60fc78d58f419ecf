import EstateCore

/// One more hypervisor cluster, its virtual machines, two switches and two small systems: the unit by which
/// the sample grows beyond Eastwick's own size, one cluster for every 1,000 devices over 2,500.
///
/// Each cluster draws from its own random stream and numbers its assets from its own block, so any cluster
/// can be made without making the ones before it.
enum ClusterInfrastructure {
    static let hostsPerCluster = 4
    static let virtualMachinesPerCluster = 28
    static let systemsPerCluster = 2
    /// Ids of cluster `n` are numbered from `n * idBlock`, above anything the core estate uses.
    static let idBlock = 100

    struct HostModel {
        let make: String
        let model: String
        let cpu: String
        let cores: Int
        let memoryGB: Int
        let ageMonths: ClosedRange<Int>
        let os: ServerOS
        let costPounds: Int
        let isDell: Bool
    }

    static let hostModels: [HostModel] = [
        HostModel(
            make: "Dell Inc.", model: "PowerEdge R750", cpu: "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz", cores: 64,
            memoryGB: 1_024, ageMonths: 12...50, os: .esxi80, costPounds: 27_400, isDell: true),
        HostModel(
            make: "Dell Inc.", model: "PowerEdge R740", cpu: "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz", cores: 40,
            memoryGB: 768, ageMonths: 50...95, os: .esxi70, costPounds: 19_850, isDell: true),
        HostModel(
            make: "HPE", model: "ProLiant DL380 Gen10 Plus", cpu: "Intel(R) Xeon(R) Gold 6330 CPU @ 2.00GHz", cores: 56,
            memoryGB: 768, ageMonths: 20...60, os: .esxi80, costPounds: 24_900, isDell: false),
        HostModel(
            make: "HPE", model: "ProLiant DL380 Gen9", cpu: "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz", cores: 28,
            memoryGB: 384, ageMonths: 96...130, os: .esxi67, costPounds: 11_200, isDell: false),
    ]

    /// What a virtual machine is for, which decides what is installed on it.
    enum Role: CaseIterable {
        case windowsApp, sqlServer, linuxApp, linuxDatabase, fileServer, webServer, domainController
    }

    static let roleWeights = [30, 20, 15, 8, 10, 10, 7]

    /// The infrastructure of cluster `number` (1-based).
    // swift-format-ignore
    static func build(number: Int, asOf: LocalDate, seed: UInt64) -> InfrastructureBuilder {
        var random = SampleRandom(seed: seed, stream: SampleStreams.clusterBase + UInt64(number))
        let room: Places.Room = random.percent(60) ? .civicCentreDataCentre : .colocation
        let hostModel = random.pick(hostModels)
        let age = random.int(in: hostModel.ageMonths)
        var b = InfrastructureBuilder(asOf: asOf, random: random, numbering: .init(first: number * idBlock, width: 7))
        let label = "C" + DeviceGenerator.padded(number, 4)
        var hosts: [String] = []
        for n in 1...hostsPerCluster {
            let serial = hostModel.isDell ? SerialNumbers.dellServer(using: &b.random) : SerialNumbers.hpeServer(using: &b.random)
            hosts.append(b.hardware("EWK\(label)ESX\(n)", .server, make: hostModel.make, model: hostModel.model, room: room, ageMonths: age, costPounds: hostModel.costPounds, os: hostModel.os, cpu: hostModel.cpu, cores: hostModel.cores, memoryGB: hostModel.memoryGB, diskGB: 480, warrantyYears: 5, serial: serial))
        }
        for n in 1...2 {
            b.hardware("EWK\(label)SW\(n)", .network, make: "Cisco", model: "Nexus 93180YC-FX", room: room, ageMonths: age, costPounds: 14_500, os: .firmware("Cisco NX-OS", b.random.percent(50) ? "9.3(10)" : "10.2(6)"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
        }
        for n in 1...virtualMachinesPerCluster {
            let role = Role.allCases[b.random.weighted(roleWeights)]
            let department = Places.departments[b.random.weighted(Places.departmentWeights)].name
            let (os, installed) = software(for: role, using: &b.random)
            let code: String
            switch role {
            case .windowsApp, .linuxApp: code = "APP"
            case .sqlServer, .linuxDatabase: code = "DB"
            case .fileServer: code = "FS"
            case .webServer: code = "WEB"
            case .domainController: code = "DC"
            }
            let name = os.isLinux ? "ewk-\(label.lowercased())-\(code.lowercased())\(n)" : "EWK\(label)\(code)\(n)"
            let status: AssetStatus = b.random.percent(4) ? .retired : .active
            b.virtualMachine(name, hosts: hosts, room: room, os: os, vcpus: [2, 4, 4, 8, 8, 16][b.random.below(6)], memoryGB: [4, 8, 16, 32, 64][b.random.below(5)], diskGB: [100, 200, 500, 1_000, 2_000][b.random.below(5)], department: role == .domainController ? "ICT" : department, status: status, installed: installed)
        }
        return b
    }

    // swift-format-ignore
    static func software(for role: Role, using random: inout SampleRandom) -> (ServerOS, [Installed]) {
        let windows: [ServerOS] = [.windows2008R2Standard, .windows2012R2Standard, .windows2012R2Standard, .windows2016Standard, .windows2016Standard, .windows2019Standard, .windows2019Standard, .windows2019Standard, .windows2022Standard, .windows2022Standard]
        let linux: [ServerOS] = [.rhel7, .rhel8, .rhel810, .rhel9, .ubuntu1804, .ubuntu2004, .ubuntu2204, .ubuntu2404]
        switch role {
        case .windowsApp:
            let os = random.pick(windows)
            let iis: Installed = os.version.hasPrefix("6.1") ? .iis75 : os.version.hasPrefix("6.3") ? .iis85 : .iis10
            let dotNet: Installed = os.version.hasPrefix("6.") ? .dotNet452 : random.percent(50) ? .dotNet472 : .dotNet48
            return (os, [iis, dotNet])
        case .sqlServer:
            let os = random.pick(windows)
            let sql: Installed
            switch os.version {
            case "6.1.7601": sql = random.percent(50) ? .sql2008R2 : .sql2012
            case "6.3.9600": sql = random.pick([.sql2012, .sql2014, .sql2016])
            case "10.0.14393": sql = random.pick([.sql2016, .sql2016Standard, .sql2017])
            case "10.0.17763": sql = random.pick([.sql2017, .sql2019])
            default: sql = random.pick([.sql2019, .sql2022])
            }
            return (os, [sql])
        case .linuxApp:
            let os = random.pick(linux)
            return (os, [os.name.contains("Ubuntu") ? .openJDK11 : .java8RHEL, random.percent(50) ? .tomcat9 : .tomcat85])
        case .linuxDatabase:
            let os = random.pick(linux)
            if os.name.contains("Red Hat"), random.percent(40) { return (os, [random.percent(50) ? .oracle19c : .oracle12c]) }
            let postgres =
                os.name.contains("Ubuntu")
                ? Installed(.database, "postgresql-14", "14.13-1.pgdg+1")
                : Installed(.database, "postgresql-server", "13.16-1.module+el8.10.0+21839")
            return (os, [postgres])
        case .fileServer:
            return (random.pick(windows), [])
        case .webServer:
            return (.ubuntu2204, [Installed(.middleware, "nginx", "1.18.0-6ubuntu14.4"), .php81])
        case .domainController:
            return (random.pick([ServerOS.windows2016Standard, .windows2019Standard, .windows2022Standard]), [])
        }
    }
}
