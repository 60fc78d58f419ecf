import EstateSample
import Foundation
import Testing

/// The files in `Inventory/` are the standard sample, so they can never drift from the generator.
@Suite struct CommittedInventoryTests {
    static let inventory = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Inventory")

    @Test func committedInventoryIsAFreshStandardSample() throws {
        let fresh = try TemporaryFolder()
        _ = try SampleWriter.write(.standard, to: fresh.url)
        var stale: [String] = []
        for name in SampleWriter.fileNames {
            let committed = try? Data(contentsOf: Self.inventory.appending(path: name))
            if committed != (try fresh.data(name)) { stale.append(name) }
        }
        if stale.isEmpty {
            fresh.cleanUp()
        } else {
            Issue.record(
                "Inventory/ \(stale.joined(separator: ", ")) differ from the standard sample; the fresh files are in \(fresh.url.path(percentEncoded: false)) (copy them into Inventory/)"
            )
        }
    }
}
