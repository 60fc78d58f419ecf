import Foundation
import Testing

@testable import EstateCore

@Suite struct PackageListImporterTests {
    @Test func theDpkgStatusFileListsOnlyInstalledPackagesOnTheHostItIsNamedAfter() throws {
        let result = try ImporterFixtures.ingest("ew-web-01.dpkg-status")
        #expect(result.sink.assets.map(\.id) == ["ew-web-01"])
        #expect(result.products(of: "ew-web-01") == ["adduser", "nginx", "postgresql-14", "openjdk-11-jre-headless"])
        #expect(result.component("postgresql-14", of: "ew-web-01")?.kind == .database)
        #expect(result.component("postgresql-14", of: "ew-web-01")?.version == "14.12-0ubuntu0.22.04.1")
        #expect(result.component("openjdk-11-jre-headless", of: "ew-web-01")?.kind == .runtime)
        #expect(result.outcomes[0].notes.contains { $0.hasPrefix("1 packages not installed") })
        let reject = try #require(result.sink.rejects.first)
        #expect(reject.line == 48)
        #expect(reject.field == "Package")
    }

    @Test func aPackageListWhoseFileNameNamesNoHostIsRefusedWithTheRemedy() throws {
        let fixture = try ImporterFixtures.file("ew-web-01.dpkg-status")
        let error = #expect(throws: IngestError.self) {
            try ImporterFixtures.ingest([InputFile(path: "/var/lib/dpkg/status", data: fixture.data)])
        }
        #expect(error?.message.contains("ew-web-01.dpkg-status") == true)
    }

    @Test func dpkgListReadsInstalledLinesAndRejectsBrokenOnes() throws {
        let result = try ImporterFixtures.ingest("ew-app-02.dpkg-l.txt")
        #expect(result.products(of: "ew-app-02") == ["apache2", "libssl1.1", "php7.0", "tomcat8"])
        #expect(result.component("apache2", of: "ew-app-02")?.version == "2.4.25-3+deb9u13")
        #expect(result.outcomes[0].notes.contains { $0.hasPrefix("1 packages not installed") })
        #expect(result.sink.rejects.map(\.line) == [11])
    }

    @Test func oldDpkgListWithoutAnArchitectureColumnReads() throws {
        let result = try ImporterFixtures.ingest("ew-legacy-04.dpkg-l.txt")
        #expect(result.component("mysql-server-5.1", of: "ew-legacy-04")?.version == "5.1.73-1")
        #expect(result.component("mysql-server-5.1", of: "ew-legacy-04")?.kind == .database)
    }

    @Test func rpmQueryReadsBothOutputShapesAndLeavesOutSigningKeys() throws {
        let result = try ImporterFixtures.ingest("ew-db-01.rpm-qa.txt")
        let products = result.products(of: "ew-db-01")
        #expect(products == ["bash", "postgresql-server", "java-11-openjdk-headless", "tzdata", "kernel", "httpd"])
        #expect(
            result.component("postgresql-server", of: "ew-db-01")?.version == "13.14-1.module+el8.9.0+19732+b6ab6a47")
        #expect(result.component("httpd", of: "ew-db-01")?.version == "2.4.37-65.module+el8.10.0+21982+14717793")
        #expect(result.outcomes[0].notes.contains { $0.hasPrefix("1 gpg-pubkey") })
        #expect(result.sink.rejects.map(\.line) == [7])
    }

    @Test func aUTF16RegistryExportListsProgramsAsProgramsAndFeaturesDoes() throws {
        let result = try ImporterFixtures.ingest("EW-LT-0042.uninstall.reg")
        #expect(result.outcomes[0].notes.first?.contains("UTF-16") == true)
        let products = result.products(of: "EW-LT-0042")
        #expect(
            products == [
                "7-Zip 23.01 (x64 edition)", "Microsoft 365 Apps for enterprise - en-gb",
                "Mozilla Firefox ESR (x64 en-GB)", "Java 8 Update 351",
                "Microsoft Visual C++ 2008 Redistributable - x86 9.0.30729.6161",
            ])
        #expect(result.component("Mozilla Firefox ESR (x64 en-GB)", of: "EW-LT-0042")?.kind == .browser)
        #expect(result.component("Microsoft 365 Apps for enterprise - en-gb", of: "EW-LT-0042")?.kind == .office)
        #expect(result.outcomes[0].notes.contains { $0.hasPrefix("2 system components and updates") })
    }

    @Test func anAnsiRegedit4ExportReadsAccentedNames() throws {
        let result = try ImporterFixtures.ingest("EW-XP-0001.uninstall.reg")
        #expect(result.products(of: "EW-XP-0001") == ["Adobe Reader 9.5.5 - Français"])
        #expect(result.outcomes[0].notes.contains { $0.hasPrefix("1 Uninstall keys without a DisplayName") })
    }
}
