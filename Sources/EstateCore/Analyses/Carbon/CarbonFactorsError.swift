/// A carbon factor file that cannot be read: which file, which line and column, what was expected and found.
///
/// The shipped files are part of Estate, so this means a damaged build or a hand-edited copy; the message
/// says exactly where to look.
public struct CarbonFactorsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line, or `nil` when the whole file is at fault.
    public var line: Int?
    /// The column's header name, when one cell is at fault.
    public var column: String?
    public var expected: String
    public var found: String

    public init(file: String, line: Int? = nil, column: String? = nil, expected: String, found: String) {
        self.file = file
        self.line = line
        self.column = column
        self.expected = expected
        self.found = found
    }

    /// `carbon/pue.csv:4: pue: expected a number, found "high"`.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let column { place += ": \(column)" }
        return "\(place): expected \(expected), found \(found)"
    }
}
