/// Where something sits in a JSON file, for messages such as `cloud.json:14:9: …`.
///
/// `line` and `column` are 1-based and count what an editor shows: `column` counts Unicode
/// scalars (characters) from the start of the line, not bytes, so `"£5"` is three columns wide.
/// A UTF-8 byte order mark at the start of the file takes no column. `offset` is the 0-based
/// byte offset from the first byte given to the parser, for slicing the raw bytes.
public struct JSONPosition: Sendable, Hashable, CustomStringConvertible {
    /// 1-based line; LF, CRLF and a lone CR each end a line.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int
    /// 0-based byte offset from the start of the input.
    public var offset: Int

    /// Creates a position from a 1-based line and column and a 0-based byte offset.
    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// `line 3, column 14`.
    public var description: String { "line \(line), column \(column)" }
}

/// One JSON value as written in an inventory file.
///
/// Numbers keep the literal text exactly as written (`"1E+2"`, `"-0"`, `"1250.50"`), so Estate
/// decides whether a number is a count, a size or an amount of money without a round trip
/// through `Double`. Objects keep their members in file order, duplicates included, so a
/// record that names `hostname` twice can be reported rather than silently resolved.
///
/// ```swift
/// let node = try JSONParser().parse(Data(#"{"cost": 1250.50}"#.utf8))
/// node["cost"]?.value    // .number("1250.50")
/// ```
///
/// Related specification: RFC 8259, <https://www.rfc-editor.org/rfc/rfc8259>.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// The number's literal text, already checked against the JSON number grammar.
    case number(String)
    case string(String)
    case array([JSONNode])
    /// Members in file order; a name that appears twice appears twice here.
    case object([JSONMember])
}

/// A JSON value with where it starts and ends in the input.
///
/// `position` is the value's first byte (the `{`, `[`, opening `"`, or first digit) and
/// `endOffset` is one past its last byte, so `byteRange` slices exactly the value's raw text:
/// Estate keeps a rejected record's raw text that way.
public struct JSONNode: Sendable, Hashable {
    /// The value itself.
    public var value: JSONValue
    /// Where the value starts.
    public var position: JSONPosition
    /// Byte offset one past the value's last byte.
    public var endOffset: Int

    /// Creates a node for `value`, which spans `position.offset..<endOffset`.
    public init(value: JSONValue, position: JSONPosition, endOffset: Int) {
        self.value = value
        self.position = position
        self.endOffset = endOffset
    }

    /// The value's bytes in the input: `position.offset..<endOffset`.
    ///
    /// Offsets count from the first byte passed to the parser; for a `Data` slice, add its `startIndex`.
    public var byteRange: Range<Int> { position.offset..<endOffset }
}

/// One `"name": value` member of a JSON object.
public struct JSONMember: Sendable, Hashable {
    /// The member name, with escapes decoded.
    public var key: String
    /// Where the member name's opening quote is.
    public var keyPosition: JSONPosition
    /// The member's value, with its own position.
    public var value: JSONNode

    /// Creates a member named `key` whose name starts at `keyPosition`.
    public init(key: String, keyPosition: JSONPosition, value: JSONNode) {
        self.key = key
        self.keyPosition = keyPosition
        self.value = value
    }
}
