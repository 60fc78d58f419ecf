import EstateCore
import Foundation
import Testing

/// A report made from an inventory full of hostile text: every file lands in the output folder under a name
/// Estate chose, no CSV cell can run as a formula, and no Markdown cell carries markup or control characters.
@Suite struct HardeningReportTests {
    static let hostileAssets = """
        Asset Tag,Hostname,Type,Manufacturer,Model,Location,Department,Purchase Date,Cost (£),Operating System,Last Seen
        A1,=cmd|' /C calc'!A0,laptop,<script>alert(1)</script>,a|b,../../escape,@SUM(1+1)*cmd|' /C calc'!A0,01/04/2019,£900.00,-2+3+cmd|' /C calc'!A0,2026-09-01
        A2,"+44 20 7946 0000",server,"Dell\u{1B}[2J",PowerEdge,/etc/passwd,"..\\\\..\\\\windows",01/04/2015,"£4,000.00",Windows Server 2012 R2,2026-09-01
        A3,PC-3,desktop,"HP\r\n| x | y |",EliteDesk,"=HYPERLINK(""https://example.invalid"")",Finance,01/04/2021,£600.00,Microsoft Windows 10 Enterprise,2026-09-01

        """
    static let hostileSystems = """
        System ID,System Name,Vendor,Department,Criticality,Annual Cost,Runs On
        SYS1,"=HYPERLINK(""https://example.invalid"",""Click"")",+evil,../../escape,Critical,"£10,000",A2

        """

    /// Whether a spreadsheet would run the cell as a formula.
    static func runsAsFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first else { return false }
        guard ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return false }
        return Double(cell) == nil
    }

    @Test func aReportOfHostileInventoryStaysInItsFolderAndIsInert() throws {
        let dir = try EstateBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let inventory = dir.appendingPathComponent("inv")
        try FileManager.default.createDirectory(at: inventory, withIntermediateDirectories: true)
        try Data(Self.hostileAssets.utf8).write(to: inventory.appendingPathComponent("assets.csv"))
        try Data(Self.hostileSystems.utf8).write(to: inventory.appendingPathComponent("systems.csv"))
        try Data(#"{"organisation": "../../<b>Evil</b> | Council"}"#.utf8)
            .write(to: inventory.appendingPathComponent("policy.json"))

        let result = try EstateBinary.run(
            ["report", "--inventory", "inv", "--db", "e.sqlite", "--out", "out", "--as-of", "2026-10-01"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")

        // Every file written is directly in the output folder, under a plain name Estate chose.
        let written = result.stdout.split(separator: "\n").map(String.init)
        #expect(written.count > 5)
        for path in written {
            let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : dir.appendingPathComponent(path))
                .standardizedFileURL
            #expect(url.deletingLastPathComponent().path == dir.appendingPathComponent("out").standardizedFileURL.path)
            let name = url.lastPathComponent
            #expect(
                name.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" || $0 == "." } && !name.hasPrefix("."),
                "\(name)")
        }
        let top = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(top.filter { !$0.hasPrefix("e.sqlite") } == ["inv", "out"])

        for name in try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path) {
            let data = try Data(contentsOf: dir.appendingPathComponent("out").appendingPathComponent(name))
            let text = String(decoding: data, as: UTF8.self)
            #expect(!text.unicodeScalars.contains("\u{1B}"), "\(name) holds an escape character")
            if name.hasSuffix(".csv") {
                for record in CSVReader(data: data).records() {
                    #expect(
                        !record.fields.contains(where: Self.runsAsFormula), "\(name):\(record.line): \(record.fields)")
                }
            } else if name.hasSuffix(".md") {
                #expect(!text.contains("<script>") && !text.contains("<b>"), "\(name) holds inventory HTML")
            }
        }
        let report = try String(contentsOf: dir.appendingPathComponent("out/report.md"), encoding: .utf8)
        #expect(report.hasPrefix("# ICT estate report: ../../&lt;b&gt;Evil&lt;/b&gt; \\| Council\n"))
    }
}
