import EstateCore
import Foundation

/// What every fuzz target does with one input: hand it to Estate's readers the way `estate ingest` would,
/// keeping nothing. A thrown error is a correct answer to bad input; only a crash, a hang or a leak fails.
enum FuzzHarness {
    /// The input as `Data`.
    static func data(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Data {
        Data(bytes: bytes, count: count)
    }

    /// The input as text, invalid UTF-8 repaired, as a CSV cell would reach the value parsers.
    static func text(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Ingests the input once per format into an in-memory sink, then merges what host-shaped formats held back.
    static func ingest(_ data: Data, path: String, as formats: [InputFormat]) {
        for format in formats {
            var session = IngestSession()
            var sink = CollectingSink()
            let file = InputFile(path: path, data: data)
            _ = try? session.ingest(file, format: format, into: &sink)
            _ = try? session.finish(into: &sink)
        }
    }
}
