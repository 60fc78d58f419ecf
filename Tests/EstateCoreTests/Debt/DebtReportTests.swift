import Foundation
import Testing

@testable import EstateCore

/// The breakdowns, tables and Markdown of the debt section.
@Suite struct DebtReportTests {
    typealias F = DebtFixtures

    /// Two systems sharing an unsupported server, a third with its own, an old laptop and an unlisted old switch.
    static var estate: Estate {
        var laptop = F.laptop("LT1")
        laptop.purchaseDate = F.date("2019-01-15")
        laptop.department = "Housing"
        var oldSwitch = Asset(
            id: "NET1", hostname: "sw01", assetClass: .network, purchaseDate: F.date("2012-01-01"),
            purchaseCost: Money(pounds: 3_001), status: .active)
        oldSwitch.department = "ICT"
        return F.estate(
            assets: [F.server("SHARED"), F.server("OWN", cost: 12_001), laptop, oldSwitch],
            systems: [
                F.system("A", assets: ["SHARED"]), F.system("B", assets: ["SHARED"]),
                F.system("C", customisation: .bespoke, criticality: .critical, assets: ["OWN"]),
            ])
    }

    @Test func aSharedAssetsDebtIsSplitEvenlyAndTheRowsAddUpToTheEstate() throws {
        let result = try F.analysis(Self.estate)
        let rows = result.bySystem()
        let shared = try #require(result.item(.asset, "SHARED"))
        let a = try #require(rows.first { $0.id == "A" })
        let b = try #require(rows.first { $0.id == "B" })
        #expect(a.assetPrincipal + b.assetPrincipal == shared.principal)
        #expect(a.assets == 1 && b.assets == 1)
        #expect(rows.reduce(Money.zero) { $0 + $1.principal } == result.principal)
        #expect(rows.reduce(Money.zero) { $0 + $1.interestPerYear } == result.interestPerYear)
        #expect(rows.first { $0.id == "(end-user-devices)" }?.assets == 1)
        #expect(rows.first { $0.id == "(shared-infrastructure)" }?.assets == 1)
    }

    @Test func splittingMoneyKeepsEveryPenny() {
        let shares = DebtAnalysis.split(Money(pence: 1_000), into: 3)
        #expect(shares == [Money(pence: 334), Money(pence: 333), Money(pence: 333)])
    }

    @Test func groupsAddUpToTheEstateTotals() throws {
        let result = try F.analysis(Self.estate)
        for grouping in [DebtAnalysis.Grouping.department, .class] {
            let groups = result.groups(by: grouping)
            #expect(groups.reduce(Money.zero) { $0 + $1.principal } == result.principal, "\(grouping)")
            #expect(groups.reduce(Money.zero) { $0 + $1.interestPerYear } == result.interestPerYear, "\(grouping)")
        }
        let factors = result.groups(by: .factor)
        #expect(factors.map(\.key) == DebtFactor.allCases.map(\.rawValue))
        #expect(factors.reduce(Money.zero) { $0 + $1.principal } == result.principal)
        #expect(factors.reduce(Money.zero) { $0 + $1.interestPerYear } == result.interestPerYear)
    }

    @Test func theItemsCSVStartsWithTheDocumentedColumns() throws {
        let table = DebtTables.items(try F.analysis(Self.estate))
        let header = table.columns.prefix(8).map(\.key).joined(separator: ",")
        #expect(header == "subject_kind,id,name,score,principal_gbp,interest_gbp_per_year,time_category,factors")
        let csv = CSVWriter().render(table)
        #expect(csv.contains("system,C,System C,"))
    }

    @Test func theSectionWritesDebtCSVAndExplainsTheWorstItem() throws {
        let section = DebtSection(analysis: try F.analysis(Self.estate))
        #expect(section.id == "debt")
        #expect(section.tables.map(\.name).first == "debt")
        #expect(section.tables.map(\.name).contains("debt-factors"))
        let md = section.markdown()
        #expect(md.hasPrefix("## Technical debt\n"))
        let top = try #require(md.components(separatedBy: "\n").first { $0.hasPrefix("1. ") })
        // C: unsupported server (25), critical (20), server 10 years old (15), its own server (10), bespoke (15).
        #expect(top.hasPrefix("1. **System C** (system C, critical, score 85;"))
        #expect(top.contains("was built in-house"))
        #expect(top.contains("has a physical server to itself (own)"))
        #expect(md.contains("Network devices no system lists"))
        #expect(md.contains("| debt\\_weights |"))
    }

    @Test func aGroupSentenceCountsItsMembersAndNamesAFew() throws {
        let entries = DebtBriefing(analysis: try F.analysis(Self.estate)).entries
        let laptops = try #require(entries.first { $0.name == "Laptops no system lists" })
        #expect(laptops.label == "1 asset")
        #expect(laptops.sentence.contains("1 is past its replacement date"))
        #expect(laptops.sentence.contains("(LT1)"))
    }

    @Test func electricityComesFromTheShippedCarbonFactors() throws {
        let estate = F.estate(assets: [F.server("SRV1"), F.virtualMachine("VM1", os: "x")])
        let energy = DebtEnergy(estate: estate, policy: .defaults, factors: try CarbonFactors.shipped(), asOf: F.asOf)
        let line = try #require(energy.byAsset["SRV1"])
        #expect(line.kWhPerYear > 500)
        #expect(line.basis.contains("PUE"))
        #expect(energy.byAsset["VM1"] == nil)
    }

    @Test func equalRemediesAreCreditedToTheFirstFactorInTheRulesOrderNotTheOneWithMostPoints() throws {
        // A year past its replacement date (age: a third of 15 points) and below the minimum memory
        // (specification: 10 points): both propose the same replacement.
        var laptop = F.laptop("LT-OLD")
        laptop.purchaseDate = F.date("2021-10-01")
        laptop.memoryBytes = 4 << 30
        let item = try #require(try F.analysis(F.estate(assets: [laptop])).items.first { $0.subject.id == "LT-OLD" })
        #expect(item.findings.map(\.factor).prefix(2) == [.specification, .age])
        #expect(item.remedy?.kind == .replace)
        #expect(item.remedy?.factor == .age)
    }

    @Test func electricityReadFromACarbonAnalysisMatchesElectricityEstimatedAgain() throws {
        var retired = F.laptop("LT-RETIRED")
        retired.status = .retired
        var unhosted = F.server("SRV-VIRTUAL")
        unhosted.isVirtual = true
        var cloud = F.server("SRV-CLOUD")
        cloud.hosting = .cloud
        var stock = F.laptop("LT-STOCK")
        stock.status = .inStock
        let estate = F.estate(assets: [
            F.server("SRV1"), F.virtualMachine("VM1", os: "x", host: "SRV1"), F.laptop("LT1"), retired, unhosted,
            cloud, stock, F.virtualMachine("VM2", os: "x"),
        ])
        let factors = try CarbonFactors.shipped()
        let carbon = CarbonAnalysis(estate: estate, policy: .defaults, factors: factors, asOf: F.asOf)
        let read = try #require(DebtEnergy(estate: estate, carbon: carbon))
        let estimated = DebtEnergy(estate: estate, policy: .defaults, factors: factors, asOf: F.asOf)
        #expect(read.byAsset == estimated.byAsset)
        #expect(read.byAsset["SRV1"] != nil && read.byAsset["LT1"] != nil)
        #expect(read.byAsset["LT-RETIRED"] == nil && read.byAsset["SRV-VIRTUAL"] == nil)
    }

    @Test func electricityIsNotReadFromACarbonAnalysisOfAnotherEstate() throws {
        let factors = try CarbonFactors.shipped()
        let other = F.estate(assets: [F.server("SRV9")])
        let carbon = CarbonAnalysis(estate: other, policy: .defaults, factors: factors, asOf: F.asOf)
        #expect(DebtEnergy(estate: F.estate(assets: [F.server("SRV1")]), carbon: carbon) == nil)
        // Nor from one of an estate holding more, or from an option's analysis.
        let larger = CarbonAnalysis(
            estate: F.estate(assets: [F.server("SRV1"), F.laptop("LT1")]), policy: .defaults, factors: factors,
            asOf: F.asOf)
        #expect(DebtEnergy(estate: F.estate(assets: [F.server("SRV1")]), carbon: larger) == nil)
        let option = CarbonAnalysis(
            estate: other, policy: .defaults, factors: factors, asOf: F.asOf, scenario: .extendLife(years: 1))
        #expect(DebtEnergy(estate: other, carbon: option) == nil)
        #expect(DebtEnergy(estate: other, carbon: carbon) != nil)
    }

    @Test func electricityWorkedOutForOneEstateIsFoundByIdInAnotherOrder() throws {
        let estate = F.estate(assets: [F.laptop("LT1"), F.server("SRV1")])
        let energy = DebtEnergy(estate: estate, policy: .defaults, factors: try CarbonFactors.shipped(), asOf: F.asOf)
        let server = try #require(energy.line(of: "SRV1"))
        #expect(energy.byAsset["SRV1"] == server)
        // Asked with a position from an estate that lists the server first, the line is still the server's.
        #expect(energy.numberedLine(at: 0, id: "SRV1")?.line == server)
        #expect(energy.numberedLine(at: 1, id: "SRV1")?.line == server)
        #expect(energy.line(of: "NOT-THERE") == nil && energy.numberedLine(at: 0, id: "NOT-THERE") == nil)
    }

    @Test func linesThatReadAlikeShareTheNumberOfTheirBasis() throws {
        let estate = F.estate(assets: [F.server("SRV1"), F.laptop("LT1"), F.server("SRV2")])
        let energy = DebtEnergy(estate: estate, policy: .defaults, factors: try CarbonFactors.shipped(), asOf: F.asOf)
        let first = try #require(energy.numberedLine(at: 0, id: "SRV1"))
        let laptop = try #require(energy.numberedLine(at: 1, id: "LT1"))
        let second = try #require(energy.numberedLine(at: 2, id: "SRV2"))
        #expect(first.line == second.line && first.basis != nil && first.basis == second.basis)
        #expect(laptop.basis != first.basis)
        // Lines given by id have no number: callers key on their text.
        let given = DebtEnergy(byAsset: ["SRV1": first.line])
        #expect(given.numberedLine(at: 0, id: "SRV1")?.line == first.line)
        #expect(given.numberedLine(at: 0, id: "SRV1")?.basis == nil)
    }

    @Test func anAnalysisWhoseLinesWereLetGoPricesNoElectricity() throws {
        let estate = F.estate(assets: [F.server("SRV1")])
        let carbon = CarbonAnalysis(
            estate: estate, policy: .defaults, factors: try CarbonFactors.shipped(), asOf: F.asOf)
        let totals = carbon.droppingLines()
        #expect(totals.lines.isEmpty && !totals.keepsLines && carbon.keepsLines)
        #expect(totals.totals == carbon.totals)
        #expect(DebtEnergy(estate: estate, carbon: totals) == nil)
    }
}
