/// Where ingest puts what it reads, record by record, so that a million-row file streams
/// straight into the store without being held in memory.
///
/// The store's snapshot writer is the real sink; tests use ``CollectingSink``.
public protocol IngestSink {
    /// Starts a source; returns the handle later records name.
    mutating func beginSource(path: String, format: String, checksum: String) throws -> Int64
    /// Records the final counts of a source.
    mutating func endSource(_ source: Int64, accepted: Int, rejected: Int) throws
    mutating func add(_ asset: Asset, source: Int64, line: Int) throws
    mutating func add(_ system: System, source: Int64, line: Int) throws
    mutating func add(_ component: Component, source: Int64, line: Int) throws
    mutating func add(_ reject: Reject, source: Int64) throws
}

/// A sink that keeps everything in memory: for tests and small estates.
public struct CollectingSink: IngestSink, Sendable {
    public var sources: [SourceRecord] = []
    public var assets: [Asset] = []
    public var systems: [System] = []
    public var components: [Component] = []
    public var rejects: [Reject] = []

    public init() {}

    public mutating func beginSource(path: String, format: String, checksum: String) throws -> Int64 {
        sources.append(SourceRecord(path: path, format: format, checksum: checksum, accepted: 0, rejected: 0))
        return Int64(sources.count - 1)
    }

    public mutating func endSource(_ source: Int64, accepted: Int, rejected: Int) throws {
        sources[Int(source)].accepted = accepted
        sources[Int(source)].rejected = rejected
    }

    public mutating func add(_ asset: Asset, source: Int64, line: Int) throws { assets.append(asset) }
    public mutating func add(_ system: System, source: Int64, line: Int) throws { systems.append(system) }
    public mutating func add(_ component: Component, source: Int64, line: Int) throws { components.append(component) }
    public mutating func add(_ reject: Reject, source: Int64) throws { rejects.append(reject) }
}
