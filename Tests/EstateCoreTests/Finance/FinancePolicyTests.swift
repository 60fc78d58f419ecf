import Foundation
import Testing

@testable import EstateCore

@Suite struct FinancePolicyTests {
    @Test func financeSettingsReadFromThePolicyFileAndAreListedAsSet() throws {
        let text = #"""
            {"finance_replacement_cost": {"laptop": "£900", "server": "15000"},
             "finance_capitalisation_basis": "item", "finance_spike_percent": "40%",
             "finance_renewal_uplift": 0.05, "finance_renewal_term_years": 5,
             "finance_lease_interest_rate": {"laptop": "6%"}, "finance_lease_term_years": {"laptop": 3},
             "finance_lease_low_value_limit": "£10,000", "finance_depreciation": "pro-rata",
             "finance_migration_one_off": "revenue", "finance_max_deferral_years": 1}
            """#
        let policy = try Policy.parse(Data(text.utf8), file: "policy.json")
        let finance = policy.finance
        #expect(finance.replacementCost(of: .laptop) == Money(pounds: 900))
        #expect(finance.replacementCost(of: .server) == Money(pounds: 15_000))
        #expect(finance.replacementCost(of: .desktop) == Money(pounds: 650))
        #expect(finance.capitalisationBasis == .item)
        #expect(finance.spikeFraction == Decimal(string: "0.4"))
        #expect(finance.renewalUplift == Decimal(string: "0.05"))
        #expect(finance.renewalTermYears == 5)
        #expect(finance.leaseRate(of: .laptop) == Decimal(string: "0.06"))
        #expect(finance.leaseRate(of: .desktop) == Decimal(string: "0.07"))
        #expect(finance.leaseTerm(of: .laptop, policy: policy) == 3)
        #expect(finance.leaseTerm(of: .desktop, policy: policy) == 5)
        #expect(finance.leaseLowValueLimit == Money(pounds: 10_000))
        #expect(finance.depreciation == .proRata)
        #expect(finance.migrationOneOff == .revenue)
        #expect(finance.maxDeferralYears == 1)
        let set = policy.assumptions.filter { !$0.isDefault }.map(\.key)
        #expect(set.count == 11)
        #expect(set.allSatisfy { $0.hasPrefix("finance_") })
    }

    @Test func everyFinanceDefaultHasARationaleAndEstimatesSaySo() {
        let keys = Policy.financeSettings.map(\.key)
        #expect(Set(keys).count == keys.count)
        for setting in Policy.financeSettings {
            #expect(setting.rationale.count > 40, "\(setting.key)")
        }
        let estimates = Policy.financeSettings.filter { $0.rationale.hasPrefix("ESTIMATE") }.map(\.key)
        #expect(estimates.contains("finance_replacement_cost"))
        #expect(estimates.contains("finance_lease_interest_rate"))
        let defaults = Policy.defaults.assumptions.first { $0.key == "finance_replacement_cost" }
        #expect(defaults?.value.contains("laptop £850") == true)
    }

    @Test(arguments: [
        #"{"finance_replacement_cost": {"toaster": "£5"}}"#, #"{"finance_replacement_cost": {"laptop": "$900"}}"#,
        #"{"finance_capitalisation_basis": "sometimes"}"#, #"{"finance_renewal_uplift": "150%"}"#,
        #"{"finance_renewal_term_years": 0}"#, #"{"finance_depreciation": "reducing-balance"}"#,
        #"{"finance_lease_interest_rate": null}"#, #"{"finance_migration_one_off": "both"}"#,
    ])
    func aBadFinanceValueIsAnErrorNamingTheSetting(_ text: String) {
        do {
            _ = try Policy.parse(Data(text.utf8), file: "policy.json")
            Issue.record("expected an error for \(text)")
        } catch let error as IngestError {
            #expect(error.message.hasPrefix("finance_"), "\(error.message)")
            #expect(error.line == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
