import Foundation
import Testing

@testable import EstateCore

@Suite struct CarbonFactorsTests {
    @Test func theShippedFactorsLoadWithEveryFile() throws {
        let factors = try CarbonFixtures.shipped()
        #expect(factors.footprints.count == 1_226)
        #expect(factors.profiles.count == 17)
        #expect(factors.grid.keys.sorted().first == 2015)
        #expect(factors.grid.keys.sorted().last == 2035)
        #expect(factors.profile("laptop")?.embodiedKgCO2e == 241.2)
        #expect(factors.profile("network-switch")?.status == .estimate)
        #expect(factors.pue["typical enterprise DC / on-premise default"]?.pue == 1.58)
        #expect(factors.cloud[.azure]?.maxWattsPerVCPU == 3.54)
        #expect(factors.cloud[.gcp]?.serverLifespanHours == 35_040)
        #expect(factors.referenceMemoryGBPerChip[.aws] == 80.69)
        #expect(factors.appraisalValue(forYear: 2030)?.central == Money(pence: 29_450))
        #expect(factors.appraisalValue(forYear: 2060)?.year == 2050)
        #expect(factors.cloudRegion(.gcp, region: "europe-west2")?.kgCO2ePerKWh == 0.172)
    }

    @Test func aDamagedCellIsNamedWithItsFileLineAndColumn() throws {
        var files = try CarbonFactors.shippedFiles()
        files["pue"] = Data("setting,pue,source,status\nserver room,high,somewhere,estimate\n".utf8)
        let expected = CarbonFactorsError(
            file: "carbon/pue.csv", line: 2, column: "pue", expected: "a number", found: "\"high\"")
        #expect(throws: expected) { try CarbonFactors(files: files) }
        #expect(expected.description == "carbon/pue.csv:2: pue: expected a number, found \"high\"")
        files["pue"] = nil
        #expect(throws: CarbonFactorsError.self) { try CarbonFactors(files: files) }
    }

    @Test func modelsMatchOnlyTheSameNamingWordsOfAFittingClass() throws {
        let factors = try CarbonFixtures.shipped()
        func names(_ manufacturer: String, _ model: String, _ assetClass: AssetClass) -> [String] {
            factors.footprints(manufacturer: manufacturer, model: model, assetClass: assetClass).map(\.name)
        }
        #expect(names("Dell Inc.", "Latitude 5430", .laptop) == ["Latitude 5430"])
        #expect(names("Dell", "Dell P2419H", .monitor) == ["P2419H Monitor"])
        #expect(names("Dell", "Wyse 5070", .thinClient) == ["Wyse 5070 Thin Client"])
        #expect(names("Apple", "iPhone 13", .smartphone) == ["iPhone 13 with 128GB"])
        #expect(names("HP", "HP t640 Thin Client", .thinClient).isEmpty)
        #expect(names("Dell Inc.", "PowerEdge R740", .server) == ["PowerEdge R740"])
        #expect(names("Dell Inc.", "PowerEdge R740", .laptop).isEmpty)
        #expect(names("Dell Inc.", "OptiPlex 7000", .desktop).isEmpty)
    }

    @Test(arguments: [
        ("PowerEdge R740", "server-2u"), ("PowerEdge R740xd", "server-2u"), ("PowerEdge R640", "server-1u"),
        ("ProLiant DL360 Gen10", "server-1u"), ("ProLiant DL380p Gen8", "server-2u"),
        ("ProLiant ML350 Gen9", "server-tower"),
        ("PowerEdge T640", "server-tower"), ("ThinkSystem SR650", "server-2u"), ("ThinkSystem SR630", "server-1u"),
        ("ProLiant BL460c Gen10", "server-blade"), ("Mystery Box", "server-any"),
    ])
    func serverFormFactorComesFromTheModelName(model: String, profile: String) {
        #expect(CarbonEstimator.serverProfile(model: model) == profile)
    }

    @Test func aCloudProviderIsNamedOnlyByUnambiguousWords() {
        #expect(CloudProvider.named(in: ["Azure UK South"]) == .azure)
        #expect(CloudProvider.named(in: ["AWS eu-west-2 (London)"]) == .aws)
        #expect(CloudProvider.named(in: [nil, "Amazon EC2"]) == .aws)
        #expect(CloudProvider.named(in: ["Marsh Lane Depot Comms Room", "Microsoft Corporation"]) == nil)
    }
}
