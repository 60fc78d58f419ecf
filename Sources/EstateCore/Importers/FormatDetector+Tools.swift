import Foundation

extension FormatDetector {
    /// The other tool whose output `file` holds, told from its content (not its name); `nil` for Estate's own
    /// formats and anything unknown. Reads at most the first 64 KiB.
    ///
    /// - Complexity: O(*k*) in the bytes read.
    public static func toolFormat(of file: InputFile) -> InputFormat? {
        let head = String(decoding: file.data.prefix(65_536), as: UTF8.self)
        let lines = head.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline).prefix(200).map(
            String.init)
        guard let firstLine = lines.first.map({ TextLines.trimmed($0) }) else { return nil }
        if firstLine.hasPrefix("{") || firstLine.hasPrefix("[") || lines.contains(where: isAnsibleAdHocLine) {
            return jsonFormat(head, lines: lines)
        }
        if firstLine.hasPrefix("Windows Registry Editor") || firstLine.hasPrefix("REGEDIT4") {
            return .registryUninstall
        }
        if firstLine.hasPrefix("Package: "), lines.contains(where: { $0.hasPrefix("Status: ") }) { return .dpkgStatus }
        if head.contains("Desired=Unknown/Install") || lines.contains(where: { $0.hasPrefix("||/ Name") }) {
            return .dpkgList
        }
        if head.contains("DMI type "), lines.contains(where: { $0.hasPrefix("Handle 0x") }) { return .dmidecode }
        let captions = lines.prefix(80).compactMap { line -> String? in
            guard let first = line.first, first != " ", first != "\t" else { return nil }
            return TextLines.keyValue(line)?.key
        }
        if SysteminfoImporter.knownCaptionCount(captions) >= 3 { return .systeminfo }
        if firstLine.hasPrefix("\"") {
            var header: [String] = []
            CSVReader(data: Data(firstLine.utf8)).forEachRecord { if header.isEmpty { header = $0.fields } }
            if SysteminfoImporter.knownCaptionCount(header) >= 3 { return .systeminfo }
        }
        let sample = lines.prefix(30).filter { !TextLines.trimmed($0).isEmpty }
        let packageLines = sample.filter(RpmQueryImporter.looksLikePackage).count
        if packageLines >= 3, packageLines * 3 >= sample.count * 2 { return .rpmQuery }
        return nil
    }

    /// JSON written by another tool, told by the keys it uses.
    static func jsonFormat(_ head: String, lines: [String]) -> InputFormat? {
        func hasKey(_ key: String) -> Bool { head.contains("\"\(key)\":") || head.contains("\"\(key)\" :") }
        if hasKey("bomFormat"), head.contains("CycloneDX") { return .cycloneDXJSON }
        if hasKey("spdxVersion") { return .spdxJSON }
        if hasKey("generated_by"), head.contains("\"\(EstateScanImporter.marker)") { return .estateScan }
        if hasKey("ansible_facts") || head.contains("\"ansible_") || lines.contains(where: isAnsibleAdHocLine) {
            return .ansibleFacts
        }
        if hasKey("content"), hasKey("deviceid") || hasKey("itemtype") { return .glpiJSON }
        let osqueryKeys = [
            "hostIdentifier", "hardware_serial", "cpu_brand", "platform_like", "identifying_number",
            "install_location", "uninstall_string", "package_group", "admindir",
        ]
        if osqueryKeys.contains(where: hasKey) { return .osqueryJSON }
        return nil
    }

    /// `web01 | SUCCESS => {`, as Ansible prints ad-hoc results.
    static func isAnsibleAdHocLine(_ line: String) -> Bool {
        line.contains(" | ") && (line.hasSuffix("=> {") || line.contains("=> {"))
    }

    /// The tool export a CSV header belongs to, by the columns only that tool writes.
    public static func toolCSVFormat(header: [String]) -> InputFormat? {
        let keys = Set(header.map(HeaderKey.fold))
        func count(_ names: [String]) -> Int { names.count(where: { keys.contains($0) }) }
        if keys.contains("vm"), keys.contains("powerstate"),
            count(["osaccordingtotheconfigurationfile", "osaccordingtothevmwaretools", "visdkserver", "dnsname"]) > 0
        {
            return .rvToolsCSV
        }
        if keys.contains("devicename"),
            count([
                "deviceid", "easactivationid", "azureaddeviceid", "primaryuserupn", "primaryuseremailaddress",
                "compliance", "managedby", "ownership", "jointype", "skufamily", "intuneregistered", "wifimac",
                "lastcheckin", "enrollmentdate",
            ]) >= 2
        {
            return .intuneCSV
        }
        if keys.contains("name"), count(["role", "devicerole"]) > 0, count(["type", "devicetype"]) > 0,
            count(["rack", "primaryip", "ipaddress", "primaryipv4", "platform", "tenant", "position", "rackface"]) >= 2
        {
            return .netBoxCSV
        }
        if keys.contains("assettag"),
            count([
                "modelno", "checkedout", "checkedoutto", "defaultlocation", "eol", "lastaudit", "nextauditdate",
                "ordernumber", "assetname", "expectedcheckindate", "employeeno", "company",
            ]) >= 2
        {
            return .snipeITCSV
        }
        return nil
    }
}
