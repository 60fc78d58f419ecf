/// A calendar date with no time and no time zone: a purchase date, a warranty end, a support end.
///
/// Estate never turns a date-only fact into an instant, so no time zone can shift it by a day.
/// Dates compare and subtract by their day number in the proleptic Gregorian calendar.
///
/// ```swift
/// let end = LocalDate(year: 2025, month: 10, day: 14)!
/// end.adding(days: 1).description   // "2025-10-15"
/// ```
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The date packed as `year << 9 | month << 5 | day`: four bytes that order like the date (an estate holds
    /// millions of dates), with the parts one shift away.
    private let packed: Int32

    /// The year, 1 to 9999.
    public var year: Int { Int(packed >> 9) }
    /// The month, 1 to 12.
    public var month: Int { Int((packed >> 5) & 0xF) }
    /// The day of the month, 1 to 31.
    public var day: Int { Int(packed & 0x1F) }

    /// Creates a date, or `nil` when the day does not exist (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(checkedYear: year, month: month, day: day)
    }

    /// A date whose parts are known to exist.
    private init(checkedYear year: Int, month: Int, day: Int) {
        packed = Int32(truncatingIfNeeded: year << 9 | month << 5 | day)
    }

    /// The date `days` days after 1970-01-01 (negative before it).
    public init(daysSinceEpoch days: Int) {
        // Howard Hinnant's civil-from-days algorithm.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(checkedYear: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let month = self.month
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Adds calendar months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28 or 29 Feb).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        guard (1...9999).contains(y) else { return self }
        return LocalDate(checkedYear: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))
    }

    public func adding(years: Int) -> LocalDate { adding(months: years * 12) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: LocalDate) -> Int { other.daysSinceEpoch - daysSinceEpoch }

    /// Age in whole years on `date` (birthday rule: 2019-03-10 is 5 on 2024-03-10, 4 on 2024-03-09).
    public func wholeYears(until date: LocalDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// `yyyy-mm-dd`.
    public var description: String {
        // The usual four-digit year: ten ASCII bytes, which a String holds inline (no allocation).
        if (0...9999).contains(year) {
            let (year, month, day) = (year, UInt8(month), UInt8(day))
            return String(unsafeUninitializedCapacity: 10) { bytes in
                bytes[0] = UInt8(year / 1000) + 0x30
                bytes[1] = UInt8(year / 100 % 10) + 0x30
                bytes[2] = UInt8(year / 10 % 10) + 0x30
                bytes[3] = UInt8(year % 10) + 0x30
                bytes[4] = UInt8(ascii: "-")
                bytes[5] = month / 10 + 0x30
                bytes[6] = month % 10 + 0x30
                bytes[7] = UInt8(ascii: "-")
                bytes[8] = day / 10 + 0x30
                bytes[9] = day % 10 + 0x30
                return 10
            }
        }
        let y = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - y.count)) + y
        return "\(paddedYear)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.packed < rhs.packed }

    fileprivate init(packed: Int32) { self.packed = packed }

    fileprivate var packedValue: Int32 { packed }
}

extension LocalDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a date as yyyy-mm-dd, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension LocalDate {
    /// Parses exactly `yyyy-mm-dd`; `nil` for anything else. For user input use ``ValueParser/date(_:)``.
    public init?(iso text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let y = Self.digits(bytes[0..<4]), let m = Self.digits(bytes[5..<7]), let d = Self.digits(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}

/// A date or none in four bytes, where an optional date takes eight in an array of structs (the values held a
/// million at a time use it): no date is 0, which no date packs to, since its month and day are at least 1.
@propertyWrapper
public struct PackedDate: Sendable, Hashable {
    private var packed: Int32

    public init(wrappedValue: LocalDate?) { packed = wrappedValue?.packedValue ?? 0 }

    public var wrappedValue: LocalDate? {
        get { packed == 0 ? nil : LocalDate(packed: packed) }
        set { packed = newValue?.packedValue ?? 0 }
    }
}
