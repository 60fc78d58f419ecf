import Foundation
import Testing

@testable import EstateCore

@Suite struct PolicyTests {
    @Test func everySettingIsAnAssumptionUntilTheFileSetsIt() throws {
        let policy = try Policy.parse(
            Data(#"{"refresh_cycle_years": {"laptop": 5}, "discount_rate": "3.5%"}"#.utf8), file: "policy.json")
        #expect(policy.refreshCycle(for: .laptop) == 5)
        #expect(policy.refreshCycle(for: .desktop) == 5)
        #expect(policy.discountRate == Decimal(string: "0.035"))
        let set = policy.assumptions.filter { !$0.isDefault }.map(\.key)
        #expect(set == ["refresh_cycle_years", "discount_rate"])
        #expect(policy.assumptions.count == Policy.settings.count)
    }

    @Test func aMisspeltSettingIsAnErrorWithItsPosition() {
        do {
            _ = try Policy.parse(Data("{\n  \"refresh_cycle_year\": {}\n}".utf8), file: "policy.json")
            Issue.record("expected an error")
        } catch let error as IngestError {
            #expect(error.line == 2)
            #expect(error.column == 3)
            #expect(error.message.hasPrefix("unknown policy setting \"refresh_cycle_year\""))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aBadValueNamesTheSettingAndWhatWasExpected() {
        #expect(throws: IngestError.self) {
            try Policy.parse(Data(#"{"refresh_cycle_years": {"toaster": 3}}"#.utf8), file: "p.json")
        }
        #expect(throws: IngestError.self) {
            try Policy.parse(Data(#"{"financial_year_start_month": 13}"#.utf8), file: "p.json")
        }
        #expect(throws: IngestError.self) {
            try Policy.parse(Data(#"{"capitalisation_threshold": "$5"}"#.utf8), file: "p.json")
        }
    }

    @Test func theMappingFileRejectsUnknownFields() {
        #expect(throws: IngestError.self) {
            try HeaderMapping.parse(Data(#"{"assets": {"Kit": "colour"}}"#.utf8), file: "m.json")
        }
        #expect(throws: IngestError.self) { try HeaderMapping.parse(Data(#"{"gadgets": {}}"#.utf8), file: "m.json") }
    }
}
