/// `dpkg -l` output: a header, a `+++-===` rule, then one package per line:
/// `ii  openssl  3.0.2-0ubuntu1.15  amd64  Secure Sockets Layer toolkit`. Very old dpkg has no
/// Architecture column. Only lines whose state is installed (`ii`, `hi`) are read; removed packages that
/// kept their configuration (`rc`) are counted in a note.
enum DpkgListImporter {
    static func read(_ file: InputFile) throws -> ImportBatch {
        guard let hostname = FileNameHost.hostname(fromPath: file.path) else {
            throw FileNameHost.missingHost(file, what: "dpkg -l output")
        }
        var batch = ImportBatch()
        var host = HostRecord(line: 1)
        host.asset.hostname = hostname
        var hasArchitecture = true
        var inBody = false
        var notInstalled = 0
        for (index, line) in TextLines.split(file.data).enumerated() {
            if line.hasPrefix("||/") {
                hasArchitecture = line.contains("Arch")
                continue
            }
            if line.hasPrefix("+++") {
                inBody = true
                continue
            }
            guard inBody, !TextLines.trimmed(line).isEmpty else { continue }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard parts.count >= 3, parts[0].count >= 2 else {
                batch.rejects.append(
                    Reject(
                        file: file.path, line: index + 1,
                        reason:
                            "expected STATE NAME VERSION\(hasArchitecture ? " ARCHITECTURE" : "") DESCRIPTION, found \(parts.count) fields",
                        raw: line))
                continue
            }
            let state = Array(parts[0])
            guard state[1] == "i" else {
                notInstalled += 1
                continue
            }
            let name = parts[1].split(separator: ":").first.map(String.init) ?? parts[1]
            host.install(PackageKinds.kind(of: name), name, version: parts[2])
        }
        guard inBody else {
            throw IngestError(
                file: file.path, message: "expected dpkg -l output with a +++-=== line before the packages, found none")
        }
        batch.hosts = [host]
        if notInstalled > 0 { batch.notes.append("\(notInstalled) packages not installed (rc, un, pn) were left out") }
        return batch
    }
}
