import Testing

@testable import EstateCore

@Suite struct MoneyParsingTests {
    private static let expected =
        "expected an amount in pounds such as 1234.50, £1,234.50, GBP 1234.50, -£50 or (£50.00)"

    private func pence(_ text: String) -> Int64? {
        guard case .success(let money) = ValueParser.money(text) else { return nil }
        return money.pence
    }

    private func message(_ text: String) -> String? {
        guard case .failure(let error) = ValueParser.money(text) else { return nil }
        return error.description
    }

    @Test(
        arguments: [
            ("£1,234.50", 123_450), ("1234.5", 123_450), ("1234", 123_400), ("GBP 1,234.50", 123_450),
            ("1,234.50 GBP", 123_450), ("gbp12", 1_200), ("£0", 0), ("£ 12", 1_200), (".50", 50), ("0.05", 5),
            ("9,999,999.99", 999_999_999), ("  £7.10 ", 710), ("123,456", 12_345_600),
        ] as [(String, Int64)])
    func readsAmountsInPounds(text: String, expected: Int64) {
        #expect(pence(text) == expected)
    }

    @Test(
        arguments: [
            ("-£50", -5_000), ("£-50", -5_000), ("-50.25", -5_025), ("(£50.00)", -5_000), ("(50)", -5_000),
            ("(GBP 1,000)", -100_000), ("-0", 0),
        ] as [(String, Int64)])
    func readsNegativeAmountsWithAMinusOrAccountingBrackets(text: String, expected: Int64) {
        #expect(pence(text) == expected)
    }

    @Test func keepsExactPenceForLargeAmounts() {
        #expect(pence("92,233,720,368,547,758.07") == Int64.max)
        #expect(pence("-92233720368547758.08") == Int64.min)
        #expect(pence("92233720368547758.08") == nil)
        #expect(pence("0.10") == 10)
    }

    @Test func refusesAbbreviatedAmounts() {
        #expect(
            message("£1.2k") == Self.expected
                + ", found \"£1.2k\"; £1.2k is abbreviated; write the whole amount, such as 1200")
        #expect(
            message("2m") == Self.expected + ", found \"2m\"; 2m is abbreviated; write the whole amount, such as 1200")
        #expect(
            message("£1 bn") == Self.expected
                + ", found \"£1 bn\"; £1 bn is abbreviated; write the whole amount, such as 1200")
    }

    @Test func refusesOtherCurrencies() {
        let hint = " is not pounds sterling; Estate holds money in GBP, so convert the amount first"
        #expect(message("$50") == Self.expected + ", found \"$50\"; $" + hint)
        #expect(message("€1.234,50") == Self.expected + ", found \"€1.234,50\"; €" + hint)
        #expect(message("50 EUR") == Self.expected + ", found \"50 EUR\"; EUR" + hint)
        #expect(message("usd 10") == Self.expected + ", found \"usd 10\"; usd" + hint)
    }

    @Test func refusesMoreThanTwoDecimalPlaces() {
        #expect(
            message("12.345") == Self.expected
                + ", found \"12.345\"; 12.345 has 3 decimal places; money has at most 2 (pence)")
    }

    @Test func refusesEuropeanNotation() {
        let hint = " looks like European notation; write 1,234.50 (comma for thousands, point for decimals)"
        #expect(message("1.234,50") == Self.expected + ", found \"1.234,50\"; 1.234,50" + hint)
        #expect(message("£1.234.567") == Self.expected + ", found \"£1.234.567\"; £1.234.567" + hint)
    }

    @Test func refusesACommaAsTheDecimalPoint() {
        #expect(
            message("12,50")
                == Self.expected
                + ", found \"12,50\"; Estate reads a comma as a thousands separator; "
                + "write the decimal point as a point, as in 12.50")
    }

    @Test(arguments: ["1,23,4", "1234,567", "1,2345", ",123", "12,3456.00"])
    func refusesMisplacedThousandsSeparators(text: String) {
        #expect(
            message(text)
                == Self.expected
                + ", found \"\(text)\"; thousands separators must group digits in threes, as in 1,234,567")
    }

    @Test func refusesACurrencySignWithNoAmount() {
        let hint = "; there is no amount after the currency sign"
        #expect(message("£") == Self.expected + ", found \"£\"" + hint)
        #expect(message("GBP") == Self.expected + ", found \"GBP\"" + hint)
        #expect(message("-£") == Self.expected + ", found \"-£\"" + hint)
    }

    @Test func refusesAMinusSignInsideAccountingBrackets() {
        #expect(
            message("(-£50)")
                == Self.expected
                + ", found \"(-£50)\"; use either a minus sign or brackets for a negative amount, not both")
    }

    @Test func refusesAmountsBeyondWhatPenceCanHold() {
        #expect(
            message("99999999999999999999") == Self.expected
                + ", found \"99999999999999999999\"; the amount is too large")
    }

    @Test(arguments: ["abc", "(£50", "()", "£12 GBP", "12.", "1.2.3", "+5", "£1 234", "--5"])
    func refusesOtherTextWithoutAHint(text: String) {
        #expect(message(text) == Self.expected + ", found \"\(text)\"")
    }

    @Test func refusesEmptyText() {
        #expect(message("") == Self.expected + ", found \"\"; the cell is empty")
    }
}
