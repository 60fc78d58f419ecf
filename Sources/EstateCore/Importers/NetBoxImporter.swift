/// NetBox's device list export (Devices → Export → CSV), with the headers NetBox shows (`Name`, `Role`,
/// `Type`, `Serial number`, `Asset tag`) or the field names older versions and the API use (`device_role`,
/// `device_type`, `serial`, `asset_tag`).
///
/// A device with an asset tag is named by it; one without is named by serial number, then name. Status words
/// become Estate's: `Active` is active, `Planned`, `Staged` and `Inventory` are in stock, `Failed` is in repair,
/// `Decommissioning` is retired; `Offline` says nothing about ownership and is left empty.
enum NetBoxImporter {
    static let profile = CSVProfile(
        name: "NetBox",
        mapping: HeaderMapping(assets: ["Name": .hostname]),
        readFields: [.hostname, .manufacturer],
        derive: derive)

    @Sendable static func derive(_ row: CSVRow) -> CSVProfile.Derived {
        var derived = CSVProfile.Derived()
        let tag = row.value("Asset tag", "asset_tag")
        let serial = HostIdentity.serial(row.value("Serial number", "Serial", "serial"))
        let name = row.value("Name", "name")
        derived.explicitId = tag
        derived.fields[.id] = tag ?? serial ?? name ?? ""
        derived.fields[.serial] = serial ?? ""
        let model = row.value("Type", "Device Type", "device_type", "Model")
        derived.fields[.model] = model ?? ""
        derived.fields[.manufacturer] = row.value("Manufacturer", "manufacturer") ?? ""
        derived.fields[.site] = row.value("Site", "site") ?? ""
        derived.fields[.department] = row.value("Tenant", "tenant") ?? ""
        derived.fields[.osName] = row.value("Platform", "platform") ?? ""
        derived.fields[.status] = status(row.value("Status", "status")) ?? ""
        let role = row.value("Role", "Device Role", "device_role", "role")
        let assetClass =
            AssetClassGuess.fromCategory(role) ?? AssetClassGuess.fromModel(model ?? "") ?? AssetClass.other
        derived.fields[.assetClass] = assetClass.rawValue
        derived.fields[.isVirtual] = "false"
        return derived
    }

    static func status(_ text: String?) -> String? {
        switch HeaderKey.fold(text ?? "") {
        case "active": AssetStatus.active.rawValue
        case "planned", "staged", "inventory": AssetStatus.inStock.rawValue
        case "failed": AssetStatus.inRepair.rawValue
        case "decommissioning": AssetStatus.retired.rawValue
        default: nil
        }
    }
}
