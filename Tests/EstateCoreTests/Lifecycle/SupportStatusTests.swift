import Testing

@testable import EstateCore

@Suite struct SupportStatusTests {
    private func day(_ text: String) throws -> LocalDate { try LifecycleFixtures.date(text) }

    private func cycle(
        active: PhaseEnd = .none, security: PhaseEnd, extended: PhaseEnd = .none, release: String? = nil,
        asOf: String = "2026-08-22"
    ) throws -> LifecycleCycle {
        LifecycleCycle(
            product: "p", name: "1", releaseDate: try release.map(day), activeSupportEnd: active,
            securitySupportEnd: security, extendedSupportEnd: extended, factsAsOf: try day(asOf))
    }

    @Test func aPhaseRunsThroughItsEndDateAndIsOverTheDayAfter() throws {
        // Windows Server 2012 R2: eoas 2018-10-09, eol 2023-10-10, eoes 2026-10-13.
        let server = try #require(try LifecycleFixtures.catalogue().cycle("2012-r2", of: "windows-server"))
        #expect(server.status(on: try day("2018-10-09")).token == "supported")
        #expect(server.status(on: try day("2018-10-10")).token == "security-only")
        #expect(server.status(on: try day("2023-10-10")).token == "security-only")
        #expect(server.status(on: try day("2023-10-11")).token == "extended-only")
        #expect(server.status(on: try day("2026-10-13")).token == "extended-only")
        #expect(server.status(on: try day("2026-10-14")).token == "unsupported")
    }

    @Test func saysWhenTheStatusNextChangesAndToWhat() throws {
        let server = try #require(try LifecycleFixtures.catalogue().cycle("2012-r2", of: "windows-server"))
        let status = server.status(on: try day("2026-09-01"))
        #expect(status.nextChange == SupportChange(date: try day("2026-10-14"), state: .unsupported))
        #expect(
            server.status(on: try day("2018-10-09")).nextChange
                == SupportChange(date: try day("2018-10-10"), state: .securityOnly))
        #expect(server.status(on: try day("2030-01-01")).nextChange == nil)
        #expect(status.caveats.isEmpty)
        #expect(!status.isAsKnownAtSnapshot)
    }

    @Test func anEmptyActiveEndMeansFullSupportUntilTheSecurityEnd() throws {
        let postgres = try cycle(security: .date(try day("2025-11-13")))
        #expect(postgres.status(on: try day("2025-11-13")).state == .supported)
        #expect(postgres.status(on: try day("2025-11-14")).state == .unsupported)
        #expect(
            postgres.status(on: try day("2025-01-01")).nextChange
                == SupportChange(date: try day("2025-11-14"), state: .unsupported))
    }

    @Test func anEmptyExtendedEndMeansNoExtendedPhase() throws {
        let noExtended = try cycle(active: .date(try day("2024-01-01")), security: .date(try day("2025-01-01")))
        #expect(noExtended.status(on: try day("2025-01-02")).state == .unsupported)
    }

    @Test func falseBeforeTheSnapshotIsAFact() throws {
        let open = try cycle(active: .notEnded, security: .notEnded)
        let status = open.status(on: try day("2026-08-22"))
        #expect(status.state == .supported)
        #expect(status.caveats.isEmpty)
    }

    @Test func falseAfterTheSnapshotIsOnlyWhatWasKnownThen() throws {
        let open = try cycle(active: .date(try day("2026-12-31")), security: .notEnded)
        let status = open.status(on: try day("2027-03-01"))
        #expect(status.state == .securityOnly)
        #expect(status.isAsKnownAtSnapshot)
        #expect(status.caveats == [.openEndedAtSnapshot(.security, snapshot: try day("2026-08-22"))])
        #expect(status.nextChange == nil)
    }

    @Test func trueIsOverFromTheSnapshotButUnknownBeforeIt() throws {
        let ended = try cycle(active: .endedUndated, security: .date(try day("2027-06-30")))
        #expect(ended.status(on: try day("2026-08-22")).state == .securityOnly)
        let before = ended.status(on: try day("2025-01-01"))
        #expect(before.state == .unknown)
        #expect(before.caveats == [.endedOnUnrecordedDate(.active, snapshot: try day("2026-08-22"))])
        let allEnded = try cycle(active: .endedUndated, security: .endedUndated)
        #expect(allEnded.status(on: try day("2026-09-01")).state == .unsupported)
    }

    @Test func anExtendedPhaseThatIsStillOpenKeepsTheCycleExtendedOnly() throws {
        let esm = try cycle(
            active: .date(try day("2020-01-01")), security: .date(try day("2021-01-01")), extended: .notEnded)
        let status = esm.status(on: try day("2030-01-01"))
        #expect(status.state == .extendedOnly)
        #expect(status.isAsKnownAtSnapshot)
    }

    @Test func beforeTheFirstReleaseTheStatusIsUnknown() throws {
        let future = try cycle(security: .date(try day("2031-01-01")), release: "2026-10-01")
        let status = future.status(on: try day("2026-09-01"))
        #expect(status.state == .unknown)
        #expect(status.caveats == [.notYetReleased(try day("2026-10-01"))])
        #expect(status.nextChange == SupportChange(date: try day("2026-10-01"), state: .supported))
    }

    @Test func tokensAreExactlyTheFiveEstatePrints() {
        #expect(
            SupportState.allCases.map(\.rawValue) == [
                "supported", "security-only", "extended-only", "unsupported", "unknown",
            ])
    }

    @Test func theCatalogueAnswersForItsCycles() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        let windows10 = try #require(catalogue.cycle("10-22h2", of: "windows"))
        // Windows 10 22H2: eol 2025-10-14, ESU to 2028-10-10.
        #expect(catalogue.status(of: windows10, on: try day("2025-10-14")).token == "supported")
        #expect(catalogue.status(of: windows10, on: try day("2025-10-15")).token == "extended-only")
    }
}
