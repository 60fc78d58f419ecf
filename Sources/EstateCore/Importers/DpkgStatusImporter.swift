import Foundation

/// The dpkg status file (`/var/lib/dpkg/status`): one paragraph per package, `Field: value` lines.
///
/// Only packages whose status ends in `installed` are software on the machine; `config-files`,
/// `half-installed` and the like are counted in a note. The file does not name its host, so the file name
/// must (`ew-web-01.dpkg-status`).
public enum DpkgStatus {
    /// One package paragraph.
    public struct Package: Sendable, Hashable {
        public var name: String
        public var version: String?
        public var architecture: String?
        /// The `Status` field, e.g. `install ok installed`.
        public var status: String?
        /// The line where the paragraph starts.
        public var line: Int

        /// Whether dpkg counts the package as installed (`install ok installed`, `hold ok installed`).
        public var isInstalled: Bool { status?.split(separator: " ").last == "installed" }
    }

    /// A paragraph that has no `Package` field.
    public struct Problem: Sendable, Hashable {
        public var line: Int
        public var text: String
    }

    /// Every paragraph of a status file, in order.
    public static func parse(_ data: Data) -> (packages: [Package], problems: [Problem]) {
        parse(lines: TextLines.split(data))
    }

    /// Every paragraph of the status file's lines, in order.
    ///
    /// - Complexity: O(*n*) in the number of lines.
    public static func parse(lines: [String]) -> (packages: [Package], problems: [Problem]) {
        var packages: [Package] = []
        var problems: [Problem] = []
        var fields: [String: String] = [:]
        var start = 0
        var paragraph: [String] = []
        func flush() {
            defer {
                fields = [:]
                paragraph = []
            }
            guard !paragraph.isEmpty else { return }
            guard let name = fields["package"] else {
                problems.append(Problem(line: start, text: paragraph.joined(separator: "\n")))
                return
            }
            packages.append(
                Package(
                    name: name, version: fields["version"], architecture: fields["architecture"],
                    status: fields["status"], line: start))
        }
        for (index, line) in lines.enumerated() {
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flush()
                continue
            }
            if paragraph.isEmpty { start = index + 1 }
            paragraph.append(line)
            guard let first = line.first, first != " ", first != "\t", let (key, value) = TextLines.keyValue(line)
            else { continue }
            let lower = key.lowercased()
            if lower == "package" || lower == "version" || lower == "architecture" || lower == "status" {
                fields[lower] = value
            }
        }
        flush()
        return (packages, problems)
    }
}

enum DpkgStatusImporter {
    static func read(_ file: InputFile) throws -> ImportBatch {
        guard let hostname = FileNameHost.hostname(fromPath: file.path) else {
            throw FileNameHost.missingHost(file, what: "a dpkg status file")
        }
        let (packages, problems) = DpkgStatus.parse(lines: TextLines.split(file.data))
        var batch = ImportBatch()
        var host = HostRecord(line: 1)
        host.asset.hostname = hostname
        var notInstalled = 0
        for package in packages {
            guard package.isInstalled else {
                notInstalled += 1
                continue
            }
            host.install(PackageKinds.kind(of: package.name), package.name, version: package.version)
        }
        for problem in problems {
            batch.rejects.append(
                Reject(
                    file: file.path, line: problem.line, field: "Package",
                    reason: "expected a package paragraph starting with Package: NAME, found none",
                    raw: problem.text))
        }
        batch.hosts = [host]
        if notInstalled > 0 {
            batch.notes.append("\(notInstalled) packages not installed (removed, config files only) were left out")
        }
        return batch
    }
}
