import EstateCore
import Foundation

/// Writes a sample estate as the files a council would hand over: an asset register, a CMDB export of
/// servers and network kit, an application register, a software inventory, and a hand-typed depot
/// stocktake with deliberate mistakes.
///
/// Records stream from ``SampleEstate/generate(_:)`` straight into buffered files, so memory stays flat
/// at any size. Each file is written beside its final name and renamed into place at the end, so an
/// interrupted run never leaves a half-written inventory.
///
/// ```swift
/// let written = try SampleWriter.write(.standard, to: URL(filePath: "Inventory"))
/// // [".../Inventory/assets.csv", ".../Inventory/servers.csv", ...]
/// ```
///
/// At the standard size it also writes Eastwick a year earlier into `history/<date>/` and the second
/// organisation, Westbrook, with its policy, into `organisations/westbrook/`.
public struct SampleWriter {
    /// The files ``write(_:to:)`` makes, in order.
    public static let fileNames = [
        "assets.csv", "servers.csv", "systems.csv", "components.csv", DepotStocktake.fileName,
    ]
    /// The hand-typed depot stocktake, whose deliberate mistakes show the reject path in a report.
    public static let stocktakeFileName = DepotStocktake.fileName
    /// How many of the stocktake's 15 rows are wrong on purpose (each in a different way).
    public static let stocktakeBadRowCount = DepotStocktake.badRowCount

    /// Writes `sample` into `directory` (created if need be), replacing any files of the same names.
    ///
    /// - Parameters:
    ///   - sample: The estate to write.
    ///   - directory: The folder to write into, usually `Inventory/`.
    /// - Returns: The paths of the files written, in the order of ``fileNames``.
    /// - Throws: A file-system error when the folder or a file cannot be created or written; files already
    ///   in place are then left as they were.
    /// - Complexity: O(n) in the number of records, in constant memory beyond one cluster.
    public static func write(_ sample: SampleEstate, to directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let registers = try RegisterFiles(directory: directory)
        let stocktake = try CSVOutput(directory: directory, name: fileNames[4], lineEnding: .crlf)
        try sample.generate { record in try registers.append(record) }
        try stocktake.append(DepotStocktake.header)
        for row in DepotStocktake.rows(asOf: sample.asOf) { try stocktake.append(row) }
        let outputs = registers.all + [stocktake]
        for output in outputs { try output.commit() }
        var written = outputs.map { $0.url.path(percentEncoded: false) }

        if sample.hasHistoryAndSecondOrganisation {
            written += try write(sample.yearEarlier(), to: directory.appending(path: historyFolder(for: sample)))
            let second = directory.appending(path: secondOrganisationFolder)
            written += try write(sample.secondOrganisation(), to: second)
            written.append(try writePolicy(organisation: SampleEstate.secondOrganisationName, to: second))
        }
        return written
    }

    /// The files a snapshot's `write(_:to:)` makes, in order: the same names, headers and formats as the
    /// first four of ``fileNames``.
    public static let snapshotFileNames = Array(fileNames.prefix(4))

    /// Where, under the inventory folder, the year-earlier snapshot of `sample` goes: `history/2025-10-01`
    /// for the standard sample.
    public static func historyFolder(for sample: SampleEstate) -> String { "history/\(sample.earlierAsOf)" }

    /// Where, under the inventory folder, the second organisation goes, policy and all.
    public static let secondOrganisationFolder = "organisations/\(SampleEstate.secondOrganisationFolder)"

    /// The name of the policy file written for the second organisation.
    public static let policyFileName = "policy.json"

    /// Writes one snapshot's four files into `directory` (created if need be), replacing any of the same names.
    ///
    /// - Returns: The paths of the files written, in the order of ``snapshotFileNames``.
    /// - Throws: A file-system error when the folder or a file cannot be created or written.
    /// - Complexity: O(n) in the number of records.
    public static func write(_ snapshot: SampleSnapshot, to directory: URL) throws -> [String] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let registers = try RegisterFiles(directory: directory)
        for asset in snapshot.infrastructure { try registers.append(.infrastructure(asset)) }
        for system in snapshot.systems { try registers.append(.system(system)) }
        for component in snapshot.components { try registers.append(.component(component)) }
        for asset in snapshot.devices { try registers.append(.device(asset)) }
        for output in registers.all { try output.commit() }
        return registers.all.map { $0.url.path(percentEncoded: false) }
    }

    /// Writes a policy like the committed `Inventory/policy.json`, naming `organisation`; returns its path.
    static func writePolicy(organisation: String, to directory: URL) throws -> String {
        let url = directory.appending(path: policyFileName)
        try Data(policyText(organisation: organisation).utf8).write(to: url, options: .atomic)
        return url.path(percentEncoded: false)
    }

    /// The committed policy's settings, for another council.
    static func policyText(organisation: String) -> String {
        """
        {
          "_comment": "The council's choices behind every figure in the report. Remove a setting to use Estate's default; the report lists which values were defaults.",
          "organisation": "\(organisation)",
          "financial_year_start_month": 4,
          "refresh_cycle_years": {
            "desktop": 5, "laptop": 4, "workstation": 5, "thin-client": 7, "monitor": 7,
            "tablet": 3, "smartphone": 3, "server": 5, "storage": 5, "network": 7, "firewall": 5, "printer": 5
          },
          "old_device_years": 7,
          "stale_after_days": 90,
          "capitalisation_threshold": "£10,000",
          "discount_rate": "3.5%",
          "net_zero_year": 2030
        }

        """
    }
}

/// The four register files of one inventory folder, headers written, each in the format of the tool it
/// comes from: the asset register from a spreadsheet (CRLF, byte-order mark), the CMDB export and the
/// software inventory from scripts (LF), the application register by hand (CRLF).
private struct RegisterFiles {
    let devices: CSVOutput
    let servers: CSVOutput
    let systems: CSVOutput
    let components: CSVOutput

    init(directory: URL) throws {
        let names = SampleWriter.fileNames
        devices = try CSVOutput(directory: directory, name: names[0], lineEnding: .crlf, byteOrderMark: true)
        servers = try CSVOutput(directory: directory, name: names[1], lineEnding: .lf)
        systems = try CSVOutput(directory: directory, name: names[2], lineEnding: .crlf)
        components = try CSVOutput(directory: directory, name: names[3], lineEnding: .lf)
        try devices.append(SampleRows.deviceHeader)
        try servers.append(SampleRows.serverHeader)
        try systems.append(SampleRows.systemHeader)
        try components.append(SampleRows.componentHeader)
    }

    var all: [CSVOutput] { [devices, servers, systems, components] }

    func append(_ record: SampleRecord) throws {
        switch record {
        case .device(let asset): try devices.append(SampleRows.device(asset))
        case .infrastructure(let asset): try servers.append(SampleRows.server(asset))
        case .system(let system): try systems.append(SampleRows.system(system))
        case .component(let component): try components.append(SampleRows.component(component))
        }
    }
}
