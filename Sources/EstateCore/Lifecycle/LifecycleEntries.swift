/// Products and cycles read from one lifecycle source (a catalogue CSV, an API response, a council's own
/// file), with the problems found in it, ready to be layered onto a ``LifecycleCatalogue``.
///
/// Rows with problems are left out of ``cycles`` and described in ``problems``, so one bad date does not
/// lose the rest of the file and is never silently dropped.
///
/// ```swift
/// let entries = try LifecycleImport.apiV1(data, file: "postgresql.json")
/// entries.problems.forEach { print($0) }
/// catalogue.add(entries)
/// ```
public struct LifecycleEntries: Sendable, Hashable {
    /// The layer every entry belongs to.
    public var layer: LifecycleLayer
    /// Product descriptions. Fields left empty here keep what a lower layer says.
    public var products: [LifecycleProduct]
    /// Release cycles, in source order (newest first for endoflife.date data).
    public var cycles: [LifecycleCycle]
    /// What could not be read, each with its place in the file.
    public var problems: [LifecycleError]

    /// Creates a set of entries.
    public init(
        layer: LifecycleLayer, products: [LifecycleProduct] = [], cycles: [LifecycleCycle] = [],
        problems: [LifecycleError] = []
    ) {
        self.layer = layer
        self.products = products
        self.cycles = cycles
        self.problems = problems
    }
}
