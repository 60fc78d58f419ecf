import Foundation
import Testing

@testable import EstateCore

@Suite struct LifecycleImportTests {
    private func day(_ text: String) throws -> LocalDate { try LifecycleFixtures.date(text) }

    /// Every imported cycle has the shipped cycle's phase ends, release date and LTS.
    private func expectSameAsShipped(_ entries: LifecycleEntries, product: String, count: Int) throws {
        let catalogue = try LifecycleFixtures.catalogue()
        #expect(entries.problems.isEmpty, "\(entries.problems)")
        #expect(entries.cycles.count == count)
        #expect(entries.cycles.count == catalogue.cycles(of: product).count)
        for imported in entries.cycles {
            let shipped = try #require(catalogue.cycle(imported.name, of: product), "\(imported.name)")
            #expect(imported.product == product)
            #expect(imported.activeSupportEnd == shipped.activeSupportEnd, "\(imported.name) eoas")
            #expect(imported.securitySupportEnd == shipped.securitySupportEnd, "\(imported.name) eol")
            #expect(imported.extendedSupportEnd == shipped.extendedSupportEnd, "\(imported.name) eoes")
            #expect(imported.releaseDate == shipped.releaseDate, "\(imported.name) release")
            #expect(imported.lts == shipped.lts, "\(imported.name) lts")
            #expect(imported.latest == shipped.latest, "\(imported.name) latest")
            #expect(imported.layer == .imported)
        }
    }

    @Test func readsAPIv0ForWindowsServerUndoingTheInvertedBooleans() throws {
        let data = try LifecycleFixtures.fixture("api-v0-windows-server.json")
        let entries = try LifecycleImport.apiV0(data, file: "api-v0-windows-server.json", asOf: try day("2026-08-22"))
        try expectSameAsShipped(entries, product: "windows-server", count: 20)
        #expect(entries.cycles.first { $0.name == "23h2-ac" }?.label == "Windows Server 23H2 AC")
    }

    @Test func readsAPIv0ForPostgreSQLAndUbuntuTakingTheProductFromTheFileName() throws {
        let postgres = try LifecycleImport.api(
            try LifecycleFixtures.fixture("api-v0-postgresql.json"), file: "api-v0-postgresql.json",
            asOf: try day("2026-08-22"))
        try expectSameAsShipped(postgres, product: "postgresql", count: 29)
        let ubuntu = try LifecycleImport.api(
            try LifecycleFixtures.fixture("api-v0-ubuntu.json"), file: "fixtures/api-v0-ubuntu.json",
            asOf: try day("2026-08-22"))
        try expectSameAsShipped(ubuntu, product: "ubuntu", count: 44)
        #expect(ubuntu.cycles.first { $0.name == "22.04" }?.codename == "Jammy Jellyfish")
    }

    @Test(arguments: [
        ("api-v1-windows-server.json", "windows-server", 20), ("api-v1-postgresql.json", "postgresql", 29),
        ("api-v1-ubuntu.json", "ubuntu", 44),
    ])
    func readsAPIv1(file: String, product: String, count: Int) throws {
        let entries = try LifecycleImport.api(
            try LifecycleFixtures.fixture(file), file: file, asOf: try day("2000-01-01"))
        try expectSameAsShipped(entries, product: product, count: count)
        #expect(entries.cycles.allSatisfy { $0.factsAsOf == LifecycleCatalogue.shippedSnapshotDate })
        #expect(entries.products.map(\.slug) == [product])
    }

    @Test func readsAPIv1ProductDescriptions() throws {
        let entries = try LifecycleImport.apiV1(
            try LifecycleFixtures.fixture("api-v1-ubuntu.json"), file: "ubuntu.json")
        let product = try #require(entries.products.first)
        #expect(product.extendedSupportLabel == "Expanded Security Maintenance")
        let postgres = try LifecycleImport.apiV1(
            try LifecycleFixtures.fixture("api-v1-postgresql.json"), file: "pg.json")
        let described = try #require(postgres.products.first)
        #expect(described.aliases == ["postgres", "pg", "psql", "pgsql"])
        #expect(described.purls.contains("pkg:deb/ubuntu/postgresql"))
        #expect(described.cpes.contains("cpe:/a:postgresql:postgresql"))
        #expect(described.activeSupportLabel == nil)
    }

    @Test func productSlugsComeFromFileNames() {
        #expect(LifecycleImport.productSlug(fromFileName: "api-v0-windows-server.json") == "windows-server")
        #expect(LifecycleImport.productSlug(fromFileName: "exports/postgresql.json") == "postgresql")
        #expect(LifecycleImport.productSlug(fromFileName: "api-v0-.json") == nil)
    }

    @Test func importedCyclesOverrideTheShippedOnesInTheCatalogue() throws {
        var catalogue = try LifecycleFixtures.catalogue()
        catalogue.add(
            try LifecycleImport.apiV1(try LifecycleFixtures.fixture("api-v1-ubuntu.json"), file: "ubuntu.json"))
        #expect(catalogue.cycle("22.04", of: "ubuntu")?.layer == .imported)
        #expect(catalogue.shadowedCycles("22.04", of: "ubuntu").count == 1)
        #expect(catalogue.cycle("22.04", of: "debian") == nil)
        #expect(catalogue.cycles(of: "ubuntu").count == 44)
    }

    @Test func reportsABadAPIv1ValueWithItsPlaceAndKeepsTheRest() throws {
        let json = """
            {"generated_at": "2026-09-01T00:00:00+00:00", "result": {"name": "demo", "releases": [
              {"name": "2", "isEol": false, "eolFrom": "2030-01-01"},
              {"name": "1", "isEol": true, "eolFrom": 20250101}
            ]}}
            """
        let entries = try LifecycleImport.apiV1(Data(json.utf8), file: "demo.json")
        #expect(entries.cycles.map(\.name) == ["2"])
        #expect(entries.cycles.first?.factsAsOf == (try day("2026-09-01")))
        #expect(
            entries.problems.map(\.description) == [
                "demo.json:3:43: result.releases[1].eolFrom: expected a date as \"yyyy-mm-dd\" or null, found a number"
            ])
    }

    @Test func refusesAFileThatIsNotAnAPIResponse() throws {
        #expect {
            try LifecycleImport.api(Data("{\"cycles\": []}".utf8), file: "x.json", asOf: try day("2026-01-01"))
        } throws: { error in
            (error as? LifecycleError)?.description
                == "x.json:1:1: top level: expected an object with a \"result\" member (endoflife.date API v1) or an array of cycles (API v0), found an object with the members \"cycles\""
        }
        #expect {
            try LifecycleImport.api(Data("[{\"cycle\": \"1\",}]".utf8), file: "y.json", asOf: try day("2026-01-01"))
        } throws: { error in
            (error as? LifecycleError)?.line == 1
        }
    }

    @Test func readsALocalCSVWithUKDatesAndOpenEnds() throws {
        let csv = """
            product,title,category,cycle,release_date,active_support_end,security_support_end,extended_support_end,lts,latest
            civica-cx,Civica CX,app,21,01/04/2021,,31/03/2027,,false,21.4
            civica-cx,Civica CX,app,22,2022-04-01,false,false,,true,22.1
            dell-idrac9,iDRAC9,device,7,2023-01-01,true,2028-06-30,,,

            """
        let entries = try LifecycleImport.csv(Data(csv.utf8), file: "local.csv", factsAsOf: try day("2026-09-01"))
        #expect(entries.problems.isEmpty)
        #expect(entries.cycles.count == 3)
        #expect(entries.products.map(\.slug) == ["civica-cx", "dell-idrac9"])
        #expect(entries.products.first?.title == "Civica CX")
        let first = try #require(entries.cycles.first)
        #expect(first.releaseDate == (try day("2021-04-01")))
        #expect(first.securitySupportEnd == .date(try day("2027-03-31")))
        #expect(first.layer == .local)
        #expect(first.source == "local.csv:2")
        #expect(entries.cycles[1].activeSupportEnd == .notEnded)
        #expect(entries.cycles[1].lts == .yes)
        #expect(entries.cycles[2].activeSupportEnd == .endedUndated)
    }

    @Test func aBadDateInALocalCSVIsReportedExactlyAndTheRowLeftOut() throws {
        let csv = """
            product,title,category,cycle,release_date,active_support_end,security_support_end,extended_support_end
            civica-cx,Civica CX,app,21,01/04/2021,,31/03/2027,
            civica-cx,Civica CX,app,22,01/04/2022,,31/13/2027,
            civica-cx,Civica CX,app,23,01/04/2023,,2028,

            """
        let entries = try LifecycleImport.csv(
            Data(csv.utf8), file: "local-lifecycle.csv", factsAsOf: try day("2026-09-01"))
        #expect(entries.cycles.map(\.name) == ["21"])
        #expect(
            entries.problems.map(\.description) == [
                "local-lifecycle.csv:3: column 7 (security_support_end): expected a date (yyyy-mm-dd or dd/mm/yyyy), true, false or empty, found \"31/13/2027\"; 31/13/2027 has month 13; months run from 1 to 12",
                "local-lifecycle.csv:4: column 7 (security_support_end): expected a date (yyyy-mm-dd or dd/mm/yyyy), true, false or empty, found \"2028\"; 2028 is a year, not a date; write the whole date, or March 2028 for a month",
            ])
        #expect(entries.problems.first?.line == 3)
    }

    @Test func reportsDuplicatesMissingCellsUnknownColumnsAndRaggedRows() throws {
        let csv = """
            product,cycle,security_support_end,support_end
            app,1,2030-01-01,x
            app,1,2031-01-01,x
            ,2,2030-01-01,x
            app,3,2030-01-01

            """
        let entries = try LifecycleImport.csv(Data(csv.utf8), file: "l.csv", factsAsOf: try day("2026-09-01"))
        #expect(entries.cycles.map(\.name) == ["1"])
        let messages = entries.problems.map(\.description)
        #expect(messages.count == 4)
        #expect(messages[0].hasPrefix("l.csv:1: column 4 (support_end): expected one of the columns"))
        #expect(
            messages[1]
                == "l.csv:3: column 2 (cycle): expected one row per product and cycle, found \"1\"; app 1 is already on line 2; this row is left out"
        )
        #expect(
            messages[2] == "l.csv:4: column 1 (product): expected a product slug such as windows-server, found \"\"")
        #expect(messages[3] == "l.csv:5: expected 4 fields, as in the header, found 3 fields")
    }

    @Test func refusesACSVWithoutTheRequiredColumns() {
        #expect {
            try LifecycleImport.csv(
                Data("name,end\nx,2030-01-01\n".utf8), file: "bad.csv",
                factsAsOf: LifecycleCatalogue.shippedSnapshotDate)
        } throws: { error in
            (error as? LifecycleError)?.description
                == "bad.csv:1: expected a column named product (columns: product, cycle are required), found the header \"name,end\""
        }
    }
}
