import Foundation
import Testing

@testable import EstateCore

/// Each factor alone: one rule run on an estate built to trigger it, with the points and money worked by hand
/// from the default policy.
@Suite struct DebtFactorTests {
    typealias F = DebtFixtures

    func only(_ rule: some DebtRule, _ estate: Estate, kWh: [String: Int64] = [:], policy: Policy = .defaults)
        -> [DebtFinding]
    {
        rule.findings(in: F.context(estate, policy: policy, kWh: kWh))
    }

    @Test func anUnsupportedOperatingSystemScoresTheFullSupportWeightAndCostsAServerUpgrade() throws {
        let estate = F.estate(assets: [F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2 Standard")])
        let finding = try #require(only(SupportDebtRule(), estate).first)
        #expect(finding.severityPermille == 1_000)
        #expect(finding.points == 25)
        #expect(finding.remedy?.kind == .upgradeOS)
        #expect(finding.remedy?.cost == Money(pounds: 2_500))
        #expect(finding.interest.map(\.kind) == [.extraSupport])
        #expect(finding.interest.first?.perYear == Money(pounds: 2_000))
        #expect(finding.reason.contains("unsupported: 100% (debt_support_multiplier)"))
    }

    @Test func anAssetsOwnSupportReasonLeavesItsNameToItsRowAndASystemsNamesTheAsset() throws {
        let estate = F.estate(
            assets: [
                F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2 Standard"),
                F.virtualMachine("VM2", os: "Microsoft Windows Server 2008 R2 Standard"),
            ],
            systems: [F.system("S1", assets: ["VM1"])])
        let findings = only(SupportDebtRule(), estate)
        let first = try #require(findings.first { $0.subject.id == "VM1" })
        let second = try #require(findings.first { $0.subject.id == "VM2" })
        let system = try #require(findings.first { $0.subject.id == "S1" })
        #expect(first.reason.hasPrefix("Microsoft Windows Server 2008 R2 Standard (windows-server"))
        #expect(!first.reason.contains("vm1") && !first.summary.contains("vm1"))
        // Assets alike read alike: one sentence, whichever asset it is.
        #expect(first.reason == second.reason && first.summary == second.summary)
        #expect(first.interest == second.interest && first.remedy == second.remedy)
        #expect(system.reason.hasPrefix("Microsoft Windows Server 2008 R2 Standard on vm1 (windows-server"))
        #expect(system.summary.contains("on vm1"))
    }

    @Test func assetsOfDifferentProductsOrVersionsNeverShareASupportSentence() throws {
        // Shared sentences are keyed by the whole product as written: a different version or product reads apart.
        let estate = F.estate(assets: [
            F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2 Standard"),
            F.virtualMachine("VM2", os: "Microsoft Windows Server 2008 R2 Enterprise"),
            F.virtualMachine("VM3", os: "Microsoft Windows Server 2012 R2 Standard"),
        ])
        let findings = only(SupportDebtRule(), estate)
        let reasons = Dictionary(uniqueKeysWithValues: findings.map { ($0.subject.id, $0.reason) })
        #expect(reasons.count == 3)
        #expect(Set(reasons.values).count == 3)
        #expect(reasons["VM2"]?.hasPrefix("Microsoft Windows Server 2008 R2 Enterprise") == true)
        #expect(reasons["VM3"]?.contains("extended-only") == true)
    }

    @Test func extendedSupportRisesTowardsUnsupportedAsItsEndNears() throws {
        // Extended-only 75%; unsupported in 146 days: +25% × 219/365 = +15%; 90% of 25 = 22.5, rounded up to 23.
        let estate = F.estate(assets: [F.virtualMachine("VM1", os: "Microsoft Windows Server 2012 R2 Standard")])
        let finding = try #require(only(SupportDebtRule(), estate).first)
        #expect(finding.severityPermille == 900)
        #expect(finding.points == 23)
        #expect(finding.reason.contains("in 146 days: +25% × 219/365"))
        #expect(finding.interest.first?.kind == .extendedSupportFees)
        #expect(finding.interest.first?.perYear == Money(pounds: 1_500))
    }

    @Test func aSupportedComponentWithNoChangeAheadCarriesNoSupportDebt() {
        let estate = F.estate(assets: [F.virtualMachine("VM1", os: "Microsoft Windows Server 2022 Standard")])
        #expect(only(SupportDebtRule(), estate).isEmpty)
    }

    @Test(arguments: [
        (Criticality.critical, 20), (.high, 15), (.medium, 10), (.low, 5),
    ])
    func exposureIsSupportTimesTheCriticalityOfWhatRunsOnIt(criticality: Criticality, points: Int) throws {
        let estate = F.estate(
            assets: [F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2 Standard")],
            systems: [F.system("S1", criticality: criticality, assets: ["VM1"])])
        let findings = only(ExposureDebtRule(), estate)
        #expect(findings.first { $0.subject.kind == .asset }?.points == points)
        #expect(findings.first { $0.subject.kind == .system }?.points == points)
        #expect(findings.allSatisfy { $0.remedy == nil && $0.interest.isEmpty })
    }

    @Test func aDeviceWithNoSystemIsExposedAsLow() throws {
        let estate = F.estate(assets: [F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2 Standard")])
        #expect(only(ExposureDebtRule(), estate).first?.points == 5)
    }

    @Test func ageRisesMonthByMonthPastTheClassLife() throws {
        // Laptop life 4 years: bought 2021-04-01, due 2025-04-01; 18 months past ÷ 36 = 50% of 15 = 7.5 → 8.
        var laptop = F.laptop()
        laptop.purchaseDate = F.date("2021-04-01")
        let finding = try #require(only(AgeDebtRule(), F.estate(assets: [laptop]), kWh: ["LT1": 100]).first)
        #expect(finding.severityPermille == 500)
        #expect(finding.points == 8)
        #expect(finding.remedy?.kind == .replace)
        #expect(finding.remedy?.cost == Money(pounds: 900))  // the median paid for laptops in the register
        // 100 kWh × £0.25 × 20% = £5.
        #expect(finding.interest.first?.perYear == Money(pounds: 5))
        #expect(finding.interest.first?.kind == .energy)
    }

    @Test func kitWithinItsLifeHasNoAgeDebt() {
        #expect(only(AgeDebtRule(), F.estate(assets: [F.laptop()])).isEmpty)
    }

    @Test func customisedAndBespokeSystemsCostTheirSharesOfTheAnnualCost() throws {
        let estate = F.estate(systems: [
            F.system("C1", customisation: .customised), F.system("B1", customisation: .bespoke),
            F.system("N1", customisation: .configured),
        ])
        let findings = only(CustomisationDebtRule(), estate)
        #expect(findings.count == 2)
        let customised = try #require(findings.first { $0.subject.id == "C1" })
        #expect(customised.points == 9)  // 60% of 15
        #expect(customised.remedy?.kind == .standardise)
        #expect(customised.remedy?.cost == Money(pounds: 50_000))  // 50% of £100,000
        #expect(customised.interest.first?.perYear == Money(pounds: 10_000))  // 10%
        let bespoke = try #require(findings.first { $0.subject.id == "B1" })
        #expect(bespoke.points == 15)
        #expect(bespoke.remedy?.kind == .reimplement)
        #expect(bespoke.remedy?.cost == Money(pounds: 150_000))  // 150%
        #expect(bespoke.interest.first?.perYear == Money(pounds: 20_000))  // 20%
    }

    @Test func theSmallerOfTwoSystemsDoingTheSameJobIsTheConsolidationCandidate() throws {
        let estate = F.estate(systems: [
            F.system("A", capability: "crm", users: 100, cost: 40_000),
            F.system("B", capability: "crm", users: 20, cost: 30_000), F.system("C", capability: "gis"),
        ])
        let findings = only(DuplicationDebtRule(), estate)
        #expect(findings.map(\.subject.id) == ["B"])
        let finding = try #require(findings.first)
        #expect(finding.points == 10)
        #expect(finding.remedy?.kind == .consolidate)
        #expect(finding.remedy?.cost == Money(pounds: 15_000))  // 50% of £30,000
        #expect(finding.interest.first?.perYear == Money(pounds: 22_500))  // 75% of £30,000
        #expect(finding.summary == "does the same job as System A")
    }

    @Test func aLargeGroupOfSystemsDoingOneJobIsCountedPastTheFirstFiveNamed() throws {
        // Nine systems of one capability: A has most users and is kept; each other names five of the rest.
        let systems = (1...9).map { F.system("S\($0)", capability: "crm", users: $0 == 1 ? 500 : $0) }
        let findings = only(DuplicationDebtRule(), F.estate(systems: systems))
        #expect(findings.count == 8)
        let finding = try #require(findings.first { $0.subject.id == "S9" })
        #expect(
            finding.reason.hasPrefix(
                "capability crm is also served by 8 other systems, among them System S1 (500 users), System S2 "
                    + "(2 users), System S3 (3 users), System S4 (4 users), System S5 (5 users); keep System S1"))
        #expect(!finding.reason.contains("System S6"))
        // Up to five others are all named, with no count.
        let small = only(DuplicationDebtRule(), F.estate(systems: Array(systems.prefix(6))))
        let named = try #require(small.first { $0.subject.id == "S6" })
        #expect(
            named.reason.hasPrefix(
                "capability crm is also served by System S1 (500 users), System S2 (2 users), System S3 (3 users), "
                    + "System S4 (4 users), System S5 (5 users); keep System S1"))
    }

    @Test func anAssetNotSeenForTheStaleLimitIsUnused() throws {
        var laptop = F.laptop()
        laptop.lastSeen = F.date("2026-06-01")  // 122 days before 2026-10-01
        var spare = F.laptop("LT2")
        spare.lastSeen = F.date("2025-01-01")
        spare.status = .inStock  // stock is not expected to be seen
        let findings = only(UnusedDebtRule(), F.estate(assets: [laptop, spare]))
        #expect(findings.map(\.subject.id) == ["LT1"])
        #expect(findings.first?.points == 10)
        #expect(findings.first?.remedy?.cost == Money(pounds: 40))
        #expect(findings.first?.interest.first?.perYear == Money(pounds: 50))
        #expect(findings.first?.reason.contains("122 days") == true)
    }

    @Test func staleAssetsShareOneInterestListCreditedToTheirFactor() throws {
        var first = F.laptop("LT1")
        first.lastSeen = F.date("2026-01-01")
        var second = F.laptop("LT2")
        second.lastSeen = F.date("2025-06-01")
        let findings = only(UnusedDebtRule(), F.estate(assets: [first, second]))
        #expect(findings.count == 2)
        let lists = findings.map(\.interest)
        #expect(lists.allSatisfy { $0.count == 1 && $0[0].factor == .unused })
        let storage = lists.map { $0.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(storage[0] != nil && storage[0] == storage[1])
        // A list credited to another factor is credited afresh.
        let moved = DebtFinding(
            subject: DebtSubject(.asset, "LT1"), factor: .age, severityPermille: 1_000, weight: 10, reason: "r",
            summary: "s", policyKeys: [], interest: lists[0])
        #expect(moved.interest.map(\.factor) == [.age])
    }

    @Test func aFindingKeepsItsSeverityInRangeAndItsPointsFromItsWeight() {
        var finding = DebtFinding(
            subject: DebtSubject(.asset, "LT1"), factor: .age, severityPermille: 1_500, weight: 15, reason: "r",
            summary: "s", policyKeys: [])
        #expect(finding.severityPermille == 1_000 && finding.weight == 15 && finding.points == 15)
        let half = DebtFinding(
            subject: DebtSubject(.asset, "LT1"), factor: .age, severityPermille: 625, weight: 15, reason: "r",
            summary: "s", policyKeys: [])
        #expect(half.points == 9)  // 9.375 rounded half up
        finding.points = 7
        #expect(finding.points == 7)
        // One and a half million of them for a million assets: 120 bytes each.
        #expect(MemoryLayout<DebtFinding>.stride == 120)
    }

    @Test func anItemWhoseMoneyIsOneFindingsListSharesItAndOneWithSeveralKeepsTheLargestOfEachPool() throws {
        func line(_ kind: DebtInterest.Kind, _ pounds: Int64) -> DebtInterest {
            DebtInterest(kind: kind, perYear: Money(pounds: pounds), basis: "\(kind.rawValue) \(pounds)")
        }
        func finding(_ factor: DebtFactor, _ lines: [DebtInterest]) -> DebtFinding {
            DebtFinding(
                subject: DebtSubject(.asset, "LT1"), factor: factor, severityPermille: 1_000, weight: 10, reason: "r",
                summary: "s", policyKeys: [], interest: lines)
        }
        let unused = finding(.unused, [line(.idleRunningCost, 50)])
        let alone = DebtItem(
            subject: DebtSubject(.asset, "LT1"), name: "LT1", department: nil,
            findings: [finding(.exposure, []), unused])
        #expect(alone.interest == unused.interest && alone.interestPerYear == Money(pounds: 50))
        let storage = [alone.interest, unused.interest].map { $0.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(storage[0] != nil && storage[0] == storage[1])
        // Lines from two findings: the largest of each pool, largest first, in a list of the item's own.
        let age = finding(.age, [line(.energy, 3)])
        let both = DebtItem(
            subject: DebtSubject(.asset, "LT1"), name: "LT1", department: nil, findings: [age, unused])
        #expect(both.interest.map(\.kind) == [.idleRunningCost, .energy])
        #expect(both.interestPerYear == Money(pounds: 53))
        // One finding's lines out of order are sorted, not shared.
        let unsorted = finding(.unused, [line(.energy, 3), line(.idleRunningCost, 50)])
        let sorted = DebtItem(subject: DebtSubject(.asset, "LT1"), name: "LT1", department: nil, findings: [unsorted])
        #expect(sorted.interest.map(\.kind) == [.idleRunningCost, .energy])
    }

    @Test func aSystemWithFewUsersForItsCostIsUnusedUnlessItsUsersAreAdministrators() throws {
        let estate = F.estate(systems: [
            F.system("BI", capability: "business-intelligence", users: 12, cost: 60_000),
            F.system("BK", capability: "backup", users: 2, cost: 60_000),
            F.system("OK", capability: "housing", users: 100, cost: 60_000),
        ])
        let findings = only(UnusedDebtRule(), estate)
        #expect(findings.map(\.subject.id) == ["BI"])
        let finding = try #require(findings.first)
        #expect(finding.remedy?.kind == .retire)
        #expect(finding.remedy?.cost == Money(pounds: 15_000))  // 25% of £60,000
        // £60,000 less 12 × £2,500.
        #expect(finding.interest.first?.perYear == Money(pounds: 30_000))
    }

    @Test func aPhysicalServerForOneSystemOnlyCannotBeVirtualisedAway() throws {
        let estate = F.estate(
            assets: [
                F.server("SRV1"), F.server("SRV2"), F.server("HOST"),
                F.virtualMachine("VM1", os: "Microsoft Windows Server 2022", host: "HOST"),
            ],
            systems: [
                F.system("S1", assets: ["SRV1"]), F.system("S2", assets: ["SRV2"]), F.system("S3", assets: ["SRV2"]),
                F.system("S4", assets: ["HOST"]),
            ])
        let findings = only(VirtualisationDebtRule(), estate, kWh: ["SRV1": 1_000])
        #expect(findings.map(\.subject) == [DebtSubject(.asset, "SRV1"), DebtSubject(.system, "S1")])
        let server = try #require(findings.first)
        #expect(server.points == 10)
        #expect(server.remedy?.cost == Money(pounds: 4_000))
        // 1,000 kWh × £0.25 × (1 − 1/10) = £225.
        #expect(server.interest.first?.perYear == Money(pounds: 225))
        #expect(findings.last?.remedy == nil)
    }

    @Test func aPCBelowTheMinimumSpecificationIsFlaggedAndUnknownsAreNot() throws {
        var small = F.laptop("SMALL")
        small.memoryBytes = 4 << 30
        var oldTPM = F.laptop("TPM")
        oldTPM.tpmVersion = "1.2"
        var unknown = F.laptop("UNKNOWN")
        unknown.memoryBytes = nil
        unknown.tpmVersion = nil
        unknown.cpu = nil
        let findings = only(SpecificationDebtRule(), F.estate(assets: [small, oldTPM, unknown, F.laptop("OK")]))
        #expect(findings.map(\.subject.id) == ["SMALL", "TPM"])
        #expect(findings.allSatisfy { $0.points == 10 && $0.remedy?.kind == .replace })
        #expect(findings.first?.reason.hasPrefix("memory 4 GB, below 8 GB") == true)
    }
}

@Suite struct DebtSubjectTests {
    @Test func aSubjectsRecordedPositionIsNotPartOfWhoItIs() {
        let placed = DebtSubject(assetAt: 7, "PC1")
        let named = DebtSubject(.asset, "PC1")
        #expect(placed == named)
        #expect(placed.hashValue == named.hashValue)
        #expect(Set([placed, named]).count == 1)
        #expect(placed.recordedPosition == 7 && named.recordedPosition == -1)
    }

    @Test func aFindingWhoseRecordedPositionNamesAnotherAssetIsGatheredUnderItsOwnId() throws {
        // Findings made against another list of assets carry positions that name other assets here: the id decides.
        let estate = DebtFixtures.estate(assets: [
            DebtFixtures.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2 Standard"),
            DebtFixtures.virtualMachine("VM2", os: "Microsoft Windows Server 2022 Standard"),
        ])
        struct Misplaced: DebtRule {
            static let factor = DebtFactor.support
            func findings(in context: DebtContext) -> [DebtFinding] {
                SupportDebtRule().findings(in: context).map { finding in
                    var finding = finding
                    finding.subject = DebtSubject(assetAt: 1, finding.subject.id)
                    return finding
                }
            }
        }
        let context = DebtFixtures.context(estate)
        let analysis = DebtAnalysis(
            estate: estate, policy: .defaults, lifecycle: context.lifecycle, asOf: DebtFixtures.asOf,
            energy: .unavailable("test"), rules: [Misplaced()])
        #expect(analysis.items.map(\.subject.id) == ["VM1"])
    }
}
