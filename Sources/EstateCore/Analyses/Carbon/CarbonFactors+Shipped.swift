import Foundation

extension CarbonFactors {
    /// The folder inside EstateCore's resource bundle that holds the shipped factor files.
    static let shippedDirectory = "Resources/carbon"

    /// The factors Estate ships, read from EstateCore's resource bundle.
    ///
    /// ```swift
    /// let factors = try CarbonFactors.shipped()
    /// factors.footprints.count   // 1226
    /// ```
    ///
    /// - Throws: ``CarbonFactorsError`` when a bundled file is missing or damaged (a broken build).
    public static func shipped() throws -> CarbonFactors {
        try CarbonFactors(files: shippedFiles())
    }

    /// The shipped factors, or why they could not be read, as a value: for callers that carry on without them
    /// and say why.
    public static func shippedResult() -> Result<CarbonFactors, CarbonFactorsError> {
        do {
            return .success(try shipped())
        } catch let error as CarbonFactorsError {
            return .failure(error)
        } catch {
            return .failure(
                CarbonFactorsError(file: "carbon", expected: "readable factor files", found: String(describing: error)))
        }
    }

    /// The shipped files' bytes, by name without `.csv`.
    static func shippedFiles() throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in fileNames {
            guard let url = Bundle.module.url(forResource: name, withExtension: "csv", subdirectory: shippedDirectory)
            else {
                throw CarbonFactorsError(
                    file: "\(shippedDirectory)/\(name).csv", expected: "the file in EstateCore's resource bundle",
                    found: "no such file")
            }
            files[name] = try Data(contentsOf: url)
        }
        return files
    }
}
