import Foundation

/// What an SBOM describes, in Estate's terms: a machine (a `device`, or a scan of a file system such as
/// `syft dir:/`, named by the file) or an application (a system, matched to the systems register by name).
enum SBOMSubject {
    case host(HostRecord)
    case system(System)

    /// The subject of an SBOM whose root is `name` (nil when the SBOM names none).
    ///
    /// - A device, or a root named like a path (`/`, `C:\`, `./rootfs`), is the machine the file is named
    ///   after (`ew-web-01.cdx.json`); without such a name, the machine the path names.
    /// - Anything else is a system with that name: `Civica CX 22.1` from `supplier` Civica.
    static func make(
        name: String?, version: String?, vendor: String?, isDevice: Bool, file: InputFile, line: Int
    ) -> SBOMSubject {
        let isPath =
            name.map { $0.hasPrefix("/") || $0.hasPrefix(".") || $0.contains(":\\") || $0.contains("/") } ?? true
        if isDevice || isPath {
            var record = HostRecord(line: line)
            record.asset.hostname = (isDevice ? name : nil) ?? FileNameHost.hostname(fromPath: file.path) ?? name
            return .host(record)
        }
        let systemName = name ?? stem(file.path)
        return .system(System(id: systemName, name: systemName, vendor: vendor, product: systemName, version: version))
    }

    /// The file name without its extensions: `civica-cx.cdx.json` → `civica-cx`.
    static func stem(_ path: String) -> String {
        let name = (path as NSString).lastPathComponent
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    /// Puts the components on the subject and into the batch.
    static func add(
        _ subject: SBOMSubject, components: [Component], file: InputFile, line: Int, to batch: inout ImportBatch
    ) {
        switch subject {
        case .host(var record):
            record.components = components
            if record.asset.hostname == nil {
                batch.rejects.append(
                    Reject(
                        file: file.path, line: line,
                        reason: "the SBOM describes a file system but names no machine; name the file HOST.cdx.json",
                        raw: ""))
                return
            }
            batch.hosts.append(record)
        case .system(let system):
            batch.systems.append(SystemSoftware(system: system, components: components, line: line))
        }
    }
}

/// A package URL (`pkg:deb/ubuntu/openssl@3.0.2-0ubuntu1.15?arch=amd64`), read for its name and version
/// when an SBOM entry lacks them. Related specification: <https://github.com/package-url/purl-spec>.
struct PackageURL: Sendable, Hashable {
    var type: String
    var name: String
    var version: String?

    init?(_ text: String?) {
        guard let text, text.hasPrefix("pkg:") else { return nil }
        var rest = Substring(text.dropFirst(4))
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<cut] }
        var version: String?
        if let at = rest.lastIndex(of: "@") {
            version = String(rest[rest.index(after: at)...]).removingPercentEncoding
            rest = rest[..<at]
        }
        let parts = rest.split(separator: "/")
        guard parts.count >= 2, let last = parts.last else { return nil }
        type = String(parts[0]).lowercased()
        name = String(last).removingPercentEncoding ?? String(last)
        self.version = version
    }
}
