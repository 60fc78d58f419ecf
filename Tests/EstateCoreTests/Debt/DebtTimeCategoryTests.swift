import Foundation
import Testing

@testable import EstateCore

@Suite struct DebtTimeCategoryTests {
    typealias F = DebtFixtures

    func category(of id: String, in estate: Estate, local: LocalLifecycle = LocalLifecycle()) throws -> TimeCategory? {
        try F.analysis(estate, local: local).item(.system, id)?.timeCategory
    }

    @Test func aSoundSystemThatMattersIsInvestAndOneThatMattersLessIsTolerate() throws {
        let estate = F.estate(systems: [F.system("HIGH", criticality: .high), F.system("LOW", criticality: .low)])
        #expect(try category(of: "HIGH", in: estate) == .invest)
        #expect(try category(of: "LOW", in: estate) == .tolerate)
    }

    @Test func aSystemInPoorShapeIsMigrateWhenItMattersAndEliminateWhenItDoesNot() throws {
        // An unsupported server (support 25 + exposure) and bespoke (15): over the poor-fit score of 40.
        let estate = F.estate(
            assets: [
                F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2"),
                F.virtualMachine("VM2", os: "Microsoft Windows Server 2008 R2"),
            ],
            systems: [
                F.system("KEY", customisation: .bespoke, criticality: .medium, assets: ["VM1"]),
                F.system("MINOR", customisation: .bespoke, criticality: .low, assets: ["VM2"]),
            ])
        let result = try F.analysis(estate)
        #expect(result.item(.system, "KEY")?.score == 50)  // 25 + 10 + 15
        #expect(result.item(.system, "KEY")?.timeCategory == .migrate)
        #expect(result.item(.system, "MINOR")?.score == 45)  // 25 + 5 + 15
        #expect(result.item(.system, "MINOR")?.timeCategory == .eliminate)
    }

    @Test func aConsolidationCandidateIsEliminateWhateverItsScore() throws {
        let estate = F.estate(systems: [
            F.system("BIG", capability: "email", users: 2_000), F.system("SMALL", capability: "email", users: 40),
        ])
        #expect(try category(of: "SMALL", in: estate) == .eliminate)
        #expect(try category(of: "BIG", in: estate) == .invest)
    }

    @Test func aPlannedRetirementIsEliminateAndSaysWhere() throws {
        let local = try LocalLifecycle.parse(
            Data("product,cycle,system_id,extended_support_end,retire_by,note\n,,KEEP,,2027-03-31,\n".utf8),
            file: "lifecycle-local.csv")
        let result = try F.analysis(F.estate(systems: [F.system("KEEP")]), local: local)
        let item = try #require(result.item(.system, "KEEP"))
        #expect(item.timeCategory == .eliminate)
        #expect(item.timeReason?.contains("2027-03-31 (lifecycle-local.csv)") == true)
    }

    @Test func raisingTheHighValueCriticalityTurnsMigrateIntoEliminate() throws {
        let estate = F.estate(
            assets: [F.virtualMachine("VM1", os: "Microsoft Windows Server 2008 R2")],
            systems: [F.system("KEY", customisation: .bespoke, criticality: .medium, assets: ["VM1"])])
        var policy = Policy.defaults
        policy.debt.highValueCriticality = .high
        #expect(try F.analysis(estate, policy: policy).item(.system, "KEY")?.timeCategory == .eliminate)
    }
}
