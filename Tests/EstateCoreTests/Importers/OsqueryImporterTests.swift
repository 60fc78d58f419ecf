import Foundation
import Testing

@testable import EstateCore

@Suite struct OsqueryImporterTests {
    @Test func appendedOsqueryiResultsDescribeOneMachineWithItsPackagesAndMAC() throws {
        let result = try ImporterFixtures.ingest("ew-web-01.osquery.json")
        let asset = try #require(result.sink.assets.first)
        #expect(result.sink.assets.count == 1)
        #expect(asset.id == "VMware-42 1a 2b 3c 4d 5e 6f 70-81 92 a3 b4 c5 d6 e7 f8")
        #expect(asset.hostname == "ew-web-01.eastwick.local")
        #expect(asset.assetClass == .virtualMachine)
        #expect(asset.isVirtual == true)
        #expect(asset.cores == 4)
        #expect(asset.memoryBytes == 8_348_520_448)
        #expect(asset.osName == "Ubuntu")
        #expect(asset.osVersion == "22.04.4 LTS (Jammy Jellyfish)")
        #expect(result.component("nginx", of: asset.id)?.kind == .middleware)
        #expect(result.component("php8.1-fpm", of: asset.id)?.kind == .runtime)
        #expect(result.component("Ubuntu", of: asset.id)?.kind == .operatingSystem)
    }

    @Test func aRowWithoutANameIsRejectedAtItsLineAndOtherTablesAreNoted() throws {
        let result = try ImporterFixtures.ingest("ew-web-01.osquery.json")
        let reject = try #require(result.sink.rejects.first)
        #expect(result.sink.rejects.count == 1)
        #expect(reject.line == 11)
        #expect(reject.reason.contains("package name is required"))
        #expect(result.outcomes[0].notes.contains { $0.contains("1 rows of unrecognised tables not read") })
    }

    @Test func theResultsLogGivesOneMachinePerHostAndSkipsRemovedRows() throws {
        let result = try ImporterFixtures.ingest("osqueryd.results.log")
        #expect(result.sink.assets.map(\.id) == ["5CG1234XYZ", "ew-old-07"])
        let laptop = try #require(result.asset("5CG1234XYZ"))
        #expect(laptop.assetClass == .laptop)
        #expect(laptop.osName == "Microsoft Windows 11 Enterprise")
        #expect(result.products(of: "5CG1234XYZ").contains("Java 8 Update 351 (64-bit)"))
        #expect(!result.products(of: "5CG1234XYZ").contains("Adobe Acrobat Reader DC"))
        let old = try #require(result.asset("ew-old-07"))
        #expect(old.serial == nil, "a placeholder serial is not a serial")
        #expect(result.component("httpd", of: "ew-old-07")?.version == "2.4.6-99.el7.centos.1")
    }

    @Test func resultsThatNameNoMachineAreRefusedWithTheRemedy() throws {
        let file = ImporterFixtures.text(
            "results.json",
            #"[{"name":"Ubuntu","version":"22.04","major":"22","platform":"ubuntu","platform_like":"debian","codename":"jammy"}]"#
        )
        let error = #expect(throws: IngestError.self) { try ImporterFixtures.ingest([file]) }
        #expect(error?.message.contains("system_info") == true)
    }
}
