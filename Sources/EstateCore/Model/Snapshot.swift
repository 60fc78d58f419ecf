/// One dated, stored picture of the estate, and the sources it was made from.
public struct Snapshot: Sendable, Hashable, Codable {
    public var id: Int64
    /// When the snapshot was taken (its inventory's date), as `yyyy-mm-dd`.
    public var takenOn: LocalDate
    /// When Estate stored it, as an ISO 8601 timestamp.
    public var storedAt: String
    public var organisation: String?
    public var sources: [SourceRecord]
    public var assetCount: Int
    public var systemCount: Int
    public var componentCount: Int
    public var rejectCount: Int

    public init(
        id: Int64, takenOn: LocalDate, storedAt: String, organisation: String?, sources: [SourceRecord],
        assetCount: Int, systemCount: Int, componentCount: Int, rejectCount: Int
    ) {
        self.id = id
        self.takenOn = takenOn
        self.storedAt = storedAt
        self.organisation = organisation
        self.sources = sources
        self.assetCount = assetCount
        self.systemCount = systemCount
        self.componentCount = componentCount
        self.rejectCount = rejectCount
    }
}

/// One file (or standard input) that went into a snapshot.
public struct SourceRecord: Sendable, Hashable, Codable {
    /// The path as given on the command line, or `-` for standard input.
    public var path: String
    /// The format it was read as (see ``InputFormat``).
    public var format: String
    /// SHA-256 of the file's bytes, lower-case hex.
    public var checksum: String
    public var accepted: Int
    public var rejected: Int

    public init(path: String, format: String, checksum: String, accepted: Int, rejected: Int) {
        self.path = path
        self.format = format
        self.checksum = checksum
        self.accepted = accepted
        self.rejected = rejected
    }
}

/// A row, record or value Estate could not accept, kept with where it was and why.
public struct Reject: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    /// 1-based line where the record starts.
    public var line: Int
    /// 1-based column (CSV field number, or character column in JSON); `nil` when the whole record is at fault.
    public var column: Int?
    /// The field's name as the source wrote it, when one field is at fault.
    public var field: String?
    /// What was wrong: expected what, found what.
    public var reason: String
    /// The raw text of the record, so nothing the user gave is lost.
    public var raw: String

    public init(file: String, line: Int, column: Int? = nil, field: String? = nil, reason: String, raw: String) {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.reason = reason
        self.raw = raw
    }

    /// `assets.csv:12:5: Purchase Date: expected a date ..., found "31/02/2019"`.
    public var description: String {
        var place = "\(file):\(line)"
        if let column { place += ":\(column)" }
        if let field { return "\(place): \(field): \(reason)" }
        return "\(place): \(reason)"
    }
}

/// The content of a snapshot, as analyses see it.
///
/// The assets are fixed once the estate is made, so their index by id is built once and shared by every analysis.
public struct Estate: Sendable {
    public var snapshot: Snapshot
    public let assets: [Asset]
    public var systems: [System]
    public var components: [Component]
    /// The assets by id (the first wins where an id repeats).
    public let assetsById: AssetLookup

    public init(snapshot: Snapshot, assets: [Asset], systems: [System], components: [Component]) {
        self.snapshot = snapshot
        self.assets = assets
        self.systems = systems
        self.components = components
        assetsById = AssetLookup(assets)
    }
}
