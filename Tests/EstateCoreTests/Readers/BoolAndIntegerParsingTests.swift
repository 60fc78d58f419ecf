import Testing

@testable import EstateCore

@Suite struct BoolAndIntegerParsingTests {
    private static let expectedBool = "expected yes or no (also y/n, true/false, 1/0)"
    private static let expectedInteger = "expected a whole number such as 1200 or 1,200"

    private func integerMessage(_ text: String) -> String? {
        guard case .failure(let error) = ValueParser.integer(text) else { return nil }
        return error.description
    }

    @Test(arguments: ["yes", "Yes", "YES", "y", "Y", "true", "TRUE", "True", "1", " yes "])
    func readsTrue(text: String) throws {
        #expect(try ValueParser.bool(text).get() == true)
    }

    @Test(arguments: ["no", "No", "NO", "n", "N", "false", "FALSE", "0", "\tno"])
    func readsFalse(text: String) throws {
        #expect(try ValueParser.bool(text).get() == false)
    }

    @Test(arguments: ["maybe", "t", "f", "2", "yess", "", "x", "on", "falsey"])
    func refusesAnythingElseListingTheAcceptedWords(text: String) {
        guard case .failure(let error) = ValueParser.bool(text) else {
            Issue.record("\(text) was read as a boolean")
            return
        }
        #expect(error.description == Self.expectedBool + ", found \"\(text)\"")
        #expect(error.hint == nil)
    }

    @Test(arguments: [("1200", 1_200), ("1,200", 1_200), ("0", 0), ("-3", -3), ("16.0", 16), ("1,234,567", 1_234_567)])
    func readsWholeNumbers(text: String, expected: Int) throws {
        #expect(try ValueParser.integer(text).get() == expected)
    }

    @Test func refusesDecimals() {
        #expect(integerMessage("12.5") == Self.expectedInteger + ", found \"12.5\"; 12.5 is not a whole number")
    }

    @Test func refusesMisgroupedNumbers() {
        #expect(
            integerMessage("1,20")
                == Self.expectedInteger
                + ", found \"1,20\"; Estate reads a comma as a thousands separator; "
                + "write the decimal point as a point, as in 12.50")
        #expect(
            integerMessage("12,00,000")
                == Self.expectedInteger
                + ", found \"12,00,000\"; thousands separators must group digits in threes, as in 1,234,567")
    }

    @Test func refusesNumbersTooLargeForAnInteger() {
        #expect(
            integerMessage("99999999999999999999")
                == Self.expectedInteger + ", found \"99999999999999999999\"; the number is too large")
    }

    @Test(arguments: ["abc", "12 cores", "+5", "--5", "-", "1e3"])
    func refusesJunk(text: String) {
        #expect(integerMessage(text) == Self.expectedInteger + ", found \"\(text)\"")
    }

    @Test func refusesEmptyText() {
        #expect(integerMessage("") == Self.expectedInteger + ", found \"\"; the cell is empty")
    }

    @Test func describesAnErrorWithItsHintAfterASemicolon() {
        let plain = ValueError(expected: "a thing", found: "x")
        let hinted = ValueError(expected: "a thing", found: "x", hint: "try y")
        #expect(plain.description == "expected a thing, found \"x\"")
        #expect(hinted.description == "expected a thing, found \"x\"; try y")
    }
}
