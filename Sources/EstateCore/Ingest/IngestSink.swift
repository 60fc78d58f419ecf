/// Where ingest puts what it reads, record by record, so that a million-row file streams
/// straight into the store without being held in memory.
///
/// The store's snapshot writer is the real sink; tests use ``CollectingSink``.
public protocol IngestSink {
    /// Starts a source; returns the handle later records name.
    mutating func beginSource(path: String, format: String, checksum: String) throws -> Int64
    /// Records the checksum of a source's file, when it was worked out while the records were read (the
    /// source began with an empty one).
    mutating func setChecksum(_ checksum: String, ofSource source: Int64) throws
    /// Records the final counts of a source.
    mutating func endSource(_ source: Int64, accepted: Int, rejected: Int) throws
    mutating func add(_ asset: Asset, source: Int64, line: Int) throws
    /// Stores an asset unless this write already holds one with the same id from one of its own sources; then
    /// stores nothing and returns where that one was read from, so ingest can reject the repeat naming the first.
    ///
    /// The store answers from its unique index, so ingest keeps no table of the ids it has seen and its memory
    /// does not grow with the number of rows. When appending, an asset from an earlier write is replaced as
    /// `add(_:source:line:)` replaces it.
    mutating func addUnlessDuplicate(_ asset: Asset, source: Int64, line: Int) throws -> RecordOrigin?
    /// Where the asset with `id` that this write added was read from; `nil` when this write added none.
    mutating func origin(ofAsset id: String) throws -> RecordOrigin?
    mutating func add(_ system: System, source: Int64, line: Int) throws
    mutating func add(_ component: Component, source: Int64, line: Int) throws
    mutating func add(_ reject: Reject, source: Int64) throws
    /// The asset this write already holds with `id`, so that what other sources say about the same machine
    /// can be merged into it; `nil` when there is none.
    mutating func storedAsset(id: String) throws -> Asset?
    /// Replaces the fields of an asset this write already holds with its merged fields; the asset keeps the
    /// source and line it was first read from.
    mutating func replaceAsset(_ asset: Asset) throws
    /// Records what one source said about one field of an asset that several sources describe.
    mutating func add(_ provenance: Provenance, source: Int64) throws
    /// Calls `body` with the identity of each asset this write has added so far, so that a merge can find
    /// the register entry of a scanned machine. Only called when a merge needs it.
    mutating func forEachAssetIdentity(_ body: (AssetIdentity) throws -> Void) throws
}

/// What a merge needs to find a machine among the assets already written: its id, serial number and
/// hostname, and where it came from.
public struct AssetIdentity: Sendable, Hashable {
    public var id: String
    public var serial: String?
    public var hostname: String?
    /// The handle of the source it was read from.
    public var source: Int64
    /// Its line in that source.
    public var line: Int

    public init(id: String, serial: String?, hostname: String?, source: Int64, line: Int) {
        self.id = id
        self.serial = serial
        self.hostname = hostname
        self.source = source
        self.line = line
    }
}

/// Where a record was read from: the handle of its source and its line there.
public struct RecordOrigin: Sendable, Hashable {
    /// The handle ``IngestSink/beginSource(path:format:checksum:)`` returned for its source.
    public var source: Int64
    /// Its 1-based line in that source.
    public var line: Int

    public init(source: Int64, line: Int) {
        self.source = source
        self.line = line
    }
}

/// A sink that keeps everything in memory: for tests and small estates.
public struct CollectingSink: IngestSink, Sendable {
    public var sources: [SourceRecord] = []
    public var assets: [Asset] = []
    public var systems: [System] = []
    public var components: [Component] = []
    public var rejects: [Reject] = []
    public var provenance: [Provenance] = []
    /// The source and line of each asset, in `assets` order.
    private var origins: [RecordOrigin] = []
    /// The position in `assets` of each id.
    private var positions: [String: Int] = [:]

    public init() {}

    public mutating func beginSource(path: String, format: String, checksum: String) throws -> Int64 {
        sources.append(SourceRecord(path: path, format: format, checksum: checksum, accepted: 0, rejected: 0))
        return Int64(sources.count - 1)
    }

    public mutating func setChecksum(_ checksum: String, ofSource source: Int64) throws {
        sources[Int(source)].checksum = checksum
    }

    public mutating func endSource(_ source: Int64, accepted: Int, rejected: Int) throws {
        sources[Int(source)].accepted = accepted
        sources[Int(source)].rejected = rejected
    }

    public mutating func add(_ asset: Asset, source: Int64, line: Int) throws {
        if positions[asset.id] == nil { positions[asset.id] = assets.count }
        assets.append(asset)
        origins.append(RecordOrigin(source: source, line: line))
    }

    public mutating func addUnlessDuplicate(_ asset: Asset, source: Int64, line: Int) throws -> RecordOrigin? {
        if let first = try origin(ofAsset: asset.id) { return first }
        try add(asset, source: source, line: line)
        return nil
    }

    public mutating func origin(ofAsset id: String) throws -> RecordOrigin? { positions[id].map { origins[$0] } }
    public mutating func add(_ system: System, source: Int64, line: Int) throws { systems.append(system) }
    public mutating func add(_ component: Component, source: Int64, line: Int) throws { components.append(component) }
    public mutating func add(_ reject: Reject, source: Int64) throws { rejects.append(reject) }

    public mutating func storedAsset(id: String) throws -> Asset? { positions[id].map { assets[$0] } }

    public mutating func replaceAsset(_ asset: Asset) throws {
        guard let index = positions[asset.id] else { return }
        assets[index] = asset
    }

    public mutating func add(_ provenance: Provenance, source: Int64) throws { self.provenance.append(provenance) }

    public mutating func forEachAssetIdentity(_ body: (AssetIdentity) throws -> Void) throws {
        for (asset, origin) in zip(assets, origins) {
            try body(
                AssetIdentity(
                    id: asset.id, serial: asset.serial, hostname: asset.hostname, source: origin.source,
                    line: origin.line))
        }
    }
}
