import Foundation
import Testing

@testable import EstateCore

@Suite struct DebtPolicyTests {
    @Test func theDebtSettingsAreReadFromThePolicyFile() throws {
        let policy = try Policy.parse(
            Data(
                #"""
                {"debt_weights": {"support": 30, "exposure": "15"},
                 "debt_support_multiplier": {"extended only": "80%"},
                 "debt_support_warning_days": 180,
                 "debt_criticality_multiplier": {"medium": 40, "none": "10%"},
                 "debt_customisation_multiplier": {"customised": "50%"},
                 "debt_age_full_years": 2,
                 "debt_minimum_specification": {"memory_gb": 16, "tpm": "2.0", "processor": "any"},
                 "debt_cost_per_user_limit": "£3,000",
                 "debt_per_user_exempt": "Backup, Integration",
                 "debt_time_poor_fit_score": 50, "debt_time_high_value": "high",
                 "debt_replacement_cost": {"laptop": "£1,000"},
                 "debt_upgrade_cost": {"server-os": "£3,000"},
                 "debt_virtualise_cost": "£5,000", "debt_reclaim_cost": 60,
                 "debt_system_remedy_cost": {"reimplement": "200%", "minimum": "£8,000"},
                 "debt_extended_support_fee": {"device": "£60", "system": "15%"},
                 "debt_unsupported_cost": {"server": "£2,500"},
                 "debt_customisation_cost": {"bespoke": "30%"},
                 "debt_duplicate_saving": "80%", "debt_idle_asset_cost": "£45",
                 "debt_old_kit_energy_penalty": 25}
                """#.utf8), file: "policy.json")
        let debt = policy.debt
        #expect(debt.weight(.support) == 30)
        #expect(debt.weight(.exposure) == 15)
        #expect(debt.weight(.age) == 15)  // untouched
        #expect(debt.percent(.extendedOnly) == 80)
        #expect(debt.supportWarningDays == 180)
        #expect(debt.percent(Criticality.medium) == 40)
        #expect(debt.percent(nil as Criticality?) == 10)
        #expect(debt.customisationPercent[.customised] == 50)
        #expect(debt.ageFullYears == 2)
        #expect(debt.minimumSpecification.memoryGB == 16)
        #expect(debt.minimumSpecification.storageGB == 256)
        #expect(!debt.minimumSpecification.requiresWindows11Processor)
        #expect(debt.costPerUserLimit == Money(pounds: 3_000))
        #expect(debt.perUserExemptCapabilities == ["backup", "integration"])
        #expect(debt.poorFitScore == 50)
        #expect(debt.highValueCriticality == .high)
        #expect(debt.replacementCost == [.laptop: Money(pounds: 1_000)])
        #expect(debt.upgradeCost.serverOS == Money(pounds: 3_000))
        #expect(debt.upgradeCost.deviceOS == Money(pounds: 100))
        #expect(debt.virtualiseCost == Money(pounds: 5_000))
        #expect(debt.reclaimCost == Money(pounds: 60))
        #expect(debt.systemRemedyPercent[.reimplement] == 200)
        #expect(debt.systemRemedyMinimum == Money(pounds: 8_000))
        #expect(debt.extendedSupportFee.device == Money(pounds: 60))
        #expect(debt.extendedSupportFee.systemPercent == 15)
        #expect(debt.unsupportedCost.server == Money(pounds: 2_500))
        #expect(debt.customisationCostPercent[.bespoke] == 30)
        #expect(debt.duplicateSavingPercent == 80)
        #expect(debt.idleAssetCost == Money(pounds: 45))
        #expect(debt.oldKitEnergyPenaltyPercent == 25)
        let set = Set(policy.assumptions.filter { !$0.isDefault }.map(\.key))
        #expect(set == Set(Policy.debtSettings.map(\.key)))
    }

    @Test func everyDebtSettingIsListedWithItsDefaultAndReason() {
        let policy = Policy.defaults
        for setting in Policy.debtSettings {
            let assumption = policy.assumptions.first { $0.key == setting.key }
            #expect(assumption?.isDefault == true, "\(setting.key)")
            #expect(assumption?.basis.isEmpty == false, "\(setting.key)")
        }
        #expect(policy.debt == .defaults)
        #expect(
            policy.assumptions.first { $0.key == "debt_weights" }?.value
                == "support 25, exposure 20, age 15, customisation 15, duplication 10, unused 10, virtualisation 10, specification 10"
        )
    }

    @Test(arguments: [
        #"{"debt_weights": {"speed": 10}}"#, #"{"debt_weights": {"support": 101}}"#,
        #"{"debt_support_multiplier": {"unsupported": "150%"}}"#, #"{"debt_support_warning_days": -1}"#,
        #"{"debt_criticality_multiplier": {"vital-ish": 10}}"#, #"{"debt_age_full_years": 0}"#,
        #"{"debt_minimum_specification": {"memory_gb": "lots"}}"#, #"{"debt_minimum_specification": {"gpu": 1}}"#,
        #"{"debt_cost_per_user_limit": "plenty"}"#, #"{"debt_time_high_value": "urgent"}"#,
        #"{"debt_replacement_cost": {"spaceship": "£1"}}"#, #"{"debt_upgrade_cost": {"server-os": "-£5"}}"#,
        #"{"debt_system_remedy_cost": {"minimum": "x"}}"#, #"{"debt_extended_support_fee": {"printer": "£1"}}"#,
        #"{"debt_duplicate_saving": "120%"}"#, #"{"debt_old_kit_energy_penalty": "a fifth"}"#,
    ])
    func aBadDebtSettingIsAnErrorNamingIt(json: String) {
        do {
            _ = try Policy.parse(Data(json.utf8), file: "policy.json")
            Issue.record("expected an error for \(json)")
        } catch let error as IngestError {
            #expect(error.message.hasPrefix("debt_"), "\(error.message)")
            #expect(error.line == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
