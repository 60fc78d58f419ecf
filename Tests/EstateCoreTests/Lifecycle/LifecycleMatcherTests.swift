import Foundation
import Testing

@testable import EstateCore

@Suite struct LifecycleMatcherTests {
    private func match(_ text: String, _ version: String? = nil, platform: PlatformHint? = nil) throws -> LifecycleMatch
    {
        try LifecycleFixtures.matcher().match(text, version: version, platform: platform)
    }

    private func expect(
        _ text: String, _ version: String? = nil, _ product: String?, _ cycle: String?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let result = try match(text, version)
        #expect(result.product == product, "\(text) [\(version ?? "")]: \(result)", sourceLocation: sourceLocation)
        #expect(result.cycle == cycle, "\(text) [\(version ?? "")]: \(result)", sourceLocation: sourceLocation)
    }

    @Test func matchingEachNameOnceGivesWhatMatchingEveryPairGives() throws {
        let matcher = try LifecycleFixtures.matcher()
        let matching = matcher.preparingEachNameOnce()
        let pairs: [(String, String?, PlatformHint?)] = [
            ("Microsoft Windows 10 Enterprise", "10.0.19044", nil),
            ("Microsoft Windows 10 Enterprise", "10.0.19045", nil),
            ("Microsoft Windows 10 Enterprise", nil, .client), ("Ubuntu 22.04.4 LTS", nil, .server),
            ("Microsoft Windows 10 Enterprise", "10.0.19044", .server), ("no such product", "1.0", nil),
        ]
        for (text, version, platform) in pairs + pairs {
            #expect(
                matching(text, version, platform) == matcher.match(text, version: version, platform: platform),
                "\(text) [\(version ?? "")]")
        }
    }

    @Test func windowsClientEditionsDecideTheEnterpriseAndHomeProCycles() throws {
        let enterprise = try match("Microsoft Windows 10 Enterprise", "10.0.19044")
        #expect(enterprise.cycle == "10-21h2-e")
        #expect(enterprise.confidence == .exact)
        #expect(enterprise.rule == "windows-client")
        try expect("Microsoft Windows 10 Pro", "10.0.19044", "windows", "10-21h2-w")
        try expect("Microsoft Windows 11 Pro", "10.0.22631", "windows", "11-23h2-w")
        // 22H2 has one cycle for both edition groups, so the -e variant falls back to it.
        try expect("Microsoft Windows 10 Enterprise", "10.0.19045", "windows", "10-22h2")
    }

    @Test func windowsClientWithoutAnEditionOrBuildNamesOnlyTheProduct() throws {
        let noEdition = try match("Windows", "10.0.22631.2861")
        #expect(noEdition.product == "windows")
        #expect(noEdition.cycle == nil)
        #expect(noEdition.confidence == .low)
        #expect(noEdition.note?.contains("edition") == true)
        let noBuild = try match("Microsoft Windows 10 Pro")
        #expect(noBuild.product == "windows")
        #expect(noBuild.cycle == nil)
    }

    @Test func windowsLTSCAndIoTReleases() throws {
        try expect("Microsoft Windows 10 Enterprise LTSC", "10.0.17763", "windows", "10-1809-e-lts")
        try expect("Windows 10 IoT Enterprise LTSC 2021", nil, "windows", "10-21h2-iot-lts")
        try expect("Windows 10 IoT Enterprise 2016 LTSB", "10.0.14393", "windows", "10-1607-e-lts")
        try expect("Windows 11 Enterprise LTSC 2024", nil, "windows", "11-24h2-e-lts")
        let conflicting = try match("Windows 10 Enterprise LTSC 2021", "10.0.17763")
        #expect(conflicting.cycle == nil)
    }

    @Test func windowsFeatureUpdatesCanComeFromTheVersionColumn() throws {
        try expect("Microsoft Windows 10 Enterprise", "2009", "windows", "10-20h2-e")
        try expect("Win 10 Ent", "21H2", "windows", "10-21h2-e")
        let quirk = try match("Windows 10 Pro", "10.0.22631")
        #expect(quirk.cycle == "11-23h2-w")
        #expect(quirk.confidence == .high)
        #expect(quirk.note?.contains("Windows 11") == true)
    }

    @Test func localisedWindowsCaptions() throws {
        try expect("Microsoft Windows 10 Pro für Workstations", "10.0.19044", "windows", "10-21h2-w")
        try expect("Microsoft Windows 10 Entreprise", "10.0.19044", "windows", "10-21h2-e")
        try expect("Microsoft Windows Server 2016 Standard Évaluation", "10.0.14393", "windows-server", "2016")
    }

    @Test func windowsBeforeTen() throws {
        let seven = try match("Microsoft Windows 7 Enterprise ", "6.1.7601")
        #expect(seven.cycle == "7-sp1")
        #expect(seven.confidence == .exact)
        let inferred = try match("Microsoft Windows 7 Professional")
        #expect(inferred.cycle == "7-sp1")
        #expect(inferred.confidence == .medium)
        #expect(inferred.note != nil)
        try expect("Microsoft Windows 7 Ultimate", "6.1.7600", "windows", nil)
        try expect("Microsoft Windows XP Professional", "5.1.2600", "windows", "5-sp3")
        try expect("Microsoft Windows 8.1 Pro", "6.3.9600", "windows", "8.1")
    }

    @Test func windowsServerCaptionsDropTheEdition() throws {
        let server = try match("Microsoft Windows Server 2012 R2 Standard", "6.3.9600")
        #expect(server.product == "windows-server")
        #expect(server.cycle == "2012-r2")
        #expect(server.rule == "windows-server")
        try expect("Windows Server 2008 R2 Enterprise Service Pack 1", nil, "windows-server", "2008-r2-sp1")
        try expect("Microsoft Windows Server 2022 Datacenter: Azure Edition", "10.0.20348", "windows-server", "2022")
        try expect("Microsoft Windows Server Datacenter", "10.0.17134", "windows-server", "1803-sac")
        let r2003 = try match("Microsoft(R) Windows(R) Server 2003 R2 Standard x64 Edition", "5.2.3790")
        #expect(r2003.cycle == "2003-sp2")
        #expect(r2003.confidence == .medium)
        let wrongBuild = try match("Microsoft Windows Server 2019 Standard", "10.0.14393")
        #expect(wrongBuild.product == "windows-server")
        #expect(wrongBuild.cycle == nil)
    }

    @Test func kernelVersionsNeedThePlatformWhenClientAndServerShareThem() throws {
        let ambiguous = try match("Microsoft Windows NT 6.1.7601 Service Pack 1")
        #expect(ambiguous.product == nil)
        #expect(ambiguous.rule == "windows-nt")
        #expect(ambiguous.note?.contains("platform") == true)
        let server = try match("Microsoft Windows NT 6.1.7601 Service Pack 1", platform: .server)
        #expect(server.product == "windows-server")
        #expect(server.cycle == "2008-r2-sp1")
        let client = try match("Microsoft Windows NT 6.1.7601 Service Pack 1", platform: .client)
        #expect(client.product == "windows")
        #expect(client.cycle == "7-sp1")
        try expect("Microsoft Windows NT Server 6.3", nil, "windows-server", "2012-r2")
        try expect("Microsoft Windows NT 10.0.20348.0", nil, "windows-server", "2022")
    }

    @Test func windowsEmbedded() throws {
        try expect("Windows Embedded Standard 7", "6.1.7601", "windows-embedded", "standard-7-sp1")
        try expect("Windows Embedded POSReady 7", nil, "windows-embedded", "posready-7")
    }

    @Test func thingsThatMentionWindowsAreNotWindows() throws {
        for text in [
            "Windows Server Update Services", "Windows Admin Center", "Veeam Agent for Microsoft Windows",
            "Windows Subsystem for Linux", "Microsoft Hyper-V Server 2019",
        ] {
            #expect(try match(text, "10.0.17763").product == nil, "\(text)")
        }
    }

    @Test func sqlServerByNameVersionAndInstance() throws {
        let named = try match("Microsoft SQL Server 2014 (SP3)", "12.0.6024.0")
        #expect(named.cycle == "12.0-sp3")
        #expect(named.confidence == .exact)
        try expect("Microsoft SQL Server", "12.0.6024.0", "mssqlserver", "12.0-sp3")
        try expect("Microsoft SQL Server 2008 R2 (64-bit)", "10.53.6000.34", "mssqlserver", "10.50-sp3")
        try expect("Microsoft SQL Server 2008 (64-bit)", "10.4.6000.29", "mssqlserver", "10.0-sp4")
        try expect("Microsoft SQL Server 2005", "9.4.5000.00", "mssqlserver", "9.0-sp4")
        try expect("Microsoft SQL Server 2016 (SP3)", "13.0.7024.30", "mssqlserver", "13.0-sp3-acp")
        try expect("MSSQL15.SQLEXPRESS", nil, "mssqlserver", "15.0")
        try expect("Microsoft SQL Server 2019", nil, "mssqlserver", "15.0")
        let noServicePack = try match("Microsoft SQL Server 2014")
        #expect(noServicePack.product == "mssqlserver")
        #expect(noServicePack.cycle == nil)
        #expect(try match("Microsoft SQL Server 2012 Native Client", "11.4.7001.0").product == nil)
        #expect(try match("SQL Server Management Studio", "15.0.18424.0").product == nil)
    }

    @Test func oracleDatabaseBanners() throws {
        try expect("Oracle Database 12c Enterprise Edition Release 12.1.0.2.0", nil, "oracle-database", "12.1")
        try expect("Oracle Database", "19.3.0.0.0", "oracle-database", "19")
        try expect(
            "Oracle Database 23ai Enterprise Edition Release 23.0.0.0.0 - Production", nil, "oracle-database", "23")
        try expect("Oracle Database 11g Release 2", nil, "oracle-database", "11.2")
        #expect(try match("Oracle Database 19c Client (x64)", "19.3.0.0.0").product == nil)
    }

    @Test func linuxReleaseFilesAndOsRelease() throws {
        try expect("Red Hat Enterprise Linux Server release 6.10 (Santiago)", nil, "rhel", "6")
        try expect("Ubuntu 18.04.6 LTS", nil, "ubuntu", "18.04")
        try expect("Debian GNU/Linux 11 (bullseye)", nil, "debian", "11")
        try expect("CentOS Linux release 7.9.2009 (Core)", nil, "centos", "7")
        try expect("SUSE Linux Enterprise Server 15 SP5", nil, "sles", "15.5")
        try expect("Debian GNU/Linux", "bookworm", "debian", "12")
        let refused = try match("Fedora Linux 39 (Workstation Edition)")
        #expect(refused.product == nil)
        #expect(refused.note == "fedora is not in the catalogue")
    }

    @Test func distributionPackages() throws {
        try expect("postgresql-13", nil, "postgresql", "13")
        try expect("python3.9", nil, "python", "3.9")
        try expect("php7.4", nil, "php", "7.4")
        try expect("postgresql96-server", "9.6.24-1PGDG.rhel7", "postgresql", "9.6")
        let both = try match("postgresql-12", "12.20-1.pgdg20.04+1")
        #expect(both.confidence == .exact)
        #expect(both.rule == "distribution-package")
        let conflict = try match("postgresql-13", "14.2-1")
        #expect(conflict.product == "postgresql")
        #expect(conflict.cycle == nil)
        let openjdk = try match("openjdk-11-jre", "11.0.24+8-1ubuntu3~20.04")
        #expect(openjdk.product == nil)
        #expect(openjdk.note?.contains("distribution") == true)
        #expect(try match("python3-requests", "2.25.1").product == nil)
    }

    @Test func packageURLsAndCPEs() throws {
        let purl = try match("pkg:deb/debian/openssl@1.1.1n")
        #expect(purl.product == "openssl")
        #expect(purl.cycle == "1.1.1")
        #expect(purl.rule == "purl")
        try expect("pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1", nil, "log4j", "2")
        try expect("pkg:deb/ubuntu/postgresql@14.10", nil, "postgresql", "14")
        let unknown = try match("pkg:npm/lodash@4.17.21")
        #expect(unknown.product == nil)
        #expect(unknown.rule == "purl")
        try expect("cpe:2.3:a:postgresql:postgresql:13.4:*:*:*:*:*:*:*", nil, "postgresql", "13")
    }

    @Test func microsoftApplications() throws {
        try expect("Microsoft Office Professional Plus 2010", "14.0.7015.1000", "office", "2010")
        try expect("Microsoft Office LTSC Professional Plus 2024 - en-gb", nil, "office", "2024-ltsc")
        let m365 = try match("Microsoft 365 Apps for enterprise")
        #expect(m365.product == nil)
        #expect(m365.rule == "not-in-catalogue")
        try expect("Microsoft Exchange Server 2016 CU23", "15.1.2507.39", "msexchange", "2016")
        try expect("Microsoft Exchange Server", "15.2.2562.17", "msexchange", "subscription")
        try expect("Microsoft SharePoint Server 2019", nil, "sharepoint", "2019")
        try expect("Microsoft .NET Framework 4 Extended", "4.7.03062", "dotnetfx", "4.7.2")
        try expect("Microsoft .NET Runtime - 6.0.25 (x64)", nil, "dotnet", "6")
        try expect("PowerShell 7-x64", "7.4.6.0", "powershell", "7.4")
        try expect("Microsoft Visual Studio Professional 2019", "16.11.34", "visual-studio", "16.11")
    }

    @Test func internetExplorerDependsOnThePlatform() throws {
        let client = try match("Internet Explorer 11", "11.0.9600.19596")
        #expect(client.cycle == "11")
        #expect(client.confidence == .medium)
        #expect(try match("Internet Explorer 11", platform: .server).cycle == "11-server")
    }

    @Test func browsersJavaAndVirtualisation() throws {
        try expect("Google Chrome", "120.0.6099.130", "chrome", "120")
        let newer = try match("Google Chrome", "152.0.7444.60")
        #expect(newer.product == "chrome")
        #expect(newer.cycle == nil)
        #expect(newer.note?.contains("newer than every chrome cycle") == true)
        try expect("Mozilla Firefox ESR (x64 en-GB)", "115.16.1", "firefox", "115")
        #expect(try match("Microsoft Edge", "120.0.2210.91").product == nil)
        try expect("Java 8 Update 291", nil, "oracle-jdk", "8")
        try expect("Java(TM) SE Runtime Environment", "1.8.0_291-b10", "oracle-jdk", "8")
        try expect("Eclipse Temurin JDK with Hotspot 17.0.12+7 (x64)", nil, "eclipse-temurin", "17")
        try expect("VMware ESXi 6.7.0 build-17700523", nil, "esxi", "6.7")
        try expect("VMware vCenter Server", "7.0.3.01700", "vcenter", "7.0")
        try expect("Citrix Virtual Apps and Desktops 7 1912 LTSR CU8", nil, "citrix-vad", "1912")
    }

    @Test func networkAndStorageSystems() throws {
        try expect("Cisco IOS XE Software", "17.9.4a", "cisco-ios-xe", "17.9")
        try expect("PAN-OS", "10.1.11-h4", "panos", "10.1")
        try expect("FortiOS", "v7.2.8,build1639 (GA.M)", "fortios", "7.2")
        try expect("NetApp ONTAP", "9.11.1P13", "netapp-ontap", "9.11.1")
        let classic = try match("Cisco IOS", "15.2(7)E9")
        #expect(classic.product == nil)
        #expect(classic.note?.contains("classic") == true)
    }

    @Test func titlesVersionBannersAndLocalProducts() throws {
        try expect("Apache Tomcat 9", "9.0.89", "tomcat", "9.0")
        try expect("Server version: Apache/2.4.57 (Unix)", nil, "apache-http-server", "2.4")
        try expect("Veeam Backup & Replication", "12.1.2.172", "veeam-backup-and-replication", "12")
        #expect(try match("Splunk Universal Forwarder", "9.1.2").product == nil)
        var catalogue = try LifecycleFixtures.catalogue()
        let csv = "product,title,category,cycle,security_support_end\ncivica-cx,Civica CX,app,21,2027-03-31\n"
        catalogue.add(try LifecycleImport.csv(Data(csv.utf8), file: "local.csv", factsAsOf: catalogue.snapshotDate))
        let local = LifecycleMatcher(catalogue: catalogue).match("Civica CX", version: "21.4")
        #expect(local.product == "civica-cx")
        #expect(local.cycle == "21")
        #expect(try match("Civica CX", "21.4").product == nil)
    }

    @Test func inHouseSystemsAndFirmwareStayUnmatched() throws {
        for (text, version) in [
            ("HP LaserJet Pro M404dn firmware", "002.2149A"), ("Kyocera TASKalfa 3253ci", "2VG_S000.002.357"),
            ("Northgate Revenues & Benefits", "8.4"), ("Dell ThinOS", "9.1.3129"), ("", ""),
        ] {
            let result = try match(text, version)
            #expect(result.product == nil, "\(text)")
            #expect(result.confidence == .none)
        }
    }

    @Test func theRuleOrderIsStable() {
        #expect(LifecycleMatcher.ruleNames.first == "purl")
        #expect(LifecycleMatcher.ruleNames.last == "title")
        #expect(Set(LifecycleMatcher.ruleNames).count == LifecycleMatcher.ruleNames.count)
    }
}

@Suite struct WindowsBuildTableTests {
    /// Every build in the tables is the `latest` of the catalogue cycles for that release.
    @Test func buildsAgreeWithTheCatalogue() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        for (table, major) in [(WindowsBuilds.windows10, 10), (WindowsBuilds.windows11, 11)] {
            for (build, feature) in table {
                let cycles = catalogue.cycles(of: "windows").filter { $0.name.hasPrefix("\(major)-\(feature)") }
                #expect(!cycles.isEmpty, "no cycle for \(major) \(feature)")
                #expect(cycles.allSatisfy { $0.latest == "10.0.\(build)" }, "\(major) \(feature)")
            }
        }
        for (build, names) in WindowsBuilds.server10 {
            for name in names {
                #expect(catalogue.cycle(name, of: "windows-server")?.latest == "10.0.\(build)", "\(name)")
            }
        }
    }
}
