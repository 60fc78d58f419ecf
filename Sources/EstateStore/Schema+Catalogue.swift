extension Schema {
    /// Lifecycle data the council imported (`estate catalogue import`), kept as given and applied in order.
    static let catalogueImports = Migration(
        name: "002_catalogue_imports",
        sql: """
            CREATE TABLE catalogue_imports (
                id INTEGER PRIMARY KEY,
                imported_at TEXT NOT NULL,
                file TEXT NOT NULL,
                format TEXT NOT NULL,
                product TEXT,
                checksum TEXT NOT NULL,
                content TEXT NOT NULL
            );
            """)
}
