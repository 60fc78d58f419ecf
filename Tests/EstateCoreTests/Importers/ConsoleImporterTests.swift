import Foundation
import Testing

@testable import EstateCore

@Suite struct ConsoleImporterTests {
    @Test func snipeITIsARegisterWithClassesFromCategoriesAndStatusTypes() throws {
        let result = try ImporterFixtures.ingest("snipeit-custom-report.csv")
        #expect(result.sink.assets.map(\.id) == ["EWK-004217", "EWK-000777", "EWK-009001", "EWK-009100"])
        let laptop = try #require(result.asset("EWK-004217"))
        #expect(laptop.hostname == "EW-LT-0042")
        #expect(laptop.assetClass == .laptop)
        #expect(laptop.status == .active)
        #expect(laptop.purchaseCost == Money(pence: 104_900))
        #expect(laptop.warrantyEnd?.description == "2024-06-14", "Warranty Expires, not Warranty (months)")
        #expect(laptop.site == "Civic Centre")
        #expect(laptop.osName == "Windows 10 Enterprise")
        #expect(laptop.memoryBytes == 16 << 30)
        #expect(result.asset("EWK-009001")?.status == .inStock)
        #expect(result.asset("EWK-009001")?.assetClass == .smartphone)
        #expect(result.asset("EWK-009100")?.assetClass == .printer)
        #expect(result.asset("EWK-000777")?.assetClass == .server)
        let rejects = result.sink.rejects
        #expect(rejects.map(\.line) == [5, 6])
        #expect(rejects[0].field == "Purchased")
        #expect(rejects[1].reason.contains("duplicate asset id \"EWK-004217\""))
    }

    @Test func intuneDevicesAreNamedBySerialWithWindowsReleasesAndUSTimes() throws {
        let result = try ImporterFixtures.ingest("intune-devices.csv")
        #expect(result.sink.assets.map(\.id) == ["5CG1234XYZ", "PF2ABC12", "F2LZK1ABCD12", "R9PT12345AB"])
        let laptop = try #require(result.asset("5CG1234XYZ"))
        #expect(laptop.osName == "Windows 11 Enterprise")
        #expect(laptop.assetClass == .laptop)
        #expect(laptop.lastSeen?.description == "2026-09-29")
        #expect(laptop.storageBytes == 243_167_000_000)
        let lenovo = try #require(result.asset("PF2ABC12"))
        #expect(lenovo.osName == "Windows 10 Pro")
        #expect(lenovo.lastSeen?.description == "2026-06-02")
        #expect(lenovo.storageBytes == 476_200_000_000)
        #expect(result.asset("F2LZK1ABCD12")?.assetClass == .smartphone)
        #expect(result.asset("R9PT12345AB")?.assetClass == .tablet)
        #expect(result.component("BIOS", of: "5CG1234XYZ")?.version == "T37 Ver. 01.17.00")
        let rejects = result.sink.rejects
        #expect(rejects.map(\.line) == [6, 7])
        #expect(rejects[0].reason.contains("hostname or serial number is required"))
        #expect(rejects[1].field == "Last check-in")
    }

    @Test func netBoxDevicesUseAssetTagsWhereTheyHaveThemAndRolesForClasses() throws {
        let result = try ImporterFixtures.ingest("netbox-devices.csv")
        #expect(result.sink.assets.map(\.id) == ["7XK2L33", "EWK-NET-0001", "EWK-NET-0002", "pp-a01-01"])
        let server = try #require(result.asset("7XK2L33"))
        #expect(server.assetClass == .server)
        #expect(server.model == "PowerEdge R640")
        #expect(server.department == "ICT")
        #expect(server.osName == "Red Hat Enterprise Linux 8")
        #expect(server.status == .active)
        #expect(result.asset("EWK-NET-0001")?.assetClass == .network)
        #expect(result.asset("EWK-NET-0002")?.assetClass == .firewall)
        #expect(result.asset("EWK-NET-0002")?.status == nil, "Offline says nothing about ownership")
        #expect(result.asset("pp-a01-01")?.assetClass == .other)
        #expect(result.sink.rejects.map(\.line) == [6])
    }

    @Test func rvToolsVMsGetTheSerialTheirGuestReportsAndTemplatesAreLeftOut() throws {
        let result = try ImporterFixtures.ingest("RVTools_tabvInfo.csv")
        #expect(
            result.sink.assets.map(\.id) == [
                "VMware-42 1a 2b 3c 4d 5e 6f 70-81 92 a3 b4 c5 d6 e7 f8",
                "VMware-42 3c 11 22 33 44 55 66-77 88 99 aa bb cc dd ee", "ew-test-old",
            ])
        let web = try #require(result.sink.assets.first)
        #expect(web.hostname == "ew-web-01.eastwick.local")
        #expect(web.assetClass == .virtualMachine)
        #expect(web.memoryBytes == 8192 << 20)
        #expect(web.storageBytes == 81_920 << 20)
        #expect(web.hostId == "ewkesx01.eastwick.local")
        #expect(web.site == "Civic Centre")
        #expect(web.osName == "Ubuntu 22.04.4 LTS")
        #expect(web.status == .active)
        #expect(result.sink.assets[1].memoryBytes == 16_384 << 20)
        #expect(result.sink.assets[2].status == nil)
        #expect(result.sink.assets[2].storageBytes == 40_960 << 20)
        #expect(result.outcomes[0].notes.contains("1 rows left out: VM templates (not machines)"))
        #expect(result.sink.rejects.map(\.line) == [6])
        #expect(result.sink.rejects[0].field == "CPUs")
    }

    @Test func rvTools3ExportsWithMBColumnsRead() throws {
        let result = try ImporterFixtures.ingest("rvtools3-vinfo.csv")
        let vm = try #require(result.sink.assets.first)
        #expect(vm.id == "ew-old-sql.eastwick.local")
        #expect(vm.storageBytes == 102_400 << 20)
        #expect(vm.osName == "Microsoft Windows Server 2008 R2 (64-bit)")
    }
}
