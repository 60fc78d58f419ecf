/// A CycloneDX SBOM in JSON (specification 1.2 to 1.6): `metadata.component` is what the SBOM describes,
/// `components` (nested ones included) what it contains.
///
/// Each component becomes an installed product: its `name` (from its `purl` when missing), `version`,
/// and a kind from its `type` (`operating-system`, `firmware`, `framework`) or its name (databases, web
/// servers, runtimes). A component without a name or purl is rejected with its line. See ``SBOMSubject``
/// for what the components are attached to. Related specification: <https://cyclonedx.org/specification/overview/>.
enum CycloneDXImporter {
    static func read(_ file: InputFile) throws -> ImportBatch {
        let root = try Importers.parseJSON(file)
        guard root["bomFormat"]?.stringValue == "CycloneDX" else {
            throw IngestError(
                file: file.path, line: root.position.line, column: root.position.column,
                message: "expected a CycloneDX document with \"bomFormat\": \"CycloneDX\", found none")
        }
        var batch = ImportBatch()
        var components: [Component] = []
        var nodes: [JSONNode] = root["components"]?.arrayValue ?? []
        var index = 0
        while index < nodes.count {
            let node = nodes[index]
            index += 1
            nodes += node["components"]?.arrayValue ?? []
            guard node.objectMembers != nil else {
                batch.rejects.append(
                    Importers.reject(file, node, "components: expected an object, found \(node.value.kindDescription)"))
                continue
            }
            let purl = PackageURL(node.text("purl"))
            guard let name = node.text("name") ?? purl?.name else {
                batch.rejects.append(
                    Importers.reject(file, node, field: "name", "a component name is required, found nothing"))
                continue
            }
            let version = node.text("version") ?? purl?.version
            let kind = kind(type: node.text("type"), name: name)
            components.append(Component(subject: .asset, subjectId: "", kind: kind, product: name, version: version))
        }
        let subject = root["metadata"]?["component"]
        let vendor =
            subject?["supplier"]?.text("name") ?? subject?["manufacturer"]?.text("name") ?? subject?.text("publisher")
            ?? subject?.text("author")
        SBOMSubject.add(
            SBOMSubject.make(
                name: subject?.text("name"), version: subject?.text("version"), vendor: vendor,
                isDevice: subject?.text("type") == "device", file: file, line: subject?.position.line ?? 1),
            components: components, file: file, line: subject?.position.line ?? 1, to: &batch)
        return batch
    }

    static func kind(type: String?, name: String) -> ComponentKind {
        switch type {
        case "operating-system": .operatingSystem
        case "firmware": .firmware
        case "framework": PackageKinds.kind(of: name) == .application ? .runtime : PackageKinds.kind(of: name)
        default: PackageKinds.kind(of: name)
        }
    }
}
