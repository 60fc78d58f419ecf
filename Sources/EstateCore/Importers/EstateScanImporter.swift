/// Estate JSON written by `estate scan` (`"generated_by": "estate scan …"`): assets with their nested
/// components, and each asset's `mac_addresses`. It reads like Estate JSON, but the machines merge with
/// what other sources say about them instead of standing alone.
enum EstateScanImporter {
    /// The `generated_by` prefix that marks a scan.
    static let marker = "estate scan"

    static func read(_ file: InputFile, mapping: HeaderMapping) throws -> ImportBatch {
        let root = try Importers.parseJSON(file)
        guard let assets = root["assets"]?.arrayValue else {
            throw IngestError(
                file: file.path, line: root.position.line, column: root.position.column,
                message: "expected an estate scan document with an \"assets\" array, found none")
        }
        var batch = ImportBatch()
        let json = JSONRecords(file: file, mapping: mapping)
        var unknownKeys = Set<String>()
        for element in assets {
            var macs: [String] = []
            var node = element
            if let members = element.objectMembers {
                macs = (element["mac_addresses"]?.arrayValue ?? []).compactMap { HostIdentity.mac($0.stringValue) }
                node.value = .object(members.filter { $0.key != "mac_addresses" })
            }
            try json.read(node, AssetField.self, path: "assets", unknownKeys: &unknownKeys, build: RecordBuilders.asset)
            {
                result in
                switch result {
                case .record(let asset, let line, _):
                    var record = HostRecord(asset: asset, macAddresses: macs, line: line)
                    record.asset.id = ""
                    var ignored = Set<String>()
                    for nested in element["components"]?.arrayValue ?? [] {
                        try json.read(nested, ComponentField.self, path: "components", unknownKeys: &ignored) {
                            (cells: inout FieldReader<ComponentField>) -> Component? in
                            RecordBuilders.component(&cells, subjectOptional: true)
                        } handle: { item in
                            switch item {
                            case .record(let component, _, _): record.components.append(component)
                            case .reject(let bad): batch.rejects.append(bad)
                            }
                        }
                    }
                    batch.hosts.append(record)
                case .reject(let bad):
                    batch.rejects.append(bad)
                }
            }
        }
        if !unknownKeys.isEmpty { batch.notes.append("keys not read: \(unknownKeys.sorted().joined(separator: ", "))") }
        return batch
    }
}
