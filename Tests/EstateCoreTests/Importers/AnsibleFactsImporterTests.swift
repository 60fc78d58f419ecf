import Foundation
import Testing

@testable import EstateCore

@Suite struct AnsibleFactsImporterTests {
    @Test func aTreeFileGivesTheServerItsHardwareDisksMACsAndPackages() throws {
        let result = try ImporterFixtures.ingest("ew-db-01")
        let server = try #require(result.asset("7XK2L33"))
        #expect(server.hostname == "ew-db-01")
        #expect(server.assetClass == .server)
        #expect(server.isVirtual == false)
        #expect(server.manufacturer == "Dell Inc.")
        #expect(server.cores == 40)
        #expect(server.memoryBytes == 257_341 << 20)
        #expect(
            server.storageBytes == Int64(1_874_329_600 + 3_748_659_200) * 512, "dm- and optical devices are left out")
        #expect(server.osName == "RedHat")
        #expect(server.osVersion == "8.10")
        #expect(result.component("postgresql-server", of: "7XK2L33")?.kind == .database)
        #expect(result.component("BIOS", of: "7XK2L33")?.version == "2.13.3 (released 2021-12-02)")
        #expect(result.component("Linux kernel", of: "7XK2L33")?.version == "4.18.0-553.el8_10.x86_64")
    }

    @Test func adHocOutputReadsEachHostAndRejectsTheUnreachableOne() throws {
        let result = try ImporterFixtures.ingest("ansible-adhoc.txt")
        let vm = try #require(result.asset("ew-app-02"))
        #expect(vm.isVirtual == true)
        #expect(vm.assetClass == .virtualMachine)
        #expect(vm.serial == nil)
        #expect(vm.osName == "Debian")
        let reject = try #require(result.sink.rejects.first)
        #expect(reject.line == 26)
        #expect(reject.reason.contains("ew-old-03"))
        #expect(reject.reason.contains("No route to host"))
    }

    @Test func aWindowsFactCacheFileReadsTheWindowsFacts() throws {
        let result = try ImporterFixtures.ingest("ew-fs-01.cache.json")
        let server = try #require(result.sink.assets.first)
        #expect(server.id == "VMware-42 3c 11 22 33 44 55 66-77 88 99 aa bb cc dd ee")
        #expect(server.osName == "Microsoft Windows Server 2012 R2 Standard")
        #expect(server.cpu == "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz")
        #expect(server.cores == 4)
        #expect(result.component("Linux kernel", of: server.id) == nil)
    }
}
