import EstateCore
import EstateSample
import Testing

/// The standard sample a year earlier, and what changed since, counted the way a review's diff counts
/// it: assets matched by id, a retired asset "replaced" when an added one has its hostname.
struct SampleHistoryStory {
    let current: SampleSnapshot
    let earlier: SampleSnapshot
    let retired: [Asset]
    let added: [Asset]
    let replaced: [Asset]
    let upgraded: [(then: Asset, now: Asset)]

    init(_ sample: SampleEstate) {
        current = sample.snapshot()
        earlier = sample.yearEarlier()
        let nowById = Dictionary(uniqueKeysWithValues: current.assets.map { ($0.id, $0) })
        let thenIds = Set(earlier.assets.map(\.id))
        retired = earlier.assets.filter { nowById[$0.id] == nil }
        added = current.assets.filter { !thenIds.contains($0.id) }
        let addedHostnames = Set(added.compactMap { $0.hostname?.lowercased() })
        replaced = retired.filter { $0.hostname.map { addedHostnames.contains($0.lowercased()) } ?? false }
        upgraded = earlier.assets.compactMap { then in
            guard let now = nowById[then.id], then.osName != now.osName || then.osVersion != now.osVersion else {
                return nil
            }
            return (then, now)
        }
    }

    static let standard = SampleHistoryStory(.standard)

    /// Servers' and virtual machines' storage, in bytes.
    static func serverStorage(_ snapshot: SampleSnapshot) -> Int64 {
        snapshot.infrastructure.filter { $0.assetClass == .server || $0.assetClass == .virtualMachine }
            .reduce(0) { $0 + ($1.storageBytes ?? 0) }
    }
}

@Suite struct SampleHistoryTests {
    let story = SampleHistoryStory.standard
    let earlierDate = SampleEstate.standard.earlierAsOf

    @Test func earlierSnapshotIsAYearBeforeTheCurrentOne() {
        #expect(earlierDate == LocalDate(year: 2025, month: 10, day: 1))
        #expect(story.earlier.asOf == earlierDate)
        #expect(story.earlier.organisation == SampleEstate.organisation)
    }

    @Test func mostDevicesBoughtThisYearReplacedAnOlderOneOfTheSameHostnameAndClass() throws {
        let boughtThisYear = story.current.devices.filter { ($0.purchaseDate ?? earlierDate) > earlierDate }
        let withHostname = boughtThisYear.filter { $0.hostname != nil && $0.status != .inStock }
        #expect((80...140).contains(story.replaced.count), "replaced: \(story.replaced.count)")
        #expect(
            story.replaced.count * 100 >= withHostname.count * 75, "\(story.replaced.count) of \(withHostname.count)")
        let successors = Dictionary(
            story.added.compactMap { asset in asset.hostname.map { ($0.lowercased(), asset) } },
            uniquingKeysWith: { first, _ in first })
        for old in story.replaced {
            let new = try #require(old.hostname.flatMap { successors[$0.lowercased()] })
            #expect(old.assetClass == new.assetClass, "\(old.id) → \(new.id)")
            #expect(old.serial != new.serial)
            let years = try #require(old.purchaseDate).wholeYears(until: try #require(new.purchaseDate))
            #expect((6...9).contains(years), "\(old.id) bought \(years) years before \(new.id)")
            if let os = new.osName, os.contains("Win") {
                let oldOS = old.osName ?? ""
                #expect(oldOS.contains("Windows 10") || oldOS.contains("Windows 7"), "\(old.id) ran \(oldOS)")
            }
        }
    }

    /// Growth is mostly phones, monitors and iPads: with no hostname, nothing pairs them with what they
    /// replaced, so the sample gives them no predecessor rather than a pile of unexplained retirements.
    @Test func someDevicesBoughtThisYearAreGrowth() {
        let replacedHostnames = Set(story.replaced.compactMap { $0.hostname?.lowercased() })
        let growth = story.added.filter { asset in
            asset.hostname.map { !replacedHostnames.contains($0.lowercased()) } ?? true
        }
        let devices = growth.filter(\.assetClass.isEndUserDevice)
        #expect((150...240).contains(devices.count), "growth: \(devices.count)")
        let withHostname = devices.filter { $0.hostname != nil && $0.status != .inStock }
        #expect(withHostname.count * 4 < devices.count, "issued devices with a hostname mostly replaced one")
        #expect(devices.allSatisfy { ($0.purchaseDate ?? earlierDate) > earlierDate })
    }

    @Test func aFewDozenAssetsWereRetiredWithNoSuccessor() {
        let replacedIds = Set(story.replaced.map(\.id))
        let unreplaced = story.retired.filter { !replacedIds.contains($0.id) }
        let devices = unreplaced.filter(\.assetClass.isEndUserDevice)
        #expect((24...40).contains(devices.count), "devices retired with no successor: \(devices.count)")
        #expect(devices.contains { $0.assetClass == .printer } && devices.contains { $0.assetClass == .desktop })
        let physical = unreplaced.filter { $0.assetClass == .server }
        #expect(physical.count == 2, "physical servers retired: \(physical.map(\.hostname))")
    }

    @Test func aboutOneWindows11DeviceInEightWasOnWindows10() {
        let windows11 = story.current.devices.filter { $0.osName?.contains("11") == true }
        let fromWindows10 = story.upgraded.filter {
            $0.now.assetClass.isEndUserDevice && ($0.then.osName?.contains("10") ?? false)
        }
        let share = Double(fromWindows10.count) / Double(max(1, windows11.count))
        #expect((0.10...0.15).contains(share), "\(fromWindows10.count) of \(windows11.count) Windows 11 devices")
        let devicesUpgraded = story.upgraded.filter { $0.now.assetClass.isEndUserDevice }
        #expect(devicesUpgraded.count == fromWindows10.count, "only the Windows 10 moves change a device's OS")
    }

    @Test func aboutTenServersHadAnOlderOperatingSystem() {
        let servers = story.upgraded.filter { !$0.now.assetClass.isEndUserDevice }
        #expect((8...14).contains(servers.count), "servers upgraded: \(servers.count)")
        let windows = servers.filter { $0.then.osName?.contains("Windows Server 2012 R2") == true }
        #expect(windows.count >= 2)
        #expect(servers.contains { $0.then.osName?.contains("Ubuntu") == true })
    }

    @Test func serversAndVirtualMachinesHeldAboutATenthLessStorage() {
        let then = Double(SampleHistoryStory.serverStorage(story.earlier))
        let now = Double(SampleHistoryStory.serverStorage(story.current))
        let growth = 1 - then / now
        #expect((0.08...0.12).contains(growth), "storage a year ago was \(growth * 100)% lower")
    }

    @Test func threeSystemsWereDecommissionedWithTheirServersAndProducts() {
        let nowIds = Set(story.current.systems.map(\.id))
        let gone = story.earlier.systems.filter { !nowIds.contains($0.id) }
        #expect(gone.count == 3, "decommissioned: \(gone.map(\.id))")
        let currentAssets = Set(story.current.assets.map(\.id))
        for system in gone {
            #expect(!system.assetIds.isEmpty)
            #expect(system.assetIds.allSatisfy { !currentAssets.contains($0) }, "\(system.id)'s servers are gone")
        }
        let goneIds = Set(gone.map(\.id))
        #expect(!story.current.components.contains { goneIds.contains($0.subjectId) })
        #expect(story.earlier.systems.count == story.current.systems.count + 3)
    }

    @Test func threeCloudSystemsRanOnPremisesAYearAgo() throws {
        let then = Dictionary(uniqueKeysWithValues: story.earlier.systems.map { ($0.id, $0) })
        let earlierAssets = Dictionary(uniqueKeysWithValues: story.earlier.assets.map { ($0.id, $0) })
        let migrated = story.current.systems.filter { system in
            then[system.id]?.hosting == .onPremises && (system.hosting == .saas || system.hosting == .iaas)
        }
        #expect(migrated.count == 3, "migrated: \(migrated.map(\.id))")
        for system in migrated {
            let old = try #require(then[system.id])
            #expect(!old.assetIds.isEmpty)
            for id in old.assetIds {
                #expect(earlierAssets[id]?.hosting == .dataCentre, "\(system.id) ran on \(id)")
            }
        }
    }

    @Test func noDateIsAfterTheEarlierDate() {
        for asset in story.earlier.assets {
            if let seen = asset.lastSeen { #expect(seen <= earlierDate, "\(asset.id) seen \(seen)") }
            if let bought = asset.purchaseDate { #expect(bought <= earlierDate, "\(asset.id) bought \(bought)") }
        }
        let lastSeen = story.earlier.assets.compactMap(\.lastSeen).max()
        #expect(lastSeen.map { $0.days(until: earlierDate) <= 2 } == true)
    }

    @Test func earlierSnapshotIsConsistentWithItself() {
        let assetIds = story.earlier.assets.map(\.id)
        #expect(Set(assetIds).count == assetIds.count)
        let assets = Set(assetIds)
        let systems = Set(story.earlier.systems.map(\.id))
        for system in story.earlier.systems {
            for id in system.assetIds { #expect(assets.contains(id), "\(system.id) runs on unknown \(id)") }
        }
        for asset in story.earlier.infrastructure {
            if let host = asset.hostId { #expect(assets.contains(host), "\(asset.id) on unknown host \(host)") }
        }
        for component in story.earlier.components {
            let known = component.subject == .asset ? assets : systems
            #expect(known.contains(component.subjectId), "\(component.product) on unknown \(component.subjectId)")
        }
    }

    @Test func assetsKeptSinceAreUnchangedApartFromDatesOSAndStorage() {
        let now = Dictionary(uniqueKeysWithValues: story.current.assets.map { ($0.id, $0) })
        for var then in story.earlier.assets {
            guard let current = now[then.id] else { continue }
            then.lastSeen = current.lastSeen
            then.osName = current.osName
            then.osVersion = current.osVersion
            then.storageBytes = current.storageBytes
            #expect(then == current, "\(then.id) changed in more than dates, OS and storage")
        }
    }

    @Test func anotherDateShiftsTheWholeStory() {
        let later = SampleEstate(asOf: LocalDate(year: 2027, month: 3, day: 15) ?? SampleEstate.defaultAsOf)
        let earlier = later.yearEarlier()
        #expect(earlier.asOf == LocalDate(year: 2026, month: 3, day: 15))
        #expect(earlier.assets.allSatisfy { ($0.purchaseDate ?? earlier.asOf) <= earlier.asOf })
    }
}
