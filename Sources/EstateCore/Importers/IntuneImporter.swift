/// Microsoft Intune's device export (Devices → All devices → Export), one device per row.
///
/// Columns read: `Device name`, `Serial number`, `Manufacturer`, `Model`, `OS`, `OS version`, `SkuFamily`,
/// `Last check-in`, `Total storage`, `Category`, `Wi-Fi MAC`, `EthernetMAC` and
/// `SystemManagementBIOSVersion`. Intune has no asset tags: devices are named by serial number, then device
/// name, and merge with what other sources say about them.
enum IntuneImporter {
    static let profile = CSVProfile(
        name: "Intune",
        mapping: HeaderMapping(assets: ["Device name": .hostname, "Serial number": .serial]),
        readFields: [.hostname, .manufacturer, .model, .serial, .osVersion],
        derive: derive)

    @Sendable static func derive(_ row: CSVRow) -> CSVProfile.Derived {
        var derived = CSVProfile.Derived()
        let serial = HostIdentity.serial(row.value("Serial number"))
        let name = row.value("Device name")
        derived.fields[.id] = serial ?? name ?? ""
        derived.fields[.serial] = serial ?? ""
        let os = operatingSystem(row.value("OS"), version: row.value("OS version"), sku: row.value("SkuFamily"))
        derived.fields[.osName] = os ?? ""
        derived.fields[.lastSeen] = ExportDates.usTimestampToISO(row.value("Last check-in", "Last check in")) ?? ""
        derived.fields[.storage] = storage(row.value("Total storage")) ?? ""
        let model = row.value("Model")
        let assetClass =
            AssetClassGuess.fromCategory(row.value("Category"))
            ?? AssetClassGuess.fromHost(model: model, osName: os ?? row.value("OS"))
        derived.fields[.assetClass] = assetClass.rawValue
        derived.fields[.isVirtual] =
            Virtualisation.hypervisor(vendor: row.value("Manufacturer"), product: model) != nil ? "true" : ""
        derived.macAddresses = [row.value("Wi-Fi MAC"), row.value("EthernetMAC", "Ethernet MAC")].compactMap {
            HostIdentity.mac($0)
        }
        if let bios = row.value("SystemManagementBIOSVersion") { derived.components.append((.firmware, "BIOS", bios)) }
        if let os { derived.components.append((.operatingSystem, os, row.value("OS version"))) }
        return derived
    }

    /// Intune writes `Windows` and a build number; Estate names the release as Windows does, so the lifecycle
    /// analysis can tell Windows 10 from 11: build 22000 and later is Windows 11.
    static func operatingSystem(_ os: String?, version: String?, sku: String?) -> String? {
        guard let os else { return nil }
        guard HeaderKey.fold(os) == "windows", let version else { return os }
        let parts = version.split(separator: ".").compactMap { Int($0) }
        guard parts.count >= 3, parts[0] == 10 else { return os }
        let release = parts[2] >= 22000 ? "Windows 11" : "Windows 10"
        return sku.map { "\(release) \($0)" } ?? release
    }

    /// `Total storage` as a size: with a unit as written; a bare number is megabytes when 4096 or more
    /// (Intune's export), else gigabytes (the admin centre's display).
    static func storage(_ text: String?) -> String? {
        guard let text else { return nil }
        guard text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return text }
        let whole = Int(text.prefix { $0.isNumber }) ?? 0
        return whole >= 4096 ? "\(text) MB" : "\(text) GB"
    }
}
