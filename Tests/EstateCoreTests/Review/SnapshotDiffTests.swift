import Foundation
import Testing

@testable import EstateCore

/// Two small snapshots a year apart, worked by hand: every kind of change once.
@Suite struct SnapshotDiffTests {
    typealias F = CloudFixtures

    static func pc(_ id: String, host: String, os: String = "Windows 10 Pro", bought: String = "2018-05-01") -> Asset {
        Asset(
            id: id, hostname: host, assetClass: .desktop, purchaseDate: F.date(bought), osName: os,
            storageBytes: 256_000_000_000, status: .active)
    }

    static func estate(id: Int64, on date: String, _ assets: [Asset], _ systems: [System]) -> Estate {
        var estate = F.estate(assets, systems)
        estate.snapshot.id = id
        estate.snapshot.takenOn = F.date(date)
        return estate
    }

    static let before = estate(
        id: 1, on: "2025-10-01",
        [pc("A1", host: "PC1"), pc("A2", host: "pc2"), pc("A3", host: "PC3"), F.server("S1")],
        [
            System(id: "SYS1", name: "Revenues", product: "Rev", version: "4", hosting: .onPremises),
            System(id: "SYS2", name: "Old CRM", product: "CRM", hosting: .onPremises),
            System(id: "SYS3", name: "GIS", product: "Map", version: "10", hosting: .onPremises),
        ])
    static let after = estate(
        id: 2, on: "2026-10-01",
        [
            pc("A1", host: "PC1", os: "Windows 11 Pro"),
            pc("A4", host: "PC2", os: "Windows 11 Pro", bought: "2026-03-01"),
            pc("A5", host: "PC9", bought: "2026-06-01"), F.server("S1"),
        ],
        [
            System(id: "SYS1", name: "Revenues", product: "Rev", version: "4", hosting: .saas),
            System(id: "SYS3", name: "GIS", product: "Map", version: "11", hosting: .onPremises),
            System(id: "SYS4", name: "Booking", product: "Book", hosting: .saas),
        ])

    @Test func eachKindOfChangeIsFoundOnce() {
        let diff = SnapshotDiff(from: Self.before.estateValue, to: Self.after.estateValue)
        #expect(diff.assetsAdded.map(\.id) == ["A5"])
        #expect(diff.assetsRetired.map(\.id) == ["A3"])
        #expect(diff.assetsReplaced.map { "\($0.old.id)>\($0.new.id)" } == ["A2>A4"])  // hostnames match ignoring case
        #expect(diff.assetsUpgraded.map(\.after.id) == ["A1"])
        #expect(diff.systemsAdded.map(\.id) == ["SYS4"])
        #expect(diff.systemsDecommissioned.map(\.id) == ["SYS2"])
        #expect(diff.systemsMigrated.map(\.after.id) == ["SYS1"])
        #expect(diff.systemsChanged.map(\.after.id) == ["SYS3"])
        #expect(diff.counts.map(\.count) == [1, 1, 1, 1, 1, 1, 1, 1])
    }

    @Test func aSnapshotComparedWithItselfHasNoChanges() {
        let diff = SnapshotDiff(from: Self.after, to: Self.after)
        #expect(diff.counts.allSatisfy { $0.count == 0 })
    }

    @Test func lastYearsActionsAreJudgedByWhatChanged() {
        let diff = SnapshotDiff(from: Self.before, to: Self.after)
        func action(
            _ kind: RoadmapEvent.Kind, _ subject: RoadmapEvent.SubjectKind, _ id: String, due: String,
            devices: [String] = []
        ) -> ReviewAction {
            ReviewAction(
                source: .roadmap, kind: kind.rawValue, subjectKind: subject, subjectId: id, subjectName: id,
                due: F.date(due), severity: .high, what: "test", cost: nil, assetIds: devices)
        }
        let outcomes = ActionProgress.judge(
            [
                action(.refreshDue, .asset, "A2", due: "2026-01-01"),
                action(.refreshDue, .asset, "A3", due: "2026-01-01"),
                action(.refreshDue, .asset, "S1", due: "2026-01-01"),
                action(.securitySupportEnds, .asset, "A1", due: "2025-10-14"),
                action(.contractEnds, .system, "SYS3", due: "2026-03-31"),
                action(.securitySupportEnds, .system, "SYS1", due: "2026-03-31"),
                action(.refreshDue, .asset, "S1", due: "2027-01-01"),
                action(.securitySupportEnds, .product, "windows/10", due: "2025-10-14", devices: ["A1", "A3", "A5"]),
            ], diff: diff, later: Self.after)
        #expect(
            outcomes.map(\.outcome) == [.done, .done, .outstanding, .done, .done, .done, .notYetDue, .partly])
        #expect(outcomes[0].evidence == "replaced by A4")
        #expect(outcomes[3].evidence.contains("to Windows 11 Pro"))
        #expect(outcomes[5].evidence == "migrated from on-premises to saas")
        #expect(outcomes[7].evidence == "2 of 3 devices replaced, retired or upgraded by 2026-10-01")
    }

    @Test func aContractEndOnAnUnchangedSystemCountsAsRenewed() {
        let same = SnapshotDiff(from: Self.after, to: Self.after)
        let outcome = ActionProgress.judge(
            [
                ReviewAction(
                    source: .roadmap, kind: RoadmapEvent.Kind.contractEnds.rawValue, subjectKind: .system,
                    subjectId: "SYS4", subjectName: "Booking", due: F.date("2026-06-30"), severity: .medium,
                    what: "contract ends", cost: nil, assetIds: [])
            ], diff: same, later: Self.after)
        #expect(outcome.map(\.outcome) == [.renewed])
    }
}

extension Estate {
    /// Itself: lets the tests name snapshots plainly.
    fileprivate var estateValue: Estate { self }
}
