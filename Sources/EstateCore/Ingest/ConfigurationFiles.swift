import Foundation

extension Policy {
    /// Reads a policy file: a JSON object of settings (see ``Policy/settings``).
    ///
    /// ```json
    /// { "organisation": "London Borough of Eastwick", "refresh_cycle_years": { "laptop": 5 },
    ///   "discount_rate": "3.5%", "capital_budget_per_year": "£1,500,000" }
    /// ```
    /// Keys starting with `_` are comments. An unknown key is an error, so a misspelt setting never
    /// silently falls back to its default.
    /// - Throws: ``IngestError`` with the file, line and column of the faulty setting.
    public static func parse(_ data: Data, file: String) throws -> Policy {
        let members = try ConfigurationFile.object(data, file: file)
        var policy = Policy.defaults
        for member in members where !member.key.hasPrefix("_") {
            guard let index = settings.firstIndex(where: { $0.key == member.key }) else {
                throw IngestError(
                    file: file, line: member.keyPosition.line, column: member.keyPosition.column,
                    message:
                        "unknown policy setting \"\(member.key)\"; settings are \(settings.map(\.key).joined(separator: ", "))"
                )
            }
            let setting = settings[index]
            let value: PolicyValue
            switch member.value.value {
            case .null: value = .null
            case .object(let entries):
                var map: [String: String] = [:]
                for entry in entries { map[entry.key] = entry.value.textForField ?? "" }
                value = .map(map)
            default:
                guard let text = member.value.textForField else {
                    throw IngestError(
                        file: file, line: member.value.position.line, column: member.value.position.column,
                        message: "\(member.key): \(setting.expected), found \(member.value.value.kindDescription)")
                }
                value = .scalar(text)
            }
            if let problem = setting.apply(value, &policy) {
                throw IngestError(
                    file: file, line: member.value.position.line, column: member.value.position.column,
                    message: "\(member.key): \(problem)")
            }
            policy.assumptions[index] = Assumption(
                key: setting.key, value: setting.describe(policy), isDefault: false,
                basis: "\((file as NSString).lastPathComponent) line \(member.keyPosition.line)")
        }
        return policy
    }
}

extension HeaderMapping {
    /// Reads a mapping file: `{"assets": {"Kit Ref": "id"}, "systems": {...}, "components": {...}}`.
    /// - Throws: ``IngestError`` naming an unknown section or field with its line and column.
    public static func parse(_ data: Data, file: String) throws -> HeaderMapping {
        var mapping = HeaderMapping()
        for section in try ConfigurationFile.object(data, file: file) where !section.key.hasPrefix("_") {
            guard let entries = section.value.objectMembers else {
                throw IngestError(
                    file: file, line: section.value.position.line, column: section.value.position.column,
                    message:
                        "\(section.key): expected an object of header to field, found \(section.value.value.kindDescription)"
                )
            }
            switch section.key {
            case "assets": mapping.assets = try fields(entries, AssetField.self, file: file)
            case "systems": mapping.systems = try fields(entries, SystemField.self, file: file)
            case "components": mapping.components = try fields(entries, ComponentField.self, file: file)
            default:
                throw IngestError(
                    file: file, line: section.keyPosition.line, column: section.keyPosition.column,
                    message: "unknown section \"\(section.key)\"; expected assets, systems or components")
            }
        }
        return mapping
    }

    static func fields<Field: InventoryField>(_ entries: [JSONMember], _: Field.Type, file: String) throws -> [String:
        Field]
    {
        var result: [String: Field] = [:]
        for entry in entries {
            guard let name = entry.value.stringValue, let field = Field(rawValue: name) else {
                throw IngestError(
                    file: file, line: entry.value.position.line, column: entry.value.position.column,
                    message:
                        "\(entry.key): expected a field name (\(Field.allCases.map(\.rawValue).joined(separator: ", "))), found \(entry.value.textForField.map { "\"\($0)\"" } ?? entry.value.value.kindDescription)"
                )
            }
            result[HeaderKey.fold(entry.key)] = field
        }
        return result
    }
}

/// Configuration files are JSON objects.
enum ConfigurationFile {
    static func object(_ data: Data, file: String) throws -> [JSONMember] {
        let root: JSONNode
        do {
            root = try JSONParser().parse(data)
        } catch let error as JSONSyntaxError {
            throw IngestError(
                file: file, line: error.position.line, column: error.position.column, message: error.reason)
        }
        guard let members = root.objectMembers else {
            throw IngestError(
                file: file, line: root.position.line, column: root.position.column,
                message: "expected a JSON object, found \(root.value.kindDescription)")
        }
        return members
    }
}
