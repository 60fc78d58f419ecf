import Foundation

extension LifecycleCatalogue {
    /// Reads a catalogue from the shipped files' format: `lifecycle.csv`, and optionally `products.csv` and
    /// `cycle-details.csv`, all as the shipped layer.
    ///
    /// The catalogue text is passed in, so tests and councils can use their own copies; ``shipped()`` reads the
    /// copies bundled with Estate. The base files must be clean: the first problem is thrown.
    ///
    /// ```swift
    /// let catalogue = try LifecycleCatalogue(csv: Data(contentsOf: url))
    /// catalogue.cycle("13", of: "postgresql")?.securitySupportEnd   // .date(2025-11-13)
    /// ```
    ///
    /// - Parameters:
    ///   - csv: `lifecycle.csv`: one row per (product, cycle).
    ///   - products: `products.csv`: aliases, purls, CPEs and phase labels per product.
    ///   - cycleDetails: `cycle-details.csv`: label, codename and latest release date per cycle.
    ///   - snapshotDate: The date the files' `true` and `false` ends were facts.
    /// - Throws: ``LifecycleError`` at the first problem in any of the files.
    /// - Complexity: O(*n*) in the size of the files.
    public init(
        csv: Data, products: Data? = nil, cycleDetails: Data? = nil,
        snapshotDate: LocalDate = LifecycleCatalogue.shippedSnapshotDate
    ) throws {
        self.init(snapshotDate: snapshotDate)
        var entries = try LifecycleImport.csv(csv, file: "lifecycle.csv", factsAsOf: snapshotDate, layer: .shipped)
        if let problem = entries.problems.first { throw problem }
        if let products {
            let described = try Self.readProducts(products, file: "products.csv")
            let known = Dictionary(entries.products.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
            entries.products =
                described.map { product in
                    var product = product
                    if product.purls.isEmpty, let purls = known[product.slug]?.purls { product.purls = purls }
                    return product
                } + entries.products.filter { product in !described.contains { $0.slug == product.slug } }
        }
        if let cycleDetails {
            try Self.applyDetails(cycleDetails, file: "cycle-details.csv", to: &entries.cycles)
        }
        add(entries)
    }

    static let productColumns: Set<String> = [
        "product", "title", "category", "estate_group", "tags", "aliases", "purls", "cpes", "active_support_label",
        "security_support_label", "extended_support_label", "release_policy_link", "version_command", "cycles",
        "source_url",
    ]

    /// Reads `products.csv`.
    static func readProducts(_ data: Data, file: String) throws -> [LifecycleProduct] {
        let table = try LifecycleCSVTable(
            data: data, file: file, required: ["product", "title"], known: productColumns)
        if let problem = table.problems.first { throw problem }
        return table.rows.compactMap { row in
            guard let slug = row.text("product")?.lowercased(), let title = row.text("title") else { return nil }
            return LifecycleProduct(
                slug: slug, title: title, category: row.text("category") ?? "", estateGroup: row.text("estate_group"),
                tags: LifecycleCSVTable.list(row.text("tags")), aliases: LifecycleCSVTable.list(row.text("aliases")),
                purls: LifecycleCSVTable.list(row.text("purls")), cpes: LifecycleCSVTable.list(row.text("cpes")),
                activeSupportLabel: row.text("active_support_label"),
                securitySupportLabel: row.text("security_support_label"),
                extendedSupportLabel: row.text("extended_support_label"),
                releasePolicyLink: row.text("release_policy_link"), versionCommand: row.text("version_command"),
                layer: .shipped)
        }
    }

    /// Reads `cycle-details.csv` into the matching cycles' label, codename and latest release date.
    static func applyDetails(_ data: Data, file: String, to cycles: inout [LifecycleCycle]) throws {
        let known: Set<String> = ["product", "cycle", "label", "codename", "latest_release_date", "discontinued"]
        let table = try LifecycleCSVTable(data: data, file: file, required: ["product", "cycle"], known: known)
        if let problem = table.problems.first { throw problem }
        var index: [String: Int] = [:]
        for (position, cycle) in cycles.enumerated() {
            index[cycle.product + "\u{0}" + cycle.name] = position
        }
        for row in table.rows {
            guard let product = row.text("product"), let name = row.text("cycle") else { continue }
            guard let position = index[product + "\u{0}" + name] else {
                throw table.error(
                    row, "cycle", expected: "a cycle listed in lifecycle.csv", found: name,
                    hint: "\(product) has no such cycle")
            }
            cycles[position].label = row.text("label") ?? cycles[position].label
            cycles[position].codename = row.text("codename") ?? cycles[position].codename
            if let text = row.text("latest_release_date") {
                guard let date = LocalDate(iso: text) else {
                    throw table.error(row, "latest_release_date", expected: "a date as yyyy-mm-dd", found: text)
                }
                cycles[position].latestReleaseDate = date
            }
        }
    }
}
