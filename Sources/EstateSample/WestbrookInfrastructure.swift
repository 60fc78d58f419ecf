import EstateCore

/// Westbrook's infrastructure: a five-host VMware cluster in one server room at Westbrook House, a backup
/// server and an old database server, a SAN, the switches and firewalls, and two Azure instances.
/// Ids carry a `WB-` prefix (`WB-SRV00001`, `WB-VM00001`).
enum WestbrookInfrastructure {
    // swift-format-ignore
    static func build(asOf: LocalDate, seed: UInt64) -> InfrastructureBuilder {
        var b = InfrastructureBuilder(asOf: asOf, random: SampleRandom(seed: seed, stream: SampleStreams.westbrookInfrastructure), numbering: .init(first: 1, width: 5, idPrefix: "WB-"))
        let room = Places.Room.westbrookServerRoom
        let gold6338 = "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"
        let gold6230 = "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz"
        var newer: [String] = []
        for n in 1...3 {
            newer.append(b.hardware("WBKESX0\(n)", .server, make: "Dell Inc.", model: "PowerEdge R750", room: room, ageMonths: 52, costPounds: 26_900, os: .esxi80, cpu: gold6338, cores: 64, memoryGB: 768, diskGB: 480, warrantyYears: 5, serial: SerialNumbers.dellServer(using: &b.random)))
        }
        var older: [String] = []
        for n in 4...5 {
            older.append(b.hardware("WBKESX0\(n)", .server, make: "HPE", model: "ProLiant DL380 Gen10", room: room, ageMonths: 97, costPounds: 14_800, os: .esxi70, cpu: gold6230, cores: 40, memoryGB: 512, diskGB: 480, warrantyYears: 5, serial: SerialNumbers.hpeServer(using: &b.random)))
        }
        b.hardware("WBKBKP01", .server, make: "Dell Inc.", model: "PowerEdge R740xd", room: room, ageMonths: 70, costPounds: 17_600, os: .windows2019Standard, cpu: "Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz", cores: 20, memoryGB: 128, diskGB: 60_000, warrantyYears: 5, installed: [.veeam], serial: SerialNumbers.dellServer(using: &b.random))
        b.hardware("WBKSQL01", .server, make: "HP", model: "ProLiant DL380 Gen9", room: room, ageMonths: 118, costPounds: 11_900, os: .windows2012R2Standard, cpu: "Intel(R) Xeon(R) CPU E5-2630 v3 @ 2.40GHz", cores: 16, memoryGB: 256, diskGB: 3_600, warrantyYears: 5, department: "Finance", installed: [.sql2014], serial: SerialNumbers.hpeServer(using: &b.random))

        for n in 1...2 {
            b.hardware("WBKCORE0\(n)", .network, make: "Cisco", model: "Catalyst C9500-24Y4C", room: room, ageMonths: 52, costPounds: 26_500, os: .firmware("Cisco IOS XE Software", "17.9.4a"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
            b.hardware("WBKFW0\(n)", .firewall, make: "Palo Alto Networks", model: "PA-850", room: room, ageMonths: 64, costPounds: 9_600, os: .firmware("PAN-OS", "10.2.9-h1"), warrantyYears: 5, serial: SerialNumbers.paloAlto(using: &b.random))
        }
        b.hardware("WBKSAN01", .storage, make: "Dell EMC", model: "Unity XT 380", room: room, ageMonths: 58, costPounds: 88_000, os: .firmware("Unity Operating Environment", "5.2.1.0.5.003"), diskGB: 200_000, warrantyYears: 5, serial: "CKM00" + b.random.characters(9, from: Alphabet.digits))
        for (code, site) in [("TH", "Westbrook Town Hall"), ("CL", "Westbrook Central Library"), ("HBL", "Hollybush Library"), ("FRD", "Ferry Road Depot"), ("CH", "Customer Hub, Market Square"), ("MCC", "Meadowbank Children's Centre")] {
            b.hardware("WBK\(code)SW01", .network, make: "HPE Aruba", model: "2930F-48G-PoE+-4SFP+ (JL256A)", site: site, ageMonths: 76, costPounds: 2_450, os: .firmware("ArubaOS-Switch", "WC.16.10.0025"), warrantyYears: 5, serial: SerialNumbers.aruba(using: &b.random))
        }

        func vm(_ name: String, _ hosts: [String], _ os: ServerOS, _ vcpus: Int, _ memoryGB: Int, _ diskGB: Int, _ department: String = "ICT", _ installed: [Installed] = [], room vmRoom: Places.Room = room, cpu: String? = nil) {
            b.virtualMachine(name, hosts: hosts, room: vmRoom, os: os, vcpus: vcpus, memoryGB: memoryGB, diskGB: diskGB, department: department, installed: installed, cpu: cpu)
        }
        let n = newer
        let o = older
        vm("WBKDC01", n, .windows2019Standard, 2, 8, 100)
        vm("WBKDC02", n, .windows2019Standard, 2, 8, 100)
        vm("WBKFS01", o, .windows2016Standard, 4, 16, 12_000)
        vm("WBKPRINT01", n, .windows2019Standard, 2, 8, 200, "ICT", [.paperCut])
        vm("WBKVCSA01", n, .photon, 4, 19, 600, "ICT", [.vcenter])
        vm("WBKRBAPP01", n, .windows2016Standard, 8, 32, 300, "Revenues & Benefits", [.iis10, .dotNet48])
        vm("WBKRBDB01", n, .rhel7, 8, 64, 1_500, "Revenues & Benefits", [.oracle12c])
        vm("WBKMOSAPP01", n, .windows2019Standard, 4, 32, 200, "Adults' Social Care", [.tomcat9, .java8])
        vm("WBKMOSSQL01", n, .windows2019Standard, 8, 64, 1_500, "Adults' Social Care", [.sql2019])
        vm("WBKLCSAPP01", n, .windows2019Standard, 8, 32, 250, "Children's Services", [.iis10, .dotNet48])
        vm("WBKLCSSQL01", n, .windows2019Standard, 8, 96, 2_000, "Children's Services", [.sql2019])
        vm("WBKUNIAPP01", o, .windows2016Standard, 4, 16, 200, "Planning & Building Control", [.iis10, .dotNet472])
        vm("WBKUNISQL01", o, .windows2016Standard, 8, 64, 1_200, "Planning & Building Control", [.sql2016Standard])
        vm("WBKELEC01", o, .windows2012R2Standard, 2, 8, 200, "Legal & Democratic Services", [.sql2012])
        vm("WBKQLAPP01", o, .windows2016Standard, 4, 16, 200, "Housing", [.iis10, .dotNet472])
        vm("WBKQLSQL01", o, .windows2016Standard, 8, 64, 1_000, "Housing", [.sql2016])
        vm("WBKU4APP01", n, .windows2019Standard, 8, 32, 300, "Finance", [.iis10, .dotNet48])
        vm("WBKPLUS01", o, .windows2012R2Standard, 2, 8, 200, "Regeneration", [Installed(.database, "Microsoft SQL Server 2014 Express (SP2)", "12.0.5000.0")])
        vm("WBKYJ01", o, .windows2012R2Standard, 4, 16, 300, "Children's Services", [.sql2012, .iis85])
        vm("WBKALTAIR01", n, .windows2016Standard, 4, 16, 400, "Finance", [.sql2016, .iis10])
        vm("wbk-drs01", n, .ubuntu2004, 4, 16, 200, "Housing", [.openJDK11, .postgres12])
        vm("WBKBMS01", o, .windows2008R2Standard, 2, 4, 100, "ICT", [Installed(.application, "Trend 963", "6.3")])
        let azureCPU = "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz"
        vm("WBKAZDC01", [], .windows2022Azure, 2, 8, 128, room: .azure, cpu: azureCPU)
        vm("wbk-az-web01", [], .ubuntu2204, 2, 8, 128, "Customer Services", [.php81], room: .azure, cpu: azureCPU)
        return b
    }
}
