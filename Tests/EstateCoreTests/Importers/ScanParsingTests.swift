import Foundation
import Testing

@testable import EstateCore

@Suite struct ScanParsingTests {
    @Test func osReleaseValuesLoseTheirQuotesAndEscapes() {
        let values = LinuxReleaseFiles.osRelease(
            "# comment\nNAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nPRETTY_NAME='Ubuntu 22.04.4 LTS'\nID=ubuntu\nBROKEN\nHOME_URL=\"https://www.ubuntu.com/\"\nQUOTE=\"say \\\"hi\\\"\"\n"
        )
        #expect(values["NAME"] == "Ubuntu")
        #expect(values["VERSION_ID"] == "22.04")
        #expect(values["PRETTY_NAME"] == "Ubuntu 22.04.4 LTS")
        #expect(values["ID"] == "ubuntu")
        #expect(values["QUOTE"] == "say \"hi\"")
        #expect(values["BROKEN"] == nil)
    }

    @Test func oldRedHatReleaseLinesGiveNameAndVersion() {
        #expect(LinuxReleaseFiles.redHatRelease("CentOS release 5.11 (Final)\n")?.name == "CentOS")
        #expect(LinuxReleaseFiles.redHatRelease("CentOS release 5.11 (Final)\n")?.version == "5.11")
        #expect(
            LinuxReleaseFiles.redHatRelease("Red Hat Enterprise Linux Server release 6.10 (Santiago)")?.name
                == "Red Hat Enterprise Linux Server")
    }

    @Test func cpuinfoCountsPhysicalCoresAcrossSocketsAndSeesTheHypervisorFlag() {
        var text = ""
        for processor in 0..<8 {
            text +=
                "processor\t: \(processor)\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz\n"
            text += "physical id\t: \(processor / 4)\ncpu cores\t: 2\nflags\t\t: fpu vme hypervisor lahf_lm\n\n"
        }
        let info = CPUInfo(parsing: text)
        #expect(info.model == "Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz")
        #expect(info.cores == 4)
        #expect(info.logicalProcessors == 8)
        #expect(info.hasHypervisorFlag)
        #expect(CPUInfo(parsing: "processor : 0\nprocessor : 1\n").cores == 2)
    }

    @Test func memInfoAndDisksAndMACs() {
        #expect(MemInfo.totalBytes("MemTotal:       16318412 kB\nMemFree: 1 kB\n") == Int64(16_318_412) * 1024)
        let disks = [
            BlockDevice(name: "sda", sectors: "1000215216\n", removable: "0"),
            BlockDevice(name: "nvme0n1", sectors: "2000409264", removable: "0"),
            BlockDevice(name: "loop0", sectors: "100"), BlockDevice(name: "sr0", sectors: "2097151", removable: "1"),
            BlockDevice(name: "sdb", sectors: "60437492", removable: "1"), BlockDevice(name: "dm-0", sectors: "999"),
        ]
        #expect(BlockDevice.totalBytes(disks) == Int64(1_000_215_216 + 2_000_409_264) * 512)
        let interfaces = [
            NetworkInterface(name: "lo", address: "00:00:00:00:00:00", isPhysical: false),
            NetworkInterface(name: "wlp2s0", address: "F4:4D:30:11:22:33\n", isPhysical: true),
            NetworkInterface(name: "docker0", address: "02:42:ac:11:00:01", isPhysical: false),
            NetworkInterface(name: "eno1", address: "b0:26:28:aa:bb:01", isPhysical: true),
        ]
        #expect(NetworkInterface.macAddresses(interfaces) == ["b0:26:28:aa:bb:01", "f4:4d:30:11:22:33"])
    }

    static let scan = HostScan(
        hostname: "ew-web-01",
        osRelease:
            "NAME=\"Ubuntu\"\nVERSION_ID=\"22.04\"\nVERSION=\"22.04.4 LTS (Jammy Jellyfish)\"\nPRETTY_NAME=\"Ubuntu 22.04.4 LTS\"\n",
        kernel: "5.15.0-122-generic",
        dmi: [
            "sys_vendor": "VMware, Inc.", "product_name": "VMware7,1", "bios_vendor": "VMware, Inc.",
            "bios_version": "VMW71.00V.21805430.B64.2305221830", "bios_date": "05/22/2023", "chassis_type": "1",
        ],
        cpuinfo: "processor : 0\nmodel name : Intel(R) Xeon(R) Gold 6230 CPU @ 2.10GHz\nflags : fpu hypervisor\n",
        meminfo: "MemTotal: 8152856 kB\n", blockDevices: [BlockDevice(name: "sda", sectors: "167772160")],
        interfaces: [NetworkInterface(name: "ens160", address: "00:50:56:9a:1b:2c", isPhysical: true)],
        packages: [("nginx", "1.18.0-6ubuntu14.4"), ("postgresql-14", "14.12-0ubuntu0.22.04.1")])

    @Test func aScanWithoutRootReadsAsAVirtualMachineWithUnknownSerial() throws {
        let json = Self.scan.estateJSON(
            generator: "estate scan 0.1.0", generatedAt: "2026-10-01T09:00:00Z",
            seenOn: LocalDate(iso: "2026-10-01") ?? LocalDate(daysSinceEpoch: 0))
        #expect(json.contains("\"serial\": \"unknown\""))
        let file = InputFile(path: "-", data: Data(json.utf8))
        #expect(try FormatDetector().format(of: file) == .estateScan)
        let result = try ImporterFixtures.ingest([file])
        let host = try #require(result.sink.assets.first)
        #expect(result.sink.rejects.isEmpty, "\(result.sink.rejects)")
        #expect(host.id == "ew-web-01")
        #expect(host.serial == nil, "unknown is no serial")
        #expect(host.assetClass == .virtualMachine)
        #expect(host.memoryBytes == Int64(8_152_856) * 1024)
        #expect(host.storageBytes == Int64(167_772_160) * 512)
        #expect(host.lastSeen?.description == "2026-10-01")
        #expect(result.component("Ubuntu 22.04.4 LTS", of: "ew-web-01")?.kind == .operatingSystem)
        #expect(
            result.component("BIOS (VMware, Inc.)", of: "ew-web-01")?.version
                == "VMW71.00V.21805430.B64.2305221830 (released 2023-05-22)")
        #expect(result.component("postgresql-14", of: "ew-web-01")?.kind == .database)
    }

    @Test func aScanMergesWithTheVMsRVToolsRowByMACOrHostname() throws {
        let json = Self.scan.estateJSON(
            generator: "estate scan 0.1.0", generatedAt: "x", seenOn: LocalDate(daysSinceEpoch: 20_000))
        let result = try ImporterFixtures.ingest(
            [InputFile(path: "-", data: Data(json.utf8)), try ImporterFixtures.file("RVTools_tabvInfo.csv")])
        #expect(result.sink.assets.count == 3)
        let vm = try #require(result.asset(hostname: "ew-web-01"))
        #expect(vm.hostId == "ewkesx01.eastwick.local")
        #expect(result.products(of: vm.id).contains("postgresql-14"))
    }
}
