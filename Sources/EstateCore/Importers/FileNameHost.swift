import Foundation

/// The host a file names, for outputs that do not say which machine they came from (the dpkg status file,
/// `rpm -qa`, a registry export, `dmidecode`).
///
/// The rule: the part of the file name before its first dot, unless that is a generic word. So
/// `ew-web-01.dpkg-status`, `ew-web-01.rpm-qa.txt` and `EW-LT-0042.uninstall.reg` name their hosts, while
/// `status`, `dmidecode.txt` and `uninstall.reg` name none.
enum FileNameHost {
    static let genericWords: Set<String> = [
        "status", "dpkg", "dpkgstatus", "dpkgl", "dpkglist", "rpm", "rpmqa", "packages", "package", "installed",
        "uninstall", "software", "programs", "dmidecode", "dmi", "systeminfo", "sbom", "bom", "inventory", "export",
        "output", "facts", "setup", "osquery", "results", "scan", "estate", "host", "this", "localhost", "stdin",
    ]

    /// The hostname `path` names, or `nil`.
    static func hostname(fromPath path: String) -> String? {
        guard path != "-" else { return nil }
        let name = (path as NSString).lastPathComponent
        guard let stem = name.split(separator: ".", omittingEmptySubsequences: false).first.map(String.init),
            !stem.isEmpty, !genericWords.contains(HeaderKey.fold(stem))
        else { return nil }
        return stem
    }

    /// The error for a package list whose host cannot be told.
    static func missingHost(_ file: InputFile, what: String) -> IngestError {
        IngestError(
            file: file.path,
            message:
                "\(what) does not say which machine it lists; name the file after the host (for example ew-web-01.\(exampleSuffix(what))) so Estate can attach the software to it"
        )
    }

    private static func exampleSuffix(_ what: String) -> String {
        if what.contains("rpm") { return "rpm-qa.txt" }
        if what.contains("registry") { return "uninstall.reg" }
        if what.contains("dpkg -l") { return "dpkg-l.txt" }
        return "dpkg-status"
    }
}
