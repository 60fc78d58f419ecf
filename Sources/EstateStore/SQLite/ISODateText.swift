import EstateCore

/// `yyyy-mm-dd` as bytes: how the store writes and reads every date-only column.
enum ISODateText {
    /// Writes the 10 bytes of `date` (year 0 to 9999) into `buffer`, which holds at least 10.
    static func write(_ date: LocalDate, into buffer: UnsafeMutableBufferPointer<UInt8>) {
        let zero = UInt8(ascii: "0")
        let dash = UInt8(ascii: "-")
        let year = date.year
        buffer[0] = zero + UInt8(year / 1000 % 10)
        buffer[1] = zero + UInt8(year / 100 % 10)
        buffer[2] = zero + UInt8(year / 10 % 10)
        buffer[3] = zero + UInt8(year % 10)
        buffer[4] = dash
        buffer[5] = zero + UInt8(date.month / 10)
        buffer[6] = zero + UInt8(date.month % 10)
        buffer[7] = dash
        buffer[8] = zero + UInt8(date.day / 10)
        buffer[9] = zero + UInt8(date.day % 10)
    }

    /// The date in exactly `yyyy-mm-dd`, or `nil` for anything else (including a day that does not exist).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDate? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, 0..<4), let month = number(bytes, 5..<7), let day = number(bytes, 8..<10)
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for index in range {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
