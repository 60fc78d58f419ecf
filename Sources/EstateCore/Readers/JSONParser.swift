import Foundation

/// A strict RFC 8259 JSON parser that records where every value starts and ends, so Estate can
/// point a user at `cloud.json:14:9: assets[3].purchase_date: expected a date …`.
///
/// The parser reads UTF-8 bytes in one pass. A UTF-8 byte order mark is skipped; UTF-16 and
/// UTF-32 files are refused with a message saying so. Everything RFC 8259 forbids is an error
/// with a position: comments, trailing commas, single quotes, `NaN`, leading zeros, control
/// characters and invalid UTF-8 in strings, lone surrogate escapes, and anything after the
/// top-level value. Numbers are checked against the grammar but kept as their literal text.
/// Nesting is tracked on the heap, so a deeply nested file gives an error, not a stack overflow.
///
/// ```swift
/// let root = try JSONParser().parse(Data(#"{"assets": [{"id": "A1"}]}"#.utf8))
/// root["assets"]?.arrayValue?.first?["id"]?.position   // line 1, column 20
/// ```
///
/// Related specification: RFC 8259, <https://www.rfc-editor.org/rfc/rfc8259>.
public struct JSONParser: Sendable, Hashable {
    /// The most arrays and objects that may be open at once; a top-level array is level 1.
    ///
    /// Inventory files nest a few levels; the limit stops a malformed or hostile file early.
    /// Keep it in the hundreds: a parsed tree is released recursively, one call per level.
    public var maximumDepth: Int

    /// Creates a parser that refuses nesting deeper than `maximumDepth` arrays and objects.
    public init(maximumDepth: Int = 256) {
        self.maximumDepth = maximumDepth
    }

    /// Parses one JSON document.
    ///
    /// - Parameter bytes: The whole file, UTF-8, optionally starting with a byte order mark.
    ///   Positions' byte offsets count from its first byte.
    /// - Returns: The top-level value with its position and extent.
    /// - Throws: ``JSONSyntaxError`` at the first fault.
    /// - Complexity: O(*n*) in the size of the input.
    public func parse(_ bytes: some ContiguousBytes) throws -> JSONNode {
        try bytes.withUnsafeBytes { raw in
            var reader = JSONReader(bytes: raw.assumingMemoryBound(to: UInt8.self), maximumDepth: maximumDepth)
            return try reader.readDocument()
        }
    }
}
