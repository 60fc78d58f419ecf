import Foundation
import Testing

@testable import EstateCore

/// Reads the importer fixtures and runs them through an ingest session, as `estate ingest` does.
enum ImporterFixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func file(_ name: String) throws -> InputFile {
        InputFile(path: name, data: try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    /// The result of ingesting some files in one session.
    struct Result {
        var sink: CollectingSink
        var outcomes: [IngestSession.Outcome]
        var merge: MergeSummary

        func asset(_ id: String) -> Asset? { sink.assets.first { $0.id == id } }
        func asset(hostname: String) -> Asset? {
            sink.assets.first { HostIdentity.hostnameKey($0.hostname) == HostIdentity.hostnameKey(hostname) }
        }
        func components(of id: String) -> [Component] { sink.components.filter { $0.subjectId == id } }
        func products(of id: String) -> [String] { components(of: id).map(\.product) }
        func component(_ product: String, of id: String) -> Component? {
            components(of: id).first { $0.product == product }
        }
    }

    /// Ingests fixtures (or in-memory files) in one session and finishes it.
    static func ingest(_ files: [InputFile], format: InputFormat? = nil) throws -> Result {
        var session = IngestSession()
        var sink = CollectingSink()
        var outcomes: [IngestSession.Outcome] = []
        for file in files { outcomes.append(try session.ingest(file, format: format, into: &sink)) }
        let merge = try session.finish(into: &sink)
        return Result(sink: sink, outcomes: outcomes, merge: merge)
    }

    static func ingest(_ names: String...) throws -> Result { try ingest(names.map(file)) }

    /// A file made in the test, for odd cases the fixtures do not cover.
    static func text(_ path: String, _ contents: String) -> InputFile {
        InputFile(path: path, data: Data(contents.utf8))
    }
}
