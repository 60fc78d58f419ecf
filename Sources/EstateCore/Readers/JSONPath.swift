/// Where a value sits inside a JSON document, written the way people read it:
/// `assets[3].purchase_date`.
///
/// Estate builds a path while it walks a document, to name the field in a message such as
/// `cloud.json:14:9: assets[3].purchase_date: expected a date …`. Member names that are not
/// plain identifiers are bracketed: `assets[3]["purchase date"]`. Indexes are as given; Estate
/// uses JSON's 0-based indexes.
///
/// ```swift
/// JSONPath().appending(key: "assets").appending(index: 3).appending(key: "purchase_date").description
/// // "assets[3].purchase_date"
/// ```
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
    /// One step into an object or array.
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    /// The steps from the top-level value, outermost first.
    public var components: [Component]

    /// A path from the top-level value; empty means the top-level value itself.
    public init(_ components: [Component] = []) {
        self.components = components
    }

    /// The path to member `key` of the value at this path.
    public func appending(key: String) -> JSONPath { JSONPath(components + [.key(key)]) }

    /// The path to element `index` of the array at this path.
    public func appending(index: Int) -> JSONPath { JSONPath(components + [.index(index)]) }

    /// `assets[3].purchase_date`; `top level` for the empty path.
    public var description: String {
        guard !components.isEmpty else { return "top level" }
        var text = ""
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key) where Self.isIdentifier(key):
                if !text.isEmpty { text += "." }
                text += key
            case .key(let key):
                var escaped = ""
                for character in key.unicodeScalars {
                    switch character {
                    case "\"": escaped += "\\\""
                    case "\\": escaped += "\\\\"
                    case "\n": escaped += "\\n"
                    case "\t": escaped += "\\t"
                    default: escaped.unicodeScalars.append(character)
                    }
                }
                text += "[\"\(escaped)\"]"
            }
        }
        return text
    }

    /// Letters, digits, `_` and `-`, not starting with a digit or `-`.
    static func isIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first),
            first != UInt8(ascii: "-")
        else { return false }
        return key.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
                true
            default: false
            }
        }
    }
}
