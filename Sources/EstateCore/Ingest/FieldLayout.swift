import Synchronization

/// Where each of Estate's fields sits in a file's columns, worked out once from the header.
///
/// Matching is tolerant: headers are folded (case, spaces and punctuation ignored), known
/// synonyms and the user's mapping apply, and a unit in the header (`RAM (GB)`, `Storage_TB`)
/// becomes the unit of bare numbers in that column.
public struct FieldLayout<Field: InventoryField>: Sendable {
    /// The header as the file wrote it.
    public let headers: [String]
    /// Column index (0-based) of each field found.
    public private(set) var index: [Field: Int] = [:]
    /// The unit a header declared for bare numbers (`RAM (GB)` → giga).
    public private(set) var unit: [Field: SizeUnit] = [:]
    /// Headers that name no field Estate knows: their values are not read (the ingest report lists them).
    public private(set) var unknownHeaders: [String] = []
    /// Headers that name a field an earlier column already supplies: only the first column is read.
    public private(set) var duplicateHeaders: [String] = []
    /// How many headers matched a field: the measure format detection compares.
    public var matchedCount: Int { index.count }
    /// The vocabulary words this file's cells have used, read once each: a register repeats a handful of
    /// classes and statuses a million times.
    let words = VocabularyMemo()
    /// `index` as a table by each field's place in `Field.allCases` (-1 for a field not found), so reading a
    /// cell costs no hashing; empty when the fields cannot be numbered that way (see ``ordinal(of:)``).
    private var columnTable: [Int] = []

    public init(headers: [String], mapping: HeaderMapping = .none) {
        self.headers = headers
        let overrides = mapping.overrides(for: Field.self)
        for (column, header) in headers.enumerated() {
            let (key, declaredUnit) = Self.split(header)
            guard !key.isEmpty else {
                unknownHeaders.append(header)
                continue
            }
            guard let field = overrides[HeaderKey.fold(header)] ?? overrides[key] ?? Self.field(forKey: key) else {
                unknownHeaders.append(header)
                continue
            }
            if index[field] != nil {
                duplicateHeaders.append(header)
                continue
            }
            index[field] = column
            if let declaredUnit { unit[field] = declaredUnit }
        }
        if Self.hasOrdinals {
            columnTable = Field.allCases.map { index[$0] ?? -1 }
        }
    }

    /// The column (0-based) that holds `field`, or `nil` when the file has none.
    ///
    /// - Complexity: O(1), without hashing for the field enums Estate defines.
    public func column(of field: Field) -> Int? {
        guard !columnTable.isEmpty else { return index[field] }
        let column = columnTable[Self.ordinal(of: field)]
        return column < 0 ? nil : column
    }

    /// A field's place in `Field.allCases`. Estate's field enums have no payloads and fewer than 256 cases, so
    /// Swift stores each as one byte holding its declaration index, which is also its place in `allCases`;
    /// ``hasOrdinals`` checks exactly that before the table is used.
    @inline(__always)
    private static func ordinal(of field: Field) -> Int { Int(unsafeBitCast(field, to: UInt8.self)) }

    /// Whether ``ordinal(of:)`` numbers `Field`'s cases 0, 1, 2… in `allCases` order.
    private static var hasOrdinals: Bool {
        guard MemoryLayout<Field>.size == 1 else { return false }
        return Field.allCases.enumerated().allSatisfy { position, field in ordinal(of: field) == position }
    }

    static func field(forKey key: String) -> Field? {
        for field in Field.allCases where HeaderKey.fold(field.rawValue) == key { return field }
        for field in Field.allCases where field.synonyms.contains(key) { return field }
        return nil
    }

    /// Splits `RAM (GB)` into the folded key `ram` and the unit giga; `Cost (£)` into `cost` and no unit;
    /// `memory_gb` into `memory` and giga when `memorygb` itself is no known header.
    static func split(_ header: String) -> (key: String, unit: SizeUnit?) {
        var text = Substring(header)
        var unitText: String?
        if let open = text.lastIndex(where: { $0 == "(" || $0 == "[" }),
            let close = text.lastIndex(where: { $0 == ")" || $0 == "]" }), open < close
        {
            unitText = HeaderKey.fold(String(text[text.index(after: open)..<close]))
            text = text[..<open]
        }
        var key = HeaderKey.fold(String(text))
        if let unitText, let unit = SizeUnit(headerSuffix: unitText) { return (key, unit) }
        if field(forKey: key) == nil {
            for suffix in ["tb", "gb", "mb", "kb"] where key.hasSuffix(suffix) && key.count > suffix.count {
                let stem = String(key.dropLast(suffix.count))
                if field(forKey: stem) != nil, let unit = SizeUnit(headerSuffix: suffix) {
                    key = stem
                    return (key, unit)
                }
            }
        }
        return (key, nil)
    }
}

extension SizeUnit {
    /// The unit a header declares (`gb` from `RAM (GB)`), folded; `nil` for anything else (`£`, `gbp`).
    init?(headerSuffix: String) {
        switch headerSuffix {
        case "b", "bytes": self = .bytes
        case "kb", "kib": self = .kilo
        case "mb", "mib": self = .mega
        case "gb", "gib": self = .giga
        case "tb", "tib": self = .tera
        case "pb", "pib": self = .peta
        default: return nil
        }
    }
}

/// Vocabulary words already read, by type and text, shared by the records of one file.
final class VocabularyMemo: Sendable {
    private struct Key: Hashable {
        var type: ObjectIdentifier
        var text: String
    }

    private let known = Mutex<[Key: any Sendable]>([:])

    /// ``Vocabulary/init(parsing:)``, remembered.
    func value<V: Vocabulary>(_ text: String, as type: V.Type) -> V? {
        let key = Key(type: ObjectIdentifier(type), text: text)
        if let hit = known.withLock({ $0[key] }) { return hit as? V }
        let value = V(parsing: text)
        let boxed: any Sendable = value
        known.withLock { $0[key] = boxed }
        return value
    }
}
