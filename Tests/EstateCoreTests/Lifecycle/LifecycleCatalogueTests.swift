import Foundation
import Testing

@testable import EstateCore

@Suite struct LifecycleCatalogueTests {
    @Test func readsEveryProductAndCycleOfTheShippedFiles() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        #expect(catalogue.products.count == 132)
        #expect(catalogue.cycleCount == 3_051)
        #expect(catalogue.snapshotDate == LifecycleCatalogue.shippedSnapshotDate)
        #expect(catalogue.snapshotDate.description == "2026-08-22")
    }

    @Test func readsAllColumnsOfACycle() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        let cycle = try #require(catalogue.cycle("2012-r2", of: "windows-server"))
        #expect(cycle.releaseDate == (try LifecycleFixtures.date("2013-11-25")))
        #expect(cycle.activeSupportEnd == .date(try LifecycleFixtures.date("2018-10-09")))
        #expect(cycle.securitySupportEnd == .date(try LifecycleFixtures.date("2023-10-10")))
        #expect(cycle.extendedSupportEnd == .date(try LifecycleFixtures.date("2026-10-13")))
        #expect(cycle.lts == .yes)
        #expect(cycle.latest == "6.3.9600")
        #expect(cycle.label == "Windows Server 2012 R2 (LTSC)")
        #expect(cycle.layer == .shipped)
        #expect(cycle.factsAsOf == LifecycleCatalogue.shippedSnapshotDate)
        #expect(cycle.source?.hasPrefix("lifecycle.csv:") == true)
    }

    @Test func keepsTrueFalseAndEmptyEndsApart() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        let exchangeSE = try #require(catalogue.cycle("subscription", of: "msexchange"))
        #expect(exchangeSE.activeSupportEnd == .notEnded)
        #expect(exchangeSE.securitySupportEnd == .notEnded)
        #expect(exchangeSE.extendedSupportEnd == PhaseEnd.none)
        let exchange4 = try #require(catalogue.cycle("4.0", of: "msexchange"))
        #expect(exchange4.activeSupportEnd == .endedUndated)
        let postgres = try #require(catalogue.cycle("13", of: "postgresql"))
        #expect(postgres.activeSupportEnd == PhaseEnd.none)
    }

    @Test func readsLTSDatesCodenamesAndLatestReleaseDates() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        let jammy = try #require(catalogue.cycle("22.04", of: "ubuntu"))
        #expect(jammy.codename == "Jammy Jellyfish")
        #expect(jammy.latestReleaseDate != nil)
        let rhelLTS = catalogue.cycles(of: "rhel").map(\.lts)
        #expect(rhelLTS.contains { if case .from = $0 { return true } else { return false } })
    }

    @Test func describesProductsWithIdentifiersAndPhaseLabels() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        let postgres = try #require(catalogue.product("postgresql"))
        #expect(postgres.title == "PostgreSQL")
        #expect(postgres.category == "database")
        #expect(postgres.aliases.contains("postgres"))
        #expect(postgres.purls.contains("pkg:deb/ubuntu/postgresql"))
        #expect(postgres.cpes.contains("cpe:2.3:a:postgresql:postgresql"))
        let ubuntu = try #require(catalogue.product("ubuntu"))
        #expect(ubuntu.extendedSupportLabel == "Expanded Security Maintenance")
        #expect(catalogue.product("mssql")?.slug == "mssqlserver")
        #expect(catalogue.product("MSSQL")?.slug == "mssqlserver")
        #expect(catalogue.product("no-such-product") == nil)
    }

    @Test func keepsEndoflifeDateOrderNewestFirst() throws {
        let catalogue = try LifecycleFixtures.catalogue()
        #expect(catalogue.cycles(of: "postgresql").prefix(3).map(\.name) == ["18", "17", "16"])
        #expect(catalogue.cycles(of: "nothing").isEmpty)
    }

    @Test func aLocalEntryOverridesTheShippedOneAndKeepsItVisible() throws {
        var catalogue = try LifecycleFixtures.catalogue()
        let csv = """
            product,cycle,security_support_end,extended_support_end
            windows-server,2012-r2,2023-10-10,2027-10-12
            civica-cx,21,31/03/2027,

            """
        let entries = try LifecycleImport.csv(
            Data(csv.utf8), file: "local.csv", factsAsOf: try LifecycleFixtures.date("2026-09-01"))
        #expect(entries.problems.isEmpty)
        catalogue.add(entries)
        let cycle = try #require(catalogue.cycle("2012-r2", of: "windows-server"))
        #expect(cycle.layer == .local)
        #expect(cycle.extendedSupportEnd == .date(try LifecycleFixtures.date("2027-10-12")))
        let shadowed = catalogue.shadowedCycles("2012-r2", of: "windows-server")
        #expect(shadowed.map(\.layer) == [.shipped])
        #expect(shadowed.first?.extendedSupportEnd == .date(try LifecycleFixtures.date("2026-10-13")))
        #expect(catalogue.product("windows-server")?.title == "Microsoft Windows Server")
        #expect(
            catalogue.cycle("21", of: "civica-cx")?.securitySupportEnd
                == .date(try LifecycleFixtures.date("2027-03-31")))
    }

    @Test func aLowerLayerDoesNotReplaceAHigherOne() throws {
        var catalogue = LifecycleCatalogue()
        let local = LifecycleCycle(
            product: "app", name: "1", securitySupportEnd: .date(try LifecycleFixtures.date("2030-01-01")),
            factsAsOf: catalogue.snapshotDate)
        let imported = LifecycleCycle(
            product: "app", name: "1", securitySupportEnd: .date(try LifecycleFixtures.date("2025-01-01")),
            factsAsOf: catalogue.snapshotDate)
        catalogue.add(LifecycleEntries(layer: .local, cycles: [local]))
        catalogue.add(LifecycleEntries(layer: .imported, cycles: [imported]))
        #expect(catalogue.cycle("1", of: "app")?.layer == .local)
        #expect(catalogue.shadowedCycles("1", of: "app").map(\.layer) == [.imported])
    }

    @Test func refusesACatalogueWithABadRow() throws {
        let csv = """
            product,title,category,cycle,release_date,active_support_end,security_support_end,extended_support_end,lts,latest,purl,source_url
            x,X,app,1,2020-01-01,,2025-02-30,,false,1.0,,

            """
        #expect(throws: LifecycleError.self) { try LifecycleCatalogue(csv: Data(csv.utf8)) }
    }
}

@Suite struct ShippedCatalogueTests {
    @Test func theBundledCatalogueIsTheSameAsTheSourceFiles() throws {
        let bundled = try LifecycleCatalogue.shipped()
        let source = try LifecycleFixtures.catalogue()
        #expect(bundled.products == source.products)
        #expect(bundled.cycleCount == source.cycleCount)
        #expect(bundled.cycle("2012-r2", of: "windows-server") == source.cycle("2012-r2", of: "windows-server"))
    }
}
