/// Reading values out of a parsed JSON document without switching on every case.
///
/// ```swift
/// let node = try JSONParser().parse(data)
/// for record in node["assets"]?.arrayValue ?? [] {
///     let date = record["purchase_date"]?.textForField   // "2021-04-01", as a CSV cell would hold it
/// }
/// ```
extension JSONValue {
    /// Whether the value is `null`.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The Boolean, when the value is `true` or `false`.
    public var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The decoded text, when the value is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The literal text exactly as written, when the value is a number.
    public var numberLiteral: String? {
        if case .number(let literal) = self { return literal }
        return nil
    }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONNode]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    /// The members in file order, duplicates included, when the value is an object.
    public var objectMembers: [JSONMember]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// Whether the value is a string, number, Boolean or `null`.
    public var isScalar: Bool {
        switch self {
        case .null, .bool, .number, .string: true
        case .array, .object: false
        }
    }

    /// The first member named `key`, when the value is an object that has one.
    ///
    /// A later member with the same name is ignored here; ``duplicateMembers`` lists those.
    ///
    /// - Complexity: O(*n*) in the number of members.
    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Members whose name an earlier member of the same object already used, in file order.
    ///
    /// Empty for anything but an object.
    ///
    /// - Complexity: O(*n*) in the number of members.
    public var duplicateMembers: [JSONMember] {
        guard case .object(let members) = self, members.count > 1 else { return [] }
        var seen = Set<String>(minimumCapacity: members.count)
        return members.filter { !seen.insert($0.key).inserted }
    }

    /// The text a CSV cell would hold for this value, so JSON and CSV records go through the same
    /// field readers.
    ///
    /// A string gives itself, a number its literal text, a Boolean `"true"` or `"false"`, and
    /// `null` gives `nil` (an empty cell). An array of scalars gives its non-null elements joined
    /// with `"; "`, the separator Estate's list fields accept (`["SRV01", "SRV02"]` →
    /// `"SRV01; SRV02"`); an empty array gives `nil`. An object, or an array holding arrays or
    /// objects, has no cell text and gives `nil`: check ``isScalar`` and ``kindDescription`` to
    /// report it.
    public var textForField: String? {
        switch self {
        case .null: return nil
        case .bool(let value): return value ? "true" : "false"
        case .number(let literal): return literal
        case .string(let text): return text
        case .object: return nil
        case .array(let elements):
            var parts: [String] = []
            parts.reserveCapacity(elements.count)
            for element in elements {
                switch element.value {
                case .null: continue
                case .array, .object: return nil
                case .bool, .number, .string:
                    if let text = element.value.textForField { parts.append(text) }
                }
            }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
    }

    /// What kind of value this is, for messages: `an object`, `an array`, `a string`, `a number`,
    /// `true`, `false` or `null`.
    public var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONNode {
    /// The first member named `key`, when this node is an object that has one.
    ///
    /// - Complexity: O(*n*) in the number of members.
    public subscript(key: String) -> JSONNode? { value[key] }

    /// Whether the value is `null`.
    public var isNull: Bool { value.isNull }

    /// The Boolean, when the value is `true` or `false`.
    public var boolValue: Bool? { value.boolValue }

    /// The decoded text, when the value is a string.
    public var stringValue: String? { value.stringValue }

    /// The literal text exactly as written, when the value is a number.
    public var numberLiteral: String? { value.numberLiteral }

    /// The elements, when the value is an array.
    public var arrayValue: [JSONNode]? { value.arrayValue }

    /// The members in file order, duplicates included, when the value is an object.
    public var objectMembers: [JSONMember]? { value.objectMembers }

    /// The text a CSV cell would hold for this value; see ``JSONValue/textForField``.
    public var textForField: String? { value.textForField }
}
