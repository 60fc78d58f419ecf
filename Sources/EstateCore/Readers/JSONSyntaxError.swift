/// Why a JSON file could not be read, where, and what would fix it.
///
/// The description names the place, what the grammar expected there and what the file holds
/// instead, then the remedy when there is a likely one:
///
/// ```text
/// line 3, column 14: expected ',' or '}' after an object member, found '"'
/// line 1, column 12: unexpected end of file, expected ',' or ']' after an array element
/// line 2, column 9: expected a value after ':', found 'NaN'; JSON has no NaN or Infinity: write null or a string
/// ```
///
/// Estate prefixes the file name, giving `cloud.json:3:14: expected …`; ``reason`` is the
/// message without the position, for a ``Reject`` that carries the line and column itself.
///
/// Related specification: RFC 8259, <https://www.rfc-editor.org/rfc/rfc8259>.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The broad class of a JSON syntax error, for callers that react to some of them.
    public enum Kind: Sendable, Hashable {
        /// The input ended before the value was complete (also: empty input).
        case unexpectedEndOfFile
        /// Something other than what the grammar allows at that point.
        case unexpectedInput
        /// A bad escape, a control character or a lone surrogate in a string.
        case invalidString
        /// A number that breaks the JSON grammar: `01`, `1.`, `-`, `1e`.
        case invalidNumber
        /// Bytes that are not valid UTF-8.
        case invalidUTF8
        /// The file is UTF-16 or UTF-32; it must be converted to UTF-8 first.
        case unsupportedEncoding
        /// Arrays and objects nested deeper than the parser's `maximumDepth`.
        case nestingTooDeep
        /// More content after the one top-level value.
        case trailingContent
    }

    /// The broad class of the error.
    public var kind: Kind
    /// Where the problem is; for ``Kind/unexpectedEndOfFile``, the end of the input.
    public var position: JSONPosition
    /// What the grammar allows there: `',' or '}' after an object member`.
    public var expected: String
    /// What the file holds there: `'"'`, `'NaN'`, `a tab (U+0009)`, `byte 0xE9 (not valid UTF-8)`, `end of file`.
    public var found: String
    /// A likely fix, when there is one: `JSON does not allow comments`.
    public var remedy: String?

    /// Creates an error; Estate's readers make these, tests compare against them.
    public init(kind: Kind, position: JSONPosition, expected: String, found: String, remedy: String? = nil) {
        self.kind = kind
        self.position = position
        self.expected = expected
        self.found = found
        self.remedy = remedy
    }

    /// The message without the position: `expected ',' or '}' after an object member, found '"'`.
    public var reason: String {
        var text =
            kind == .unexpectedEndOfFile
            ? "unexpected end of file, expected \(expected)"
            : "expected \(expected), found \(found)"
        if let remedy { text += "; \(remedy)" }
        return text
    }

    /// `line 3, column 14: expected ',' or '}' after an object member, found '"'`.
    public var description: String { "\(position): \(reason)" }
}
