/// A GLPI agent inventory in GLPI's JSON inventory format (`glpi-inventory --json > host.json`, or the
/// agent's `--local` output): `{"action": "inventory", "deviceid": …, "itemtype": "Computer", "content": {…}}`.
///
/// Read from `content`: `hardware` (name, memory in MB, `vmsystem`, `chassis_type`), `bios` (`ssn` serial,
/// `smanufacturer`, `smodel`, `bversion`, `bdate`), `operatingsystem` (`full_name`, `name`, `version`,
/// `kernel_version`), `cpus` (name, cores), `storages` (`disksize` in MB), `networks` (MAC addresses of
/// physical interfaces) and `softwares` (name, version). Network equipment and printers (`itemtype`
/// `NetworkEquipment`, `Printer`) read from `network_device`. Related format:
/// <https://github.com/glpi-project/inventory_format>.
enum GLPIImporter {
    static func read(_ file: InputFile) throws -> ImportBatch {
        let root = try Importers.parseJSON(file)
        guard let content = root["content"], content.objectMembers != nil else {
            throw IngestError(
                file: file.path, line: root.position.line, column: root.position.column,
                message: "expected a GLPI inventory with a \"content\" object, found none")
        }
        var batch = ImportBatch()
        var record = HostRecord(line: content.position.line)
        let itemtype = root.text("itemtype") ?? "Computer"
        if let device = content["network_device"] {
            record.asset.hostname = device.text("name")
            record.asset.serial = HostIdentity.serial(device.text("serial"))
            record.asset.manufacturer = device.text("manufacturer")
            record.asset.model = device.text("model")
            record.asset.assetClass =
                itemtype == "Printer" ? .printer : (AssetClassGuess.fromCategory(device.text("type")) ?? .network)
            if let mac = HostIdentity.mac(device.text("mac")) { record.macAddresses = [mac] }
            record.install(.firmware, "Firmware", version: device.text("firmware"))
        } else {
            let unnamed = computer(content, into: &record)
            if unnamed > 0 { batch.notes.append("\(unnamed) softwares entries without a name were left out") }
        }
        if record.asset.hostname == nil {
            record.asset.hostname = root.text("deviceid").flatMap(hostFromDeviceId)
        }
        guard record.asset.hostname != nil || record.asset.serial != nil else {
            batch.rejects.append(
                Importers.reject(
                    file, content, field: "hardware.name", "a machine name or serial number is required, found neither")
            )
            return batch
        }
        batch.hosts = [record]
        return batch
    }

    /// Reads a computer's content; returns how many software entries had no name.
    static func computer(_ content: JSONNode, into record: inout HostRecord) -> Int {
        let hardware = content["hardware"]
        let bios = content["bios"]
        let os = content["operatingsystem"]
        var asset = record.asset
        asset.hostname = hardware?.text("name") ?? os?.text("fqdn")
        asset.serial = HostIdentity.serial(bios?.text("ssn"))
        asset.manufacturer = bios?.text("smanufacturer") ?? bios?.text("mmanufacturer")
        asset.model = bios?.text("smodel")
        asset.osName = os?.text("full_name") ?? os?.text("name")
        asset.osVersion = os?.text("version") ?? os?.text("kernel_version")
        asset.memoryBytes = hardware?.text("memory").flatMap { Int64($0) }.flatMap {
            HostQuantities.bytes($0, shift: 20)
        }
        if let system = hardware?.text("vmsystem") {
            asset.isVirtual = HeaderKey.fold(system) != "physical"
        }
        let cpus = content["cpus"]?.arrayValue ?? []
        asset.cpu = cpus.lazy.compactMap { $0.text("name") }.first
        let cores = cpus.compactMap { $0.text("core").flatMap { Int($0) } }
        asset.cores = HostQuantities.total(cores)
        let disks = (content["storages"]?.arrayValue ?? []).compactMap { $0.text("disksize").flatMap { Int64($0) } }
        asset.storageBytes = HostQuantities.total(disks).flatMap { HostQuantities.product($0, 1_000_000) }
        asset.assetClass = AssetClassGuess.fromHost(
            chassis: hardware?.text("chassis_type"), model: asset.model, osName: asset.osName,
            isVirtual: asset.isVirtual)
        record.asset = asset
        for network in content["networks"]?.arrayValue ?? [] where network["virtualdev"]?.boolValue != true {
            if let mac = HostIdentity.mac(network.text("mac")), !record.macAddresses.contains(mac) {
                record.macAddresses.append(mac)
            }
        }
        if let name = asset.osName {
            record.install(.operatingSystem, name, version: os?.text("kernel_version") ?? asset.osVersion)
        }
        if let version = bios?.text("bversion") {
            let date = bios?.text("bdate").map { " (released \($0))" } ?? ""
            record.install(.firmware, "BIOS", version: version + date)
        }
        var unnamed = 0
        for software in content["softwares"]?.arrayValue ?? [] {
            guard let name = software.text("name") else {
                unnamed += 1
                continue
            }
            record.install(PackageKinds.kind(of: name), name, version: software.text("version"))
        }
        return unnamed
    }

    /// The agent's device id is `hostname-yyyy-mm-dd-hh-mm-ss`.
    static func hostFromDeviceId(_ deviceId: String) -> String? {
        let parts = deviceId.split(separator: "-")
        guard parts.count > 6 else { return nil }
        return parts.dropLast(6).joined(separator: "-")
    }
}
