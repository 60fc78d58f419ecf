import EstateCore

/// Passes records through to the store while keeping the rejects the user is shown.
struct RejectTap<Base: IngestSink>: IngestSink {
    var base: Base
    /// How many rejects to keep for display (all when nil).
    var keepLimit: Int?
    private(set) var kept: [Reject] = []
    private(set) var rejectCount = 0

    init(base: Base, keepLimit: Int?) {
        self.base = base
        self.keepLimit = keepLimit
    }

    mutating func beginSource(path: String, format: String, checksum: String) throws -> Int64 {
        try base.beginSource(path: path, format: format, checksum: checksum)
    }

    mutating func endSource(_ source: Int64, accepted: Int, rejected: Int) throws {
        try base.endSource(source, accepted: accepted, rejected: rejected)
    }

    mutating func setChecksum(_ checksum: String, ofSource source: Int64) throws {
        try base.setChecksum(checksum, ofSource: source)
    }

    mutating func add(_ asset: Asset, source: Int64, line: Int) throws {
        try base.add(asset, source: source, line: line)
    }
    mutating func addUnlessDuplicate(_ asset: Asset, source: Int64, line: Int) throws -> RecordOrigin? {
        try base.addUnlessDuplicate(asset, source: source, line: line)
    }
    mutating func origin(ofAsset id: String) throws -> RecordOrigin? { try base.origin(ofAsset: id) }
    mutating func add(_ system: System, source: Int64, line: Int) throws {
        try base.add(system, source: source, line: line)
    }
    mutating func add(_ component: Component, source: Int64, line: Int) throws {
        try base.add(component, source: source, line: line)
    }

    mutating func storedAsset(id: String) throws -> Asset? { try base.storedAsset(id: id) }
    mutating func replaceAsset(_ asset: Asset) throws { try base.replaceAsset(asset) }
    mutating func add(_ provenance: Provenance, source: Int64) throws { try base.add(provenance, source: source) }
    mutating func forEachAssetIdentity(_ body: (AssetIdentity) throws -> Void) throws {
        try base.forEachAssetIdentity(body)
    }

    mutating func add(_ reject: Reject, source: Int64) throws {
        rejectCount += 1
        if keepLimit.map({ kept.count < $0 }) ?? true { kept.append(reject) }
        try base.add(reject, source: source)
    }
}
