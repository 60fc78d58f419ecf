/// Why a lifecycle file, or one entry in it, could not be read: where, what was expected, what was found.
///
/// ```text
/// local-lifecycle.csv:4: column 7 (security_support_end): expected a date (yyyy-mm-dd or dd/mm/yyyy), true, false or empty, found "31/13/2027"; 31/13/2027 has month 13; months run from 1 to 12
/// api-v1-ubuntu.json:31:84: result.releases[2].eolFrom: expected a date as "yyyy-mm-dd", true, false or null, found a number
/// ```
public struct LifecycleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the file the problem is.
    public enum Location: Sendable, Hashable {
        /// A CSV field: 1-based line, 1-based field number and the column's header name.
        case csv(line: Int, field: Int, column: String)
        /// A CSV record as a whole (a missing field, a duplicate row).
        case csvRecord(line: Int)
        /// A JSON value: its 1-based line and column, and its path (`result.releases[2].eolFrom`).
        case json(line: Int, column: Int, path: String)
        /// The file as a whole.
        case file
    }

    /// The file's name as the user gave it.
    public var file: String
    /// Where in the file.
    public var location: Location
    /// What the format allows there.
    public var expected: String
    /// What the file holds there, already quoted when it is text (`"31/13/2027"`, `a number`, `end of file`).
    public var found: String
    /// Why that text is wrong and how to fix it, when Estate can tell.
    public var hint: String?

    /// Creates an error.
    public init(file: String, location: Location, expected: String, found: String, hint: String? = nil) {
        self.file = file
        self.location = location
        self.expected = expected
        self.found = found
        self.hint = hint
    }

    /// The 1-based line, when the problem has one.
    public var line: Int? {
        switch location {
        case .csv(let line, _, _), .csvRecord(let line), .json(let line, _, _): line
        case .file: nil
        }
    }

    /// `expected …, found …` and the hint, without the place.
    public var reason: String {
        var text = "expected \(expected), found \(found)"
        if let hint { text += "; \(hint)" }
        return text
    }

    /// `file:line: column n (name): expected …, found …; hint`, or `file:line:column: path: …` for JSON.
    public var description: String {
        switch location {
        case .csv(let line, let field, let column):
            "\(file):\(line): column \(field) (\(column)): \(reason)"
        case .csvRecord(let line):
            "\(file):\(line): \(reason)"
        case .json(let line, let column, let path):
            "\(file):\(line):\(column): \(path): \(reason)"
        case .file:
            "\(file): \(reason)"
        }
    }

    /// Quotes text the way ``found`` shows it.
    static func quoted(_ text: String) -> String { "\"\(text)\"" }
}
