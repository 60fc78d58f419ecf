import Foundation

/// Reads lifecycle data from outside the shipped catalogue into ``LifecycleEntries``: endoflife.date API
/// responses (v0 and v1) and councils' own CSV files.
///
/// Each reader keeps every good entry and reports every bad one with its place; it throws only when nothing
/// in the file can be used (not JSON, not the expected shape, no header).
///
/// ```swift
/// let entries = try LifecycleImport.api(data, file: "windows-server.json", asOf: today)
/// for problem in entries.problems { print(problem) }
/// catalogue.add(entries)
/// ```
///
/// ## Topics
/// - ``apiV0(_:file:product:asOf:)``
/// - ``apiV1(_:file:)``
/// - ``api(_:file:product:asOf:)``
/// - ``csv(_:file:factsAsOf:layer:)``
public enum LifecycleImport {
    /// Reads an endoflife.date API response of either version: a JSON array is v0, an object with `result` is v1.
    ///
    /// - Parameters:
    ///   - product: The product slug for a v0 file; when `nil`, taken from the file name (see
    ///     ``productSlug(fromFileName:)``). v1 files name their product.
    ///   - asOf: For v0, the day the response was fetched (v0 has no date of its own): its `true`/`false` ends
    ///     are facts as of that day. v1 uses its `generated_at`.
    /// - Throws: ``LifecycleError`` when the file is not JSON or has neither shape.
    public static func api(_ data: Data, file: String, product: String? = nil, asOf: LocalDate) throws
        -> LifecycleEntries
    {
        let root = try parseJSON(data, file: file)
        if root.arrayValue != nil {
            return try apiV0(root, file: file, product: product, asOf: asOf)
        }
        return try apiV1(root, file: file)
    }

    /// The product slug a file name stands for: `api-v0-windows-server.json`, `windows-server.json` and
    /// `windows-server` all give `windows-server`; `nil` when nothing is left.
    public static func productSlug(fromFileName name: String) -> String? {
        var base = Substring(name.split(separator: "/").last ?? Substring(name))
        if base.lowercased().hasSuffix(".json") { base = base.dropLast(5) }
        for prefix in ["api-v0-", "api-v1-", "v0-", "v1-"] where base.lowercased().hasPrefix(prefix) {
            base = base.dropFirst(prefix.count)
            break
        }
        let slug = base.lowercased()
        return slug.isEmpty ? nil : slug
    }

    static func parseJSON(_ data: Data, file: String) throws -> JSONNode {
        do {
            return try JSONParser().parse(data)
        } catch let error as JSONSyntaxError {
            throw LifecycleError(
                file: file,
                location: .json(line: error.position.line, column: error.position.column, path: "top level"),
                expected: error.expected, found: error.found, hint: error.remedy)
        }
    }

    /// An error about the JSON value `node` at `path`.
    static func error(_ file: String, _ node: JSONNode, _ path: JSONPath, expected: String, hint: String? = nil)
        -> LifecycleError
    {
        let found: String
        switch node.value {
        case .string(let text): found = LifecycleError.quoted(text)
        default: found = node.value.kindDescription
        }
        return LifecycleError(
            file: file, location: .json(line: node.position.line, column: node.position.column, path: path.description),
            expected: expected, found: found, hint: hint)
    }

    /// The optional string member `key` of `object`; a non-string is a problem.
    static func string(
        _ object: JSONNode, _ key: String, _ path: JSONPath, file: String, problems: inout [LifecycleError]
    ) -> String? {
        guard let node = object[key], !node.isNull else { return nil }
        if let text = node.stringValue { return text.isEmpty ? nil : text }
        if let number = node.numberLiteral { return number }
        problems.append(error(file, node, path.appending(key: key), expected: "a string or null"))
        return nil
    }

    /// The optional date member `key` (`"yyyy-mm-dd"`) of `object`; anything else is a problem.
    static func date(
        _ object: JSONNode, _ key: String, _ path: JSONPath, file: String, problems: inout [LifecycleError]
    ) -> LocalDate? {
        guard let node = object[key], !node.isNull else { return nil }
        if let text = node.stringValue, let date = LocalDate(iso: text) { return date }
        problems.append(error(file, node, path.appending(key: key), expected: "a date as \"yyyy-mm-dd\" or null"))
        return nil
    }

    /// The `lts` of a v0 cycle or `isLts`/`ltsFrom` of a v1 release.
    static func lts(_ node: JSONNode?, path: JSONPath, file: String, problems: inout [LifecycleError])
        -> LongTermSupport?
    {
        guard let node, !node.isNull else { return nil }
        if let flag = node.boolValue { return flag ? .yes : .no }
        if let text = node.stringValue, let date = LocalDate(iso: text) { return .from(date) }
        problems.append(error(file, node, path, expected: "true, false or a date as \"yyyy-mm-dd\""))
        return nil
    }
}
