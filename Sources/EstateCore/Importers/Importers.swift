import Foundation

/// Reads the files of other tools into host records, SBOM systems and rejects: one importer per format.
enum Importers {
    /// Reads `file` as `format`, which must be host-shaped (see ``InputFormat/isHostShaped``).
    /// - Throws: ``IngestError`` when the file as a whole cannot be read.
    static func read(_ file: InputFile, format: InputFormat, mapping: HeaderMapping) throws -> ImportBatch {
        switch format {
        case .estateScan: try EstateScanImporter.read(file, mapping: mapping)
        case .osqueryJSON: try OsqueryImporter.read(file)
        case .ansibleFacts: try AnsibleFactsImporter.read(file)
        case .cycloneDXJSON: try CycloneDXImporter.read(file)
        case .spdxJSON: try SPDXImporter.read(file)
        case .dpkgStatus: try DpkgStatusImporter.read(file)
        case .dpkgList: try DpkgListImporter.read(file)
        case .rpmQuery: try RpmQueryImporter.read(file)
        case .dmidecode: try DmidecodeImporter.read(file)
        case .systeminfo: try SysteminfoImporter.read(file)
        case .registryUninstall: try RegistryUninstallImporter.read(file)
        case .glpiJSON: try GLPIImporter.read(file)
        case .intuneCSV: try IntuneImporter.profile.readHosts(file)
        case .netBoxCSV: try NetBoxImporter.profile.readHosts(file)
        case .rvToolsCSV: try RVToolsImporter.profile.readHosts(file)
        case .assetsCSV, .systemsCSV, .componentsCSV, .estateJSON, .snipeITCSV:
            throw IngestError(
                file: file.path, message: "\(format.rawValue) is read by the register path, not an importer")
        }
    }

    /// Parses a JSON file, turning a syntax error into an ``IngestError`` with its line and column.
    static func parseJSON(_ file: InputFile) throws -> JSONNode {
        do {
            return try JSONParser().parse(file.data)
        } catch let error as JSONSyntaxError {
            throw IngestError(
                file: file.path, line: error.position.line, column: error.position.column, message: error.reason)
        }
    }

    /// A reject for a JSON value, with its position and raw text.
    static func reject(_ file: InputFile, _ node: JSONNode, field: String? = nil, _ reason: String) -> Reject {
        Reject(
            file: file.path, line: node.position.line, column: node.position.column, field: field, reason: reason,
            raw: file.text(node.byteRange))
    }
}

extension JSONNode {
    /// The member's text (a string, number or Boolean), trimmed; `nil` when missing, empty, null or a placeholder.
    func text(_ key: String) -> String? { HostIdentity.clean(self[key]?.textForField) }

    /// The first of several members that has text.
    func text(_ keys: String...) -> String? {
        for key in keys { if let value = text(key) { return value } }
        return nil
    }
}
