/// An SPDX 2.2 or 2.3 SBOM in JSON: the packages the document `DESCRIBES` (by `documentDescribes` or a
/// relationship) are its subject; every other package is an installed product, with its `name`,
/// `versionInfo` (else the version of its `purl` external reference) and a kind from
/// `primaryPackagePurpose` or its name. See ``SBOMSubject`` for what the packages are attached to.
/// Related specification: <https://spdx.github.io/spdx-spec/v2.3/>.
enum SPDXImporter {
    static func read(_ file: InputFile) throws -> ImportBatch {
        let root = try Importers.parseJSON(file)
        guard let spdxVersion = root.text("spdxVersion"), spdxVersion.hasPrefix("SPDX-") else {
            throw IngestError(
                file: file.path, line: root.position.line, column: root.position.column,
                message: "expected an SPDX document with \"spdxVersion\": \"SPDX-2.3\", found none")
        }
        var described = Set((root["documentDescribes"]?.arrayValue ?? []).compactMap(\.stringValue))
        for relationship in root["relationships"]?.arrayValue ?? [] {
            if relationship.text("relationshipType") == "DESCRIBES",
                relationship.text("spdxElementId") == root.text("SPDXID"),
                let target = relationship.text("relatedSpdxElement")
            {
                described.insert(target)
            }
        }
        var batch = ImportBatch()
        var components: [Component] = []
        var subject: JSONNode?
        for node in root["packages"]?.arrayValue ?? [] {
            guard node.objectMembers != nil else {
                batch.rejects.append(
                    Importers.reject(file, node, "packages: expected an object, found \(node.value.kindDescription)"))
                continue
            }
            if let id = node.text("SPDXID"), described.contains(id) {
                if subject == nil { subject = node }
                continue
            }
            let purl = PackageURL(
                (node["externalRefs"]?.arrayValue ?? []).first { $0.text("referenceType") == "purl" }?
                    .text("referenceLocator"))
            guard let name = node.text("name") ?? purl?.name else {
                batch.rejects.append(
                    Importers.reject(file, node, field: "name", "a package name is required, found nothing"))
                continue
            }
            let version = node.text("versionInfo") ?? purl?.version
            components.append(
                Component(
                    subject: .asset, subjectId: "", kind: kind(purpose: node.text("primaryPackagePurpose"), name: name),
                    product: name, version: version))
        }
        let line = subject?.position.line ?? 1
        SBOMSubject.add(
            SBOMSubject.make(
                name: subject?.text("name") ?? root.text("name"), version: subject?.text("versionInfo"),
                vendor: subject.flatMap { supplier($0.text("supplier")) },
                isDevice: subject?.text("primaryPackagePurpose") == "DEVICE", file: file, line: line),
            components: components, file: file, line: line, to: &batch)
        return batch
    }

    /// `Organization: Civica UK Ltd` → `Civica UK Ltd`; `NOASSERTION` → `nil`.
    static func supplier(_ text: String?) -> String? {
        guard let text, text != "NOASSERTION" else { return nil }
        guard let colon = text.firstIndex(of: ":") else { return text }
        return HostIdentity.clean(String(text[text.index(after: colon)...]))
    }

    static func kind(purpose: String?, name: String) -> ComponentKind {
        switch purpose {
        case "OPERATING-SYSTEM", "OPERATING_SYSTEM": .operatingSystem
        case "FIRMWARE": .firmware
        case "FRAMEWORK": PackageKinds.kind(of: name) == .application ? .runtime : PackageKinds.kind(of: name)
        default: PackageKinds.kind(of: name)
        }
    }
}
