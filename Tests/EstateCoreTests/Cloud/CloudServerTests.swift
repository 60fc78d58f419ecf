import Foundation
import Testing

@testable import EstateCore

/// Servers follow their systems; hosts follow their virtual machines; freed servers avoid their refresh; the
/// servers that move are handed over in Azure Migrate's template.
@Suite struct CloudServerTests {
    typealias F = CloudFixtures

    @Test func aVMMovesWithItsSystemOrIsSwitchedOffWhenItGoesToSaaS() {
        let estate = F.estate(
            [F.host(), F.vm("V1"), F.vm("V2", os: F.old)],
            [F.system("A", on: ["V1"]), F.system("B", on: ["V2"], saas: true)])
        let cloud = F.analyse(estate)
        #expect(cloud.server("V1")?.disposition == .rehost)
        #expect(cloud.server("V2")?.disposition == .retire)
        #expect(cloud.movableServerIds == ["V1"])
        #expect(cloud.retiringServerIds == ["H1", "V2"])
    }

    @Test func aServerOnAnOutOfSupportOSIsReplatformedEvenWhenItsSystemWouldRehost() throws {
        let estate = F.estate([F.host(), F.vm("V1", os: F.old), F.vm("V2")], [F.system("A", on: ["V1", "V2"])])
        let cloud = F.analyse(estate)
        #expect(cloud.system("A")?.disposition == .replatform)
        #expect(cloud.server("V2")?.disposition == .replatform)
        let own = try #require(cloud.server("V1"))
        #expect(own.blockers.first?.kind == .unsupportedPlatform)
        #expect(own.reason.contains("its own platform is upgraded"))
    }

    @Test func aHostIsSwitchedOffOnlyWhenEveryVMLeaves() throws {
        let systems = [F.system("A", on: ["V1"]), F.system("B", on: ["V2"], users: 0)]
        let cloud = F.analyse(F.estate([F.host(), F.vm("V1"), F.vm("V2"), F.vm("V3")], systems))
        let host = try #require(cloud.server("H1"))
        #expect(host.disposition == .retain)
        #expect(host.reason.hasPrefix("1 of its 3 virtual machines stay: v3 (no-system)"))
        #expect(cloud.server("V3")?.readiness == .unknown)
        // Record what V3 runs and the host is freed.
        let recorded = F.analyse(
            F.estate([F.host(), F.vm("V1"), F.vm("V2"), F.vm("V3")], systems + [F.system("C", on: ["V3"])]))
        #expect(recorded.server("H1")?.disposition == .retire)
        #expect(recorded.server("H1")?.reason.contains("2 move, 1 switched off") == true)
    }

    @Test func aFreedHostAvoidsItsRefreshInTheYearItFallsDue() throws {
        // Bought 2022-08-01: due 2027-08-01, financial year 2027/28.
        let estate = F.estate([F.host(bought: "2022-08-01"), F.vm("V1")], [F.system("A", on: ["V1"], saas: true)])
        let cloud = F.analyse(estate)
        let avoided = try #require(cloud.refreshAvoided.first)
        #expect(cloud.refreshAvoided.count == 1)
        #expect(avoided.assetId == "H1")
        #expect(avoided.refreshClass == .hypervisorHost)
        #expect(avoided.financialYear.description == "2027/28")
        #expect(avoided.cost == Money(pounds: 22_000))
        #expect(avoided.isCapital)
        #expect(avoided.basis.contains("policy cloud_refresh_unit_cost"))
    }

    @Test func anOverdueRefreshCountsNowAndACheapServerIsRevenue() throws {
        let estate = F.estate([F.server("P1", bought: "2015-01-01", cores: 8)], [F.system("A", on: ["P1"], saas: true)])
        let avoided = try #require(F.analyse(estate).refreshAvoided.first)
        #expect(avoided.refreshClass == .standardServer)
        #expect(avoided.financialYear.description == "2026/27")
        #expect(avoided.cost == Money(pounds: 8_000))
        #expect(!avoided.isCapital)
        #expect(avoided.basis.contains("overdue"))
    }

    @Test func aServerWhoseSystemIsNotReadyAvoidsNoRefreshUntilItIs() {
        let notReady = F.system(
            "A", on: ["P1"], client: .thick, customisation: .bespoke, data: .officialSensitive, contractEnd: nil)
        let estate = F.estate([F.server("P1", os: F.extended, bought: "2019-01-01")], [notReady])
        // bespoke 4 + thick 3 + extended 2 + sensitive 1 = 10: not ready; the rebuild still frees the server later.
        let cloud = F.analyse(estate)
        #expect(cloud.system("A")?.readiness == .notReady)
        #expect(cloud.refreshAvoided.isEmpty)
        // The same system holding OFFICIAL data scores 9: ready with conditions, and the refresh is avoided.
        var ready = notReady
        ready.dataClassification = .official
        let after = F.analyse(F.estate([F.server("P1", os: F.extended, bought: "2019-01-01")], [ready]))
        #expect(after.system("A")?.readiness == .readyWithConditions)
        #expect(after.refreshAvoided.map(\.assetId) == ["P1"])
    }

    @Test func theHandOverHasAzureMigratesColumnsAndSplitsLargeStorage() throws {
        let big = F.vm("V1", storageGB: 40_000)
        let estate = F.estate(
            [F.host(), big, F.vm("V2", memoryGB: nil)], [F.system("A", on: ["V1"]), F.system("B", on: ["V2"])])
        let cloud = F.analyse(estate)
        let table = CloudTables.azureMigrate(cloud)
        #expect(
            table.columns.prefix(8).map(\.key) == [
                "*Server name", "IP addresses", "*Cores", "*Memory (In MB)", "*OS name", "OS version",
                "OS architecture", "Server type",
            ])
        #expect(table.columns.map(\.key).contains("Disk 2 write ops (operations per second)"))
        let row = try #require(cloud.handOver.first)
        #expect(cloud.handOver.count == 1)
        #expect(row.serverName == "v1")
        #expect(row.memoryMB == 16_384)
        #expect(row.diskSizesGB == [32_767, 7_233])
        #expect(row.osArchitecture == "x64")
        #expect(row.hypervisor == "VMware")
        #expect(cloud.handOverGaps.map(\.id) == ["V2"])
        #expect(cloud.handOverGaps.first?.missing == "memory")
        let csv = CSVWriter().render(table)
        #expect(csv.hasPrefix("*Server name,IP addresses,*Cores,*Memory (In MB),*OS name,"))
        #expect(csv.contains("\r\nv1,,4,16384,Microsoft Windows Server 2019 Standard,,x64,Virtual,VMware,"))
    }
}
