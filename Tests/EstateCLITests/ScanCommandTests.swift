import EstateCore
import EstateStore
import Foundation
import Testing

@Suite struct ScanCommandTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func firstAsset(_ text: String) throws -> [String: Any] {
        let assets = try #require(try json(text)["assets"] as? [[String: Any]])
        return try #require(assets.first)
    }

    @Test func scanDescribesThisHostAsEstateJSONInUnderASecond() throws {
        let started = Date()
        let result = try EstateBinary.run(["scan"])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(seconds < 1.5, "estate scan took \(seconds) s")
        #expect((try json(result.stdout)["generated_by"] as? String)?.hasPrefix("estate scan") == true)
        let asset = try firstAsset(result.stdout)
        #expect((asset["hostname"] as? String)?.isEmpty == false)
        #expect(asset["class"] is String)
        #expect(asset["manufacturer"] is String, "written, or unknown where unreadable")
        #expect(asset["mac_addresses"] is [Any])
    }

    @Test func aScanPipedIntoIngestIsStoredAndAppearsInTheReport() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let scan = try EstateBinary.run(["scan"], in: dir)
        let ingest = try EstateBinary.run(["ingest", "-", "--db", "e.sqlite"], in: dir, input: Data(scan.stdout.utf8))
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("estate-scan: "))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        #expect(try database.latestSnapshot()?.assetCount == 1)

        let inventory = dir.appendingPathComponent("inventory")
        let written = try EstateBinary.run(
            ["scan", "--out", inventory.appendingPathComponent("this-host.json").path], in: dir)
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        let report = try EstateBinary.run(
            ["report", "--inventory", inventory.path, "--db", "r.sqlite", "--out", "reports"], in: dir)
        #expect(report.status == 0, "\(report.stderr)")
        let osName = try #require(try firstAsset(scan.stdout)["os_name"] as? String ?? Optional("unknown"))
        let overview = try String(contentsOf: dir.appendingPathComponent("reports/overview.md"), encoding: .utf8)
        #expect(overview.contains("| Assets in service | 1 |"))
        if osName != "unknown" { #expect(overview.contains(osName)) }
    }

    /// A host tree as an old CentOS server without root would show it.
    func writeOldServer(at root: URL) throws {
        func put(_ path: String, _ text: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try put("etc/redhat-release", "CentOS release 5.11 (Final)\n")
        try put("proc/sys/kernel/hostname", "ew-legacy-09\n")
        try put("proc/sys/kernel/osrelease", "2.6.18-419.el5\n")
        try put("proc/meminfo", "MemTotal:        4046756 kB\nMemFree:          102400 kB\n")
        var cpuinfo = ""
        for processor in 0..<4 {
            cpuinfo += "processor\t: \(processor)\nmodel name\t: Intel(R) Xeon(R) CPU E5430 @ 2.66GHz\n"
            cpuinfo += "physical id\t: \(processor / 2)\ncpu cores\t: 2\nflags\t\t: fpu vme de\n\n"
        }
        try put("proc/cpuinfo", cpuinfo)
        try put("sys/class/dmi/id/sys_vendor", "HP\n")
        try put("sys/class/dmi/id/product_name", "ProLiant DL380 G5\n")
        try put("sys/class/dmi/id/chassis_type", "23\n")
        try put("sys/class/dmi/id/bios_version", "P56\n")
        try put("sys/class/dmi/id/bios_date", "11/01/2008\n")
        try put("sys/block/sda/size", "286749488\n")
        try put("sys/block/sda/removable", "0\n")
        try put("sys/block/sr0/size", "2097151\n")
        try put("sys/class/net/eth0/address", "00:1f:29:aa:bb:cc\n")
        try put("sys/class/net/eth0/device/vendor", "0x14e4\n")
        try put("sys/class/net/lo/address", "00:00:00:00:00:00\n")
    }

    @Test func scanReadsAnOldRedHatHostWithoutRootAndMarksTheSerialUnknown() throws {
        let dir = try EstateBinary.temporaryDirectory()
        try writeOldServer(at: dir.appendingPathComponent("root"))
        let result = try EstateBinary.run(["scan", "--root", dir.appendingPathComponent("root").path])
        #expect(result.status == 0, "\(result.stderr)")
        let asset = try firstAsset(result.stdout)
        #expect(asset["id"] as? String == "ew-legacy-09")
        #expect(asset["serial"] as? String == "unknown")
        #expect(asset["class"] as? String == "server")
        #expect(asset["os_name"] as? String == "CentOS")
        #expect(asset["os_version"] as? String == "5.11")
        #expect(asset["cores"] as? Int == 4)
        #expect(asset["memory"] as? String == "\(4_046_756 * 1024) bytes")
        #expect(asset["storage"] as? String == "\(286_749_488 * 512) bytes")
        #expect(asset["virtual"] as? Bool == false)
        #expect(asset["mac_addresses"] as? [String] == ["00:1f:29:aa:bb:cc"])
        let components = try #require(asset["components"] as? [[String: String]])
        #expect(components.contains { $0["product"] == "CentOS release 5.11 (Final)" && $0["kind"] == "os" })
        #expect(components.contains { $0["product"] == "BIOS" && $0["version"] == "P56 (released 2008-11-01)" })
    }

    @Test func scanWithDbStoresASnapshotAndAppendReplacesTheHost() throws {
        let dir = try EstateBinary.temporaryDirectory()
        try writeOldServer(at: dir.appendingPathComponent("root"))
        let root = dir.appendingPathComponent("root").path
        let first = try EstateBinary.run(["scan", "--root", root, "--db", "e.sqlite"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.isEmpty)
        let again = try EstateBinary.run(["scan", "--root", root, "--db", "e.sqlite", "--append"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        let snapshots = try database.snapshots()
        #expect(snapshots.count == 1)
        #expect(snapshots.first?.assetCount == 1)
        let estate = try database.estate(snapshotID: try #require(snapshots.first).id)
        #expect(estate.assets.first?.id == "ew-legacy-09")
        #expect(estate.components.filter { $0.kind == .operatingSystem }.count == 1)
    }

    @Test func appendOrOrgWithoutADatabaseIsAUsageError() throws {
        let result = try EstateBinary.run(["scan", "--append"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("need --db"))
    }
}

@Suite struct MixedSourcesTests {
    @Test func aFolderWithOneFileOfEachKindIngestsIntoOneCoherentEstate() throws {
        let dir = try EstateBinary.temporaryDirectory()
        let folder = EstateBinary.fixture("mixed-sources").path
        let result = try EstateBinary.run(["ingest", folder, "--db", "e.sqlite"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        for format in [
            "systeminfo", "registry-uninstall", "rvtools-vinfo-csv", "cyclonedx-json", "dpkg-list", "estate-scan",
            "ansible-facts", "dmidecode", "rpm-qa", "dpkg-status", "osquery-json", "spdx-json", "glpi-json",
            "intune-csv", "netbox-csv", "snipeit-csv",
        ] {
            #expect(result.stderr.contains(": \(format): "), "\(format)")
        }
        #expect(result.stderr.contains("merge: conflict: asset EWK-004217 os_name"))
        let database = try EstateDatabase(path: dir.appendingPathComponent("e.sqlite").path)
        let snapshot = try #require(try database.latestSnapshot())
        #expect(snapshot.sources.count == 16)
        #expect(snapshot.assetCount == 13)
        #expect(snapshot.systemCount == 1)
        #expect(snapshot.rejectCount == 0)
        let estate = try database.estate(snapshotID: snapshot.id)
        let laptop = try #require(estate.assets.first { $0.id == "EWK-004217" })
        #expect(laptop.serial == "5CG1234XYZ")
        #expect(laptop.osName == "Microsoft Windows 11 Enterprise")
        #expect(laptop.purchaseCost == Money(pence: 104_900))
        #expect(estate.assets.filter { $0.serial == "5CG1234XYZ" || $0.serial == "7XK2L33" }.count == 2)
        #expect(estate.assets.filter { ($0.hostname ?? "").lowercased().hasPrefix("ew-web-01") }.count == 1)
        let laptopProducts = estate.components.filter { $0.subjectId == "EWK-004217" }.map(\.product)
        #expect(laptopProducts.contains("7-Zip 23.01 (x64 edition)"))
        let server = try #require(estate.assets.first { $0.id == "EWK-000777" })
        #expect(server.hostname == "ew-db-01")
        #expect(server.cores == 40)
        #expect(estate.components.contains { $0.subjectId == "EWK-000777" && $0.product == "postgresql-server" })
        let conflicts = try database.provenance(snapshotID: snapshot.id).filter(\.isConflict)
        #expect(Set(conflicts.map { "\($0.assetId) \($0.field)" }) == ["EWK-004217 os_name", "EWK-000777 hostname"])
    }
}
