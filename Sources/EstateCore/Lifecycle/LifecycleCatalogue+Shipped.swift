import Foundation

extension LifecycleCatalogue {
    /// The folder that holds the shipped catalogue's files inside EstateCore's resource bundle.
    static let shippedDirectory = "Resources/lifecycle"

    /// The catalogue Estate ships: the endoflife.date snapshot of ``shippedSnapshotDate``, as the shipped layer,
    /// read from EstateCore's resource bundle (`Resources/lifecycle/`).
    ///
    /// ```swift
    /// let catalogue = try LifecycleCatalogue.shipped()
    /// catalogue.products.count   // 132
    /// ```
    ///
    /// - Throws: ``LifecycleError`` when a bundled file is missing or damaged (a broken build).
    /// - Complexity: O(*n*) in the size of the files (about 520 KB); read it once and share it.
    public static func shipped() throws -> LifecycleCatalogue {
        func file(_ name: String) throws -> Data {
            guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: shippedDirectory)
            else {
                throw LifecycleError(
                    file: "\(shippedDirectory)/\(name).csv", location: .file,
                    expected: "the file in EstateCore's resource bundle", found: "no such file")
            }
            return try Data(contentsOf: url)
        }
        return try LifecycleCatalogue(
            csv: file("lifecycle"), products: file("products"), cycleDetails: file("cycle-details"))
    }
}
