import Testing

@testable import EstateCore

/// Cells are trimmed of Unicode white space at either end, whichever end is ASCII and whichever is not.
@Suite struct FieldTrimmingTests {
    @Test(arguments: [
        ("£162.56", "£162.56"),
        ("\u{A0}£162.56", "£162.56"),
        ("£162.56\u{A0}", "£162.56"),
        ("Café", "Café"),
        ("Café\u{3000}", "Café"),
        ("\u{2003}Town Hall", "Town Hall"),
        (" Town Hall\t", "Town Hall"),
        ("\u{A0}\u{A0}", ""),
        ("", ""),
        ("Zoë\u{A0}Room 2", "Zoë\u{A0}Room 2"),
    ])
    func aCellIsTrimmedOfWhiteSpaceAtBothEndsOnly(cell: String, expected: String) {
        #expect(FieldReader<AssetField>.trimmed(cell) == expected)
    }
}
