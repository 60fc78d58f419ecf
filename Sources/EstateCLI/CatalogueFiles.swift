import EstateCore
import EstateStore
import Foundation

/// Lifecycle files the council imports: endoflife.date API responses (v0 and v1) and catalogue-shaped CSV.
enum CatalogueFiles {
    static let apiFormat = "endoflife-api"
    static let csvFormat = "catalogue-csv"

    /// The format of a lifecycle file, from its first meaningful byte: JSON is the API, anything else CSV.
    static func format(of data: Data) -> String {
        let first = data.first { !FormatDetector.isSpace($0) && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[") ? apiFormat : csvFormat
    }

    /// Parses a stored import into catalogue entries, dated by the day it was imported.
    static func entries(_ stored: CatalogueImport) throws -> LifecycleEntries {
        let day = LocalDate(iso: String(stored.importedAt.prefix(10))) ?? LifecycleCatalogue.shippedSnapshotDate
        return try entries(
            Data(stored.content.utf8), file: stored.file, format: stored.format, product: stored.product, asOf: day)
    }

    static func entries(_ data: Data, file: String, format: String, product: String?, asOf: LocalDate) throws
        -> LifecycleEntries
    {
        if format == apiFormat {
            var entries = try LifecycleImport.api(data, file: file, product: product, asOf: asOf)
            entries.layer = .imported
            for index in entries.cycles.indices { entries.cycles[index].layer = .imported }
            return entries
        }
        return try LifecycleImport.csv(data, file: file, factsAsOf: asOf, layer: .imported)
    }
}
