import Foundation

/// Ansible facts from the `setup` module, in the shapes Ansible leaves them:
/// - a `--tree` file (`ansible all -m setup --tree facts/`): `{"ansible_facts": {…}, "changed": false}`;
/// - a fact-cache file (`fact_caching = jsonfile`): the facts themselves, keys starting `ansible_`;
/// - ad-hoc output saved from the terminal: `web01 | SUCCESS => { "ansible_facts": … }`, one per host;
///   hosts that failed or were unreachable become rejects with Ansible's message.
///
/// Read: hostname, distribution and version, kernel, system vendor, product name and serial, BIOS version
/// and date, virtualisation role and type, processor, cores (cores × sockets), memory, disks (from
/// `ansible_devices`, loop and optical devices left out), MAC addresses, and `packages` when
/// `package_facts` ran too. Linux and Windows facts both work.
enum AnsibleFactsImporter {
    static func read(_ file: InputFile) throws -> ImportBatch {
        var batch = ImportBatch()
        for document in try JSONDocument.split(file) {
            let status = statusWord(document.prefix)
            let hostFromPrefix = document.prefix.split(separator: "|").first.map { TextLines.trimmed($0) }
            if let status, status.hasPrefix("FAILED") || status.hasPrefix("UNREACHABLE") {
                let message = document.node.text("msg") ?? "no message"
                batch.rejects.append(
                    document.reject(
                        file, document.node,
                        "Ansible could not gather facts from \(hostFromPrefix ?? "the host") (\(status)): \(message)"))
                continue
            }
            guard let facts = facts(in: document.node) else {
                batch.rejects.append(
                    document.reject(
                        file, document.node,
                        "expected Ansible facts (ansible_facts, or keys starting ansible_), found none"))
                continue
            }
            var record = host(from: Facts(node: facts), line: document.line(of: document.node))
            if record.asset.hostname == nil {
                record.asset.hostname = hostFromPrefix ?? FileNameHost.hostname(fromPath: file.path)
            }
            batch.hosts.append(record)
        }
        return batch
    }

    /// `SUCCESS` from `web01 | SUCCESS =>`.
    static func statusWord(_ prefix: String) -> String? {
        let parts = prefix.split(separator: "|")
        guard parts.count >= 2 else { return nil }
        return TextLines.trimmed(parts[1]).split(separator: " ").first.map(String.init)
    }

    /// The facts object of a document.
    static func facts(in node: JSONNode) -> JSONNode? {
        if let facts = node["ansible_facts"], facts.objectMembers != nil { return facts }
        let keys = node.objectMembers?.map(\.key) ?? []
        return keys.contains(where: { $0.hasPrefix("ansible_") }) ? node : nil
    }

    /// Facts read with or without their `ansible_` prefix (the cache keeps it, newer `ansible_facts` drop it).
    struct Facts {
        let node: JSONNode
        func node(_ name: String) -> JSONNode? { node["ansible_" + name] ?? node[name] }
        func text(_ name: String) -> String? { HostIdentity.clean(node(name)?.textForField) }
        func integer(_ name: String) -> Int? { text(name).flatMap { Int($0) } }
    }

    static func host(from facts: Facts, line: Int) -> HostRecord {
        var record = HostRecord(line: line)
        var asset = record.asset
        asset.hostname = facts.text("hostname") ?? facts.text("nodename") ?? facts.text("fqdn")
        let isWindows = facts.text("os_family") == "Windows"
        asset.osName = isWindows ? (facts.text("os_name") ?? facts.text("distribution")) : facts.text("distribution")
        asset.osVersion = facts.text("distribution_version")
        asset.manufacturer = facts.text("system_vendor")
        asset.model = facts.text("product_name")
        asset.serial = HostIdentity.serial(facts.text("product_serial"))
        let role = facts.text("virtualization_role")
        let type = facts.text("virtualization_type")
        let hypervisor = Virtualisation.hypervisor(vendor: asset.manufacturer, product: asset.model)
        if role == "guest" || hypervisor != nil {
            asset.isVirtual = true
        } else if role == "host" || (role == nil && type == nil && asset.model != nil) {
            asset.isVirtual = false
        }
        asset.hosting = Virtualisation.hosting(ofHypervisor: hypervisor)
        asset.cpu = processorName(facts.node("processor"))
        if let cores = facts.integer("processor_cores") {
            let (total, overflow) = cores.multipliedReportingOverflow(by: max(1, facts.integer("processor_count") ?? 1))
            asset.cores = overflow || total < 0 ? nil : total
        }
        asset.memoryBytes = facts.integer("memtotal_mb").flatMap { HostQuantities.bytes(Int64($0), shift: 20) }
        asset.storageBytes = diskBytes(facts.node("devices"))
        asset.assetClass = AssetClassGuess.fromHost(
            model: asset.model, osName: asset.osName, isVirtual: asset.isVirtual)
        record.asset = asset
        record.macAddresses = macAddresses(facts)
        if let osName = asset.osName {
            let product = isWindows ? osName : [osName, asset.osVersion].compactMap { $0 }.joined(separator: " ")
            record.install(.operatingSystem, product, version: asset.osVersion)
        }
        if !isWindows, let kernel = facts.text("kernel") { record.install(.other, "Linux kernel", version: kernel) }
        if let bios = facts.text("bios_version") {
            let date = ExportDates.smbiosDate(facts.text("bios_date")).map { " (released \($0))" } ?? ""
            record.install(.firmware, "BIOS", version: bios + date)
        }
        for package in packages(facts.node("packages")) {
            record.install(PackageKinds.kind(of: package.name), package.name, version: package.version)
        }
        return record
    }

    /// The model name in `ansible_processor`: Linux lists `["0", "GenuineIntel", "Intel(R) Xeon(R) …", …]`,
    /// Windows `["GenuineIntel", "Intel(R) Xeon(R) …"]`.
    static func processorName(_ node: JSONNode?) -> String? {
        for element in node?.arrayValue ?? [] {
            guard let text = HostIdentity.clean(element.textForField) else { continue }
            if Int(text) != nil || ["GenuineIntel", "AuthenticAMD", "CentaurHauls"].contains(text) { continue }
            return text
        }
        return nil
    }

    /// Total bytes of the machine's disks: sectors × sector size of each device, leaving out loop, RAM,
    /// optical, device-mapper and removable devices.
    static func diskBytes(_ node: JSONNode?) -> Int64? {
        guard let devices = node?.objectMembers else { return nil }
        var total: Int64 = 0
        var found = false
        for device in devices {
            let name = device.key
            if ["loop", "ram", "sr", "dm-", "zram", "fd", "md"].contains(where: { name.hasPrefix($0) }) { continue }
            if device.value.text("removable") == "1" { continue }
            guard let sectors = device.value.text("sectors").flatMap({ Int64($0) }) else { continue }
            let size = device.value.text("sectorsize").flatMap { Int64($0) } ?? 512
            guard let bytes = HostQuantities.product(sectors, size), let sum = HostQuantities.total([total, bytes])
            else { return nil }
            total = sum
            found = true
        }
        return found ? total : nil
    }

    /// MAC addresses of the machine's interfaces: Linux names them in `ansible_interfaces` with an
    /// `ansible_<name>` fact each; Windows lists objects with `macaddress`.
    static func macAddresses(_ facts: Facts) -> [String] {
        var macs: [String] = []
        func add(_ text: String?) {
            if let mac = HostIdentity.mac(text), !macs.contains(mac) { macs.append(mac) }
        }
        add(facts.node("default_ipv4")?.text("macaddress"))
        for element in facts.node("interfaces")?.arrayValue ?? [] {
            if let name = element.stringValue {
                if name == "lo"
                    || ["docker", "veth", "virbr", "br-", "cni", "flannel"].contains(where: { name.hasPrefix($0) })
                {
                    continue
                }
                add(facts.node(name.replacingOccurrences(of: "-", with: "_"))?.text("macaddress"))
            } else {
                add(element.text("macaddress"))
            }
        }
        return macs
    }

    /// `package_facts` output: `{"bash": [{"name": "bash", "version": "5.1.8", "release": "6.el9"}]}`.
    static func packages(_ node: JSONNode?) -> [(name: String, version: String?)] {
        var result: [(String, String?)] = []
        for member in node?.objectMembers ?? [] {
            for entry in member.value.arrayValue ?? [] {
                let name = entry.text("name") ?? member.key
                var version = entry.text("version")
                if let release = entry.text("release") { version = version.map { "\($0)-\(release)" } }
                result.append((name, version))
            }
        }
        return result
    }
}
