import Foundation

extension LifecycleImport {
    /// Reads an endoflife.date API v0 response: `GET /api/<product>.json`, a JSON array of cycles for one product.
    ///
    /// v0 names the phases differently and inverts two of them, which this reader undoes:
    /// - `eol` keeps its sense: a date, `true` (ended) or `false` (not ended).
    /// - `support` is active support with the boolean **inverted**: `true` means still running.
    /// - `extendedSupport` is extended support, also inverted. v0 writes `false` both for cycles with no extended
    ///   phase and for an extended phase that has ended on an unrecorded date; either way there is no extended
    ///   support left, and it is read as no phase (``PhaseEnd/none``).
    ///
    /// ```swift
    /// let entries = try LifecycleImport.apiV0(data, file: "postgresql.json", asOf: fetchedOn)
    /// entries.cycles.first?.name   // "18"
    /// ```
    ///
    /// Related documentation: endoflife.date `assets/openapi.yml` (v0, deprecated).
    ///
    /// - Parameters:
    ///   - product: The product slug; `nil` takes it from the file name (`api-v0-postgresql.json` → `postgresql`).
    ///   - asOf: The day the response was fetched: its `true`/`false` ends are facts as of that day.
    /// - Throws: ``LifecycleError`` when the file is not a JSON array or no product slug can be found.
    public static func apiV0(_ data: Data, file: String, product: String? = nil, asOf: LocalDate) throws
        -> LifecycleEntries
    {
        try apiV0(parseJSON(data, file: file), file: file, product: product, asOf: asOf)
    }

    static func apiV0(_ root: JSONNode, file: String, product: String?, asOf: LocalDate) throws -> LifecycleEntries {
        guard let elements = root.arrayValue else {
            throw error(file, root, JSONPath(), expected: "an array of cycles (endoflife.date API v0)")
        }
        guard let slug = (product ?? productSlug(fromFileName: file))?.lowercased() else {
            throw LifecycleError(
                file: file, location: .file, expected: "a product slug from the file name or a parameter",
                found: "none")
        }
        var entries = LifecycleEntries(layer: .imported)
        for (index, element) in elements.enumerated() {
            let path = JSONPath().appending(index: index)
            guard element.objectMembers != nil else {
                entries.problems.append(error(file, element, path, expected: "an object describing one cycle"))
                continue
            }
            var problems: [LifecycleError] = []
            let name = string(element, "cycle", path, file: file, problems: &problems)
            if name == nil, problems.isEmpty {
                problems.append(
                    error(
                        file, element, path, expected: "an object with a \"cycle\" member",
                        hint: "the cycle is left out"))
            }
            let eol = phase(element, "eol", path, inverted: false, falseIsNone: false, file: file, problems: &problems)
            let support = phase(
                element, "support", path, inverted: true, falseIsNone: false, file: file, problems: &problems)
            let extended = phase(
                element, "extendedSupport", path, inverted: true, falseIsNone: true, file: file, problems: &problems)
            let releaseDate = date(element, "releaseDate", path, file: file, problems: &problems)
            let latestDate = date(element, "latestReleaseDate", path, file: file, problems: &problems)
            let lts = lts(element["lts"], path: path.appending(key: "lts"), file: file, problems: &problems)
            let latest = string(element, "latest", path, file: file, problems: &problems)
            let codename = string(element, "codename", path, file: file, problems: &problems)
            let label = string(element, "releaseLabel", path, file: file, problems: &problems)
            guard problems.isEmpty, let name else {
                entries.problems += problems
                continue
            }
            entries.cycles.append(
                LifecycleCycle(
                    product: slug, name: name, releaseDate: releaseDate, activeSupportEnd: support,
                    securitySupportEnd: eol, extendedSupportEnd: extended, lts: lts ?? .no, latest: latest,
                    latestReleaseDate: latestDate, label: label.flatMap { $0.contains("__") ? nil : $0 },
                    codename: codename, factsAsOf: asOf, layer: .imported,
                    source: "\(file):\(element.position.line):\(element.position.column)"))
        }
        return entries
    }

    /// A v0 phase member: a date, or a boolean in the v0 sense of that member.
    private static func phase(
        _ object: JSONNode, _ key: String, _ path: JSONPath, inverted: Bool, falseIsNone: Bool, file: String,
        problems: inout [LifecycleError]
    ) -> PhaseEnd {
        guard let node = object[key], !node.isNull else { return .none }
        if let text = node.stringValue, let date = LocalDate(iso: text) { return .date(date) }
        if let flag = node.boolValue {
            let ended = inverted ? !flag : flag
            if ended { return falseIsNone ? .none : .endedUndated }
            return .notEnded
        }
        problems.append(
            error(file, node, path.appending(key: key), expected: "a date as \"yyyy-mm-dd\", true or false"))
        return .none
    }
}
