import Foundation

/// Works out what a file holds from its extension and its first bytes.
public struct FormatDetector: Sendable {
    public var mapping: HeaderMapping

    public init(mapping: HeaderMapping = .none) { self.mapping = mapping }

    /// The format of `file`.
    /// - Throws: ``IngestError`` naming what was found and what Estate expected, when it cannot tell.
    public func format(of file: InputFile) throws -> InputFormat {
        if let tool = Self.toolFormat(of: file) { return tool }
        let first = file.data.prefix(4096).first(where: { !Self.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF })
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || file.path.lowercased().hasSuffix(".json") {
            return .estateJSON
        }
        var header: [String] = []
        CSVReader(data: file.data.prefix(1 << 16)).forEachRecord { record in
            if header.isEmpty { header = record.fields }
        }
        guard let format = csvFormat(header: header) else {
            let shown = Self.excerpt(of: header, headerBytes: Self.firstLineLength(of: file.data))
            throw IngestError(
                file: file.path, line: 1,
                message:
                    "cannot tell what this file holds from its header (\(shown)); expected an asset register (Asset Tag, Type, ...), a systems register (System Name, Vendor, ...), a components list (Asset ID, Product, Version) or an export of a tool Estate reads; use --format \(InputFormat.expectedList) or a mapping file"
            )
        }
        return format
    }

    /// The CSV kind whose fields the header matches best: components need a product, systems a name
    /// and a system-only column, assets a class or an id.
    public func csvFormat(header: [String]) -> InputFormat? {
        if let tool = Self.toolCSVFormat(header: header) { return tool }
        let assets = FieldLayout<AssetField>(headers: header, mapping: mapping)
        let systems = FieldLayout<SystemField>(headers: header, mapping: mapping)
        let components = FieldLayout<ComponentField>(headers: header, mapping: mapping)
        let systemOnly: [SystemField] = [
            .capability, .customisation, .criticality, .client, .assetIds, .annualCost, .contractEnd, .users,
        ]
        var candidates: [(InputFormat, Int)] = []
        if assets.column(of: .assetClass) != nil || (assets.column(of: .id) != nil && assets.matchedCount >= 3) {
            candidates.append((.assetsCSV, assets.matchedCount))
        }
        if systems.column(of: .name) != nil, systemOnly.contains(where: { systems.column(of: $0) != nil }) {
            candidates.append((.systemsCSV, systems.matchedCount))
        }
        if components.column(of: .product) != nil,
            [.assetId, .systemId, .subjectId].contains(where: { components.column(of: $0) != nil })
        {
            candidates.append((.componentsCSV, components.matchedCount + 1))
        }
        return candidates.max(by: { $0.1 < $1.1 })?.0
    }

    /// The most of a header an error message quotes, in characters.
    static let excerptLimit = 200

    /// The first eight column names for an error message, at most ``excerptLimit`` characters: a longer header
    /// is cut with `…` and its length given, so a damaged file of one 4 MB line does not flood the terminal.
    static func excerpt(of header: [String], headerBytes: Int) -> String {
        let shown = header.prefix(8).joined(separator: ", ")
        if shown.isEmpty { return "empty" }
        guard shown.count > excerptLimit || header.count > 8 else { return shown }
        let cut = shown.count > excerptLimit ? String(shown.prefix(excerptLimit)) : shown
        return "\(cut)…, a header line of \(headerBytes) bytes in all"
    }

    /// The length in bytes of the first line, up to its line end (or the end of the data).
    static func firstLineLength(of data: Data) -> Int {
        data.withUnsafeBytes { raw in
            raw.firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? raw.count
        }
    }

    public static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}
