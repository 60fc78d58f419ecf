import EstateCore
import EstateSample
import Testing

@Suite struct SampleEstateTests {
    let sample = CollectedSample.standard
    let asOf = SampleEstate.defaultAsOf

    @Test func defaultSizeMatchesAMidSizedLondonBorough() {
        #expect(sample.devices.count == 2_500)
        #expect((80...100).contains(sample.servers.count), "servers: \(sample.servers.count)")
        let physical = sample.servers.filter { $0.assetClass == .server }.count
        #expect((15...30).contains(physical), "physical servers: \(physical)")
        let kit = sample.infrastructure.filter { [.network, .firewall, .storage].contains($0.assetClass) }.count
        #expect((20...40).contains(kit), "network, firewall and storage: \(kit)")
        #expect((40...50).contains(sample.systems.count), "systems: \(sample.systems.count)")
        #expect(sample.components.count > 2_000)
    }

    @Test func deviceClassMixIsRealistic() {
        let devices = sample.devices
        func share(_ classes: Set<AssetClass>) -> Double {
            sample.share(of: devices) { classes.contains($0.assetClass) }
        }
        #expect((0.45...0.60).contains(share([.desktop, .laptop])))
        #expect((0.12...0.22).contains(share([.monitor])))
        #expect((0.10...0.20).contains(share([.smartphone])))
        #expect((0.04...0.09).contains(share([.thinClient])))
        #expect((0.03...0.08).contains(share([.tablet])))
        #expect((0.005...0.03).contains(share([.printer])))
        #expect(devices.allSatisfy { $0.assetClass.isEndUserDevice })
        #expect(sample.infrastructure.allSatisfy { $0.assetClass.isInfrastructure })
    }

    @Test func idsAreUnique() {
        let assetIds = sample.assets.map(\.id)
        #expect(Set(assetIds).count == assetIds.count)
        let systemIds = sample.systems.map(\.id)
        #expect(Set(systemIds).count == systemIds.count)
    }

    @Test func everySystemRunsOnServersThatExist() {
        let servers = Dictionary(uniqueKeysWithValues: sample.servers.map { ($0.id, $0) })
        for system in sample.systems {
            for id in system.assetIds { #expect(servers[id] != nil, "\(system.id) runs on unknown \(id)") }
            switch system.hosting {
            case .onPremises, .iaas:
                #expect(
                    !system.assetIds.isEmpty,
                    "\(system.id) is \(String(describing: system.hosting)) but runs on nothing")
            default: #expect(system.assetIds.isEmpty, "\(system.id) is not ours to host but runs on \(system.assetIds)")
            }
        }
    }

    @Test func integrationsNameSystemsThatExist() {
        let ids = Set(sample.systems.map(\.id))
        for system in sample.systems {
            for id in system.integrations {
                #expect(ids.contains(id) && id != system.id, "\(system.id) integrates with \(id)")
            }
        }
    }

    @Test func everyVirtualMachineIsOnAPhysicalHostOrInTheCloud() {
        let physical = Set(sample.infrastructure.filter { $0.assetClass == .server }.map(\.id))
        let machines = sample.infrastructure.filter { $0.assetClass == .virtualMachine }
        #expect(machines.count >= 50)
        for machine in machines {
            #expect(machine.isVirtual == true)
            if machine.hosting == .cloud {
                #expect(machine.hostId == nil, "\(machine.id) is in the cloud but names a host")
            } else {
                #expect(
                    machine.hostId.map(physical.contains) == true, "\(machine.id) has host \(machine.hostId ?? "none")")
            }
        }
        #expect(machines.contains { $0.hosting == .cloud && $0.site?.hasPrefix("Azure") == true })
        #expect(machines.contains { $0.hosting == .cloud && $0.site?.hasPrefix("AWS") == true })
    }

    @Test func componentsBelongToAssetsAndSystemsThatExist() {
        let assets = Set(sample.assets.map(\.id))
        let systems = Set(sample.systems.map(\.id))
        for component in sample.components {
            let known =
                component.subject == .asset
                ? assets.contains(component.subjectId) : systems.contains(component.subjectId)
            #expect(known, "\(component.product) belongs to unknown \(component.subjectId)")
        }
        #expect(sample.components.contains { $0.subject == .system })
    }

    @Test func datesFollowEachOtherAndNoneIsAfterTheAsOfDate() {
        for asset in sample.assets {
            if let purchased = asset.purchaseDate {
                #expect(purchased <= asOf, "\(asset.id) bought \(purchased)")
                if let warranty = asset.warrantyEnd {
                    #expect(warranty > purchased, "\(asset.id) warranty \(warranty)")
                }
                if let seen = asset.lastSeen { #expect(seen >= purchased, "\(asset.id) seen \(seen) before purchase") }
            }
            if let seen = asset.lastSeen { #expect(seen <= asOf, "\(asset.id) seen \(seen)") }
        }
    }

    @Test(arguments: [SampleEstate.defaultSeed, 1, 2, 3])
    func aboutOneDeviceInEightIsOlderThanSevenYears(seed: UInt64) {
        let devices = CollectedSample(SampleEstate(seed: seed)).devices
        let cutOff = asOf.adding(years: -7)
        let share = Double(devices.filter { ($0.purchaseDate ?? asOf) < cutOff }.count) / Double(devices.count)
        #expect((0.10...0.15).contains(share), "share older than seven years: \(share)")
    }

    @Test func aboutHalfOfLaptopsAreUsedRegularly() {
        let laptops = sample.devices.filter { $0.assetClass == .laptop && $0.status == .active }
        let recent = sample.share(of: laptops) { ($0.lastSeen.map { $0.days(until: asOf) } ?? .max) < 14 }
        #expect((0.45...0.70).contains(recent), "laptops seen in the last fortnight: \(recent)")
        let stale = sample.share(of: sample.devices) { ($0.lastSeen.map { $0.days(until: asOf) } ?? 0) >= 90 }
        #expect((0.08...0.30).contains(stale), "devices not seen for three months: \(stale)")
    }

    @Test func mostDevicesAreInUseAndSomeAreInStockOrRepair() {
        let statuses = sample.devices.map(\.status)
        let active = Double(statuses.filter { $0 == .active }.count) / Double(statuses.count)
        #expect((0.85...0.97).contains(active))
        #expect(statuses.contains(.inStock) && statuses.contains(.inRepair))
    }

    @Test func oldKitRunsOldWindowsAndNoIneligiblePCRunsWindows11() {
        let pcs = sample.devices.filter { $0.osName?.contains("Win") == true }
        #expect(pcs.contains { $0.osName?.contains("XP") == true || $0.osName?.contains("Windows 7") == true })
        for pc in pcs where pc.osName?.contains("11") == true {
            #expect(pc.tpmVersion == "2.0", "\(pc.id) runs Windows 11 with TPM \(pc.tpmVersion ?? "none")")
        }
        #expect(pcs.contains { $0.osVersion == "10.0.19045" })
        #expect(pcs.contains { $0.osVersion?.hasPrefix("10.0.26100") == true })
    }

    @Test func overlappingSystemsShowDuplicatedCapabilities() {
        var counts: [String: Int] = [:]
        for system in sample.systems { counts[system.capability ?? "", default: 0] += 1 }
        for capability in ["crm", "edrms", "gis", "email", "hr-payroll", "business-intelligence", "housing"] {
            #expect((counts[capability] ?? 0) >= 2, "\(capability): \(counts[capability] ?? 0)")
        }
    }

    @Test func someSystemsCostALotForTheirFewUsers() {
        let expensive = sample.systems.filter { system in
            guard let cost = system.annualCost, let users = system.users, users > 0 else { return false }
            return users < 20 && cost.pence / Int64(users) > 100_000
        }
        #expect(expensive.count >= 3, "\(expensive.map(\.id))")
        #expect(sample.systems.contains { $0.customisation == .bespoke && $0.product?.contains("Access") == true })
    }

    @Test func sameSeedGeneratesTheSameRecordsAndAnotherSeedDoesNot() {
        let again = CollectedSample(.standard)
        #expect(again.devices == sample.devices)
        #expect(again.infrastructure == sample.infrastructure)
        #expect(again.components == sample.components)
        let other = CollectedSample(SampleEstate(seed: 99))
        #expect(other.devices != sample.devices)
        #expect(other.devices.count == sample.devices.count)
    }

    @Test func anotherAsOfDateMovesEveryDate() {
        let earlier = LocalDate(year: 2024, month: 4, day: 1) ?? asOf
        let estate = CollectedSample(SampleEstate(endUserDevices: 1_000, asOf: earlier))
        for asset in estate.assets {
            #expect((asset.purchaseDate ?? earlier) <= earlier && (asset.lastSeen ?? earlier) <= earlier, "\(asset.id)")
        }
        let old = estate.share(of: estate.devices) { ($0.purchaseDate ?? earlier) < earlier.adding(years: -7) }
        #expect((0.08...0.17).contains(old), "older than seven years: \(old)")
    }

    @Test func largerEstatesGrowTheirInfrastructureInProportion() {
        let estate = SampleEstate(endUserDevices: 12_500)
        #expect(estate.clusterCount == 10)
        let collected = CollectedSample(estate)
        #expect(collected.devices.count == 12_500)
        let ratio = Double(collected.servers.count) / Double(collected.devices.count)
        #expect((0.028...0.040).contains(ratio), "servers per device: \(ratio)")
        #expect(collected.systems.count == sample.systems.count + 20)
        let servers = Set(collected.servers.map(\.id))
        let physical = Set(collected.infrastructure.filter { $0.assetClass == .server }.map(\.id))
        #expect(collected.systems.allSatisfy { $0.assetIds.allSatisfy(servers.contains) })
        #expect(collected.servers.allSatisfy { $0.hostId.map(physical.contains) ?? true })
        let ids = collected.assets.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func aTotalAssetCountSizesTheEstate() {
        for total in [1_000, 2_615, 40_000] {
            let tally = SampleEstate(totalAssets: total).tally()
            #expect(abs(tally.assets - total) <= total / 100 + 1, "asked for \(total), got \(tally.assets)")
        }
        #expect(SampleEstate(totalAssets: 10).endUserDevices == 0)
    }
}
