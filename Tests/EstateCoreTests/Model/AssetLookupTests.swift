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

    @Test func aRecordedPositionIsTakenOnlyWhileItNamesTheAssetAndTheLookupIncludesIt() {
        let lookup = AssetLookup(assets)
        #expect(lookup.position(of: "C", recorded: 2) == 2)
        // A position naming another asset, out of range or not recorded: the id decides.
        #expect(lookup.position(of: "C", recorded: 0) == 2)
        #expect(lookup.position(of: "C", recorded: 9) == 2)
        #expect(lookup.position(of: "C", recorded: -1) == 2)
        #expect(lookup.position(of: "Z", recorded: 0) == nil)
        // A selection leaves its other assets out, recorded or not.
        let within = AssetLookup(lookup, within: AssetSelection(assets) { $0.status?.isInService ?? true })
        #expect(within.position(of: "B", recorded: 1) == nil)
    }

    @Test func whereIdsRepeatTheFirstAssetWinsWhateverPositionWasRecorded() {
        let repeated = [Asset(id: "A", assetClass: .laptop), Asset(id: "A", assetClass: .desktop)]
        let lookup = AssetLookup(repeated)
        #expect(lookup.position(of: "A", recorded: 1) == 0)
        #expect(lookup.position(of: "A", recorded: 0) == 0)
    }

    @Test func everyIdOfAThousandIsFoundAtItsPositionAndNoOtherIdIs() {
        // Ids long and short (held inline or on the heap), and a table filled past its first probes.
        let many = (0..<1_000).map { Asset(id: $0 % 2 == 0 ? "A\($0)" : "LONG-ASSET-TAG-\($0)", assetClass: .laptop) }
        let lookup = AssetLookup(many)
        for position in many.indices {
            #expect(lookup.position(of: many[position].id) == position)
        }
        #expect(lookup.position(of: "A1") == nil && lookup.position(of: "LONG-ASSET-TAG-0") == nil)
        #expect(lookup.position(of: "") == nil)
        #expect(AssetLookup([]).position(of: "A") == nil)
        // A repeated id among them is found at its first position.
        let repeated = AssetLookup(many + [Asset(id: "A2", assetClass: .server)])
        #expect(repeated.position(of: "A2") == 2 && repeated.position(of: "A2", recorded: 1_000) == 2)
    }

    @Test func theInServiceSelectionIsTheOneItsPredicateWouldMake() {
        let inService = AssetSelection.inService(assets)
        #expect(inService.positions == [0, 2])
        #expect(inService.map(\.id) == ["A", "C"])
        #expect(inService.positions == AssetSelection(assets) { $0.status?.isInService ?? true }.positions)
    }
}
