import Foundation
import Testing

@testable import EstateCore

@Suite struct FormatDetectionTests {
    static let expected: [(String, InputFormat)] = [
        ("ew-web-01.osquery.json", .osqueryJSON), ("osqueryd.results.log", .osqueryJSON), ("ew-db-01", .ansibleFacts),
        ("ansible-adhoc.txt", .ansibleFacts), ("ew-fs-01.cache.json", .ansibleFacts),
        ("civica-cx.cdx.json", .cycloneDXJSON), ("ew-web-01.spdx.json", .spdxJSON),
        ("nec-housing.spdx.json", .spdxJSON),
        ("ew-web-01.dpkg-status", .dpkgStatus), ("ew-app-02.dpkg-l.txt", .dpkgList),
        ("ew-legacy-04.dpkg-l.txt", .dpkgList), ("ew-db-01.rpm-qa.txt", .rpmQuery),
        ("ew-db-01.dmidecode.txt", .dmidecode), ("dmidecode.txt", .dmidecode),
        ("EW-LT-0042.systeminfo.txt", .systeminfo), ("EW-LT-0107.systeminfo.txt", .systeminfo),
        ("systeminfo-fr.csv", .systeminfo), ("EW-XP-0001.systeminfo.txt", .systeminfo),
        ("EW-LT-0042.uninstall.reg", .registryUninstall), ("EW-XP-0001.uninstall.reg", .registryUninstall),
        ("snipeit-custom-report.csv", .snipeITCSV), ("glpi-ew-dt-0200.json", .glpiJSON),
        ("glpi-switch.json", .glpiJSON), ("intune-devices.csv", .intuneCSV), ("netbox-devices.csv", .netBoxCSV),
        ("RVTools_tabvInfo.csv", .rvToolsCSV), ("rvtools3-vinfo.csv", .rvToolsCSV),
    ]

    @Test(arguments: expected)
    func eachToolOutputIsRecognisedFromItsContent(name: String, format: InputFormat) throws {
        let fixture = try ImporterFixtures.file(name)
        let renamed = InputFile(path: "upload.dat", data: TextEncoding.utf8(fixture.data).data)
        #expect(try FormatDetector().format(of: renamed) == format, "\(name)")
    }

    @Test func estateRegistersAndEstateJSONAreNotMistakenForToolOutput() throws {
        let register = ImporterFixtures.text(
            "assets.csv",
            "Asset Tag,Hostname,Type,Serial No.\nLT-0001,EW-LT-0001,Laptop,5CG1\nLT-0002,EW-LT-0002,Laptop,5CG2\nLT-0003,,Laptop,5CG3\n"
        )
        #expect(try FormatDetector().format(of: register) == .assetsCSV)
        let packagesLikeRegister = ImporterFixtures.text(
            "ids.csv", "Asset Tag,Type\nLT-0001,laptop\nLT-0002,laptop\nLT-0003,laptop\n")
        #expect(try FormatDetector().format(of: packagesLikeRegister) == .assetsCSV)
        let json = ImporterFixtures.text(
            "estate.json", #"{"estate_format": 1, "assets": [{"id": "A1", "class": "server"}]}"#)
        #expect(try FormatDetector().format(of: json) == .estateJSON)
    }

    @Test func aScanIsRecognisedByItsGenerator() throws {
        let scan = ImporterFixtures.text(
            "-",
            #"{"estate_format": 1, "generated_by": "estate scan 0.1.0", "assets": [{"id": "h", "class": "server"}]}"#)
        #expect(try FormatDetector().format(of: scan) == .estateScan)
    }
}
