/// osquery results as JSON, in either of the shapes osquery writes them:
/// - `osqueryi --json "SELECT * FROM system_info"`: an array of rows; several such results may be appended
///   to one file, one per table. They describe one machine: the one in `system_info`, else the file name's.
/// - the osqueryd results log: one JSON object per line with `hostIdentifier`, `name` and either a
///   `snapshot` array, a `columns` row (`action` `added`; `removed` rows are skipped) or `diffResults`.
///   Lines for several machines may share a file.
///
/// Rows are recognised by their columns, whatever the query was called: `system_info` (`hardware_serial`,
/// `cpu_brand`, `physical_memory`), `os_version` (`platform`, `major`), `programs` (`identifying_number`,
/// `install_location`), `deb_packages` (`maintainer`, `section`), `rpm_packages` (`release`, `epoch`) and
/// `interface_details` (`interface`, `mac`). Rows of other tables are counted in a note.
enum OsqueryImporter {
    enum Table: String {
        case systemInfo = "system_info"
        case osVersion = "os_version"
        case programs, debPackages = "deb_packages", rpmPackages = "rpm_packages"
        case interfaces = "interface_details"
        case other
    }

    /// The table a row comes from, by its columns.
    static func table(of row: JSONNode) -> Table {
        let keys = Set(row.objectMembers?.map(\.key) ?? [])
        if keys.contains("hardware_serial") || (keys.contains("cpu_brand") && keys.contains("physical_memory")) {
            return .systemInfo
        }
        if keys.contains("platform") && keys.contains("name") && (keys.contains("major") || keys.contains("codename")) {
            return .osVersion
        }
        if keys.contains("name") && keys.contains("version") {
            if keys.contains("release")
                && (keys.contains("epoch") || keys.contains("package_group") || keys.contains("vendor"))
            {
                return .rpmPackages
            }
            if keys.contains("maintainer") || keys.contains("section") || keys.contains("admindir") {
                return .debPackages
            }
            if keys.contains("identifying_number") || keys.contains("install_location")
                || keys.contains("uninstall_string")
                || keys.contains("publisher")
            {
                return .programs
            }
        }
        if keys.contains("interface") && keys.contains("mac") { return .interfaces }
        return .other
    }

    /// Whether a row looks like one of the tables Estate reads, for format detection.
    static func isKnownRow(_ row: JSONNode) -> Bool { table(of: row) != .other }

    /// A machine being assembled from its rows.
    struct Machine {
        var record: HostRecord
        var identifier: String?
        var hasSystemInfo = false
    }

    static func read(_ file: InputFile) throws -> ImportBatch {
        var batch = ImportBatch()
        var machines: [Machine] = []
        var byIdentifier: [String: Int] = [:]
        var otherRows: [String: Int] = [:]
        func machineIndex(_ identifier: String?, line: Int) -> Int {
            let key = identifier ?? ""
            if let index = byIdentifier[key] { return index }
            byIdentifier[key] = machines.count
            machines.append(Machine(record: HostRecord(line: line), identifier: identifier))
            return machines.count - 1
        }
        for document in try JSONDocument.split(file) {
            var rows: [JSONNode] = []
            var identifier: String?
            var queryName: String?
            if let elements = document.node.arrayValue {
                rows = elements
            } else if document.node["hostIdentifier"] != nil || document.node["snapshot"] != nil
                || document.node["columns"] != nil || document.node["diffResults"] != nil
            {
                identifier = document.node.text("hostIdentifier") ?? document.node["decorations"]?.text("hostname")
                queryName = document.node.text("name")
                if let snapshot = document.node["snapshot"]?.arrayValue { rows += snapshot }
                if let columns = document.node["columns"], document.node.text("action") != "removed" {
                    rows.append(columns)
                }
                if let added = document.node["diffResults"]?["added"]?.arrayValue { rows += added }
            } else {
                batch.rejects.append(
                    document.reject(
                        file, document.node,
                        "expected an array of osquery rows or an osqueryd result with hostIdentifier, found an object with \(document.node.objectMembers?.prefix(4).map(\.key).joined(separator: ", ") ?? "no members")"
                    ))
                continue
            }
            for row in rows {
                guard row.objectMembers != nil else {
                    batch.rejects.append(
                        document.reject(file, row, "expected a row (an object), found \(row.value.kindDescription)"))
                    continue
                }
                let table = table(of: row)
                if table == .other {
                    otherRows[queryName ?? "unrecognised tables", default: 0] += 1
                    continue
                }
                let index = machineIndex(identifier, line: document.line(of: row))
                if let problem = apply(row, table: table, to: &machines[index]) {
                    batch.rejects.append(document.reject(file, row, field: "name", problem))
                }
            }
        }
        for machine in machines {
            var record = machine.record
            if record.asset.hostname == nil {
                record.asset.hostname =
                    machine.identifier.flatMap { isUUID($0) ? nil : $0 } ?? FileNameHost.hostname(fromPath: file.path)
            }
            guard record.asset.hostname != nil || record.asset.serial != nil else {
                throw IngestError(
                    file: file.path,
                    message:
                        "the osquery results name no machine: add SELECT * FROM system_info to the same file, or name the file after the host (ew-web-01.osquery.json)"
                )
            }
            record.asset.assetClass = AssetClassGuess.fromHost(
                model: record.asset.model, osName: record.asset.osName, isVirtual: record.asset.isVirtual)
            batch.hosts.append(record)
        }
        for (name, count) in otherRows.sorted(by: { $0.key < $1.key }) {
            batch.notes.append(
                "\(count) rows of \(name) not read (Estate reads system_info, os_version, programs, deb_packages, rpm_packages, interface_details)"
            )
        }
        return batch
    }

    /// Adds a row's facts to its machine; returns why the row cannot be read, if it cannot.
    static func apply(_ row: JSONNode, table: Table, to machine: inout Machine) -> String? {
        switch table {
        case .systemInfo:
            machine.hasSystemInfo = true
            var asset = machine.record.asset
            asset.hostname = row.text("hostname", "computer_name", "local_hostname")
            asset.manufacturer = row.text("hardware_vendor")
            asset.model = row.text("hardware_model")
            asset.serial =
                HostIdentity.serial(row.text("hardware_serial")) ?? HostIdentity.serial(row.text("board_serial"))
            asset.cpu = row.text("cpu_brand")
            asset.cores = row.text("cpu_physical_cores").flatMap { Int($0) }
            asset.memoryBytes = row.text("physical_memory").flatMap { Int64($0) }
            let hypervisor = Virtualisation.hypervisor(vendor: asset.manufacturer, product: asset.model)
            asset.isVirtual = hypervisor != nil
            asset.hosting = Virtualisation.hosting(ofHypervisor: hypervisor)
            machine.record.asset = asset
        case .osVersion:
            guard let name = row.text("name") else { return "an operating system name is required, found nothing" }
            machine.record.asset.osName = name
            machine.record.asset.osVersion = row.text("version")
            machine.record.install(.operatingSystem, name, version: row.text("version"))
        case .programs, .debPackages, .rpmPackages:
            guard let name = row.text("name") else { return "a package name is required, found nothing" }
            var version = row.text("version")
            if table == .rpmPackages, let release = row.text("release") { version = version.map { "\($0)-\(release)" } }
            machine.record.install(PackageKinds.kind(of: name), name, version: version)
        case .interfaces:
            let interface = row.text("interface") ?? ""
            if interface != "lo", let mac = HostIdentity.mac(row.text("mac")),
                !machine.record.macAddresses.contains(mac)
            {
                machine.record.macAddresses.append(mac)
            }
        case .other:
            break
        }
        return nil
    }

    static func isUUID(_ text: String) -> Bool {
        text.count == 36 && text.filter({ $0 == "-" }).count == 4 && text.allSatisfy { $0.isHexDigit || $0 == "-" }
    }
}
