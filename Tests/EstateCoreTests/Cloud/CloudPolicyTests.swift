import Foundation
import Testing

@testable import EstateCore

@Suite struct CloudPolicyTests {
    @Test func theCloudSettingsAreReadFromThePolicyFile() throws {
        let policy = try Policy.parse(
            Data(
                #"""
                {"cloud_weights": {"thick-client": 5, "official-sensitive": 0}, "cloud_not_ready_score": 12,
                 "cloud_integration_threshold": 3, "cloud_saas_max_customisation": "customised",
                 "cloud_retire_duplicates": false,
                 "cloud_target_unsupported_os": {"SCO OpenServer": "SCO: not on cloud VMs", "photon os": ""},
                 "cloud_site_bound_keywords": {"cctv": "hardware", "pbx": ""},
                 "cloud_licensing_keywords": {"sap hana": "check SAP's cloud licensing"},
                 "cloud_effort_points": {"repurchase": 6, "per-integration": 2, "critical": 4},
                 "cloud_effort_sizes": {"S": 5, "M": 10, "L": 15},
                 "cloud_refresh_unit_cost": {"hypervisor-host": "£25,000"}, "cloud_large_server_cores": 24,
                 "cloud_wave_size": 4}
                """#.utf8), file: "policy.json")
        let cloud = policy.cloud
        #expect(cloud.weight(.thickClient) == 5)
        #expect(cloud.weight(.officialSensitive) == 0)
        #expect(cloud.notReadyScore == 12)
        #expect(cloud.integrationThreshold == 3)
        #expect(cloud.saasMaxCustomisation == .customised)
        #expect(!cloud.retireDuplicates)
        #expect(cloud.targetUnsupportedOS["sco openserver"] == "SCO: not on cloud VMs")
        #expect(cloud.targetUnsupportedOS["photon os"] == nil)
        #expect(cloud.targetUnsupportedOS["windows server 2003"] != nil)
        #expect(cloud.siteBoundKeywords["cctv"] == .hardware)
        #expect(cloud.siteBoundKeywords["pbx"] == nil)
        #expect(cloud.licensingKeywords["sap hana"] != nil)
        #expect(cloud.dispositionPoints[.repurchase] == 6)
        #expect(cloud.pointsPerIntegration == 2)
        #expect(cloud.criticalityPoints[.critical] == 4)
        #expect(cloud.size(points: 11) == .l)
        #expect(cloud.refreshUnitCost[.hypervisorHost] == Money(pounds: 25_000))
        #expect(cloud.refreshUnitCost[.standardServer] == Money(pounds: 8_000))
        #expect(cloud.largeServerCores == 24)
        #expect(cloud.waveSize == 4)
        #expect(policy.assumptions.filter { !$0.isDefault && $0.key.hasPrefix("cloud_") }.count == 13)
    }

    @Test func theDefaultsAreListedAsAssumptionsWithTheirReasons() throws {
        let policy = Policy.defaults
        #expect(policy.cloud == .defaults)
        let cloud = policy.assumptions.filter { $0.key.hasPrefix("cloud_") }
        #expect(cloud.count == 20)
        #expect(cloud.allSatisfy { $0.isDefault && !$0.basis.isEmpty })
        let weights = try #require(cloud.first { $0.key == "cloud_weights" })
        #expect(weights.value.hasPrefix("os-not-supported 10, unsupported-platform 3"))
        #expect(cloud.first { $0.key == "cloud_effort_sizes" }?.value == "S ≤ 8, M ≤ 14, L ≤ 22, XL above")
    }

    @Test(arguments: [
        #"{"cloud_weights": {"dongle": 3}}"#, #"{"cloud_weights": {"thick-client": 101}}"#,
        #"{"cloud_not_ready_score": 0}"#, #"{"cloud_saas_max_customisation": "lots"}"#,
        #"{"cloud_retire_duplicates": "maybe"}"#, #"{"cloud_site_bound_keywords": {"cctv": "camera"}}"#,
        #"{"cloud_effort_points": {"teleport": 1}}"#, #"{"cloud_effort_sizes": {"S": 20}}"#,
        #"{"cloud_refresh_unit_cost": {"mainframe": "£1"}}"#, #"{"cloud_wave_size": "six"}"#,
    ])
    func aBadCloudSettingIsAnErrorNamingIt(json: String) {
        do {
            _ = try Policy.parse(Data(json.utf8), file: "policy.json")
            Issue.record("expected an error for \(json)")
        } catch let error as IngestError {
            #expect(error.message.hasPrefix("cloud_"))
            #expect(error.line == 1)
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
