import Foundation
import Testing

@testable import EstateCore

/// The migrations cloud readiness proposes to the finance plan, worked by hand: which target, which date, what
/// one-off and run cost, and whether the contract ends.
@Suite struct CloudMigrationProposalTests {
    typealias F = CloudFixtures

    func propose(_ assets: [Asset], _ systems: [System], policy: Policy = .defaults) -> CloudMigrationProposal {
        let estate = F.estate(assets, systems)
        return F.analyse(estate, policy: policy).plannedMigrations(estate: estate)
    }

    @Test func aRehostRunsOnIaaSByItsVCPUsFromTheNextFinancialYearAndKeepsItsContract() throws {
        let proposal = propose([F.host(), F.vm("V1", cores: 6)], [F.system("S1", on: ["V1"])])
        let move = try #require(proposal.migrations.only)
        #expect(move.systemId == "S1")
        #expect(move.target == .iaas)
        #expect(move.date == F.date("2027-04-01"))
        #expect(move.annualRunCost == Money(pounds: 3_000))  // 6 vCPUs × £500
        #expect(move.oneOffCost == CloudCosting.defaultOneOffCost[.s])
        #expect(!move.endsSupportContract)
        #expect(move.basis.contains("rehost in wave 1"))
        #expect(move.basis.contains("6 vCPUs (v1 6)"))
        #expect(move.basis.contains("policy cloud_run_cost_per_vcpu iaas"))
        #expect(proposal.calendar.contains("2027-04-01, the start of the next financial year"))
    }

    @Test func aSharedVirtualMachineCountsItsShareOfVCPUsRoundedUp() throws {
        let proposal = propose(
            [F.host(), F.vm("V1", cores: 5)], [F.system("S1", on: ["V1"]), F.system("S2", on: ["V1"])])
        #expect(proposal.migrations.count == 2)
        for move in proposal.migrations {
            #expect(move.annualRunCost == Money(pounds: 1_500))  // ⌈5 ÷ 2⌉ = 3 vCPUs × £500
            #expect(move.basis.contains("÷ 2 systems"))
        }
    }

    @Test func aRepurchaseIsASubscriptionAtTheRatioOfItsAnnualCostAndEndsTheContract() throws {
        var system = F.system("S1", on: ["V1"], saas: true)
        system.annualCost = Money(pounds: 10_000)
        let move = try #require(propose([F.host(), F.vm("V1")], [system]).migrations.only)
        #expect(move.target == .saas)
        #expect(move.annualRunCost == Money(pounds: 12_000))  // £10,000 × 1.2
        #expect(move.endsSupportContract)
        #expect(move.runCategory == .saasSubscription)
        #expect(move.basis.contains("× 1.2 (policy cloud_saas_cost_ratio)"))
    }

    @Test func aRepurchaseWithNoCostIsPricedPerUserAndSaysSo() throws {
        let proposal = propose([F.host(), F.vm("V1")], [F.system("S1", on: ["V1"], saas: true, users: 40)])
        let move = try #require(proposal.migrations.only)
        #expect(move.annualRunCost == Money(pounds: 4_000))  // 40 users × £100
        #expect(proposal.notes == ["S1 System S1: no annual cost in the register: the subscription is priced per user"])
    }

    @Test func laterWavesCutOverAtThePolicyIntervalFromThePolicyStart() throws {
        let policy = F.policy {
            $0.costing.firstCutOver = F.date("2027-01-15")
            $0.costing.waveIntervalMonths = 3
        }
        // S2 lists S1 as an integration that does not list it back: S2 depends on S1 and moves a wave later.
        let proposal = propose(
            [F.host(), F.vm("V1"), F.vm("V2")],
            [F.system("S1", on: ["V1"]), F.system("S2", on: ["V2"], integrations: ["S1"])], policy: policy)
        let dates = Dictionary(uniqueKeysWithValues: proposal.migrations.map { ($0.systemId, $0.date) })
        #expect(dates == ["S1": F.date("2027-01-15"), "S2": F.date("2027-04-15")])
        #expect(proposal.calendar.contains("policy cloud_first_cut_over"))
    }

    @Test func systemsThatStayOrRetireAreNotProposed() {
        let proposal = propose(
            [F.host(), F.vm("V1")],
            [F.system("S1", hosting: .saas), F.system("S2", on: ["V1"], users: 0)])
        #expect(proposal.migrations.isEmpty)
    }

    @Test func theFinancePlanPricesTheProposalInTheRightYears() throws {
        var system = F.system("S1", on: ["V1"], saas: true)
        system.annualCost = Money(pounds: 10_000)
        let estate = F.estate([F.host(), F.vm("V1")], [system])
        let lifecycle = F.lifecycle(estate)
        let proposal = CloudReadiness(estate: estate, policy: .defaults, lifecycle: lifecycle, asOf: F.asOf)
            .plannedMigrations(estate: estate)
        let finance = FinanceAnalysis(
            estate: estate, policy: .defaults, lifecycle: lifecycle, carbon: nil, asOf: F.asOf,
            options: FinanceOptions(migrations: proposal.migrations))
        let saas = finance.baseline.lines.filter { $0.category == .saasSubscription }
        #expect(saas.map(\.year.description) == ["2027/28", "2028/29", "2029/30", "2030/31"])
        #expect(saas.allSatisfy { $0.amount == Money(pounds: 12_000) })
        let effect = try #require(finance.migrationEffects.only)
        #expect(effect.revenueAdded.reduce(.zero, +) == Money(pounds: 48_000))
    }

    @Test func theCostingSettingsAreReadFromThePolicyFile() throws {
        let policy = try Policy.parse(
            Data(
                #"""
                {"cloud_migration_cost": {"S": "£20,000", "xl": "£250,000"}, "cloud_saas_cost_ratio": 1.5,
                 "cloud_saas_cost_per_user": "£80", "cloud_run_cost_per_vcpu": {"IaaS": "£450"},
                 "cloud_assumed_vcpus": 2, "cloud_first_cut_over": "2027-07-01", "cloud_wave_interval_months": 4}
                """#.utf8), file: "policy.json")
        let costing = policy.cloud.costing
        #expect(costing.oneOff(.s) == Money(pounds: 20_000))
        #expect(costing.oneOff(.m) == Money(pounds: 37_500))
        #expect(costing.oneOff(.xl) == Money(pounds: 250_000))
        #expect(costing.saasCostRatio == 1.5)
        #expect(costing.saasCostPerUser == Money(pounds: 80))
        #expect(costing.runCost(on: .iaas) == Money(pounds: 450))
        #expect(costing.runCost(on: .paas) == Money(pounds: 400))
        #expect(costing.assumedVCPUs == 2)
        #expect(costing.firstCutOver == F.date("2027-07-01"))
        #expect(costing.waveIntervalMonths == 4)
    }

    @Test(arguments: [
        #"{"cloud_migration_cost": {"XXL": "£1"}}"#, #"{"cloud_migration_cost": {"S": "-£5"}}"#,
        #"{"cloud_saas_cost_ratio": 0}"#, #"{"cloud_saas_cost_ratio": "lots"}"#,
        #"{"cloud_run_cost_per_vcpu": {"saas": "£1"}}"#, #"{"cloud_first_cut_over": "next spring"}"#,
        #"{"cloud_wave_interval_months": 0}"#,
    ])
    func aBadCostingSettingIsAnErrorNamingIt(json: String) {
        do {
            _ = try Policy.parse(Data(json.utf8), file: "policy.json")
            Issue.record("expected an error for \(json)")
        } catch let error as IngestError {
            #expect(error.message.hasPrefix("cloud_"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

extension Array {
    /// The one element, or nil when there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
