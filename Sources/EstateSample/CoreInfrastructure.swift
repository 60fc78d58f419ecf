import EstateCore

/// Eastwick's own infrastructure: about 90 servers (hypervisor hosts, servers that cannot be virtualised,
/// virtual machines) in a Civic Centre data centre, a depot comms room, a colocation suite and two clouds,
/// plus the switches, firewalls, load balancer and storage arrays around them.
///
/// Ages are months before `asOf`, so the kit is as old on any as-of date as it is on the pinned one.
enum CoreInfrastructure {
    // swift-format-ignore
    static func build(asOf: LocalDate, seed: UInt64) -> InfrastructureBuilder {
        var b = InfrastructureBuilder(asOf: asOf, random: SampleRandom(seed: seed, stream: SampleStreams.coreInfrastructure), numbering: .init(first: 1, width: 5))
        let dc = Places.Room.civicCentreDataCentre
        let colo = Places.Room.colocation
        let depot = Places.Room.depotCommsRoom

        // Hypervisor hosts.
        let gold6230 = "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz"
        let e52680 = "Intel(R) Xeon(R) CPU E5-2680 v4 @ 2.40GHz"
        let gold6338 = "Intel(R) Xeon(R) Gold 6338 CPU @ 2.00GHz"
        let silver4214 = "Intel(R) Xeon(R) Silver 4214R CPU @ 2.40GHz"
        var production: [String] = []
        for n in 1...6 {
            production.append(b.hardware("EWKESX0\(n)", .server, make: "Dell Inc.", model: "PowerEdge R740", room: dc, ageMonths: 90, costPounds: 19_850, os: .esxi70, cpu: gold6230, cores: 40, memoryGB: 768, diskGB: 480, warrantyYears: 5, serial: SerialNumbers.dellServer(using: &b.random)))
        }
        var legacy: [String] = []
        for n in 7...8 {
            legacy.append(b.hardware("EWKESX0\(n)", .server, make: "HPE", model: "ProLiant DL380 Gen9", room: dc, ageMonths: 128, costPounds: 11_200, os: .esxi67, cpu: e52680, cores: 28, memoryGB: 384, diskGB: 300, warrantyYears: 5, serial: SerialNumbers.hpeServer(using: &b.random)))
        }
        var colocated: [String] = []
        for n in 21...24 {
            colocated.append(b.hardware("EWKESX\(n)", .server, make: "Dell Inc.", model: "PowerEdge R750", room: colo, ageMonths: 49, costPounds: 27_400, os: .esxi80, cpu: gold6338, cores: 64, memoryGB: 1_024, diskGB: 480, warrantyYears: 5, serial: SerialNumbers.dellServer(using: &b.random)))
        }
        var hyperV: [String] = []
        for n in 1...2 {
            hyperV.append(b.hardware("EWKHV0\(n)", .server, make: "HPE", model: "ProLiant DL360 Gen10", room: depot, ageMonths: 81, costPounds: 9_800, os: .windows2019Datacenter, cpu: silver4214, cores: 24, memoryGB: 256, diskGB: 2_400, warrantyYears: 5, serial: SerialNumbers.hpeServer(using: &b.random)))
        }

        // Physical servers that cannot be virtualised (licensing, dongles, attached hardware) or never were.
        b.hardware("EWKORADB01", .server, make: "HP", model: "ProLiant DL380p Gen8", room: dc, ageMonths: 160, costPounds: 18_400, os: .rhel6, cpu: "Intel(R) Xeon(R) CPU E5-2690 0 @ 2.90GHz", cores: 16, memoryGB: 256, diskGB: 3_600, warrantyYears: 3, department: "Finance", installed: [.oracle11g], serial: SerialNumbers.hpeServer(using: &b.random))
        for n in 1...2 {
            b.hardware("EWKSQLCL0\(n)", .server, make: "Dell Inc.", model: "PowerEdge R730", room: dc, ageMonths: 123, costPounds: 16_900, os: .windows2012R2Datacenter, cpu: "Intel(R) Xeon(R) CPU E5-2667 v4 @ 3.20GHz", cores: 16, memoryGB: 512, diskGB: 4_800, warrantyYears: 5, installed: [.sql2014, .dotNet452], serial: SerialNumbers.dellServer(using: &b.random))
        }
        b.hardware("EWKFS01", .server, make: "HP", model: "ProLiant DL380 Gen9", room: dc, ageMonths: 131, costPounds: 12_600, os: .windows2012R2Standard, cpu: "Intel(R) Xeon(R) CPU E5-2620 v3 @ 2.40GHz", cores: 12, memoryGB: 64, diskGB: 36_000, warrantyYears: 5, serial: SerialNumbers.hpeServer(using: &b.random))
        b.hardware("EWKBKP01", .server, make: "Dell Inc.", model: "PowerEdge R740xd", room: colo, ageMonths: 88, costPounds: 21_300, os: .windows2019Standard, cpu: "Intel(R) Xeon(R) Silver 4210 CPU @ 2.20GHz", cores: 20, memoryGB: 192, diskGB: 120_000, warrantyYears: 5, installed: [.veeam], serial: SerialNumbers.dellServer(using: &b.random))
        b.hardware("EWKELEC01", .server, make: "HP", model: "ProLiant DL380 G7", room: dc, ageMonths: 188, costPounds: 7_400, os: .windows2008R2Standard, cpu: "Intel(R) Xeon(R) CPU E5645 @ 2.40GHz", cores: 12, memoryGB: 48, diskGB: 1_200, warrantyYears: 3, department: "Legal & Democratic Services", installed: [.sql2008R2], serial: SerialNumbers.hpeServer(using: &b.random))
        b.hardware("EWKWB01", .server, make: "HP", model: "ProLiant ML350 Gen9", room: depot, ageMonths: 127, costPounds: 4_900, os: .windows2012R2Standard, cpu: "Intel(R) Xeon(R) CPU E5-2609 v3 @ 1.90GHz", cores: 6, memoryGB: 32, diskGB: 2_000, warrantyYears: 3, department: "Waste & Street Cleansing", installed: [.sql2014Express], serial: SerialNumbers.hpeServer(using: &b.random))

        // Network, security and storage.
        for n in 1...2 {
            b.hardware("EWKCORE0\(n)", .network, make: "Cisco", model: "Catalyst C9500-24Y4C", room: dc, ageMonths: 61, costPounds: 28_000, os: .firmware("Cisco IOS XE Software", "17.9.4a"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
        }
        for n in 1...2 {
            b.hardware("EWKFW0\(n)", .firewall, make: "Palo Alto Networks", model: "PA-3220", room: dc, ageMonths: 90, costPounds: 32_500, os: .firmware("PAN-OS", "10.1.11-h4"), warrantyYears: 5, serial: SerialNumbers.paloAlto(using: &b.random))
        }
        b.hardware("EWKLB01", .network, make: "F5", model: "BIG-IP i4800", room: dc, ageMonths: 100, costPounds: 38_000, os: .firmware("BIG-IP", "15.1.10.2"), warrantyYears: 5, serial: SerialNumbers.f5(using: &b.random))
        b.hardware("EWKSAN01", .storage, make: "NetApp", model: "FAS8200", room: dc, ageMonths: 110, costPounds: 185_000, os: .firmware("NetApp ONTAP", "9.11.1P13"), diskGB: 480_000, warrantyYears: 5, serial: SerialNumbers.netApp(using: &b.random))
        b.hardware("EWKTAPE01", .storage, make: "HPE", model: "StoreEver MSL2024 Tape Library", room: dc, ageMonths: 160, costPounds: 6_800, os: nil, warrantyYears: 3, serial: "DEC" + b.random.characters(7, from: Alphabet.digits))
        for n in 1...2 {
            b.hardware("EWKCOLOSW0\(n)", .network, make: "Cisco", model: "Nexus 93180YC-FX", room: colo, ageMonths: 49, costPounds: 14_500, os: .firmware("Cisco NX-OS", "9.3(10)"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
        }
        b.hardware("EWKCOLOFW01", .firewall, make: "Palo Alto Networks", model: "PA-850", room: colo, ageMonths: 72, costPounds: 9_800, os: .firmware("PAN-OS", "10.2.9-h1"), warrantyYears: 5, serial: SerialNumbers.paloAlto(using: &b.random))
        b.hardware("EWKSAN02", .storage, make: "Dell EMC", model: "Unity XT 380", room: colo, ageMonths: 60, costPounds: 96_000, os: .firmware("Unity Operating Environment", "5.2.1.0.5.003"), diskGB: 300_000, warrantyYears: 5, serial: "CKM00" + b.random.characters(9, from: Alphabet.digits))
        b.hardware("EWKDEPFW01", .firewall, make: "Fortinet", model: "FortiGate 100F", room: depot, ageMonths: 62, costPounds: 3_200, os: .firmware("FortiOS", "v7.2.8,build1639 (GA.M)"), warrantyYears: 5, serial: SerialNumbers.fortinet(using: &b.random))
        b.hardware("EWKDEPSW01", .network, make: "HPE Aruba", model: "2930F-48G-PoE+-4SFP+ (JL256A)", room: depot, ageMonths: 81, costPounds: 2_450, os: .firmware("ArubaOS-Switch", "WC.16.10.0025"), warrantyYears: 5, serial: SerialNumbers.aruba(using: &b.random))
        for n in 1...2 {
            b.hardware("EWKTHSW0\(n)", .network, make: "Cisco", model: "Catalyst C9300-48P", site: "Town Hall", ageMonths: 61, costPounds: 6_900, os: .firmware("Cisco IOS XE Software", "17.6.5"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
        }
        for n in 1...3 {
            b.hardware("EWKCCSW0\(n)", .network, make: "Cisco", model: "Catalyst WS-C3850-48P", site: "Civic Centre", ageMonths: 135, costPounds: 7_800, os: .firmware("Cisco IOS XE Software", "16.9.8"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
        }
        for (code, site) in [("CL", "Central Library"), ("EGL", "Eastwick Green Library"), ("NFL", "Northfield Library"), ("RSL", "Riverside Library")] {
            b.hardware("EWK\(code)SW01", .network, make: "HPE Aruba", model: "2530-24G-PoE+ (J9773A)", site: site, ageMonths: 148, costPounds: 1_150, os: .firmware("ArubaOS-Switch", "YA.16.10.0024"), warrantyYears: 5, serial: SerialNumbers.aruba(using: &b.random))
        }
        for (code, site) in [("OCC", "Oakfield Children's Centre"), ("BCC", "Brookside Children's Centre")] {
            b.hardware("EWK\(code)SW01", .network, make: "HPE Aruba", model: "Instant On 1930 24G (JL683A)", site: site, ageMonths: 40, costPounds: 420, os: .firmware("Aruba Instant On", "3.0.0.0"), warrantyYears: 5, serial: SerialNumbers.aruba(using: &b.random))
        }
        for (code, site) in [("OSS", "One Stop Shop, High Street"), ("HAN", "Housing Area Office (North)"), ("HAS", "Housing Area Office (South)")] {
            b.hardware("EWK\(code)SW01", .network, make: "Cisco", model: "Catalyst WS-C2960X-48FPD-L", site: site, ageMonths: 140, costPounds: 3_400, os: .firmware("Cisco IOS", "15.2(7)E9"), warrantyYears: 5, serial: SerialNumbers.cisco(using: &b.random))
        }

        // Virtual machines on the Civic Centre production cluster.
        func vm(_ name: String, _ hosts: [String], _ room: Places.Room, _ os: ServerOS, _ vcpus: Int, _ memoryGB: Int, _ diskGB: Int, _ department: String = "ICT", _ installed: [Installed] = [], status: AssetStatus = .active, cpu: String? = nil, type: String? = nil) {
            b.virtualMachine(name, hosts: hosts, room: room, os: os, vcpus: vcpus, memoryGB: memoryGB, diskGB: diskGB, department: department, status: status, installed: installed, cpu: cpu, instanceType: type)
        }
        let p = production
        vm("EWKDC01", p, dc, .windows2019Standard, 2, 8, 100)
        vm("EWKDC02", p, dc, .windows2019Standard, 2, 8, 100)
        vm("EWKEXCH01", p, dc, .windows2016Standard, 8, 64, 1_200, "ICT", [.exchange2016, .dotNet48])
        vm("EWKEXCH02", p, dc, .windows2016Standard, 8, 64, 1_200, "ICT", [.exchange2016, .dotNet48])
        vm("EWKCTXDDC01", p, dc, .windows2016Standard, 4, 16, 100, "ICT", [.citrix1912, .dotNet48])
        vm("EWKCTXDDC02", p, dc, .windows2016Standard, 4, 16, 100, "ICT", [.citrix1912, .dotNet48])
        for n in 1...6 {
            vm("EWKCTXVDA0\(n)", p, dc, .windows2016Standard, 8, 48, 200, "ICT", [.citrix1912, .office2016, n <= 4 ? .java8 : .java6, .dotNet48])
        }
        vm("EWKSCCM01", p, dc, .windows2019Standard, 8, 32, 1_500, "ICT", [.configMgr, .sql2019])
        vm("EWKHOUAPP01", p, dc, .rhel7, 8, 32, 200, "Housing", [.tomcat85, .java8RHEL, .httpd24el7])
        vm("EWKHOUDB01", p, dc, .rhel7, 8, 64, 1_500, "Housing", [.oracle12c])
        vm("EWKCXAPP01", p, dc, .windows2019Standard, 4, 16, 200, "Housing", [.iis10, .dotNet48])
        vm("EWKCXSQL01", p, dc, .windows2019Standard, 8, 64, 1_000, "Housing", [.sql2019])
        vm("EWKMOSAPP01", p, dc, .windows2016Standard, 4, 32, 200, "Adults' Social Care", [.tomcat9, .java8])
        vm("EWKMOSAPP02", p, dc, .windows2016Standard, 4, 32, 200, "Adults' Social Care", [.tomcat9, .java8])
        vm("EWKMOSSQL01", p, dc, .windows2016Standard, 8, 96, 2_000, "Adults' Social Care", [.sql2016])
        vm("EWKLCSAPP01", p, dc, .windows2016Standard, 8, 32, 250, "Children's Services", [.iis10, .dotNet48])
        vm("EWKUNIAPP01", p, dc, .windows2016Standard, 4, 16, 200, "Planning & Building Control", [.iis10, .dotNet472])
        vm("EWKUNISQL01", p, dc, .windows2016Standard, 8, 64, 1_500, "Planning & Building Control", [.sql2016Standard])
        vm("EWKEBSAPP01", p, dc, .rhel6, 8, 32, 300, "Finance", [.oracleForms, .java6])
        vm("EWKEBSAPP02", p, dc, .rhel6, 8, 32, 300, "Finance", [.oracleForms, .java6])
        vm("EWKCRM01", p, dc, .windows2012R2Standard, 4, 16, 150, "Customer Services", [.iis85, .dotNet452])
        vm("EWKCRMSQL01", p, dc, .windows2012R2Standard, 4, 32, 500, "Customer Services", [.sql2012])
        vm("EWKGIS01", p, dc, .windows2019Standard, 8, 32, 1_000, "Planning & Building Control", [.arcGIS, Installed(.database, "PostgreSQL 14", "14.13")])
        vm("EWKIKEN01", p, dc, .windows2016Standard, 4, 16, 300, "Legal & Democratic Services", [Installed(.database, "Microsoft SQL Server 2016 Express (SP2)", "13.0.5026.0"), .iis10])
        vm("EWKFILE02", p, dc, .windows2022Standard, 4, 16, 20_000)
        vm("EWKPRINT01", p, dc, .windows2016Standard, 2, 8, 200, "ICT", [.paperCut])
        vm("EWKMITEL01", p, dc, .mitel, 4, 8, 100)
        vm("EWKVCSA01", p, dc, .photon, 4, 19, 600, "ICT", [.vcenter])
        vm("EWKLIC01", p, dc, .windows2012R2Standard, 4, 16, 300, "Environment & Regulatory Services", [.sql2012, .iis85])
        vm("EWKJUMP01", p, dc, .windows2022Standard, 2, 8, 100)
        vm("ewk-mon01", p, dc, .ubuntu1804, 4, 16, 500, "ICT", [.zabbix, .postgres12])
        vm("EWKNPS01", p, dc, .windows2019Standard, 2, 4, 80)
        vm("EWKAADC01", p, dc, .windows2019Standard, 2, 8, 100)
        vm("EWKBTS01", p, dc, .windows2016Standard, 4, 16, 300, "ICT", [.biztalk, .sql2016])
        vm("EWKSQL05", p, dc, .windows2008R2Standard, 2, 8, 400, "Parking Services", [.sql2008R2])

        // The legacy cluster: what nobody has yet found the time or money to move.
        let l = legacy
        vm("EWKEX2010", l, dc, .windows2008R2Enterprise, 4, 32, 900, "ICT", [.exchange2010])
        vm("EWKSPWEB01", l, dc, .windows2008R2Standard, 4, 16, 200, "ICT", [.sharePoint2010, .iis75])
        vm("EWKSPAPP01", l, dc, .windows2008R2Standard, 4, 16, 200, "ICT", [.sharePoint2010])
        vm("EWKSPSQL01", l, dc, .windows2008R2Enterprise, 4, 32, 1_500, "ICT", [.sql2008R2])
        vm("EWKCTROCC01", l, dc, .windows2012R2Standard, 4, 16, 150, "Adults' Social Care", [.iis85, .dotNet472])
        vm("EWKBO01", l, dc, .windows2012R2Standard, 8, 32, 300, "Finance", [.businessObjects, .tomcat85, .java8])
        vm("EWKWSUS01", l, dc, .windows2012Standard, 2, 8, 800, "ICT", [.wsus, Installed(.middleware, "Internet Information Services", "8.0")])
        vm("ewk-intranet01", l, dc, .ubuntu1604, 2, 4, 100, "ICT", [.apache2Xenial, .php70, .mysql57])
        vm("EWKCRMOLD01", l, dc, .windows2008R2Standard, 2, 4, 100, "Customer Services", status: .retired)

        // The colocation cluster: disaster recovery, test, and the newer systems.
        let c = colocated
        vm("EWKDC03", c, colo, .windows2022Standard, 2, 8, 100)
        vm("EWKVBRPRX01", c, colo, .windows2019Standard, 4, 16, 100, "ICT", [.veeam])
        vm("EWKVBRPRX02", c, colo, .windows2019Standard, 4, 16, 100, "ICT", [.veeam])
        vm("EWKONEAPP01", c, colo, .windows2019Standard, 4, 16, 200, "Children's Services", [.iis10, .dotNet48])
        vm("EWKONESQL01", c, colo, .windows2019Standard, 8, 64, 1_500, "Children's Services", [.sql2019])
        vm("EWKCXTEST01", c, colo, .windows2019Standard, 2, 8, 200, "Housing", [.iis10, .sql2019])
        vm("EWKMOSTEST01", c, colo, .windows2016Standard, 4, 16, 300, "Adults' Social Care", [.tomcat9, .java8, .sql2016])
        vm("EWKUNITEST01", c, colo, .windows2016Standard, 4, 16, 300, "Planning & Building Control", [.sql2016Standard, .iis10])
        vm("ewk-ansible01", c, colo, .rhel9, 2, 8, 100, "ICT", [Installed(.application, "ansible-core", "2.14.14-1.el9")])

        // Hyper-V at the depot.
        let h = hyperV
        vm("EWKDEPDC01", h, depot, .windows2019Standard, 2, 4, 80)
        vm("EWKTRAN01", h, depot, .windows2016Standard, 4, 8, 200, "Waste & Street Cleansing", [.sql2014Express])
        vm("EWKDEPFS01", h, depot, .windows2012R2Standard, 2, 8, 4_000, "Waste & Street Cleansing")

        // Cloud instances.
        let azureCPU = "Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz"
        vm("EWKAZDC01", [], .azure, .windows2022Azure, 2, 8, 128, cpu: azureCPU)
        vm("EWKAZCONN01", [], .azure, .windows2022Azure, 2, 8, 128, cpu: azureCPU)
        vm("EWKAZPBI01", [], .azure, .windows2022Datacenter, 4, 16, 128, "Finance", cpu: azureCPU)
        vm("ewk-az-sftp01", [], .azure, .ubuntu2204, 2, 4, 256, "Revenues & Benefits", [Installed(.application, "openssh-server", "1:8.9p1-3ubuntu0.10")], cpu: azureCPU)
        vm("ewk-aws-api01", [], .aws, .rhel8, 2, 8, 100, "Regeneration", [Installed(.runtime, "python39", "3.9.18-1.module+el8.9.0+20024"), Installed(.application, "CKAN", "2.9.11")], cpu: "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz", type: "m5.large")
        vm("ewk-aws-db01", [], .aws, .ubuntu2404, 2, 16, 500, "Regeneration", [Installed(.database, "postgresql-16", "16.4-0ubuntu0.24.04.2")], cpu: "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz", type: "r5.large")
        return b
    }
}
