import EstateCore
import EstateSample
import Foundation
import Testing

@Suite struct SecondOrganisationTests {
    static let westbrook = SampleEstate.standard.secondOrganisation()
    let westbrook = Self.westbrook
    let eastwick = CollectedSample.standard

    @Test func westbrookIsASmallerBoroughOnTheSameDate() {
        #expect(westbrook.organisation == "London Borough of Westbrook")
        #expect(westbrook.asOf == SampleEstate.defaultAsOf)
        #expect((800...1_000).contains(westbrook.assets.count), "assets: \(westbrook.assets.count)")
        #expect((25...30).contains(westbrook.systems.count), "systems: \(westbrook.systems.count)")
        #expect(westbrook.infrastructure.contains { $0.assetClass == .virtualMachine })
    }

    @Test func westbrookIdsAndHostnamesNeverMeetEastwicks() {
        #expect(westbrook.systems.allSatisfy { $0.id.hasPrefix("WB-APP") })
        #expect(westbrook.assets.allSatisfy { $0.id.hasPrefix("WB") })
        let eastwickIds = Set(eastwick.assets.map(\.id))
        #expect(!westbrook.assets.contains { eastwickIds.contains($0.id) })
        let eastwickHostnames = Set(eastwick.assets.compactMap { $0.hostname?.lowercased() })
        let clashes = westbrook.assets.compactMap { $0.hostname?.lowercased() }.filter(eastwickHostnames.contains)
        #expect(clashes.isEmpty, "\(clashes)")
        #expect(westbrook.assets.compactMap(\.hostname).allSatisfy { $0.uppercased().hasPrefix("WBK") })
        let ids = westbrook.assets.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func westbrookSharesCapabilitiesAndProductsWithEastwick() {
        let eastwickCapabilities = Set(eastwick.systems.compactMap(\.capability))
        let eastwickProducts = Set(
            eastwick.systems.map { "\($0.capability ?? "")|\($0.vendor ?? "")|\($0.product ?? "")" })
        var sameProduct: Set<String> = []
        var otherProduct: Set<String> = []
        var own: Set<String> = []
        for system in westbrook.systems {
            guard let capability = system.capability else { continue }
            if eastwickProducts.contains("\(capability)|\(system.vendor ?? "")|\(system.product ?? "")") {
                sameProduct.insert(capability)
            } else if eastwickCapabilities.contains(capability) {
                otherProduct.insert(capability)
            } else {
                own.insert(capability)
            }
        }
        #expect((6...8).contains(sameProduct.count), "same product: \(sameProduct.sorted())")
        #expect(
            (4...6).contains(otherProduct.subtracting(sameProduct).count), "other product: \(otherProduct.sorted())")
        #expect(own.count >= 10, "own: \(own.sorted())")
        #expect(sameProduct.contains("hr-payroll") && sameProduct.contains("revenues-benefits"))
    }

    @Test func westbrookSystemsHaveUsersCostsAndContractsSomeEndingSoon() {
        #expect(westbrook.systems.allSatisfy { ($0.users ?? 0) > 0 })
        #expect(westbrook.systems.filter { $0.annualCost != nil }.count >= 25)
        let horizon = westbrook.asOf.adding(months: 18)
        let endingSoon = westbrook.systems.filter { $0.contractEnd.map { $0 <= horizon } ?? false }
        #expect((8...22).contains(endingSoon.count), "contracts ending within 18 months: \(endingSoon.count)")
    }

    @Test func westbrookSystemsRunOnWestbrookServers() {
        let servers = Set(westbrook.infrastructure.map(\.id))
        for system in westbrook.systems {
            for id in system.assetIds { #expect(servers.contains(id), "\(system.id) runs on unknown \(id)") }
            if system.hosting == .onPremises { #expect(!system.assetIds.isEmpty, "\(system.id) runs on nothing") }
        }
        let subjects = servers.union(westbrook.devices.map(\.id)).union(westbrook.systems.map(\.id))
        #expect(westbrook.components.allSatisfy { subjects.contains($0.subjectId) })
    }

    @Test func westbrookPolicyIsEastwicksWithItsOwnName() throws {
        let folder = try TemporaryFolder()
        defer { folder.cleanUp() }
        _ = try SampleWriter.write(.standard, to: folder.url)
        let written = try folder.data("\(SampleWriter.secondOrganisationFolder)/\(SampleWriter.policyFileName)")
        let committed = try Data(contentsOf: CommittedInventoryTests.inventory.appending(path: "policy.json"))
        var policy = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        var eastwickPolicy = try #require(try JSONSerialization.jsonObject(with: committed) as? [String: Any])
        #expect(policy["organisation"] as? String == "London Borough of Westbrook")
        policy["organisation"] = nil
        eastwickPolicy["organisation"] = nil
        #expect(NSDictionary(dictionary: policy).isEqual(to: eastwickPolicy))
    }
}
