/// Where a lifecycle fact came from, so a report can say which layer each date is from.
///
/// Layers stack: an entry from a higher layer replaces the same product's cycle from a lower one, and the
/// replaced entry is kept for reference (see ``LifecycleCatalogue/shadowedCycles(_:of:)``). Estate knows
/// three layers; a council can name others, which rank with ``local``.
///
/// ```swift
/// catalogue.cycle("2012-r2", of: "windows-server")?.layer == .shipped
/// ```
public struct LifecycleLayer: RawRepresentable, Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The layer's name as reports print it.
    public var rawValue: String

    /// Creates a layer with any name; names other than `shipped` and `imported` rank with ``local``.
    public init(rawValue: String) {
        self.rawValue = rawValue
    }

    /// The catalogue shipped with Estate (an endoflife.date snapshot).
    public static let shipped = LifecycleLayer(rawValue: "shipped")
    /// Entries imported from the endoflife.date API (v0 or v1) after the snapshot.
    public static let imported = LifecycleLayer(rawValue: "imported")
    /// Entries the council keeps itself: products endoflife.date lacks, or its own corrections.
    public static let local = LifecycleLayer(rawValue: "local")

    /// 0 for shipped, 1 for imported, 2 for local and any other name.
    public var rank: Int {
        switch rawValue {
        case "shipped": 0
        case "imported": 1
        default: 2
        }
    }

    /// Orders by ``rank``, then by name.
    public static func < (lhs: LifecycleLayer, rhs: LifecycleLayer) -> Bool {
        (lhs.rank, lhs.rawValue) < (rhs.rank, rhs.rawValue)
    }

    /// The layer's name.
    public var description: String { rawValue }
}
