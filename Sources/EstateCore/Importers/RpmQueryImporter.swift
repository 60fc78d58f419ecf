/// `rpm -qa` output: one package per line as `NAME-VERSION-RELEASE.ARCH` (`bash-5.1.8-6.el9.x86_64`), or
/// from `rpm -qa --qf '%{NAME} %{VERSION}-%{RELEASE} %{ARCH}\n'` as space-separated fields. The GPG keys
/// rpm lists as `gpg-pubkey-…` packages are not software and are left out.
enum RpmQueryImporter {
    static let architectures: Set<String> = [
        "x86_64", "noarch", "i386", "i486", "i586", "i686", "aarch64", "ppc64le", "ppc64", "s390x", "armv7hl",
        "armhfp", "src",
    ]

    /// Name and version (`VERSION-RELEASE`) of one line, or `nil` when it is not a package.
    static func package(_ line: String) -> (name: String, version: String)? {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if fields.count >= 2 {
            guard fields.count <= 3, fields[1].first?.isNumber == true else { return nil }
            return (fields[0], fields[1])
        }
        guard var rest = fields.first else { return nil }
        if let dot = rest.lastIndex(of: "."), architectures.contains(String(rest[rest.index(after: dot)...])) {
            rest = String(rest[..<dot])
        }
        guard let releaseDash = rest.lastIndex(of: "-") else { return nil }
        let head = rest[..<releaseDash]
        guard let versionDash = head.lastIndex(of: "-") else { return nil }
        let name = String(head[..<versionDash])
        let version = String(rest[rest.index(after: versionDash)...])
        guard !name.isEmpty, version.first?.isNumber == true || version.contains(":") else { return nil }
        return (name, version)
    }

    /// Whether a line looks like `rpm -qa` output, for format detection.
    static func looksLikePackage(_ line: String) -> Bool {
        let trimmed = TextLines.trimmed(line)
        guard !trimmed.isEmpty, !trimmed.contains(" "), !trimmed.contains("\t"), !trimmed.contains(":"),
            !trimmed.contains(","), !trimmed.contains(";")
        else {
            return false
        }
        return trimmed.hasPrefix("gpg-pubkey-") || package(trimmed) != nil
    }

    static func read(_ file: InputFile) throws -> ImportBatch {
        guard let hostname = FileNameHost.hostname(fromPath: file.path) else {
            throw FileNameHost.missingHost(file, what: "rpm -qa output")
        }
        var batch = ImportBatch()
        var host = HostRecord(line: 1)
        host.asset.hostname = hostname
        var keys = 0
        for (index, line) in TextLines.split(file.data).enumerated() {
            let trimmed = TextLines.trimmed(line)
            guard !trimmed.isEmpty else { continue }
            if trimmed.hasPrefix("gpg-pubkey-") {
                keys += 1
                continue
            }
            guard let (name, version) = package(trimmed) else {
                batch.rejects.append(
                    Reject(
                        file: file.path, line: index + 1,
                        reason:
                            "expected a package as NAME-VERSION-RELEASE.ARCH (bash-5.1.8-6.el9.x86_64), found \"\(trimmed)\"",
                        raw: line))
                continue
            }
            host.install(PackageKinds.kind(of: name), name, version: version)
        }
        batch.hosts = [host]
        if keys > 0 { batch.notes.append("\(keys) gpg-pubkey entries (signing keys, not software) were left out") }
        return batch
    }
}
