import Foundation
import Testing

@testable import EstateCore

@Suite struct CarbonPolicyTests {
    @Test func theCarbonSettingsAreReadFromThePolicyFile() throws {
        let policy = try Policy.parse(
            Data(
                #"""
                {"carbon_end_user_hours": 1800, "carbon_pue": {"on-premises": 1.1, "data centre": "1.4"},
                 "carbon_cloud_utilisation": "40%", "carbon_consolidation_ratio": 15, "carbon_appraisal_series": "high",
                 "carbon_cloud_provider": "AWS", "carbon_users": 2400}
                """#.utf8), file: "policy.json")
        #expect(policy.carbon.endUserHoursPerYear == 1_800)
        #expect(policy.carbon.pueOverrides == [.onPremises: 1.1, .dataCentre: 1.4])
        #expect(policy.carbon.cloudUtilisationPercent == 40)
        #expect(policy.carbon.consolidationRatio == 15)
        #expect(policy.carbon.appraisalSeries == .high)
        #expect(policy.carbon.cloudProvider == .aws)
        #expect(policy.carbon.users == 2_400)
        let set = policy.assumptions.filter { !$0.isDefault }.map(\.key)
        #expect(set.count == 7)
        #expect(policy.assumptions.first { $0.key == "carbon_pue" }?.value == "data-centre 1.4, on-premises 1.1")
    }

    @Test func theDefaultsAreListedAsAssumptions() {
        let policy = Policy.defaults
        #expect(policy.carbon == .defaults)
        let keys = policy.assumptions.map(\.key)
        for key in [
            "carbon_end_user_hours", "carbon_pue", "carbon_cloud_utilisation", "carbon_consolidation_ratio",
            "carbon_appraisal_series", "carbon_cloud_provider", "carbon_users",
        ] {
            #expect(keys.contains(key))
        }
        #expect(policy.assumptions.first { $0.key == "carbon_end_user_hours" }?.value == "2000 hours a year")
    }

    @Test(arguments: [
        #"{"carbon_end_user_hours": 9000}"#, #"{"carbon_pue": {"cloud": 1.2}}"#,
        #"{"carbon_pue": {"on-premises": 0.5}}"#,
        #"{"carbon_cloud_utilisation": "120%"}"#, #"{"carbon_consolidation_ratio": 0}"#,
        #"{"carbon_appraisal_series": "median"}"#, #"{"carbon_cloud_provider": "ibm"}"#, #"{"carbon_users": -3}"#,
    ])
    func aBadCarbonSettingIsAnErrorNamingIt(json: String) {
        do {
            _ = try Policy.parse(Data(json.utf8), file: "policy.json")
            Issue.record("expected an error for \(json)")
        } catch let error as IngestError {
            #expect(error.message.hasPrefix("carbon_"))
            #expect(error.line == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
