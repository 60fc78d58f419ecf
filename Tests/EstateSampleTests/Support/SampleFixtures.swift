import EstateCore
import EstateSample
import Foundation

/// Everything one sample estate generates, held in memory (fine at test sizes).
struct CollectedSample {
    var devices: [Asset] = []
    var infrastructure: [Asset] = []
    var systems: [System] = []
    var components: [Component] = []

    init(_ sample: SampleEstate) {
        sample.generate { record in
            switch record {
            case .device(let asset): devices.append(asset)
            case .infrastructure(let asset): infrastructure.append(asset)
            case .system(let system): systems.append(system)
            case .component(let component): components.append(component)
            }
        }
    }

    var assets: [Asset] { infrastructure + devices }

    /// Servers and virtual machines.
    var servers: [Asset] { infrastructure.filter { $0.assetClass == .server || $0.assetClass == .virtualMachine } }

    func share(of assets: [Asset], where predicate: (Asset) -> Bool) -> Double {
        Double(assets.filter(predicate).count) / Double(max(1, assets.count))
    }

    /// The standard sample, generated once for the tests that only read it.
    static let standard = CollectedSample(.standard)
}

/// A fresh folder under the system's temporary directory, removed by `cleanUp()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appending(path: "estate-sample-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func cleanUp() { try? FileManager.default.removeItem(at: url) }

    func data(_ name: String) throws -> Data { try Data(contentsOf: url.appending(path: name)) }
}

/// The records of a CSV file as Estate's reader sees them, header first.
func csvRecords(_ data: Data) -> [[String]] {
    CSVReader(data: data).records().map(\.fields)
}

/// The column of `header` in `records`' first row.
func column(_ header: String, in records: [[String]]) -> Int? {
    records.first?.firstIndex(of: header)
}
