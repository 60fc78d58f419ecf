import Foundation

/// The formats `estate ingest` reads. `--format` names one; otherwise Estate detects it from
/// the file's extension and content.
public enum InputFormat: String, CaseIterable, Sendable, Hashable {
    /// An asset register as CSV: one device or machine per row.
    case assetsCSV = "assets-csv"
    /// A systems (application) register as CSV.
    case systemsCSV = "systems-csv"
    /// Installed software as CSV: one product on one asset or system per row.
    case componentsCSV = "components-csv"
    /// Estate's own JSON: `{"assets": [...], "systems": [...], "components": [...]}`.
    case estateJSON = "estate-json"
    /// Estate JSON written by `estate scan`: one host, merged with what other sources say about it.
    case estateScan = "estate-scan"
    /// osquery results as JSON (`osqueryi --json`, or the osqueryd results log).
    case osqueryJSON = "osquery-json"
    /// Ansible facts (`ansible -m setup`, `--tree` output or a fact-cache file).
    case ansibleFacts = "ansible-facts"
    /// A CycloneDX JSON SBOM.
    case cycloneDXJSON = "cyclonedx-json"
    /// An SPDX 2.x JSON SBOM.
    case spdxJSON = "spdx-json"
    /// The dpkg status file (`/var/lib/dpkg/status`).
    case dpkgStatus = "dpkg-status"
    /// `dpkg -l` output.
    case dpkgList = "dpkg-list"
    /// `rpm -qa` output.
    case rpmQuery = "rpm-qa"
    /// `dmidecode` text output.
    case dmidecode
    /// Windows `systeminfo` output, list or CSV, in any of the languages Estate knows.
    case systeminfo
    /// A registry export (`.reg`) of the Windows Uninstall keys.
    case registryUninstall = "registry-uninstall"
    /// A Snipe-IT asset export or custom asset report (CSV).
    case snipeITCSV = "snipeit-csv"
    /// A GLPI agent inventory (JSON).
    case glpiJSON = "glpi-json"
    /// A Microsoft Intune device export (CSV).
    case intuneCSV = "intune-csv"
    /// A NetBox device export (CSV).
    case netBoxCSV = "netbox-csv"
    /// The vInfo tab of an RVTools export (CSV).
    case rvToolsCSV = "rvtools-vinfo-csv"

    public var summary: String {
        switch self {
        case .assetsCSV: "asset register (CSV)"
        case .systemsCSV: "systems register (CSV)"
        case .componentsCSV: "installed components (CSV)"
        case .estateJSON: "Estate JSON"
        case .estateScan: "estate scan (Estate JSON)"
        case .osqueryJSON: "osquery results (JSON)"
        case .ansibleFacts: "Ansible facts (JSON)"
        case .cycloneDXJSON: "CycloneDX SBOM (JSON)"
        case .spdxJSON: "SPDX SBOM (JSON)"
        case .dpkgStatus: "dpkg status file"
        case .dpkgList: "dpkg -l output"
        case .rpmQuery: "rpm -qa output"
        case .dmidecode: "dmidecode output"
        case .systeminfo: "Windows systeminfo output"
        case .registryUninstall: "Windows Uninstall registry export (.reg)"
        case .snipeITCSV: "Snipe-IT asset export (CSV)"
        case .glpiJSON: "GLPI inventory (JSON)"
        case .intuneCSV: "Intune device export (CSV)"
        case .netBoxCSV: "NetBox device export (CSV)"
        case .rvToolsCSV: "RVTools vInfo (CSV)"
        }
    }

    /// Whether the format describes machines as tools saw them, so the same machine from several files merges
    /// into one asset (matched by serial number, then hostname, then MAC address) instead of being a duplicate.
    public var isHostShaped: Bool {
        switch self {
        case .assetsCSV, .systemsCSV, .componentsCSV, .estateJSON, .snipeITCSV: false
        default: true
        }
    }

    public static var expectedList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// A file to ingest: its name as the user gave it, and its bytes.
public struct InputFile: Sendable {
    /// The path as given (or `-` for standard input): messages and the snapshot name it.
    public var path: String
    public var data: Data

    public init(path: String, data: Data) {
        self.path = path
        self.data = data
    }

    /// The text of a byte range of the file (invalid UTF-8 shown as U+FFFD), for keeping a rejected record.
    public func text(_ range: Range<Int>) -> String {
        let start = data.startIndex
        return String(decoding: data[(start + range.lowerBound)..<(start + range.upperBound)], as: UTF8.self)
    }
}

/// Why a whole file could not be read. Row-level faults are rejects, not these.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(message)"
    }
}
