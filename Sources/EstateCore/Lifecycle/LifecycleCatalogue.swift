import Foundation

/// The support lifecycles Estate knows: products, their release cycles and the dates each support phase
/// ends, stacked in layers (shipped, imported, local).
///
/// The shipped layer is a snapshot of endoflife.date taken on ``shippedSnapshotDate``; its `true` and
/// `false` phase ends are facts as of that date. Councils add layers on top: API exports taken later, and
/// their own entries for products endoflife.date lacks. An entry replaces the same cycle from a lower (or the
/// same) layer; the replaced one stays visible through ``shadowedCycles(_:of:)``, so a report can say which
/// layer each date came from and what it overrode.
///
/// ```swift
/// var catalogue = try LifecycleCatalogue(csv: lifecycleCSV, products: productsCSV, cycleDetails: detailsCSV)
/// catalogue.add(try LifecycleImport.csv(localData, file: "local-lifecycle.csv", factsAsOf: today))
/// let cycle = catalogue.cycle("2012-r2", of: "windows-server")
/// catalogue.status(of: cycle!, on: today).token     // "extended-only"
/// ```
///
/// ## Topics
/// - ``init(csv:products:cycleDetails:snapshotDate:)``
/// - ``add(_:)``
/// - ``cycle(_:of:)``
/// - ``status(of:on:)``
public struct LifecycleCatalogue: Sendable {
    /// The commit date of the endoflife.date snapshot Estate ships: 2026-08-22.
    public static let shippedSnapshotDate = LocalDate(year: 2026, month: 8, day: 22) ?? LocalDate(daysSinceEpoch: 0)

    /// The date on which the base layer's `true` and `false` ends were facts.
    public let snapshotDate: LocalDate
    private var productsBySlug: [String: LifecycleProduct] = [:]
    private var cyclesBySlug: [String: [LifecycleCycle]] = [:]
    private var shadowed: [String: [LifecycleCycle]] = [:]
    private var aliasToSlug: [String: String] = [:]

    /// An empty catalogue whose base facts date from `snapshotDate`.
    public init(snapshotDate: LocalDate = LifecycleCatalogue.shippedSnapshotDate) {
        self.snapshotDate = snapshotDate
    }

    /// Every product, sorted by slug.
    ///
    /// - Complexity: O(*n* log *n*) in the number of products.
    public var products: [LifecycleProduct] {
        productsBySlug.values.sorted { $0.slug < $1.slug }
    }

    /// The number of cycles in the top layer of every product.
    public var cycleCount: Int { cyclesBySlug.values.reduce(0) { $0 + $1.count } }

    /// The product with this slug or alias (`mssql` finds `mssqlserver`), ignoring letter case.
    public func product(_ slugOrAlias: String) -> LifecycleProduct? {
        let key = slugOrAlias.lowercased()
        if let product = productsBySlug[key] { return product }
        return aliasToSlug[key].flatMap { productsBySlug[$0] }
    }

    /// The product's cycles, newest first as endoflife.date orders them; empty for an unknown product.
    public func cycles(of product: String) -> [LifecycleCycle] {
        cyclesBySlug[product] ?? []
    }

    /// The cycle named exactly `name` (as endoflife.date writes it) of `product`, from the highest layer.
    ///
    /// - Complexity: O(*c*) in the product's number of cycles.
    public func cycle(_ name: String, of product: String) -> LifecycleCycle? {
        cyclesBySlug[product]?.first { $0.name == name }
    }

    /// Entries from lower layers (or earlier in the same layer) that the current `name` cycle replaced,
    /// oldest first.
    public func shadowedCycles(_ name: String, of product: String) -> [LifecycleCycle] {
        shadowed[Self.key(product, name)] ?? []
    }

    /// The support status of `cycle` on `date`; see ``LifecycleCycle/status(on:)``.
    public func status(of cycle: LifecycleCycle, on date: LocalDate) -> SupportStatus {
        cycle.status(on: date)
    }

    /// Layers `entries` onto the catalogue.
    ///
    /// A cycle replaces the same product's cycle of the same name when its layer ranks the same or higher;
    /// otherwise it is kept only as shadowed. Cycles new to a product go before the existing ones (imports
    /// bring newer releases), in source order. Product fields that `entries` leaves empty keep their value.
    /// ``LifecycleEntries/problems`` are not stored: report them before adding.
    ///
    /// - Complexity: O(*e* × *c*): each entry looks for its cycle among the product's *c* cycles.
    public mutating func add(_ entries: LifecycleEntries) {
        for product in entries.products {
            merge(product)
        }
        var newBySlug: [String: [LifecycleCycle]] = [:]
        var slugOrder: [String] = []
        for var cycle in entries.cycles {
            cycle.layer = entries.layer
            if productsBySlug[cycle.product] == nil {
                merge(LifecycleProduct(slug: cycle.product, title: cycle.product, category: "", layer: entries.layer))
            }
            var list = cyclesBySlug[cycle.product] ?? []
            if let index = list.firstIndex(where: { $0.name == cycle.name }) {
                let existing = list[index]
                if cycle.layer.rank >= existing.layer.rank {
                    shadowed[Self.key(cycle.product, cycle.name), default: []].append(existing)
                    list[index] = cycle
                    cyclesBySlug[cycle.product] = list
                } else {
                    shadowed[Self.key(cycle.product, cycle.name), default: []].append(cycle)
                }
            } else if newBySlug[cycle.product]?.contains(where: { $0.name == cycle.name }) == true {
                // A second entry for the same cycle in one source: the later one wins.
                if let index = newBySlug[cycle.product]?.firstIndex(where: { $0.name == cycle.name }),
                    let earlier = newBySlug[cycle.product]?[index]
                {
                    shadowed[Self.key(cycle.product, cycle.name), default: []].append(earlier)
                    newBySlug[cycle.product]?[index] = cycle
                }
            } else {
                if newBySlug[cycle.product] == nil { slugOrder.append(cycle.product) }
                newBySlug[cycle.product, default: []].append(cycle)
            }
        }
        for slug in slugOrder {
            cyclesBySlug[slug] = (newBySlug[slug] ?? []) + (cyclesBySlug[slug] ?? [])
        }
    }

    /// A copy of the catalogue with `entries` layered on; see ``add(_:)``.
    public func adding(_ entries: LifecycleEntries) -> LifecycleCatalogue {
        var copy = self
        copy.add(entries)
        return copy
    }

    private mutating func merge(_ incoming: LifecycleProduct) {
        guard var product = productsBySlug[incoming.slug] else {
            productsBySlug[incoming.slug] = incoming
            index(aliasesOf: incoming)
            return
        }
        guard incoming.layer.rank >= product.layer.rank || product.title == product.slug else { return }
        if !incoming.title.isEmpty, incoming.title != incoming.slug || product.title.isEmpty {
            product.title = incoming.title
        }
        if !incoming.category.isEmpty { product.category = incoming.category }
        product.estateGroup = incoming.estateGroup ?? product.estateGroup
        if !incoming.tags.isEmpty { product.tags = incoming.tags }
        if !incoming.aliases.isEmpty { product.aliases = incoming.aliases }
        if !incoming.purls.isEmpty { product.purls = incoming.purls }
        if !incoming.cpes.isEmpty { product.cpes = incoming.cpes }
        product.activeSupportLabel = incoming.activeSupportLabel ?? product.activeSupportLabel
        product.securitySupportLabel = incoming.securitySupportLabel ?? product.securitySupportLabel
        product.extendedSupportLabel = incoming.extendedSupportLabel ?? product.extendedSupportLabel
        product.releasePolicyLink = incoming.releasePolicyLink ?? product.releasePolicyLink
        product.versionCommand = incoming.versionCommand ?? product.versionCommand
        product.layer = max(product.layer, incoming.layer)
        productsBySlug[incoming.slug] = product
        index(aliasesOf: product)
    }

    private mutating func index(aliasesOf product: LifecycleProduct) {
        for alias in product.aliases where productsBySlug[alias.lowercased()] == nil {
            aliasToSlug[alias.lowercased()] = product.slug
        }
    }

    private static func key(_ product: String, _ cycle: String) -> String { product + "\u{0}" + cycle }
}
