import EstateCore
import Foundation

/// A lifecycle file the council imported, as it was given.
public struct CatalogueImport: Sendable, Hashable {
    public var id: Int64
    public var importedAt: String
    /// The path as given to `estate catalogue import`.
    public var file: String
    /// `endoflife-api` or `catalogue-csv`.
    public var format: String
    /// The product slug for API v0 files, which do not name their product.
    public var product: String?
    public var checksum: String
    public var content: String

    public init(
        id: Int64, importedAt: String, file: String, format: String, product: String?, checksum: String, content: String
    ) {
        self.id = id
        self.importedAt = importedAt
        self.file = file
        self.format = format
        self.product = product
        self.checksum = checksum
        self.content = content
    }
}

extension EstateDatabase {
    /// Keeps an imported lifecycle file; later runs lay it over the shipped catalogue.
    @discardableResult
    public func addCatalogueImport(file: String, format: String, product: String?, content: String) throws
        -> CatalogueImport
    {
        let checksum = SHA256.hex(of: Data(content.utf8))
        let importedAt = Date.now.formatted(Date.ISO8601FormatStyle())
        return try connection.immediateTransaction {
            let insert = try connection.prepare(
                "INSERT INTO catalogue_imports (imported_at, file, format, product, checksum, content) VALUES (?, ?, ?, ?, ?, ?)"
            )
            try insert.bind(importedAt, at: 1)
            try insert.bind(file, at: 2)
            try insert.bind(format, at: 3)
            try insert.bind(product, at: 4)
            try insert.bind(checksum, at: 5)
            try insert.bind(content, at: 6)
            try insert.run()
            return CatalogueImport(
                id: connection.lastInsertRowID, importedAt: importedAt, file: file, format: format, product: product,
                checksum: checksum, content: content)
        }
    }

    /// Every imported lifecycle file, oldest first.
    public func catalogueImports() throws -> [CatalogueImport] {
        let select = try connection.prepare(
            "SELECT id, imported_at, file, format, product, checksum, content FROM catalogue_imports ORDER BY id")
        var imports: [CatalogueImport] = []
        try select.forEachRow {
            imports.append(
                CatalogueImport(
                    id: select.int64(at: 0), importedAt: select.string(at: 1), file: select.string(at: 2),
                    format: select.string(at: 3), product: select.optionalString(at: 4), checksum: select.string(at: 5),
                    content: select.string(at: 6)))
        }
        return imports
    }
}
