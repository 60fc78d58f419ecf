import Foundation
import Testing

@testable import EstateCore

/// Small estates worked by hand: the disposition each rule gives, and a change to one fact moving it the
/// right way.
@Suite struct CloudDispositionTests {
    typealias F = CloudFixtures

    /// The one system `S1` on VM `V1` (on host `H1`), judged alone.
    func judge(
        _ system: System, os: String = F.modern, components: [Component] = [], policy: Policy = .defaults,
        local: LocalLifecycle = LocalLifecycle(), others: [System] = [], assets: [Asset]? = nil
    ) throws -> CloudAssessment {
        let estate = F.estate(assets ?? [F.host(), F.vm("V1", os: os)], [system] + others, components: components)
        return try #require(F.analyse(estate, policy: policy, local: local).system(system.id))
    }

    @Test func aSystemAlreadyInTheCloudIsRetainedAsReady() throws {
        let result = try judge(F.system("S1", hosting: .saas, client: .thick, data: .secret))
        #expect(result.disposition == .retain)
        #expect(result.dispositionRule == "already-cloud")
        #expect(result.readiness == .ready)
        #expect(result.blockers.isEmpty)
        #expect(result.effort == nil)
    }

    @Test func aPlannedRetirementRetiresIt() throws {
        let local = LocalLifecycle(entries: [
            .init(
                product: nil, cycle: nil, systemId: "S1", extendedSupportEnd: nil, retireBy: F.date("2027-06-30"),
                note: "replaced", source: "lifecycle-local.csv:2")
        ])
        let result = try judge(F.system("S1", on: ["V1"], saas: true), local: local)
        #expect(result.disposition == .retire)
        #expect(result.reason.contains("lifecycle-local.csv:2"))
    }

    @Test func noUsersOrServersLongUnseenRetireIt() throws {
        #expect(try judge(F.system("S1", on: ["V1"], users: 0)).dispositionRule == "unused")
        let stale = try judge(
            F.system("S1", on: ["V1"]), assets: [F.host(), F.vm("V1", seen: "2026-01-01")])
        #expect(stale.disposition == .retire)
        #expect(stale.reason.contains("stale_after_days 90"))
        #expect(try judge(F.system("S1", on: ["V1"])).disposition == .rehost)
    }

    @Test func aCapabilityAlreadyServedInTheCloudRetiresTheOnPremisesOne() throws {
        let online = F.system("MAIL2", hosting: .saas, capability: "email")
        let result = try judge(F.system("S1", on: ["V1"], capability: "email"), others: [online])
        #expect(result.disposition == .retire)
        #expect(result.reason.contains("System MAIL2 (MAIL2, saas)"))
        let kept = try judge(
            F.system("S1", on: ["V1"], capability: "email"), policy: F.policy { $0.retireDuplicates = false },
            others: [online])
        #expect(kept.disposition == .rehost)
    }

    @Test func missingFactsMakeItUnknownAndRetained() throws {
        let result = try judge(F.system("S1", on: [], hosting: nil))
        #expect(result.readiness == .unknown)
        #expect(result.disposition == .retain)
        #expect(result.missingFacts == ["hosting not recorded", "the servers it runs on are not recorded"])
    }

    @Test func aConfiguredSystemWithASaaSOfferIsRepurchased() throws {
        let result = try judge(F.system("S1", on: ["V1"], saas: true, contractEnd: "2028-03-31"))
        #expect(result.disposition == .repurchase)
        #expect(result.reason.contains("at contract end 2028-03-31"))
        // The same system without the offer is lifted and shifted.
        #expect(try judge(F.system("S1", on: ["V1"], saas: false)).disposition == .rehost)
    }

    @Test func customisationAboveThePolicysLimitKeepsItOffSaaS() throws {
        let customised = F.system("S1", on: ["V1"], customisation: .customised, saas: true)
        #expect(try judge(customised).disposition == .rehost)
        let allowed = try judge(customised, policy: F.policy { $0.saasMaxCustomisation = .customised })
        #expect(allowed.disposition == .repurchase)
    }

    @Test func telephonyMovesOnlyAsAService() throws {
        let withOffer = try judge(F.system("S1", on: ["V1"], saas: true, capability: "telephony"))
        #expect(withOffer.readiness == .notReady)
        #expect(withOffer.disposition == .repurchase)
        #expect(withOffer.reason.contains("removes the telephony"))
        let without = try judge(F.system("S1", on: ["V1"], saas: false, capability: "telephony"))
        #expect(without.disposition == .retain)
        #expect(without.dispositionRule == "blocked")
    }

    @Test func hardwareOnSiteHoldsItEvenWithASaaSOffer() throws {
        let result = try judge(F.system("S1", on: ["V1"], saas: true, capability: "weighbridge"))
        #expect(result.readiness == .notReady)
        #expect(result.disposition == .retain)
        #expect(result.reason.contains("hardware on site"))
    }

    @Test func anOperatingSystemOnlyVMwareRunsIsRelocated() throws {
        let result = try judge(F.system("S1", on: ["V1"]), os: "Microsoft Windows Server 2003 R2")
        #expect(result.disposition == .relocate)
        // On a physical server the same OS cannot be relocated, so it stays.
        let physical = try judge(
            F.system("S1", on: ["P1"]), assets: [F.server("P1", os: "Microsoft Windows Server 2003 R2")])
        #expect(physical.disposition == .retain)
    }

    @Test func bespokeCodeWithAnInstalledClientIsRebuilt() throws {
        let result = try judge(F.system("S1", on: ["V1"], client: .thick, customisation: .bespoke))
        #expect(result.disposition == .refactor)
        #expect(try judge(F.system("S1", on: ["V1"], client: .browser, customisation: .bespoke)).disposition == .rehost)
    }

    @Test func anOutOfSupportPlatformIsReplatformedAndASupportedOneRehosted() throws {
        #expect(try judge(F.system("S1", on: ["V1"]), os: F.old).disposition == .replatform)
        #expect(try judge(F.system("S1", on: ["V1"]), os: F.extended).disposition == .replatform)
        let supported = try judge(F.system("S1", on: ["V1"]), os: F.modern)
        #expect(supported.disposition == .rehost)
        #expect(supported.readiness == .ready)
    }

    @Test func aVendorHostedSystemWithoutSaaSStaysWithTheSupplier() throws {
        let result = try judge(F.system("S1", hosting: .hosted, saas: false, contractEnd: "2027-05-31"))
        #expect(result.disposition == .retain)
        #expect(result.dispositionRule == "vendor-hosted")
        #expect(result.reason.contains("review at contract end 2027-05-31"))
    }

    @Test func conditionsThatAddUpMakeItNotReadyButStillPlanned() throws {
        // thick 3 + customised 2 + unsupported 3 + sensitive 1 + licensing 2 = 11.
        let system = F.system(
            "S1", on: ["V1"], client: .thick, customisation: .customised, data: .officialSensitive)
        let oracle = Component(subject: .asset, subjectId: "V1", kind: .database, product: "Oracle Database 19c")
        let result = try judge(system, os: F.old, components: [oracle])
        #expect(result.score == 11)
        #expect(result.readiness == .notReady)
        #expect(result.disposition == .replatform)
        #expect(result.reason.hasPrefix("not ready as it is"))
        // Raising the threshold makes the same system ready with conditions.
        let relaxed = try judge(
            system, os: F.old, components: [oracle], policy: F.policy { $0.notReadyScore = 12 })
        #expect(relaxed.readiness == .readyWithConditions)
    }

    @Test func effortGrowsWithEachIntegrationAndServer() throws {
        let alone = try #require(try judge(F.system("S1", on: ["V1"])).effort)
        #expect(alone.points == 2 + 1)  // rehost 2 + medium 1
        #expect(alone.size == .s)
        let estate = F.estate(
            [F.host(), F.vm("V1"), F.vm("V2")],
            [F.system("S1", on: ["V1", "V2"], integrations: ["S2", "S3"]), F.system("S2"), F.system("S3")])
        let busier = try #require(F.analyse(estate).system("S1")?.effort)
        #expect(busier.points == alone.points + 1 + 2)
        #expect(busier.basis.contains("1 more server 1 + 2 integrations 2"))
    }
}
