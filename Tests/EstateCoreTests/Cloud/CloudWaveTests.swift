import Foundation
import Testing

@testable import EstateCore

/// Migration waves worked by hand: shared servers move together, one-way dependencies go first, loops are
/// reported, two-way links cross waves as hybrid links, and a full wave pushes the later deadline back.
@Suite struct CloudWaveTests {
    typealias F = CloudFixtures

    func waves(_ systems: [System], assets: [Asset]? = nil, policy: Policy = .defaults) -> CloudReadiness {
        let ids = Set(systems.flatMap(\.assetIds))
        let vms = ids.sorted().map { F.vm($0) }
        // A host bought this year: its refresh (2031) presses no move, so contract ends order the waves.
        return F.analyse(F.estate(assets ?? ([F.host(bought: "2026-01-01")] + vms), systems), policy: policy)
    }

    func wave(_ cloud: CloudReadiness, _ id: String) -> Int? { cloud.system(id)?.wave }

    @Test func systemsThatShareAServerMoveInTheSameWave() {
        let cloud = waves([F.system("A", on: ["V1"]), F.system("B", on: ["V1", "V2"]), F.system("C", on: ["V3"])])
        #expect(wave(cloud, "A") == wave(cloud, "B"))
        #expect(cloud.system("A")?.waveReason?.contains("moves with A, B (they share servers)") == true)
        #expect(cloud.plan.cycles.isEmpty)
    }

    @Test func aOneWayDependencyMovesFirst() {
        // A lists B; B does not list A: A depends on B. C depends on A.
        let cloud = waves([
            F.system("A", on: ["V1"], integrations: ["B"]), F.system("B", on: ["V2"]),
            F.system("C", on: ["V3"], integrations: ["A"]),
        ])
        #expect(wave(cloud, "B") == 1)
        #expect(wave(cloud, "A") == 2)
        #expect(wave(cloud, "C") == 3)
        #expect(cloud.system("C")?.waveReason?.contains("after A (wave 2), which it depends on") == true)
        #expect(cloud.plan.waves.map(\.systemIds) == [["B"], ["A"], ["C"]])
    }

    @Test func aLoopOfOneWayDependenciesIsReportedAndMovesAsOne() throws {
        let cloud = waves([
            F.system("A", on: ["V1"], integrations: ["B"]), F.system("B", on: ["V2"], integrations: ["C"]),
            F.system("C", on: ["V3"], integrations: ["A"]), F.system("D", on: ["V4"], integrations: ["A"]),
        ])
        let cycle = try #require(cloud.plan.cycles.first)
        #expect(cloud.plan.cycles.count == 1)
        #expect(cycle.systemIds == ["A", "B", "C"])
        #expect(cycle.links.map(\.description) == ["A → B", "B → C", "C → A"])
        #expect(Set(["A", "B", "C"].compactMap { wave(cloud, $0) }) == [1])
        #expect(wave(cloud, "D") == 2)
        #expect(cloud.system("B")?.waveReason?.contains("in a dependency cycle with A, B, C") == true)
    }

    @Test func twoWayIntegrationsDoNotOrderButAreListedWhenTheyCrossWaves() {
        // A and B list each other; C depends on B; the wave holds one system.
        let cloud = waves(
            [
                F.system("A", on: ["V1"], integrations: ["B"], contractEnd: "2027-01-31"),
                F.system("B", on: ["V2"], integrations: ["A"], contractEnd: "2028-01-31"),
            ], policy: F.policy { $0.waveSize = 1 })
        #expect(wave(cloud, "A") == 1)
        #expect(wave(cloud, "B") == 2)
        #expect(cloud.plan.cycles.isEmpty)
        #expect(cloud.plan.hybridLinks.map(\.description) == ["A → B"])
    }

    @Test func theEarlierDeadlineGoesFirstWhenAWaveIsFull() {
        let systems = [
            F.system("A", on: ["V1"], contractEnd: "2029-03-31"), F.system("B", on: ["V2"], contractEnd: "2027-03-31"),
            F.system("C", on: ["V3"], contractEnd: "2028-03-31"),
        ]
        let cloud = waves(systems, policy: F.policy { $0.waveSize = 2 })
        #expect(cloud.plan.waves.map(\.systemIds) == [["B", "C"], ["A"]])
        #expect(cloud.system("A")?.waveReason?.contains("waits for room") == true)
        // Bring A's contract end forward and it takes C's place.
        let moved = waves(
            [F.system("A", on: ["V1"], contractEnd: "2026-12-31")] + systems.dropFirst(),
            policy: F.policy { $0.waveSize = 2 })
        #expect(moved.plan.waves.map(\.systemIds) == [["A", "B"], ["C"]])
    }

    @Test func systemsThatStayOrRetireHaveNoWave() {
        let cloud = waves([
            F.system("A", on: ["V1"]), F.system("B", on: ["V2"], capability: "weighbridge"),
            F.system("C", on: ["V3"], users: 0),
        ])
        #expect(wave(cloud, "A") == 1)
        #expect(wave(cloud, "B") == nil)
        #expect(wave(cloud, "C") == nil)
        #expect(cloud.plan.waves.flatMap(\.systemIds) == ["A"])
    }

    @Test func strongComponentsAreFoundInIndexOrder() {
        let components = CloudWavePlanner.stronglyConnected([[1], [2], [0], [4], []])
        #expect(components == [[0, 1, 2], [3], [4]])
    }
}
