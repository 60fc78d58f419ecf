import Foundation
import Testing

@testable import EstateCore

@Suite struct AssetStorageTests {
    let full = Asset(
        id: "LAP-1", hostname: "EWK-LAP-1", assetClass: .laptop, manufacturer: "Dell", model: "Latitude 5440",
        serial: "SN1", site: "Town Hall", department: "Housing", purchaseDate: LocalDate(year: 2022, month: 3, day: 4),
        purchaseCost: Money(pence: 85_000), warrantyEnd: LocalDate(year: 2025, month: 3, day: 4),
        osName: "Windows 11 Enterprise", osVersion: "10.0.22631", cpu: "Intel Core i5-1345U", cores: 10,
        memoryBytes: 17_179_869_184, storageBytes: 0, tpmVersion: "2.0",
        lastSeen: LocalDate(year: 2026, month: 11, day: 1),
        hosting: .onPremises, isVirtual: false, hostId: nil, status: .active)

    @Test func everyNumberAndDateReadsBackAsGivenAndAMissingOneAsNil() throws {
        #expect(full.cores == 10 && full.memoryBytes == 17_179_869_184 && full.storageBytes == 0)
        #expect(full.purchaseCost == Money(pence: 85_000))
        #expect(full.purchaseDate == LocalDate(year: 2022, month: 3, day: 4))
        #expect(full.warrantyEnd == LocalDate(year: 2025, month: 3, day: 4))
        #expect(full.lastSeen == LocalDate(year: 2026, month: 11, day: 1))
        #expect(full.isVirtual == false)
        let bare = Asset(id: "X", assetClass: .server)
        #expect(bare.cores == nil && bare.memoryBytes == nil && bare.storageBytes == nil && bare.purchaseCost == nil)
        #expect(bare.purchaseDate == nil && bare.warrantyEnd == nil && bare.lastSeen == nil && bare.isVirtual == nil)
        // Extremes and zero are values, not missing ones.
        var edge = bare
        edge.memoryBytes = .min
        edge.purchaseCost = Money(pence: 0)
        edge.purchaseDate = LocalDate(year: 1, month: 1, day: 1)
        edge.isVirtual = true
        #expect(edge.memoryBytes == .min && edge.purchaseCost == .zero && edge.isVirtual == true)
        #expect(edge.purchaseDate == LocalDate(year: 1, month: 1, day: 1))
    }

    @Test func clearingAFieldMakesTheAssetEqualToOneThatNeverHadIt() {
        var cleared = full
        cleared.cores = nil
        cleared.purchaseDate = nil
        cleared.isVirtual = nil
        let never = Asset(
            id: full.id, hostname: full.hostname, assetClass: full.assetClass, manufacturer: full.manufacturer,
            model: full.model, serial: full.serial, site: full.site, department: full.department,
            purchaseCost: full.purchaseCost, warrantyEnd: full.warrantyEnd, osName: full.osName,
            osVersion: full.osVersion, cpu: full.cpu, memoryBytes: full.memoryBytes, storageBytes: full.storageBytes,
            tpmVersion: full.tpmVersion, lastSeen: full.lastSeen, hosting: full.hosting, status: full.status)
        #expect(cleared == never && cleared.hashValue == never.hashValue)
        #expect(cleared != full)
    }

    @Test func anAssetEncodesUnderItsFieldNamesLeavingMissingOnesOut() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let text = String(decoding: try encoder.encode(Asset(id: "X", assetClass: .server, cores: 4)), as: UTF8.self)
        #expect(text == #"{"assetClass":"server","cores":4,"id":"X"}"#)
        let decoded = try JSONDecoder().decode(Asset.self, from: try JSONEncoder().encode(full))
        #expect(decoded == full)
    }

    @Test func aMillionAssetsTakeNoPaddingForTheirOptionalNumbers() {
        // Twelve texts (16 bytes each), four numbers, three dates and four one-byte fields.
        #expect(MemoryLayout<Asset>.stride == 240)
    }
}
