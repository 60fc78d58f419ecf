import Foundation
import Testing

@testable import EstateCore

/// The report section: its files, its CSV columns, and Markdown that explains the moves in plain words.
@Suite struct CloudSectionTests {
    typealias F = CloudFixtures

    var section: CloudSection {
        let estate = F.estate(
            [F.host(bought: "2022-08-01"), F.vm("V1", os: F.old), F.vm("V2"), F.server("W1")],
            [
                F.system("FIN", on: ["V1"], criticality: .critical, contractEnd: "2027-03-31"),
                F.system("HR", on: ["V2"], saas: true, integrations: ["FIN"], contractEnd: "2028-03-31"),
                F.system("WB", on: ["W1"], capability: "weighbridge"),
                F.system("MAIL", hosting: .saas, capability: "email"),
            ])
        return CloudSection(readiness: F.analyse(estate))
    }

    @Test func theSectionWritesItsThreeTables() {
        #expect(section.id == "cloud")
        #expect(section.tables.map(\.name) == ["cloud", "cloud-azure-migrate", "cloud-refresh-avoided"])
    }

    @Test func theReadinessCSVStartsWithTheAgreedColumns() throws {
        let table = try #require(section.tables.first?.table)
        #expect(
            Array(table.columns.prefix(8).map(\.key)) == [
                "subject_kind", "id", "name", "readiness", "disposition", "blockers", "effort", "wave",
            ])
        let csv = CSVWriter().render(table)
        #expect(csv.contains("\r\nsystem,FIN,System FIN,ready-with-conditions,replatform,"))
        #expect(csv.contains("\r\nserver,H1,h1,"))
    }

    @Test func theMarkdownExplainsEachMoveInASentence() {
        let md = section.markdown()
        #expect(md.hasPrefix("## Cloud readiness and migration\n"))
        #expect(
            md.contains(
                "- Of 4 systems, 1 already run in the cloud. For the other 3: 1 retain, 1 repurchase and 1 replatform.")
        )
        #expect(
            md.contains(
                "1. **System FIN** (critical): Move it onto cloud servers, upgrading its platform on the way (replatform) because it runs on Microsoft Windows Server 2008 R2 Standard on v1 (unsupported)."
            ))
        #expect(md.contains("### Migration waves"))
        #expect(md.contains("| 1 | System FIN (FIN, replatform) |"))
        #expect(md.contains("| 2 | System HR (HR, repurchase) |"))
        #expect(md.contains("### Server refreshes avoided"))
        #expect(md.contains("| 2027/28 | 1 | £22,000 | £0 | £22,000 |"))
        #expect(md.contains("`blocked` → retain"))
        #expect(md.contains("```mermaid\npie showData"))
    }
}
