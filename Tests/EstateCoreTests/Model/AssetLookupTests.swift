import Testing

@testable import EstateCore

@Suite struct AssetLookupTests {
    let assets = [
        Asset(id: "A", assetClass: .laptop),
        Asset(id: "B", assetClass: .server, status: .disposed),
        Asset(id: "C", assetClass: .desktop),
    ]

    @Test func aLookupWithinASelectionFindsOnlyTheSelectedAssetsAtTheirPositionsInTheWholeArray() {
        let lookup = AssetLookup(assets)
        let inService = AssetSelection(assets) { $0.status?.isInService ?? true }
        let within = AssetLookup(lookup, within: inService)
        #expect(within.position(of: "A") == 0)
        #expect(within.position(of: "C") == 2)
        #expect(within.position(of: "B") == nil)
        #expect(!within.contains("B"))
        #expect(within["B"] == nil)
        #expect(within["C"]?.assetClass == .desktop)
        #expect(within.position(of: "Z") == nil)
        // The whole lookup still finds every asset.
        #expect(lookup.position(of: "B") == 1)
    }
}
