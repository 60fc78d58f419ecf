/// Why a cell's text is not the value its column needs: what was expected, what was found, and a hint.
///
/// ```swift
/// ValueParser.date("04/25/2024")   // .failure, whose description is:
/// // expected a date as dd/mm/yyyy, d/m/yy, yyyy-mm-dd, 12 Mar 2019, March 2019 or an Excel serial day number,
/// // found "04/25/2024"; 04/25/2024 has month 25: Estate reads dd/mm/yyyy (UK order), never mm/dd
/// ```
public struct ValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The forms the column accepts, in words.
    public var expected: String
    /// The cell's text as given.
    public var found: String
    /// What is wrong with this particular text and how to fix it, when Estate can tell.
    public var hint: String?

    /// Creates an error.
    public init(expected: String, found: String, hint: String? = nil) {
        self.expected = expected
        self.found = found
        self.hint = hint
    }

    /// `expected …, found "…"`, then `; ` and the hint when there is one.
    public var description: String {
        let base = "expected \(expected), found \"\(found)\""
        guard let hint else { return base }
        return base + "; " + hint
    }
}
