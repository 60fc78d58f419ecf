import Foundation

/// `dmidecode` text output (run as root; `dmidecode -t system,bios,chassis,processor,memory` is enough).
///
/// Read: System Information (manufacturer, product name, serial number), BIOS Information (vendor, version,
/// release date), Chassis Information (type, which gives the class), Processor Information (version, core
/// counts of populated sockets) and Memory Device sizes. The output has no hostname: the asset is named by
/// serial number, and by the file name's host when it has one (`ew-sql-01.dmidecode.txt`).
enum DmidecodeImporter {
    /// One structure: its DMI type, the line of its `Handle` header, and its `Key: value` lines.
    struct Structure {
        var type: Int
        var line: Int
        var values: [String: String] = [:]
    }

    static func structures(_ lines: [String]) -> [Structure] {
        var result: [Structure] = []
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("Handle "), let typeRange = line.range(of: "DMI type ") {
                let digits = line[typeRange.upperBound...].prefix { $0.isNumber }
                result.append(Structure(type: Int(digits) ?? -1, line: index + 1))
                continue
            }
            guard !result.isEmpty, line.hasPrefix("\t"), !line.hasPrefix("\t\t"),
                let (key, value) = TextLines.keyValue(line)
            else { continue }
            if result[result.count - 1].values[key] == nil { result[result.count - 1].values[key] = value }
        }
        return result
    }

    static func read(_ file: InputFile) throws -> ImportBatch {
        let all = structures(TextLines.split(file.data))
        guard !all.isEmpty else {
            throw IngestError(
                file: file.path, line: 1,
                message: "expected dmidecode output with Handle ... DMI type lines, found none")
        }
        var host = HostRecord(line: all.first(where: { $0.type == 1 })?.line ?? 1)
        let system = all.first { $0.type == 1 }?.values ?? [:]
        let bios = all.first { $0.type == 0 }?.values ?? [:]
        let chassis = all.first { $0.type == 3 }?.values ?? [:]
        host.asset.hostname = FileNameHost.hostname(fromPath: file.path)
        host.asset.manufacturer = HostIdentity.clean(system["Manufacturer"])
        host.asset.model = HostIdentity.clean(system["Product Name"])
        host.asset.serial =
            HostIdentity.serial(system["Serial Number"]) ?? HostIdentity.serial(chassis["Serial Number"])
        let hypervisor = Virtualisation.hypervisor(vendor: host.asset.manufacturer, product: host.asset.model)
        host.asset.isVirtual = hypervisor != nil
        host.asset.hosting = Virtualisation.hosting(ofHypervisor: hypervisor)
        let processors = all.filter { $0.type == 4 && ($0.values["Status"]?.hasPrefix("Populated") ?? true) }
        host.asset.cpu = processors.lazy.compactMap { HostIdentity.clean($0.values["Version"]) }.first
        let cores = processors.compactMap { $0.values["Core Count"].flatMap { Int($0) } }
        host.asset.cores = HostQuantities.total(cores)
        let sizes = all.filter { $0.type == 17 }.compactMap { $0.values["Size"].flatMap(moduleBytes) }
        host.asset.memoryBytes = HostQuantities.total(sizes)
        host.asset.assetClass = AssetClassGuess.fromHost(
            chassis: chassis["Type"], model: host.asset.model, isVirtual: host.asset.isVirtual)
        if let version = HostIdentity.clean(bios["Version"]) {
            let date = ExportDates.smbiosDate(bios["Release Date"]).map { " (released \($0))" } ?? ""
            let vendor = HostIdentity.clean(bios["Vendor"]).map { " (\($0))" } ?? ""
            host.install(.firmware, "BIOS\(vendor)", version: version + date)
        }
        var batch = ImportBatch()
        guard host.asset.serial != nil || host.asset.hostname != nil else {
            batch.rejects.append(
                Reject(
                    file: file.path, line: host.line, field: "Serial Number",
                    reason:
                        "the machine has no serial number (System Information) and the file name names no host; name the file HOST.dmidecode.txt",
                    raw: system.map { "\($0.key): \($0.value)" }.sorted().joined(separator: "\n")))
            return batch
        }
        batch.hosts = [host]
        return batch
    }

    /// `16 GB`, `16384 MB`, `8192 kB` as bytes; `nil` for `No Module Installed` and the like.
    static func moduleBytes(_ text: String) -> Int64? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let number = Int64(parts[0]) else { return nil }
        switch parts[1].uppercased() {
        case "KB": return HostQuantities.bytes(number, shift: 10)
        case "MB": return HostQuantities.bytes(number, shift: 20)
        case "GB": return HostQuantities.bytes(number, shift: 30)
        case "TB": return HostQuantities.bytes(number, shift: 40)
        default: return nil
        }
    }
}
