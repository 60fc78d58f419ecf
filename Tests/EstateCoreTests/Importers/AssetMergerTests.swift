import Foundation
import Testing

@testable import EstateCore

@Suite struct AssetMergerTests {
    func keys(serial: String? = nil, hostname: String? = nil, macs: [String] = []) -> AssetMerger.Keys {
        var record = HostRecord(line: 1)
        record.asset.serial = serial
        record.asset.hostname = hostname
        record.macAddresses = macs
        return AssetMerger.Keys(record)
    }

    @Test func recordsMatchBySerialThenHostnameThenMAC() {
        let groups = AssetMerger.groups([
            keys(serial: "5CG1234XYZ", hostname: "EW-LT-0042"),
            keys(serial: "5cg1234xyz"),
            keys(hostname: "ew-lt-0042.eastwick.local"),
            keys(macs: ["F4-4D-30-11-22-33"]),
            keys(hostname: "EW-LT-0099", macs: ["f4:4d:30:11:22:33"]),
            keys(serial: "OTHER", hostname: "EW-LT-0042"),
        ])
        #expect(groups == [[0, 1, 2], [3, 4], [5]])
    }

    @Test func twoDifferentSerialsAreNeverOneMachineWhateverTheirHostnames() {
        let groups = AssetMerger.groups([
            keys(serial: "AAA111", hostname: "pc1"), keys(hostname: "pc1"), keys(serial: "BBB222", hostname: "pc1"),
        ])
        #expect(groups == [[0, 1], [2]])
    }

    @Test func placeholderSerialsAndLoopbackMACsMatchNothing() {
        let groups = AssetMerger.groups([
            keys(serial: "To Be Filled By O.E.M.", macs: ["00:00:00:00:00:00"]),
            keys(serial: "To Be Filled By O.E.M.", macs: ["00-00-00-00-00-00"]),
        ])
        #expect(groups == [[0], [1]])
    }

    func contribution(_ asset: Asset, _ kind: SourceKind, _ path: String, order: Int) -> AssetMerger.Contribution {
        AssetMerger.Contribution(
            asset: asset, kind: kind, source: Int64(order), path: path, line: order + 2, order: order)
    }

    @Test func machineFactsComeFromTheMachineAndCouncilFactsFromTheRegister() {
        var register = Asset(id: "EWK-1", hostname: "EW-LT-0042", assetClass: .laptop, site: "Civic Centre")
        register.osName = "Microsoft Windows 10 Enterprise"
        register.memoryBytes = 16 << 30
        var scan = Asset(id: "", hostname: "ew-lt-0042.eastwick.local", assetClass: .desktop)
        scan.osName = "Microsoft Windows 11 Enterprise"
        scan.memoryBytes = 16_088 << 20
        scan.serial = "5CG1234XYZ"
        let result = AssetMerger.merge(
            [
                contribution(register, .register, "assets.csv", order: 0),
                contribution(scan, .collected, "osquery.log", order: 1),
            ],
            id: "EWK-1")
        #expect(result.asset.osName == "Microsoft Windows 11 Enterprise")
        #expect(result.asset.assetClass == .laptop)
        #expect(result.asset.site == "Civic Centre")
        #expect(result.asset.serial == "5CG1234XYZ")
        #expect(result.asset.hostname == "ew-lt-0042.eastwick.local")
        #expect(result.conflicts == [.assetClass, .osName], "hostnames and memory within 15% agree")
        let osEntries = result.provenance.map(\.entry).filter { $0.field == "os_name" }
        #expect(osEntries.map(\.source) == ["osquery.log", "assets.csv"])
        #expect(osEntries.map(\.isKept) == [true, false])
        #expect(osEntries.allSatisfy { $0.isConflict })
    }

    @Test func differentSpellingsOfTheSameFactAreNotConflicts() {
        #expect(MergeField.namesAgree("Ubuntu", "Ubuntu 22.04.4 LTS"))
        #expect(MergeField.manufacturersAgree("Hewlett-Packard", "HP"))
        #expect(MergeField.manufacturersAgree("Dell Inc.", "DELL"))
        #expect(MergeField.versionsAgree("22.04", "22.04.4 LTS (Jammy Jellyfish)"))
        #expect(!MergeField.versionsAgree("7", "17"))
        #expect(!MergeField.namesAgree("Microsoft Windows 10 Enterprise", "Windows 11 Enterprise"))
        #expect(MergeField.sizesAgree("17179869184 bytes", "16869490688 bytes"))
        #expect(!MergeField.sizesAgree("17179869184 bytes", "8589934592 bytes"))
        #expect(MergeField.classesAgree("server", "virtual-machine"))
    }

    @Test func theLatestLastSeenIsKeptAndIsNoConflict() throws {
        let older = Asset(id: "", hostname: "pc1", assetClass: .other, lastSeen: LocalDate(iso: "2026-01-01"))
        let newer = Asset(id: "", hostname: "pc1", assetClass: .other, lastSeen: LocalDate(iso: "2026-09-01"))
        let result = AssetMerger.merge(
            [contribution(older, .collected, "a", order: 0), contribution(newer, .console, "b", order: 1)], id: "pc1")
        #expect(result.asset.lastSeen?.description == "2026-09-01")
        #expect(result.conflicts.isEmpty)
    }
}

@Suite struct MergeIngestTests {
    @Test func aMachineFromSeveralToolsMergesIntoTheRegistersAssetWithProvenance() throws {
        let result = try ImporterFixtures.ingest(
            "snipeit-custom-report.csv", "intune-devices.csv", "osqueryd.results.log", "EW-LT-0042.systeminfo.txt",
            "EW-LT-0042.uninstall.reg")
        let laptop = try #require(result.asset("EWK-004217"))
        #expect(result.sink.assets.filter { $0.serial == "5CG1234XYZ" }.count == 1)
        #expect(laptop.osName == "Microsoft Windows 11 Enterprise")
        #expect(laptop.cpu == "11th Gen Intel(R) Core(TM) i5-1145G7 @ 2.60GHz")
        #expect(laptop.purchaseCost == Money(pence: 104_900))
        #expect(laptop.lastSeen?.description == "2026-09-29")
        let products = result.products(of: "EWK-004217")
        #expect(products.contains("Java 8 Update 351 (64-bit)"))
        #expect(products.contains("7-Zip 23.01 (x64 edition)"))
        #expect(products.filter { $0 == "Microsoft 365 Apps for enterprise - en-gb" }.count == 1)
        #expect(result.components(of: "EWK-004217").filter { $0.kind == .operatingSystem }.count == 1)
        let osConflict = result.merge.conflicts.filter { $0.assetId == "EWK-004217" && $0.field == "os_name" }
        #expect(Set(osConflict.map(\.source)).isSuperset(of: ["snipeit-custom-report.csv", "osqueryd.results.log"]))
        #expect(result.merge.notes.contains { $0.hasPrefix("conflict: asset EWK-004217 os_name") })
        #expect(result.sink.provenance.contains { $0.assetId == "EWK-004217" && $0.field == "serial" })
    }

    @Test func aVMFromRVToolsOsqueryAPackageListAndAnSBOMIsOneAsset() throws {
        let result = try ImporterFixtures.ingest(
            "RVTools_tabvInfo.csv", "ew-web-01.osquery.json", "ew-web-01.dpkg-status", "ew-web-01.spdx.json")
        let id = "VMware-42 1a 2b 3c 4d 5e 6f 70-81 92 a3 b4 c5 d6 e7 f8"
        let vm = try #require(result.asset(id))
        #expect(result.sink.assets.filter { HostIdentity.hostnameKey($0.hostname) == "ew-web-01" }.count == 1)
        #expect(vm.hostId == "ewkesx01.eastwick.local")
        #expect(vm.cpu == "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz")
        let products = result.products(of: id)
        #expect(products.contains("postgresql-14"))
        #expect(products.filter { $0 == "nginx" }.count == 1, "three sources list nginx 1.18.0-6ubuntu14.4")
        #expect(result.merge.notes.contains { $0.contains("stored once") })
    }

    @Test func aRegisterAssetTagSeenTwiceIsStillADuplicateButHostsMerge() throws {
        let register = ImporterFixtures.text("assets.csv", "Asset Tag,Type,Serial No.\nA1,laptop,S1\nA1,laptop,S2\n")
        let scanA = ImporterFixtures.text(
            "pc.systeminfo.txt", "Host Name: PC9\nOS Name: Windows 10\nOS Version: 10.0.19045\n")
        let scanB = ImporterFixtures.text(
            "pc2.systeminfo.txt", "Host Name: pc9\nOS Name: Windows 10\nSystem Model: OptiPlex 7080\n")
        let result = try ImporterFixtures.ingest([register, scanA, scanB])
        #expect(result.sink.rejects.count == 1)
        #expect(result.sink.assets.map(\.id) == ["A1", "PC9"])
        #expect(result.asset("PC9")?.model == "OptiPlex 7080")
        #expect(result.merge.mergedAssetCount == 1)
    }
}

@Suite struct MergeIdTests {
    @Test func aHostNamedLikeARegistersAssetIdMergesIntoItInsteadOfClashing() throws {
        let register = ImporterFixtures.text("servers.csv", "Asset ID,Class,OS\nEW-FS-09,server,Windows Server 2016\n")
        let scan = ImporterFixtures.text(
            "EW-FS-09.systeminfo.txt",
            "Host Name: EW-FS-09\nOS Name: Microsoft Windows Server 2016 Standard\nOS Version: 10.0.14393 N/A Build 14393\n"
        )
        let result = try ImporterFixtures.ingest([register, scan])
        #expect(result.sink.assets.map(\.id) == ["EW-FS-09"])
        #expect(result.asset("EW-FS-09")?.osName == "Microsoft Windows Server 2016 Standard")
        #expect(result.merge.conflicts.isEmpty)
    }
}
