import Foundation
import Testing

@testable import EstateCore

/// Each readiness rule on its own: the fact that raises it, the weight it carries, and the facts that do not.
@Suite struct CloudRuleTests {
    typealias F = CloudFixtures

    func blockers(_ rule: any CloudRule, _ system: System, assets: [Asset] = [], components: [Component] = [])
        -> [CloudBlocker]
    {
        let estate = F.estate(assets, [system], components: components)
        return rule.blockers(for: system, facts: F.facts(estate), policy: .defaults)
    }

    @Test func anOperatingSystemTheTargetCannotRunBlocksOnItsOwn() {
        let found = blockers(
            TargetOperatingSystemRule(), F.system("S1", on: ["V1"]),
            assets: [F.vm("V1", os: "Microsoft Windows Server 2003 R2 Standard Edition")])
        #expect(found.map(\.kind) == [.osNotSupported])
        #expect(found.first?.weight == 10)
        #expect(found.first?.detail.contains("on v1") == true)
        #expect(blockers(TargetOperatingSystemRule(), F.system("S1", on: ["V1"]), assets: [F.vm("V1")]).isEmpty)
    }

    @Test(arguments: [
        (F.old, CloudBlocker.Kind?.some(.unsupportedPlatform), 3),
        (F.extended, CloudBlocker.Kind?.some(.extendedSupport), 2),
        (F.modern, CloudBlocker.Kind?.none, 0),
    ])
    func thePlatformsSupportStateIsACondition(os: String, kind: CloudBlocker.Kind?, weight: Int) {
        let found = blockers(PlatformSupportRule(), F.system("S1", on: ["V1"]), assets: [F.vm("V1", os: os)])
        #expect(found.map(\.kind) == (kind.map { [$0] } ?? []))
        #expect(found.map(\.weight) == (kind == nil ? [] : [weight]))
    }

    @Test func thePlatformNamesTheOperatingSystemBeforeTheDatabase() throws {
        let found = blockers(
            PlatformSupportRule(), F.system("S1", on: ["V1"]), assets: [F.vm("V1", os: F.old)],
            components: [Component(subject: .asset, subjectId: "V1", kind: .database, product: "Acme DB 9")])
        let blocker = try #require(found.first)
        #expect(blocker.detail.hasPrefix(F.old))
        #expect(blocker.detail.contains("and 1 more unsupported component"))
    }

    @Test func clientsAreConditionsByHowUsersReachTheSystem() {
        #expect(blockers(ClientRule(), F.system("S1", client: .thick)).map(\.kind) == [.thickClient])
        #expect(blockers(ClientRule(), F.system("S1", client: .virtualDesktop)).map(\.kind) == [.citrixClient])
        #expect(blockers(ClientRule(), F.system("S1", client: .browser)).isEmpty)
        #expect(blockers(ClientRule(), F.system("S1", client: nil)).isEmpty)
    }

    @Test func customisedAndBespokeCodeAreConditionsOfDifferentWeight() {
        #expect(blockers(CustomisationRule(), F.system("S1", customisation: .customised)).map(\.weight) == [2])
        #expect(blockers(CustomisationRule(), F.system("S1", customisation: .bespoke)).map(\.weight) == [4])
        #expect(blockers(CustomisationRule(), F.system("S1", customisation: .configured)).isEmpty)
    }

    @Test func secretDataBlocksAndSensitiveDataIsASmallCondition() {
        #expect(blockers(DataClassificationRule(), F.system("S1", data: .secret)).map(\.weight) == [10])
        #expect(blockers(DataClassificationRule(), F.system("S1", data: .officialSensitive)).map(\.weight) == [1])
        #expect(blockers(DataClassificationRule(), F.system("S1", data: .official)).isEmpty)
    }

    @Test func integrationsCountBothDirectionsAgainstTheThreshold() {
        // S1 lists three; two more list S1: five partners, at the default threshold.
        let s1 = F.system("S1", integrations: ["S2", "S3", "S4"])
        let others = ["S2", "S3", "S4", "S5", "S6"].map {
            F.system($0, integrations: ["S5", "S6"].contains($0) ? ["S1"] : [])
        }
        let facts = F.facts(F.estate([], [s1] + others))
        let found = IntegrationsRule().blockers(for: s1, facts: facts, policy: .defaults)
        #expect(found.map(\.kind) == [.integrations])
        #expect(found.first?.detail.hasPrefix("5 integration partners") == true)
        let fewer = F.facts(F.estate([], [s1] + others.prefix(3)))
        #expect(IntegrationsRule().blockers(for: s1, facts: fewer, policy: .defaults).isEmpty)
    }

    @Test func siteBoundWordsMeanHardwareOrTelephony() {
        #expect(blockers(SiteBoundRule(), F.system("S1", capability: "weighbridge")).map(\.kind) == [.hardware])
        #expect(blockers(SiteBoundRule(), F.system("S1", capability: "telephony")).map(\.kind) == [.telephony])
        let dongle = blockers(
            SiteBoundRule(), F.system("S1", on: ["V1"]), assets: [F.vm("V1")],
            components: [Component(subject: .asset, subjectId: "V1", kind: .application, product: "Sentinel HASP LM")])
        #expect(dongle.map(\.kind) == [.hardware])
        #expect(dongle.first?.detail.contains("on v1") == true)
        #expect(blockers(SiteBoundRule(), F.system("S1", capability: "housing")).isEmpty)
    }

    @Test func anOracleDatabaseRaisesLicensing() {
        let found = blockers(
            LicensingRule(), F.system("S1", on: ["V1"]), assets: [F.vm("V1")],
            components: [
                Component(
                    subject: .asset, subjectId: "V1", kind: .database, product: "Oracle Database 19c Enterprise Edition"
                )
            ])
        #expect(found.map(\.kind) == [.licensing])
        #expect(found.first?.detail.contains("two vCPUs") == true)
    }

    @Test func talkingToASystemAnchoredOnSiteIsLatency() throws {
        let estate = F.estate(
            [F.server("W1"), F.vm("V1"), F.host()],
            [F.system("WB", on: ["W1"], capability: "weighbridge"), F.system("FIN", on: ["V1"], integrations: ["WB"])])
        let cloud = F.analyse(estate)
        let finance = try #require(cloud.system("FIN"))
        #expect(finance.blockers.map(\.kind) == [.latency])
        #expect(finance.blockers.first?.detail.contains("System WB (WB), which stays on premises") == true)
        // The anchored system itself carries no latency.
        #expect(cloud.system("WB")?.blockers.contains { $0.kind == .latency } == false)
    }

    @Test func aWeightOfZeroSwitchesARuleOff() {
        var policy = CloudPolicy.defaults
        policy.weights[.thickClient] = 0
        let facts = F.facts(F.estate([], [F.system("S1", client: .thick)]))
        #expect(ClientRule().blockers(for: F.system("S1", client: .thick), facts: facts, policy: policy).isEmpty)
    }

    @Test func theScoreSetsTheReadinessLevel() {
        let policy = CloudPolicy.defaults
        #expect(CloudReadinessLevel.level(score: 0, isMissingFacts: false, policy: policy) == .ready)
        #expect(CloudReadinessLevel.level(score: 9, isMissingFacts: false, policy: policy) == .readyWithConditions)
        #expect(CloudReadinessLevel.level(score: 10, isMissingFacts: false, policy: policy) == .notReady)
        #expect(CloudReadinessLevel.level(score: 3, isMissingFacts: true, policy: policy) == .unknown)
        #expect(CloudReadinessLevel.level(score: 12, isMissingFacts: true, policy: policy) == .notReady)
    }
}
