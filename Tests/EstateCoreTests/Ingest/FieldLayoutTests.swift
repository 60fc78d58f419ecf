import Testing

@testable import EstateCore

@Suite struct FieldLayoutTests {
    @Test func matchesHeadersWhateverTheirCaseSpacingAndPunctuation() {
        let layout = FieldLayout<AssetField>(headers: [
            "Asset Tag", "Serial No.", "Purchase Date", "Warranty Expiry", "Operating System", "OS Version", "Cost (£)",
        ])
        #expect(layout.column(of: .id) == 0)
        #expect(layout.column(of: .serial) == 1)
        #expect(layout.column(of: .purchaseDate) == 2)
        #expect(layout.column(of: .warrantyEnd) == 3)
        #expect(layout.column(of: .osName) == 4)
        #expect(layout.column(of: .osVersion) == 5)
        #expect(layout.column(of: .purchaseCost) == 6)
        #expect(layout.unknownHeaders.isEmpty)
    }

    @Test func aUnitInTheHeaderBecomesTheUnitOfBareNumbers() {
        let layout = FieldLayout<AssetField>(headers: ["RAM (GB)", "storage_tb"])
        #expect(layout.column(of: .memory) == 0)
        #expect(layout.unit[.memory] == SizeUnit(headerSuffix: "gb"))
        #expect(layout.column(of: .storage) == 1)
        #expect(layout.unit[.storage] == SizeUnit(headerSuffix: "tb"))
    }

    @Test func theUserMappingNamesHeadersTheSynonymsDoNotKnow() {
        let mapping = HeaderMapping(assets: ["Kit Ref": .id, "Device Family": .assetClass])
        let layout = FieldLayout<AssetField>(headers: ["KIT_REF", "Device family", "Colour"], mapping: mapping)
        #expect(layout.column(of: .id) == 0)
        #expect(layout.column(of: .assetClass) == 1)
        #expect(layout.unknownHeaders == ["Colour"])
    }

    @Test func aSecondColumnForTheSameFieldIsReportedNotRead() {
        let layout = FieldLayout<AssetField>(headers: ["Serial", "Serial Number"])
        #expect(layout.column(of: .serial) == 0)
        #expect(layout.duplicateHeaders == ["Serial Number"])
    }

    @Test func vocabularyWordsParseWhateverTheirSpelling() {
        #expect(AssetClass(parsing: "Thin Client") == .thinClient)
        #expect(AssetClass(parsing: "NOTEBOOK") == .laptop)
        #expect(AssetClass(parsing: "VM") == .virtualMachine)
        #expect(AssetClass(parsing: "toaster") == nil)
        #expect(SystemHosting(parsing: "Software as a Service") == .saas)
        #expect(Criticality(parsing: "Tier 1") == .critical)
        #expect(ClientType(parsing: "Citrix") == .virtualDesktop)
    }
}
