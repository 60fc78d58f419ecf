import Foundation

extension LifecycleImport {
    /// Reads an endoflife.date API v1 response: `GET /api/v1/products/<product>/`, an object whose `result`
    /// describes the product and lists its `releases`.
    ///
    /// In v1 every boolean means the same thing: `isEoas`, `isEol` and `isEoes` are `true` when the phase is
    /// over. A phase end is its `…From` date when there is one, otherwise `true`/`false` from `is…`, otherwise
    /// no phase (the member is `null` or absent). `true`/`false` are facts as of the response's `generated_at`.
    ///
    /// ```swift
    /// let entries = try LifecycleImport.apiV1(data, file: "ubuntu.json")
    /// entries.products.first?.extendedSupportLabel   // "Expanded Security Maintenance"
    /// ```
    ///
    /// Related documentation: endoflife.date `api_v1/openapi.yml` (API 1.2.1), <https://endoflife.date/docs/api/v1/>.
    ///
    /// - Parameter asOf: The date to use when the response has no readable `generated_at`.
    /// - Throws: ``LifecycleError`` when the file is not JSON, has no `result` object with a `name`, or no date
    ///   to read its booleans against.
    public static func apiV1(_ data: Data, file: String, asOf: LocalDate? = nil) throws -> LifecycleEntries {
        try apiV1(parseJSON(data, file: file), file: file, asOf: asOf)
    }

    static func apiV1(_ root: JSONNode, file: String, asOf: LocalDate? = nil) throws -> LifecycleEntries {
        let top = JSONPath()
        guard root.objectMembers != nil else {
            throw error(file, root, top, expected: "an object with a \"result\" member (endoflife.date API v1)")
        }
        guard let result = root["result"] else {
            let keys = (root.objectMembers ?? []).map { "\"\($0.key)\"" }.joined(separator: ", ")
            throw LifecycleError(
                file: file, location: .json(line: root.position.line, column: root.position.column, path: "top level"),
                expected: "an object with a \"result\" member (endoflife.date API v1) or an array of cycles (API v0)",
                found: keys.isEmpty ? "an empty object" : "an object with the members \(keys)")
        }
        guard result.objectMembers != nil else {
            throw error(file, result, top.appending(key: "result"), expected: "an object describing the product")
        }
        let path = top.appending(key: "result")
        var problems: [LifecycleError] = []
        guard let slug = string(result, "name", path, file: file, problems: &problems)?.lowercased() else {
            throw problems.first ?? error(file, result, path, expected: "an object with a \"name\" member")
        }
        var factsAsOf = asOf
        if let generated = root["generated_at"] {
            if let text = generated.stringValue, text.count >= 10, let date = LocalDate(iso: String(text.prefix(10))) {
                factsAsOf = date
            } else {
                problems.append(
                    error(
                        file, generated, top.appending(key: "generated_at"),
                        expected: "a timestamp such as 2026-08-22T08:52:34+00:00"))
            }
        }
        guard let factsAsOf else {
            throw LifecycleError(
                file: file, location: .file, expected: "a generated_at timestamp or an as-of date",
                found: "neither", hint: "true and false phase ends are facts only as of a date")
        }
        var entries = LifecycleEntries(layer: .imported)
        entries.products.append(product(slug, result, path, file: file, problems: &problems))
        entries.problems = problems
        guard let releases = result["releases"]?.arrayValue else {
            entries.problems.append(
                error(
                    file, result["releases"] ?? result, path.appending(key: "releases"),
                    expected: "an array of releases"))
            return entries
        }
        for (index, release) in releases.enumerated() {
            let releasePath = path.appending(key: "releases").appending(index: index)
            if let cycle = cycle(
                slug, release, releasePath, factsAsOf: factsAsOf, file: file, problems: &entries.problems)
            {
                entries.cycles.append(cycle)
            }
        }
        return entries
    }

    private static func product(
        _ slug: String, _ result: JSONNode, _ path: JSONPath, file: String, problems: inout [LifecycleError]
    ) -> LifecycleProduct {
        func strings(_ key: String) -> [String] {
            guard let node = result[key], !node.isNull else { return [] }
            guard let items = node.arrayValue else {
                problems.append(error(file, node, path.appending(key: key), expected: "an array of strings"))
                return []
            }
            return items.compactMap(\.stringValue)
        }
        var purls: [String] = []
        var cpes: [String] = []
        for item in result["identifiers"]?.arrayValue ?? [] {
            guard let id = item["id"]?.stringValue else { continue }
            switch item["type"]?.stringValue {
            case "purl": purls.append(id)
            case "cpe": cpes.append(id)
            default: break
            }
        }
        let labels = result["labels"]
        return LifecycleProduct(
            slug: slug, title: result["label"]?.stringValue ?? slug, category: result["category"]?.stringValue ?? "",
            tags: strings("tags"), aliases: strings("aliases"), purls: purls, cpes: cpes,
            activeSupportLabel: labels?["eoas"]?.stringValue, securitySupportLabel: labels?["eol"]?.stringValue,
            extendedSupportLabel: labels?["eoes"]?.stringValue,
            releasePolicyLink: result["links"]?["releasePolicy"]?.stringValue,
            versionCommand: result["versionCommand"]?.stringValue, layer: .imported)
    }

    private static func cycle(
        _ slug: String, _ release: JSONNode, _ path: JSONPath, factsAsOf: LocalDate, file: String,
        problems allProblems: inout [LifecycleError]
    ) -> LifecycleCycle? {
        guard release.objectMembers != nil else {
            allProblems.append(error(file, release, path, expected: "an object describing one release"))
            return nil
        }
        var problems: [LifecycleError] = []
        let name = string(release, "name", path, file: file, problems: &problems)
        if name == nil, problems.isEmpty {
            problems.append(error(file, release, path, expected: "an object with a \"name\" member"))
        }
        let active = phase(release, "isEoas", "eoasFrom", path, file: file, problems: &problems)
        let security = phase(release, "isEol", "eolFrom", path, file: file, problems: &problems)
        let extended = phase(release, "isEoes", "eoesFrom", path, file: file, problems: &problems)
        let releaseDate = date(release, "releaseDate", path, file: file, problems: &problems)
        var lts = lts(release["isLts"], path: path.appending(key: "isLts"), file: file, problems: &problems)
        if let from = date(release, "ltsFrom", path, file: file, problems: &problems) { lts = .from(from) }
        let latest = release["latest"]
        let latestPath = path.appending(key: "latest")
        let latestName = latest.flatMap { string($0, "name", latestPath, file: file, problems: &problems) }
        let latestDate = latest.flatMap { date($0, "date", latestPath, file: file, problems: &problems) }
        let label = string(release, "label", path, file: file, problems: &problems)
        let codename = string(release, "codename", path, file: file, problems: &problems)
        guard problems.isEmpty, let name else {
            allProblems += problems
            return nil
        }
        return LifecycleCycle(
            product: slug, name: name, releaseDate: releaseDate, activeSupportEnd: active,
            securitySupportEnd: security, extendedSupportEnd: extended, lts: lts ?? .no, latest: latestName,
            latestReleaseDate: latestDate, label: label, codename: codename, factsAsOf: factsAsOf, layer: .imported,
            source: "\(file):\(release.position.line):\(release.position.column)")
    }

    /// A v1 phase: the `…From` date, else the `is…` boolean, else no phase.
    private static func phase(
        _ release: JSONNode, _ flagKey: String, _ dateKey: String, _ path: JSONPath, file: String,
        problems: inout [LifecycleError]
    ) -> PhaseEnd {
        if let node = release[dateKey], !node.isNull {
            if let text = node.stringValue, let date = LocalDate(iso: text) { return .date(date) }
            problems.append(
                error(file, node, path.appending(key: dateKey), expected: "a date as \"yyyy-mm-dd\" or null"))
            return .none
        }
        guard let node = release[flagKey], !node.isNull else { return .none }
        guard let flag = node.boolValue else {
            problems.append(error(file, node, path.appending(key: flagKey), expected: "true, false or null"))
            return .none
        }
        return flag ? .endedUndated : .notEnded
    }
}
