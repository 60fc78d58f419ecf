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
        // The asset register comes from a spreadsheet (CRLF, byte-order mark); the CMDB export and the
        // software inventory from scripts (LF).
        let devices = try CSVOutput(directory: directory, name: fileNames[0], lineEnding: .crlf, byteOrderMark: true)
        let servers = try CSVOutput(directory: directory, name: fileNames[1], lineEnding: .lf)
        let systems = try CSVOutput(directory: directory, name: fileNames[2], lineEnding: .crlf)
        let components = try CSVOutput(directory: directory, name: fileNames[3], lineEnding: .lf)
        let stocktake = try CSVOutput(directory: directory, name: fileNames[4], lineEnding: .crlf)
        let outputs = [devices, servers, systems, components, stocktake]

        try devices.append(SampleRows.deviceHeader)
        try servers.append(SampleRows.serverHeader)
        try systems.append(SampleRows.systemHeader)
        try components.append(SampleRows.componentHeader)
        try sample.generate { record in
            switch record {
            case .device(let asset): try devices.append(SampleRows.device(asset))
            case .infrastructure(let asset): try servers.append(SampleRows.server(asset))
            case .system(let system): try systems.append(SampleRows.system(system))
            case .component(let component): try components.append(SampleRows.component(component))
            }
        }
        try stocktake.append(DepotStocktake.header)
        for row in DepotStocktake.rows(asOf: sample.asOf) { try stocktake.append(row) }

        for output in outputs { try output.commit() }
        return outputs.map { $0.url.path(percentEncoded: false) }
    }
}
