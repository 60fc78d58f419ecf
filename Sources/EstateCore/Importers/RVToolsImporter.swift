/// The vInfo tab of an RVTools export (`RVTools -c ExportvInfo2csv`, or vInfo saved as CSV from the
/// workbook): one virtual machine per row.
///
/// Columns read: `VM`, `DNS Name`, `Powerstate`, `Template`, `SRM Placeholder`, `CPUs`, `Memory` (MiB),
/// `Total disk capacity MiB` (else `Provisioned MiB`, or `Provisioned MB` in RVTools 3), the two
/// `OS according to …` columns, `Host`, `Datacenter` and `SMBIOS UUID`. Templates and SRM placeholders are
/// not machines and are counted in a note. The BIOS UUID gives the serial number the guest itself reports
/// (`VMware-42 0c …`), so a VM matches its osquery or `estate scan` result.
enum RVToolsImporter {
    static let profile = CSVProfile(
        name: "RVTools",
        mapping: HeaderMapping(assets: ["VM": .hostname, "Host": .hostId, "Datacenter": .site]),
        readFields: [.cores],
        derive: derive)

    @Sendable static func derive(_ row: CSVRow) -> CSVProfile.Derived {
        var derived = CSVProfile.Derived()
        if isTrue(row.value("Template")) { derived.skipReason = "VM templates (not machines)" }
        if isTrue(row.value("SRM Placeholder")) { derived.skipReason = "SRM placeholders (not machines)" }
        let serial = HostIdentity.vmwareSerial(fromUUID: row.value("SMBIOS UUID"))
        let hostname = row.value("DNS Name") ?? row.value("VM")
        derived.fields[.id] = serial ?? hostname ?? ""
        derived.fields[.hostname] = hostname ?? ""
        derived.fields[.serial] = serial ?? ""
        derived.fields[.assetClass] = AssetClass.virtualMachine.rawValue
        derived.fields[.isVirtual] = "true"
        derived.fields[.manufacturer] = "VMware, Inc."
        derived.fields[.hostId] = row.value("Host") ?? ""
        derived.fields[.site] = row.value("Datacenter") ?? ""
        let os = row.value("OS according to the VMware Tools", "OS according to the configuration file")
        derived.fields[.osName] = os ?? ""
        derived.fields[.memory] = mebibytes(row.value("Memory"))
        derived.fields[.storage] = mebibytes(
            row.value("Total disk capacity MiB", "Provisioned MiB", "Provisioned MB"))
        derived.fields[.status] = HeaderKey.fold(row.value("Powerstate") ?? "") == "poweredon" ? "active" : ""
        if let os { derived.components.append((.operatingSystem, os, nil)) }
        return derived
    }

    /// RVTools writes sizes as bare numbers of MiB (`4,096` in some locales).
    static func mebibytes(_ text: String?) -> String {
        guard let text else { return "" }
        return text.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." }) ? "\(text) MiB" : text
    }

    static func isTrue(_ text: String?) -> Bool {
        ["true", "yes", "1"].contains(HeaderKey.fold(text ?? ""))
    }
}
