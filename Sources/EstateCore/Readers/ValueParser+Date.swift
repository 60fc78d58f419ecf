extension ValueParser {
    static let dateExpectation =
        "a date as dd/mm/yyyy, d/m/yy, yyyy-mm-dd, 12 Mar 2019, March 2019 or an Excel serial day number"

    /// Reads a date the way a UK council's spreadsheets write it. Day before month, always; never guessed.
    ///
    /// Accepted forms:
    /// - `dd/mm/yyyy` and `d/m/yyyy`, with `/`, `-` or `.` as the separator (the same one twice): UK order only.
    /// - `dd/mm/yy` and `d/m/yy`: a two-digit year 00–29 is 2000–2029 and 30–99 is 1930–1999, the cut-off
    ///   Windows and Excel use by default (`1/4/29` is 2029-04-01, `1/4/30` is 1930-04-01).
    /// - `yyyy-mm-dd` and `yyyy/mm/dd` (one-digit month and day allowed).
    /// - Month names: `12 Mar 2019`, `12 March 2019`, `12-Mar-2019`, `12-Mar-19` (the same two-digit-year rule);
    ///   names are English, any letter case, three-letter or full, and `Sept`.
    /// - A month alone: `Mar 2019`, `March 2019`, `Mar-2019` mean the **first** of that month (2019-03-01).
    /// - A time of day after any of the above, after a space or `T`, is checked and dropped, as in ISO 8601
    ///   timestamps: `2024-03-01T10:22:00Z`, `2024-03-01 10:22:00`, `2024-03-01T10:22:00.5+01:00`,
    ///   `01/03/2024 10:22`. The date is the one written; no time zone is applied.
    /// - An Excel serial day number, whole or with a time fraction (`43535`, `43535.75`), in the 1900 date system:
    ///   serial 1 is 1900-01-01, serial 60 is Excel's phantom 29 February 1900 (invalid), and later serials count
    ///   days from 1899-12-30. Only 10000 (1927-05-18) to 2958465 (9999-12-31) are accepted, so a bare year such
    ///   as `2019` is an error, not a day in 1905.
    ///
    /// Refused, each with a hint: a month over 12 (when it could be a day, the hint says the text looks
    /// US-ordered), days that do not exist (`31/02/2019`), years before 1900, a year with 1 or 3 digits,
    /// unknown month names, `Mar 19` (March 2019 or 19 March?), month-first text, a bare year, and `yyyymmdd`.
    ///
    /// ```swift
    /// ValueParser.date("12/03/2019")   // .success(2019-03-12)
    /// ValueParser.date("12-Mar-19")    // .success(2019-03-12)
    /// ValueParser.date("March 2019")   // .success(2019-03-01)
    /// ValueParser.date("43536")        // .success(2019-03-12)
    /// ValueParser.date("04/25/2024")   // .failure: …; 04/25/2024 has month 25: Estate reads dd/mm/yyyy (UK order), never mm/dd
    /// ```
    public static func date(_ text: String) -> Result<LocalDate, ValueError> {
        withTrimmedUTF8(text) { bytes -> Result<LocalDate, ValueError> in
            switch parseDate(bytes) {
            case .success(let date): return .success(date)
            case .failure(let refusal):
                return .failure(ValueError(expected: dateExpectation, found: text, hint: refusal.text))
            }
        }
    }

    /// The date of an Excel serial day number in the 1900 date system, or `nil` for serial 60 (29 February 1900,
    /// which Excel counts but which never existed) and serials below 1.
    static func dateFromExcelSerial(_ serial: Int) -> LocalDate? {
        guard serial >= 1, serial != 60 else { return nil }
        let excelEpoch = -25_569  // 1899-12-30, as days since 1970-01-01
        return LocalDate(daysSinceEpoch: excelEpoch + serial + (serial < 60 ? 1 : 0))
    }

    /// How a date was written, for the hints.
    private enum DateOrder {
        case dayMonthYear, yearMonthDay, named
    }

    private static let monthNumbers: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12, "january": 1, "february": 2, "march": 3, "april": 4, "june": 6,
        "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    private static func parseDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<LocalDate, Refusal> {
        guard let first = bytes.first else { return .failure(Refusal(emptyHint)) }
        var scanner = ByteScanner(bytes)
        if isDigit(first) {
            let leading = scanner.digits()
            guard let next = scanner.peek() else { return excelSerial(bytes, whole: leading, fraction: false) }
            if next == UInt8(ascii: "."), leading.count >= 3, scanner.isDigitsToEnd(from: scanner.index + 1) {
                return excelSerial(bytes, whole: leading, fraction: true)
            }
            if leading.count == 4, next == UInt8(ascii: "-") || next == UInt8(ascii: "/") {
                return yearFirst(bytes, year: leading.value, scanner: &scanner)
            }
            if leading.count <= 2 {
                if next == UInt8(ascii: "/") || next == UInt8(ascii: "-") || next == UInt8(ascii: "."),
                    let after = scanner.peek(offset: 1), isDigit(after)
                {
                    return dayFirst(bytes, day: leading.value, scanner: &scanner)
                }
                if next == UInt8(ascii: " ") || next == UInt8(ascii: "-"), let after = scanner.peek(offset: 1),
                    isLetter(after) || after >= 0x80
                {
                    return named(bytes, day: leading.value, scanner: &scanner)
                }
            }
            return .failure(Refusal(nil))
        }
        if isLetter(first) || first >= 0x80 {
            return monthFirst(bytes, scanner: &scanner)
        }
        return .failure(Refusal(nil))
    }

    /// `43535`, `43535.75`, or a bare number that is not a serial day (`2019`, `20190312`).
    private static func excelSerial(
        _ bytes: UnsafeBufferPointer<UInt8>, whole: ByteScanner.Digits, fraction: Bool
    ) -> Result<LocalDate, Refusal> {
        let text = String(decoding: bytes, as: UTF8.self)
        if !fraction, whole.count == 4, (1900...2100).contains(whole.value) {
            return .failure(
                Refusal("\(text) is a year, not a date; write the whole date, or March \(text) for a month"))
        }
        if !fraction, whole.count == 8 {
            let year = whole.value / 10_000
            let month = whole.value / 100 % 100
            let day = whole.value % 100
            if LocalDate(year: year, month: month, day: day) != nil, year >= 1900 {
                let iso = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
                return .failure(Refusal("\(text) looks like yyyymmdd; write it as \(iso)"))
            }
        }
        guard whole.count <= 7, (10_000...2_958_465).contains(whole.value),
            let date = dateFromExcelSerial(whole.value)
        else {
            return .failure(
                Refusal("an Excel serial day number must be from 10000 (1927-05-18) to 2958465 (9999-12-31)"))
        }
        return .success(date)
    }

    /// `yyyy-mm-dd` or `yyyy/mm/dd`, with the scanner just after the year.
    private static func yearFirst(
        _ bytes: UnsafeBufferPointer<UInt8>, year: Int, scanner: inout ByteScanner
    ) -> Result<LocalDate, Refusal> {
        let separator = scanner.next()
        let month = scanner.digits()
        guard (1...2).contains(month.count), scanner.next() == separator else { return .failure(Refusal(nil)) }
        let day = scanner.digits()
        guard (1...2).contains(day.count) else { return .failure(Refusal(nil)) }
        return finish(bytes, year: year, month: month.value, day: day.value, order: .yearMonthDay, scanner: &scanner)
    }

    /// `dd/mm/yyyy`, `d-m-yy`, `dd.mm.yyyy`, with the scanner just after the day.
    private static func dayFirst(
        _ bytes: UnsafeBufferPointer<UInt8>, day: Int, scanner: inout ByteScanner
    ) -> Result<LocalDate, Refusal> {
        let separator = scanner.next()
        let month = scanner.digits()
        guard (1...2).contains(month.count), scanner.next() == separator,
            let yearStart = scanner.peek(), isDigit(yearStart)
        else { return .failure(Refusal(nil)) }
        let year = scanner.digits()
        guard let fullYear = fullYear(year) else { return .failure(Refusal(yearDigitsHint(year))) }
        return finish(bytes, year: fullYear, month: month.value, day: day, order: .dayMonthYear, scanner: &scanner)
    }

    /// `12 Mar 2019`, `12 March 2019`, `12-Mar-2019`, `12-Mar-19`, with the scanner just after the day.
    private static func named(
        _ bytes: UnsafeBufferPointer<UInt8>, day: Int, scanner: inout ByteScanner
    ) -> Result<LocalDate, Refusal> {
        let separator = scanner.next()
        let word = scanner.word()
        guard let month = monthNumbers[lowercased(word)] else {
            return .failure(Refusal(unknownMonthHint(word)))
        }
        guard scanner.next() == separator, let yearStart = scanner.peek(), isDigit(yearStart) else {
            return .failure(Refusal(nil))
        }
        let year = scanner.digits()
        guard let fullYear = fullYear(year) else { return .failure(Refusal(yearDigitsHint(year))) }
        return finish(bytes, year: fullYear, month: month, day: day, order: .named, scanner: &scanner)
    }

    /// `March 2019`, `Mar 2019`, `Mar-2019` (the first of the month), or month-first text to explain.
    private static func monthFirst(
        _ bytes: UnsafeBufferPointer<UInt8>, scanner: inout ByteScanner
    ) -> Result<LocalDate, Refusal> {
        let text = String(decoding: bytes, as: UTF8.self)
        let word = scanner.word()
        let separator = scanner.next()
        guard separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"), let digitStart = scanner.peek(),
            isDigit(digitStart)
        else { return .failure(Refusal(nil)) }
        guard let month = monthNumbers[lowercased(word)] else { return .failure(Refusal(unknownMonthHint(word))) }
        let number = scanner.digits()
        let monthName = monthNames[month - 1]
        if number.count <= 2 {
            if scanner.isAtEnd {
                return .failure(
                    Refusal(
                        "\(text) could be a month with a two-digit year or a day of \(monthName); "
                            + "write the year in full (\(monthName) 2019) or the whole date"))
            }
            return .failure(Refusal("\(text) puts the month first; write the day first, as in 12 \(monthName) 2019"))
        }
        guard number.count == 4, scanner.isAtEnd else { return .failure(Refusal(nil)) }
        return finish(bytes, year: number.value, month: month, day: 1, order: .named, scanner: &scanner)
    }

    /// Checks the rest (nothing, or a time of day) and that the date exists.
    private static func finish(
        _ bytes: UnsafeBufferPointer<UInt8>, year: Int, month: Int, day: Int, order: DateOrder,
        scanner: inout ByteScanner
    ) -> Result<LocalDate, Refusal> {
        let text = String(decoding: bytes, as: UTF8.self)
        if !scanner.isAtEnd {
            let separator = scanner.next()
            let timeStart = scanner.index
            let isTimeSeparator =
                separator == UInt8(ascii: " ")
                || (order == .yearMonthDay && (separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")))
            guard isTimeSeparator, scanner.timeOfDay() else {
                guard isTimeSeparator else { return .failure(Refusal(nil)) }
                let rest = String(decoding: UnsafeBufferPointer(rebasing: bytes[timeStart...]), as: UTF8.self)
                return .failure(
                    Refusal("the text after the date, \"\(rest)\", is not a time of day (hh:mm or hh:mm:ss)"))
            }
        }
        guard (1...12).contains(month) else {
            if order == .dayMonthYear, (13...31).contains(month), (1...12).contains(day) {
                return .failure(
                    Refusal("\(text) has month \(month): Estate reads dd/mm/yyyy (UK order), never mm/dd"))
            }
            return .failure(Refusal("\(text) has month \(month); months run from 1 to 12"))
        }
        guard year >= 1900 else {
            return .failure(Refusal("the year \(year) is before 1900; Estate reads dates from 1900 on"))
        }
        guard let date = LocalDate(year: year, month: month, day: day) else {
            let days = LocalDate.daysIn(month: month, year: year)
            return .failure(
                Refusal("\(text) does not exist: \(monthNames[month - 1]) \(year) has \(days) days"))
        }
        return .success(date)
    }

    /// A four-digit year as is; a two-digit year by the Excel cut-off (00–29 → 2000s, 30–99 → 1900s).
    private static func fullYear(_ year: ByteScanner.Digits) -> Int? {
        switch year.count {
        case 4: return year.value
        case 2: return year.value < 30 ? 2000 + year.value : 1900 + year.value
        default: return nil
        }
    }

    private static func yearDigitsHint(_ year: ByteScanner.Digits) -> String {
        "the year has \(year.count) digit\(year.count == 1 ? "" : "s"); write all 4 (2019) or the last 2 (19)"
    }

    private static func unknownMonthHint(_ word: UnsafeBufferPointer<UInt8>) -> String {
        let name = String(decoding: word, as: UTF8.self)
        return "\"\(name)\" is not a month name; write Jan to Dec or the full English name"
    }
}

/// A cursor over a short run of bytes, for the date parser.
struct ByteScanner {
    /// A run of decimal digits: its value (capped, so that long runs cannot overflow) and its length.
    struct Digits {
        var value: Int
        var count: Int
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { index >= bytes.count }

    func peek(offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    mutating func next() -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    /// Reads a run of digits (possibly empty).
    mutating func digits() -> Digits {
        var value = 0
        var count = 0
        while index < bytes.count, ValueParser.isDigit(bytes[index]) {
            if count < 18 { value = value * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
            count += 1
            index += 1
        }
        return Digits(value: value, count: count)
    }

    /// Reads everything up to the next space, hyphen, digit or end: a month name, or what stands in for one.
    mutating func word() -> UnsafeBufferPointer<UInt8> {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || ValueParser.isDigit(byte) { break }
            index += 1
        }
        return UnsafeBufferPointer(rebasing: bytes[start..<index])
    }

    /// Whether every byte from `start` to the end is a digit (and there is at least one).
    func isDigitsToEnd(from start: Int) -> Bool {
        start < bytes.count && bytes[start...].allSatisfy(ValueParser.isDigit)
    }

    /// Reads `h:mm`, `hh:mm:ss`, an optional fraction of a second, and an optional `Z` or `±hh[:mm]` zone,
    /// through to the end. Returns whether all of it was a valid time of day.
    mutating func timeOfDay() -> Bool {
        let hour = digits()
        guard (1...2).contains(hour.count), hour.value <= 23, next() == UInt8(ascii: ":") else { return false }
        let minute = digits()
        guard minute.count == 2, minute.value <= 59 else { return false }
        if peek() == UInt8(ascii: ":") {
            index += 1
            let second = digits()
            guard second.count == 2, second.value <= 60 else { return false }
            if peek() == UInt8(ascii: ".") || peek() == UInt8(ascii: ",") {
                index += 1
                guard digits().count > 0 else { return false }
            }
        }
        guard let zone = next() else { return true }
        if zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") { return isAtEnd }
        guard zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") else { return false }
        let zoneHours = digits()
        if zoneHours.count == 4 { return isAtEnd && zoneHours.value / 100 <= 23 && zoneHours.value % 100 <= 59 }
        guard zoneHours.count == 2, zoneHours.value <= 23 else { return false }
        if isAtEnd { return true }
        guard next() == UInt8(ascii: ":") else { return false }
        let zoneMinutes = digits()
        return zoneMinutes.count == 2 && zoneMinutes.value <= 59 && isAtEnd
    }
}
