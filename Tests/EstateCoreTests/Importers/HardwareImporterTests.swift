import Foundation
import Testing

@testable import EstateCore

@Suite struct HardwareImporterTests {
    @Test func dmidecodeGivesTheServerItsSerialSocketsMemoryAndBIOS() throws {
        let result = try ImporterFixtures.ingest("ew-db-01.dmidecode.txt")
        let server = try #require(result.asset("7XK2L33"))
        #expect(server.hostname == "ew-db-01")
        #expect(server.assetClass == .server)
        #expect(server.model == "PowerEdge R640")
        #expect(server.cores == 40)
        #expect(server.memoryBytes == 256 << 30)
        #expect(server.isVirtual == false)
        #expect(result.component("BIOS (Dell Inc.)", of: "7XK2L33")?.version == "2.13.3 (released 2021-12-02)")
    }

    @Test func oldDmidecodeWithoutAHostnameIsNamedBySerial() throws {
        let result = try ImporterFixtures.ingest("dmidecode.txt")
        let server = try #require(result.sink.assets.first)
        #expect(server.id == "GB8849AB1C")
        #expect(server.hostname == nil)
        #expect(server.cores == 4, "the unpopulated socket counts nothing")
        #expect(server.memoryBytes == 4096 << 20)
    }

    @Test func englishSysteminfoInUTF16() throws {
        let result = try ImporterFixtures.ingest("EW-LT-0042.systeminfo.txt")
        let laptop = try #require(result.asset("EW-LT-0042"))
        #expect(laptop.assetClass == .laptop)
        #expect(laptop.osName == "Microsoft Windows 11 Enterprise")
        #expect(laptop.osVersion == "10.0.22631")
        #expect(laptop.memoryBytes == 16_088 << 20)
        #expect(laptop.manufacturer == "HP")
        #expect(result.component("BIOS", of: "EW-LT-0042")?.version == "HP T37 Ver. 01.17.00, 14/03/2024")
    }

    @Test func germanSysteminfoInTheConsoleCodePage() throws {
        let result = try ImporterFixtures.ingest("EW-LT-0107.systeminfo.txt")
        let laptop = try #require(result.asset("EW-LT-0107"))
        #expect(laptop.osName == "Microsoft Windows 10 Pro")
        #expect(laptop.osVersion == "10.0.19045")
        #expect(laptop.manufacturer == "LENOVO")
        #expect(laptop.memoryBytes == 16_151 << 20)
    }

    @Test func frenchSysteminfoCSVReadsEachRowAndRejectsOneWithoutAHostName() throws {
        let result = try ImporterFixtures.ingest("systeminfo-fr.csv")
        let kiosk = try #require(result.asset("EW-KIOSK-01"))
        #expect(kiosk.model == "OptiPlex 3060")
        #expect(kiosk.assetClass == .desktop)
        #expect(kiosk.memoryBytes == 8_073 << 20)
        #expect(kiosk.osVersion == "10.0.17763")
        #expect(result.sink.rejects.map(\.line) == [3])
    }

    @Test func windowsXPSysteminfoReads() throws {
        let result = try ImporterFixtures.ingest("EW-XP-0001.systeminfo.txt")
        let desktop = try #require(result.asset("EW-XP-0001"))
        #expect(desktop.osName == "Microsoft Windows XP Professional")
        #expect(desktop.osVersion == "5.1.2600")
        #expect(desktop.assetClass == .desktop)
    }

    @Test func aGLPIComputerInventory() throws {
        let result = try ImporterFixtures.ingest("glpi-ew-dt-0200.json")
        let desktop = try #require(result.asset("8HQ2QW3"))
        #expect(desktop.hostname == "EW-DT-0200")
        #expect(desktop.assetClass == .desktop)
        #expect(desktop.isVirtual == false)
        #expect(desktop.osName == "Microsoft Windows 10 Entreprise")
        #expect(desktop.cores == 8)
        #expect(desktop.memoryBytes == 16_163 << 20)
        #expect(desktop.storageBytes == 512_110_000_000)
        #expect(result.component("Microsoft SQL Server 2014 Express LocalDB", of: "8HQ2QW3")?.kind == .database)
        #expect(result.products(of: "8HQ2QW3").count == 4, "OS, BIOS and the two named programs")
    }

    @Test func aGLPINetworkInventory() throws {
        let result = try ImporterFixtures.ingest("glpi-switch.json")
        let device = try #require(result.asset("SG12KW1234"))
        #expect(device.hostname == "ew-access-sw-12")
        #expect(device.assetClass == .network)
    }
}
