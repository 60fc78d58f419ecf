import Testing

@testable import EstateCore

@Suite struct DateParsingTests {
    private static let expected =
        "expected a date as dd/mm/yyyy, d/m/yy, yyyy-mm-dd, 12 Mar 2019, March 2019 or an Excel serial day number"

    private func parsed(_ text: String) -> String? {
        guard case .success(let date) = ValueParser.date(text) else { return nil }
        return date.description
    }

    private func message(_ text: String) -> String? {
        guard case .failure(let error) = ValueParser.date(text) else { return nil }
        return error.description
    }

    @Test(arguments: [
        ("12/03/2019", "2019-03-12"), ("01/12/2024", "2024-12-01"), ("1/2/2024", "2024-02-01"),
        ("31/12/1999", "1999-12-31"), ("29/02/2024", "2024-02-29"),
    ])
    func readsDayMonthYearWithSlashesInUKOrder(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test(arguments: [("12-03-2019", "2019-03-12"), ("12.03.2019", "2019-03-12"), ("5.6.2020", "2020-06-05")])
    func readsDayMonthYearWithHyphensAndPoints(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test(arguments: [
        ("1/4/00", "2000-04-01"), ("1/4/19", "2019-04-01"), ("1/4/29", "2029-04-01"), ("1/4/30", "1930-04-01"),
        ("1/4/99", "1999-04-01"), ("12-03-19", "2019-03-12"),
    ])
    func readsTwoDigitYearsWithTheExcelCutOff(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test(arguments: [
        ("2019-03-12", "2019-03-12"), ("2019/03/12", "2019-03-12"), ("2019-3-5", "2019-03-05"),
    ])
    func readsYearMonthDay(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test(arguments: [
        "2024-03-01T10:22:00Z", "2024-03-01 10:22:00", "2024-03-01T10:22", "2024-03-01T10:22:00.123+01:00",
        "2024-03-01T23:59:60-0500", "2024-03-01t10:22:00z", "2024-03-01T10:22:00+01",
    ])
    func takesTheDatePartOfATimestamp(text: String) {
        #expect(parsed(text) == "2024-03-01")
    }

    @Test func takesTheDatePartOfADayFirstDateWithATime() {
        #expect(parsed("01/03/2024 10:22") == "2024-03-01")
        #expect(parsed("01/03/2024 9:05:59") == "2024-03-01")
    }

    @Test(arguments: [
        ("12 Mar 2019", "2019-03-12"), ("12 March 2019", "2019-03-12"), ("12-Mar-2019", "2019-03-12"),
        ("12-Mar-19", "2019-03-12"), ("1 sept 2021", "2021-09-01"), ("3 DECEMBER 1995", "1995-12-03"),
        ("28-feb-45", "1945-02-28"),
    ])
    func readsDatesWithMonthNames(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test(arguments: [("Mar 2019", "2019-03-01"), ("March 2019", "2019-03-01"), ("Sep-2020", "2020-09-01")])
    func readsAMonthAloneAsItsFirstDay(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test(arguments: [
        ("43536", "2019-03-12"), ("45352", "2024-03-01"), ("45352.4375", "2024-03-01"), ("10000", "1927-05-18"),
        ("2958465", "9999-12-31"),
    ])
    func readsExcelSerialDayNumbers(text: String, iso: String) {
        #expect(parsed(text) == iso)
    }

    @Test func countsExcelSerialsAroundThePhantomLeapDay() {
        #expect(ValueParser.dateFromExcelSerial(1)?.description == "1900-01-01")
        #expect(ValueParser.dateFromExcelSerial(59)?.description == "1900-02-28")
        #expect(ValueParser.dateFromExcelSerial(60) == nil)
        #expect(ValueParser.dateFromExcelSerial(61)?.description == "1900-03-01")
        #expect(ValueParser.dateFromExcelSerial(0) == nil)
    }

    @Test func ignoresSurroundingSpaces() {
        #expect(parsed("  12/03/2019\t") == "2019-03-12")
        #expect(parsed("\u{00A0}12/03/2019\u{00A0}") == "2019-03-12")
    }

    @Test func refusesADayThatDoesNotExist() {
        #expect(
            message("31/02/2019")
                == Self.expected + ", found \"31/02/2019\"; 31/02/2019 does not exist: February 2019 has 28 days")
        #expect(
            message("29/02/2023")
                == Self.expected + ", found \"29/02/2023\"; 29/02/2023 does not exist: February 2023 has 28 days")
        #expect(
            message("31/04/2024")
                == Self.expected + ", found \"31/04/2024\"; 31/04/2024 does not exist: April 2024 has 30 days")
        #expect(
            message("00/04/2024")
                == Self.expected + ", found \"00/04/2024\"; 00/04/2024 does not exist: April 2024 has 30 days")
    }

    @Test func explainsThatAMonthOverTwelveLooksUSOrdered() {
        #expect(
            message("04/25/2024")
                == Self.expected
                + ", found \"04/25/2024\"; 04/25/2024 has month 25: Estate reads dd/mm/yyyy (UK order), never mm/dd")
    }

    @Test func refusesAMonthThatCannotBeADayEither() {
        #expect(
            message("14/13/2024")
                == Self.expected + ", found \"14/13/2024\"; 14/13/2024 has month 13; months run from 1 to 12")
        #expect(
            message("2024-13-01")
                == Self.expected + ", found \"2024-13-01\"; 2024-13-01 has month 13; months run from 1 to 12")
        #expect(
            message("01/00/2024")
                == Self.expected + ", found \"01/00/2024\"; 01/00/2024 has month 0; months run from 1 to 12")
    }

    @Test func refusesYearsBefore1900() {
        #expect(
            message("12/03/1899")
                == Self.expected
                + ", found \"12/03/1899\"; the year 1899 is before 1900; Estate reads dates from 1900 on")
        #expect(
            message("0024-03-05")
                == Self.expected + ", found \"0024-03-05\"; the year 24 is before 1900; Estate reads dates from 1900 on"
        )
    }

    @Test func refusesYearsWithOneOrThreeDigits() {
        #expect(
            message("12/03/201")
                == Self.expected + ", found \"12/03/201\"; the year has 3 digits; write all 4 (2019) or the last 2 (19)"
        )
        #expect(
            message("1/2/3")
                == Self.expected + ", found \"1/2/3\"; the year has 1 digit; write all 4 (2019) or the last 2 (19)")
    }

    @Test func refusesUnknownMonthNames() {
        #expect(
            message("12 Mzr 2019")
                == Self.expected
                + ", found \"12 Mzr 2019\"; \"Mzr\" is not a month name; write Jan to Dec or the full English name")
        #expect(
            message("Marchh 2019")
                == Self.expected
                + ", found \"Marchh 2019\"; \"Marchh\" is not a month name; write Jan to Dec or the full English name")
        #expect(
            message("12 März 2019")
                == Self.expected
                + ", found \"12 März 2019\"; \"März\" is not a month name; write Jan to Dec or the full English name")
    }

    @Test func refusesAMonthWithATwoDigitNumberAsAmbiguous() {
        #expect(
            message("Mar-19")
                == Self.expected
                + ", found \"Mar-19\"; Mar-19 could be a month with a two-digit year or a day of March; "
                + "write the year in full (March 2019) or the whole date")
    }

    @Test func refusesMonthFirstDates() {
        #expect(
            message("March 12, 2019")
                == Self.expected
                + ", found \"March 12, 2019\"; March 12, 2019 puts the month first; write the day first, as in 12 March 2019"
        )
    }

    @Test func refusesABareYear() {
        #expect(
            message("2019")
                == Self.expected
                + ", found \"2019\"; 2019 is a year, not a date; write the whole date, or March 2019 for a month")
    }

    @Test func refusesSerialNumbersOutsideTheAcceptedRange() {
        let hint = "an Excel serial day number must be from 10000 (1927-05-18) to 2958465 (9999-12-31)"
        #expect(message("9999") == Self.expected + ", found \"9999\"; " + hint)
        #expect(message("60") == Self.expected + ", found \"60\"; " + hint)
        #expect(message("2958466") == Self.expected + ", found \"2958466\"; " + hint)
        #expect(message("123456789012345678901234") == Self.expected + ", found \"123456789012345678901234\"; " + hint)
    }

    @Test func explainsACompactYearMonthDay() {
        #expect(
            message("20190312")
                == Self.expected + ", found \"20190312\"; 20190312 looks like yyyymmdd; write it as 2019-03-12")
    }

    @Test func refusesAnInvalidTimeAfterTheDate() {
        #expect(
            message("2024-03-01T25:00")
                == Self.expected
                + ", found \"2024-03-01T25:00\"; the text after the date, \"25:00\", is not a time of day (hh:mm or hh:mm:ss)"
        )
        #expect(
            message("01/03/2024 noon")
                == Self.expected
                + ", found \"01/03/2024 noon\"; the text after the date, \"noon\", is not a time of day (hh:mm or hh:mm:ss)"
        )
    }

    @Test(arguments: [
        "N/A", "TBC", "12/03-2019", "12/03/2019x", "2019-03", "12 Mar", "-43536", "1.5", "01/03/2024T10:22",
        "12  Mar 2019", "123/04/2019",
    ])
    func refusesOtherTextWithoutAHint(text: String) {
        #expect(message(text) == Self.expected + ", found \"\(text)\"")
    }

    @Test func refusesEmptyText() {
        #expect(message("  ") == Self.expected + ", found \"  \"; the cell is empty")
    }
}
