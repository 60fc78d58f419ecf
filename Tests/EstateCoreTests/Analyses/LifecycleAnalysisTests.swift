import Foundation
import Testing

@testable import EstateCore

@Suite struct LifecycleAnalysisTests {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text) ?? LocalDate(daysSinceEpoch: 0) }

    /// A two-product catalogue with dates chosen for the tests.
    static var catalogue: LifecycleCatalogue {
        var catalogue = LifecycleCatalogue(snapshotDate: date("2026-08-22"))
        catalogue.add(
            LifecycleEntries(
                layer: .shipped,
                cycles: [
                    LifecycleCycle(
                        product: "windows-server", name: "2012-r2", releaseDate: date("2013-10-18"),
                        activeSupportEnd: .date(date("2018-10-09")), securitySupportEnd: .date(date("2023-10-10")),
                        extendedSupportEnd: .date(date("2026-10-13")), factsAsOf: date("2026-08-22")),
                    LifecycleCycle(
                        product: "windows", name: "10-22h2-e", releaseDate: date("2022-10-18"),
                        securitySupportEnd: .date(date("2025-10-14")), extendedSupportEnd: .date(date("2028-10-10")),
                        factsAsOf: date("2026-08-22")),
                    LifecycleCycle(
                        product: "windows", name: "11-24h2-e", releaseDate: date("2024-10-01"),
                        securitySupportEnd: .date(date("2027-10-12")), factsAsOf: date("2026-08-22")),
                ]))
        return catalogue
    }

    static let matching: ProductMatching = { text, _, _ in
        if text.contains("Server 2012 R2") {
            return LifecycleMatch(product: "windows-server", cycle: "2012-r2", confidence: .exact, rule: "test")
        }
        if text.contains("Windows 10") {
            return LifecycleMatch(product: "windows", cycle: "10-22h2-e", confidence: .exact, rule: "test")
        }
        if text.contains("Windows 11") {
            return LifecycleMatch(product: "windows", cycle: "11-24h2-e", confidence: .exact, rule: "test")
        }
        return .unmatched(rule: "test")
    }

    static var estate: Estate {
        let snapshot = Snapshot(
            id: 1, takenOn: date("2026-10-01"), storedAt: "", organisation: nil, sources: [], assetCount: 0,
            systemCount: 0, componentCount: 0, rejectCount: 0)
        return Estate(
            snapshot: snapshot,
            assets: [
                Asset(
                    id: "SRV1", hostname: "sql01", assetClass: .server, purchaseDate: date("2019-04-01"),
                    warrantyEnd: date("2027-01-31"), osName: "Microsoft Windows Server 2012 R2 Standard"),
                Asset(
                    id: "PC1", assetClass: .desktop, purchaseDate: date("2017-05-01"),
                    osName: "Microsoft Windows 10 Enterprise", cpu: "Intel(R) Core(TM) i5-6500 CPU @ 3.20GHz",
                    memoryBytes: 8 << 30, storageBytes: 256_000_000_000, tpmVersion: "2.0"),
                Asset(
                    id: "PC2", assetClass: .laptop, purchaseDate: date("2024-05-01"),
                    osName: "Microsoft Windows 11 Enterprise", cpu: "Intel(R) Core(TM) Ultra 5 135U",
                    memoryBytes: 16 << 30, storageBytes: 512_000_000_000, tpmVersion: "2.0"),
                Asset(id: "PC3", assetClass: .desktop, osName: "Microsoft Windows 10 Pro", status: .disposed),
            ],
            systems: [
                System(
                    id: "SYS1", name: "Housing", criticality: .critical, contractEnd: date("2027-03-31"),
                    assetIds: ["SRV1"])
            ],
            components: [
                Component(subject: .asset, subjectId: "SRV1", kind: .database, product: "Acme DB 9")
            ])
    }

    func analysis(local: LocalLifecycle = LocalLifecycle(), asOf: String = "2026-10-01") throws -> LifecycleAnalysis {
        let catalogue = try local.applied(to: Self.catalogue)
        return LifecycleAnalysis(
            estate: Self.estate, policy: .defaults, catalogue: catalogue, local: local, matching: Self.matching,
            asOf: Self.date(asOf))
    }

    @Test func eachComponentGetsItsStatusOnTheAsOfDate() throws {
        let result = try analysis()
        let server = try #require(result.components.first { $0.subjectId == "SRV1" && $0.kind == .operatingSystem })
        #expect(server.state == .extendedOnly)
        #expect(server.status?.nextChange?.date == Self.date("2026-10-14"))
        let pc = try #require(result.components.first { $0.subjectId == "PC1" })
        #expect(pc.state == .extendedOnly)
        #expect(!result.components.contains { $0.subjectId == "PC3" })  // disposed
    }

    @Test func componentsOfOneProductStringShareItsTextAndAnswerAndAChangeIsTheirsAlone() throws {
        let result = try analysis()
        let servers = result.components.filter { $0.kind == .operatingSystem && $0.text == result.components[0].text }
        #expect(servers.count >= 1)
        // Held once per product string, a status is two ids and a reference.
        #expect(MemoryLayout<ComponentStatus>.stride == 48)
        var changed = try #require(servers.first)
        let before = changed
        changed.version = "99"
        changed.text = "Something Else"
        #expect(changed.version == "99" && changed.text == "Something Else")
        #expect(changed.match == before.match && changed.status == before.status)
        #expect(before.text == result.components[0].text && before.version == result.components[0].version)
        #expect(changed != before)
    }

    @Test func eachStatusKeepsTheBytesItsOwnComponentGaveForAProductSpelledTwoWays() throws {
        let composed = "Caf\u{E9} Manager"  // é as one scalar
        let decomposed = "Cafe\u{301} Manager"  // e and a combining accent: equal to the other as a String
        #expect(composed == decomposed && !composed.utf8.elementsEqual(decomposed.utf8))
        let base = Self.estate
        let estate = Estate(
            snapshot: base.snapshot, assets: base.assets, systems: base.systems,
            components: [
                // Two PCs, so the product string, its version and the platform hint are alike.
                Component(subject: .asset, subjectId: "PC1", kind: .application, product: composed),
                Component(subject: .asset, subjectId: "PC2", kind: .application, product: decomposed),
            ])
        let result = LifecycleAnalysis(
            estate: estate, policy: .defaults, catalogue: Self.catalogue, matching: Self.matching,
            asOf: Self.date("2026-10-01"))
        let texts = result.components.filter { $0.kind == .application }.map(\.text)
        #expect(texts.count == 2)
        #expect(texts[0].utf8.elementsEqual(composed.utf8) && texts[1].utf8.elementsEqual(decomposed.utf8))
    }

    @Test func aHardwareEntrysAgeAndDatesReadBackAsGivenOrMissing() throws {
        var entry = HardwareStatus(
            assetId: "PC1", name: "PC1", assetClass: .desktop, ageYears: 0, refreshDue: Self.date("2027-01-01"),
            warrantyEnd: nil, isOld: false, windows11: nil, forcedRefresh: nil)
        #expect(entry.ageYears == 0 && entry.refreshDue == Self.date("2027-01-01") && entry.warrantyEnd == nil)
        entry.ageYears = nil
        entry.warrantyEnd = Self.date("2026-02-03")
        #expect(entry.ageYears == nil && entry.warrantyEnd == Self.date("2026-02-03"))
        #expect(MemoryLayout<HardwareStatus>.stride == 104)
    }

    @Test func eachHardwareEntryKnowsItsAssetsPositionAndALookupAnswersForAnotherList() throws {
        let result = try analysis()
        let estate = Self.estate
        #expect(!result.hardware.isEmpty)
        let entries = result.hardware
        for index in entries.indices {
            let position = try #require(HardwareStatus.assetPosition(of: entries, at: index, lookup: estate.assetsById))
            #expect(estate.assets[position].id == entries[index].assetId)
        }
        let reversed = Array(estate.assets.reversed())
        for index in entries.indices {
            let position = try #require(
                HardwareStatus.assetPosition(of: entries, at: index, lookup: AssetLookup(reversed)))
            #expect(reversed[position].id == entries[index].assetId)
        }
    }

    @Test func endUserDevicesAnswerByPositionAsTheEntriesByIdWould() throws {
        let result = try analysis()
        var devices = EndUserDevices(result.hardware)
        let expected = ["SRV1": false, "PC1": true, "PC2": true]
        for status in result.components where status.subjectKind == .asset {
            let isDevice = devices.contains(status)
            #expect(isDevice == expected[status.subjectId], "\(status.subjectId)")
        }
        // Entries made elsewhere (no recorded position) and statuses made elsewhere are looked up by id.
        let moved = result.hardware.map { entry in
            HardwareStatus(
                assetId: entry.assetId, name: entry.name, assetClass: entry.assetClass, ageYears: entry.ageYears,
                refreshDue: entry.refreshDue, warrantyEnd: entry.warrantyEnd, isOld: entry.isOld,
                windows11: entry.windows11, forcedRefresh: entry.forcedRefresh)
        }
        var elsewhere = EndUserDevices(moved)
        for status in result.components where status.subjectKind == .asset {
            let isDevice = elsewhere.contains(status)
            #expect(isDevice == expected[status.subjectId], "\(status.subjectId)")
        }
        let made = ComponentStatus(
            subjectKind: .asset, subjectId: "PC1", subjectName: "PC1", kind: .operatingSystem, text: "Windows",
            version: nil, match: .unmatched(rule: "test"), cycle: nil, status: nil)
        let madeIsDevice = devices.contains(made)
        #expect(madeIsDevice)
        // A system's status is of no device, whatever its id.
        let system = ComponentStatus(
            subjectKind: .system, subjectId: "PC1", subjectName: "PC1", kind: .operatingSystem, text: "Windows",
            version: nil, match: .unmatched(rule: "test"), cycle: nil, status: nil)
        let systemIsDevice = devices.contains(system)
        #expect(!systemIsDevice)
    }

    @Test func aPlacedStatusOfAnAssetWithNoHardwareEntryIsNoDevice() throws {
        // A virtual machine has an OS status but no hardware entry: its position has no entry, so it is no device,
        // without an index of ids being built.
        let base = Self.estate
        let machine = Asset(
            id: "VM1", assetClass: .virtualMachine, osName: "Microsoft Windows Server 2012 R2 Standard", isVirtual: true
        )
        let estate = Estate(
            snapshot: base.snapshot, assets: base.assets + [machine], systems: base.systems,
            components: base.components)
        let result = LifecycleAnalysis(
            estate: estate, policy: .defaults, catalogue: Self.catalogue, matching: Self.matching,
            asOf: Self.date("2026-10-01"))
        #expect(!result.hardware.contains { $0.assetId == "VM1" })
        let status = try #require(result.components.first { $0.subjectId == "VM1" })
        #expect(status.recordedAssetPosition == 4)
        var devices = EndUserDevices(result.hardware)
        let isDevice = devices.contains(status)
        #expect(!isDevice)
    }

    @Test func eachAssetsStatusKnowsItsAssetsPositionAndALookupAnswersForAnotherList() throws {
        let result = try analysis()
        let estate = Self.estate
        let statuses = result.components
        for index in statuses.indices where statuses[index].subjectKind == .asset {
            let position = try #require(
                ComponentStatus.assetPosition(of: statuses, at: index, lookup: estate.assetsById))
            #expect(estate.assets[position].id == statuses[index].subjectId)
        }
        // Against a list in another order the recorded position names another asset, so the lookup answers.
        let reversed = Array(estate.assets.reversed())
        let lookup = AssetLookup(reversed)
        for index in statuses.indices where statuses[index].subjectKind == .asset {
            let position = try #require(ComponentStatus.assetPosition(of: statuses, at: index, lookup: lookup))
            #expect(reversed[position].id == statuses[index].subjectId)
        }
        // A lookup confined to a selection leaves out the others, recorded position or not.
        let laptops = AssetLookup(estate.assetsById, within: AssetSelection(estate.assets) { $0.assetClass == .laptop })
        for index in statuses.indices where statuses[index].subjectKind == .asset {
            let position = ComponentStatus.assetPosition(of: statuses, at: index, lookup: laptops)
            #expect(position == (statuses[index].subjectId == "PC2" ? 2 : nil), "\(statuses[index].subjectId)")
        }
        // A status made elsewhere has no recorded position: the lookup answers; a system's has none.
        func status(_ kind: Component.Subject, _ id: String) -> ComponentStatus {
            ComponentStatus(
                subjectKind: kind, subjectId: id, subjectName: id, kind: .application, text: "Acme", version: nil,
                match: .unmatched(rule: "test"), cycle: nil, status: nil)
        }
        func position(_ status: ComponentStatus) -> Int? {
            ComponentStatus.assetPosition(of: [status], at: 0, lookup: estate.assetsById)
        }
        #expect(position(status(.asset, "PC2")) == 2)
        #expect(position(status(.asset, "NOPE")) == nil)
        #expect(position(status(.system, "SYS1")) == nil)
    }

    @Test func anUnmatchedStringIsListedNotGuessed() throws {
        let result = try analysis()
        #expect(result.unmatched.map(\.text) == ["Acme DB 9"])
        #expect(result.components.first { $0.text == "Acme DB 9" }?.cycle == nil)
    }

    @Test func aSystemInheritsTheWorstOfTheServersItRunsOn() throws {
        let result = try analysis()
        let housing = try #require(result.systems.first)
        #expect(housing.state == .extendedOnly)
        #expect(housing.worstComponent?.contains("on sql01") == true)
        #expect(housing.nextChange?.date == Self.date("2026-10-14"))
    }

    @Test func supportEndsOnACriticalSystemsServerAreCriticalEvents() throws {
        let result = try analysis()
        let event = try #require(result.events.first { $0.kind == .extendedSupportEnds && $0.subjectId == "SRV1" })
        #expect(event.date == Self.date("2026-10-14"))
        #expect(event.statusAfter == .unsupported)
        #expect(event.severity == .critical)
        #expect(event.reason.contains("layer shipped"))
    }

    @Test func aPCThatCannotRunWindows11IsAForcedRefreshDatedByItsOSsEnd() throws {
        let result = try analysis()
        let pc = try #require(result.hardware.first { $0.assetId == "PC1" })
        #expect(pc.windows11?.verdict == .notCapable)
        // Security support ended 2025-10-14, before the as-of date: the refresh is due now.
        #expect(pc.forcedRefresh?.date == Self.date("2026-10-01"))
        #expect(result.hardware.first { $0.assetId == "PC2" }?.forcedRefresh == nil)
    }

    @Test func aLocalExtendedSupportContractMovesTheForcedRefreshAndNamesItsLayer() throws {
        let local = try LocalLifecycle.parse(
            Data(
                "product,cycle,system_id,extended_support_end,retire_by,note\nwindows,10-22h2-e,,2027-10-12,,ESU year 2\n"
                    .utf8),
            file: "lifecycle-local.csv")
        let result = try analysis(local: local)
        let pc = try #require(result.hardware.first { $0.assetId == "PC1" })
        #expect(pc.forcedRefresh?.date == Self.date("2027-10-13"))
        #expect(pc.forcedRefresh?.reason.contains("layer local") == true)
        let os = try #require(result.components.first { $0.subjectId == "PC1" })
        #expect(os.cycle?.layer == .local)
        #expect(os.cycle?.source == "lifecycle-local.csv:2")
    }

    @Test func refreshDueFallsOnPurchasePlusTheClassCycleAndOverdueOnesAreDueNow() throws {
        let result = try analysis()
        let server = try #require(result.events.first { $0.kind == .refreshDue && $0.subjectId == "SRV1" })
        #expect(server.date == Self.date("2026-10-01"))  // bought 2019-04-01, 5-year cycle: overdue since 2024-04-01
        #expect(server.reason.contains("overdue since 2024-04-01"))
        let laptop = try #require(result.events.first { $0.kind == .refreshDue && $0.subjectId == "PC2" })
        #expect(laptop.date == Self.date("2028-05-01"))
    }

    @Test func contractEndsAndWarrantyEndsFallInsideTheHorizon() throws {
        let result = try analysis()
        #expect(result.events.contains { $0.kind == .contractEnds && $0.subjectId == "SYS1" && $0.severity == .high })
        #expect(result.events.contains { $0.kind == .warrantyEnds && $0.subjectId == "SRV1" })
        #expect(result.horizonEnd == Self.date("2031-03-31"))
        #expect(result.events.allSatisfy { $0.date >= Self.date("2026-10-01") && $0.date <= result.horizonEnd })
    }

    @Test func aBadLocalLifecycleRowIsAnErrorWithItsLine() {
        #expect(throws: IngestError.self) {
            try LocalLifecycle.parse(
                Data("product,cycle,system_id,extended_support_end,retire_by,note\nwindows,10,,31/02/2027,,\n".utf8),
                file: "lifecycle-local.csv")
        }
        #expect(throws: IngestError.self) {
            try LocalLifecycle.parse(
                Data("product,cycle,system_id,extended_support_end,retire_by,note\n,,,2027-01-01,,\n".utf8),
                file: "lifecycle-local.csv")
        }
    }
}

@Suite struct Windows11ReadinessTests {
    func asset(cpu: String?, tpm: String?, memoryGB: Int64? = 8, storageGB: Int64? = 256) -> Asset {
        Asset(
            id: "A", assetClass: .desktop, cpu: cpu, memoryBytes: memoryGB.map { $0 << 30 },
            storageBytes: storageGB.map { $0 * 1_000_000_000 }, tpmVersion: tpm)
    }

    @Test(arguments: [
        ("Intel(R) Core(TM) i5-8500 CPU @ 3.00GHz", true), ("Intel(R) Core(TM) i7-7700 CPU @ 3.60GHz", false),
        ("Intel(R) Core(TM) i5-1135G7 @ 2.40GHz", true), ("Intel(R) Core(TM) i7-1065G7 CPU @ 1.30GHz", true),
        ("Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz", false), ("12th Gen Intel(R) Core(TM) i5-12500", true),
        ("AMD Ryzen 5 3600 6-Core Processor", true), ("AMD Ryzen 5 2400G with Radeon Vega Graphics", false),
        ("AMD Ryzen 7 PRO 4750U with Radeon Graphics", true), ("Intel(R) Core(TM)2 Duo CPU E8400 @ 3.00GHz", false),
    ])
    func judgesProcessorsByMicrosoftsLists(cpu: String, supported: Bool) {
        #expect(Windows11Readiness.processorSupported(cpu) == supported)
    }

    @Test(
        arguments: [
            ("intel core i5-750", 1), ("i5-8500", 8), ("intel(r) core(tm) i9-13900k", 13), ("i7-1165g7", 11),
            ("i7-1165", 1), ("model i5-12 then i7-8700", 8), ("i5-123456", 12), ("i4-8500", nil), ("i5-85", nil),
        ] as [(String, Int?)])
    func readsTheIntelGenerationFromTheFirstModelNumber(cpu: String, generation: Int?) {
        #expect(Windows11Readiness.intelCoreGeneration(cpu) == generation)
    }

    @Test(
        arguments: [
            ("amd ryzen 5 3600", 3600), ("amd ryzen 7 pro 4750u", 4750), ("ryzen 5 pro", nil), ("ryzen 4 3600", nil),
            ("ryzen 3 220", nil), ("ryzen ryzen 9 5950x", 5950),
        ] as [(String, Int?)])
    func readsTheRyzenModelAfterItsTier(cpu: String, model: Int?) {
        #expect(Windows11Readiness.ryzenModel(cpu) == model)
    }

    @Test func aTPM12MachineCannotRunWindows11() {
        let verdict = Windows11Readiness(asset: asset(cpu: "Intel(R) Core(TM) i5-8500", tpm: "1.2"))
        #expect(verdict.verdict == .notCapable)
        #expect(verdict.failures == ["TPM 1.x (needs 2.0)"])
    }

    @Test func missingFactsGiveUnknownNotAGuess() {
        let verdict = Windows11Readiness(asset: asset(cpu: nil, tpm: "2.0"))
        #expect(verdict.verdict == .unknown)
        #expect(verdict.unknowns == ["processor"])
    }

    @Test func aCapableMachinePassesEveryRequirement() {
        #expect(Windows11Readiness(asset: asset(cpu: "AMD Ryzen 5 5600G", tpm: "2.0")).verdict == .capable)
        #expect(
            Windows11Readiness(asset: asset(cpu: "AMD Ryzen 5 5600G", tpm: "2.0", memoryGB: 2)).verdict == .notCapable)
    }
}
