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

    public var summary: String {
        switch self {
        case .assetsCSV: "asset register (CSV)"
        case .systemsCSV: "systems register (CSV)"
        case .componentsCSV: "installed components (CSV)"
        case .estateJSON: "Estate JSON"
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
