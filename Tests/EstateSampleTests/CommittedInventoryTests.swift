import EstateSample
import Foundation
import Testing

/// The files in `Inventory/` are the standard sample, so they can never drift from the generator.
@Suite struct CommittedInventoryTests {
    static let inventory = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Inventory")

    /// Every file the standard sample writes, relative to `Inventory/`: the estate, its year-earlier
    /// snapshot and the second organisation.
    static let standardFiles: [String] =
        SampleWriter.fileNames
        + SampleWriter.snapshotFileNames.map { "\(SampleWriter.historyFolder(for: .standard))/\($0)" }
        + (SampleWriter.snapshotFileNames + [SampleWriter.policyFileName]).map {
            "\(SampleWriter.secondOrganisationFolder)/\($0)"
        }

    @Test func committedInventoryIsAFreshStandardSample() throws {
        let fresh = try TemporaryFolder()
        let written = try SampleWriter.write(.standard, to: fresh.url)
        #expect(written == Self.standardFiles.map { fresh.url.appending(path: $0).path(percentEncoded: false) })
        var stale: [String] = []
        for name in Self.standardFiles {
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
