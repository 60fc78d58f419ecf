import Foundation

extension LifecycleImport {
    /// Reads a lifecycle CSV with the catalogue's own columns: the shipped `lifecycle.csv`, or a council's file
    /// for products endoflife.date lacks (line-of-business systems, firmware, appliances) and its own corrections.
    ///
    /// `product` and `cycle` are required; every other column of `lifecycle.csv` is optional, and `label`,
    /// `codename` and `latest_release_date` may be added. Phase ends are a date (`yyyy-mm-dd`, or UK
    /// `dd/mm/yyyy` and the other forms ``ValueParser/date(_:)`` reads), `true`, `false` or empty. A row with a
    /// problem is left out and reported; a column Estate does not know is reported and ignored.
    ///
    /// ```text
    /// product,title,category,cycle,release_date,active_support_end,security_support_end,extended_support_end
    /// civica-cx,Civica CX,app,21,01/04/2021,,31/03/2027,
    /// ```
    ///
    /// - Parameters:
    ///   - factsAsOf: The date the file's `true`/`false` ends are facts as of (when it was written or reviewed).
    ///   - layer: The layer its entries belong to; ``LifecycleLayer/local`` unless given.
    /// - Throws: ``LifecycleError`` when the file is empty or lacks the `product` or `cycle` column.
    /// - Complexity: O(*n*) in the size of the file.
    public static func csv(
        _ data: Data, file: String, factsAsOf: LocalDate, layer: LifecycleLayer = .local
    ) throws -> LifecycleEntries {
        let known = Set(LifecycleCycleRow.columns + LifecycleCycleRow.detailColumns)
        let table = try LifecycleCSVTable(data: data, file: file, required: ["product", "cycle"], known: known)
        var entries = LifecycleEntries(layer: layer, problems: table.problems)
        var seen: [String: Int] = [:]
        var productIndex: [String: Int] = [:]
        for row in table.rows {
            switch LifecycleCycleRow.cycle(row, in: table, factsAsOf: factsAsOf, layer: layer) {
            case .problems(let problems):
                entries.problems += problems
            case .cycle(let cycle):
                let key = cycle.product + "\u{0}" + cycle.name
                if let earlier = seen[key] {
                    entries.problems.append(
                        table.error(
                            row, "cycle", expected: "one row per product and cycle", found: cycle.name,
                            hint: "\(cycle.product) \(cycle.name) is already on line \(earlier); this row is left out"))
                    continue
                }
                seen[key] = row.line
                entries.cycles.append(cycle)
                let title = row.text("title")
                let category = row.text("category")
                let purl = row.text("purl")
                if let index = productIndex[cycle.product] {
                    if let purl, !entries.products[index].purls.contains(purl) {
                        entries.products[index].purls.append(purl)
                    }
                } else {
                    productIndex[cycle.product] = entries.products.count
                    entries.products.append(
                        LifecycleProduct(
                            slug: cycle.product, title: title ?? cycle.product, category: category ?? "",
                            purls: purl.map { [$0] } ?? [], layer: layer))
                }
            }
        }
        entries.problems = entries.problems.enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }.map(\.element)
        return entries
    }
}
