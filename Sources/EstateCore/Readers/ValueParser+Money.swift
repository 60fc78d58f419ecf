extension ValueParser {
    static let moneyExpectation = "an amount in pounds such as 1234.50, £1,234.50, GBP 1234.50, -£50 or (£50.00)"

    /// Reads an amount in pounds sterling into exact pence.
    ///
    /// Accepted: `1234`, `1234.5`, `1,234.50`, `£1,234.50`, `£ 12`, `GBP 1,234.50`, `1,234.50 GBP`, `£0`, `.50`;
    /// negative as `-£50`, `£-50`, `-50` or in accounting brackets `(£50.00)`.
    /// Commas are thousands separators (groups of three digits), the point is the decimal point, and at most
    /// two decimal places (pence) are allowed. The arithmetic is integer throughout.
    ///
    /// Refused, each with a hint: other currencies (`$`, `€`, `USD`, `EUR`), abbreviations (`£1.2k`, `2m`),
    /// more than two decimal places, European notation (`1.234,50`), a comma as the decimal point (`12,50`),
    /// misplaced separators (`1,23,4`), a currency sign with no amount, and amounts beyond `Int64` pence.
    ///
    /// ```swift
    /// ValueParser.money("£1,234.50")   // .success(Money(pence: 123_450))
    /// ValueParser.money("(£50.00)")    // .success(Money(pence: -5_000))
    /// ValueParser.money("£1.2k")       // .failure: …; £1.2k is abbreviated; write the whole amount, such as 1200
    /// ```
    public static func money(_ text: String) -> Result<Money, ValueError> {
        withTrimmedUTF8(text) { bytes -> Result<Money, ValueError> in
            switch parsePence(bytes) {
            case .success(let pence): return .success(Money(pence: pence))
            case .failure(let hint):
                return .failure(ValueError(expected: moneyExpectation, found: text, hint: hint.text))
            }
        }
    }

    /// A hint for a refused value, or no hint when the text is simply not of the form.
    struct Refusal: Error {
        var text: String?
        init(_ text: String?) { self.text = text }
    }

    private static func parsePence(_ all: UnsafeBufferPointer<UInt8>) -> Result<Int64, Refusal> {
        let trimmed = String(decoding: all, as: UTF8.self)
        guard !all.isEmpty else { return .failure(Refusal(emptyHint)) }
        if let foreign = foreignCurrency(in: all) {
            return .failure(
                Refusal("\(foreign) is not pounds sterling; Estate holds money in GBP, so convert the amount first"))
        }
        var lower = 0
        var upper = all.count
        var isNegative = false
        if all[lower] == UInt8(ascii: "(") {
            guard all[upper - 1] == UInt8(ascii: ")"), upper - lower >= 2 else { return .failure(Refusal(nil)) }
            isNegative = true
            lower += 1
            upper -= 1
        }
        if lower < upper, all[lower] == UInt8(ascii: "-") {
            guard !isNegative else {
                return .failure(Refusal("use either a minus sign or brackets for a negative amount, not both"))
            }
            isNegative = true
            lower += 1
        }
        var hasCurrency = false
        if let after = currencyPrefixEnd(all, from: lower, to: upper) {
            hasCurrency = true
            lower = after
            while lower < upper, all[lower] == 0x20 { lower += 1 }
            if lower < upper, all[lower] == UInt8(ascii: "-") {
                guard !isNegative else {
                    return .failure(Refusal("use either a minus sign or brackets for a negative amount, not both"))
                }
                isNegative = true
                lower += 1
            }
        } else if let before = currencySuffixStart(all, from: lower, to: upper) {
            hasCurrency = true
            upper = before
            while upper > lower, all[upper - 1] == 0x20 { upper -= 1 }
        }
        guard lower < upper else {
            return .failure(Refusal(hasCurrency ? "there is no amount after the currency sign" : nil))
        }
        let number = UnsafeBufferPointer(rebasing: all[lower..<upper])
        if let last = number.last, isAbbreviation(last, in: number) {
            return .failure(Refusal("\(trimmed) is abbreviated; write the whole amount, such as 1200"))
        }
        switch parseDecimal(number) {
        case .failure(let problem):
            return .failure(Refusal(hint(for: problem, text: trimmed)))
        case .success(let decimal):
            guard decimal.fractionDigits <= 2 else {
                return .failure(
                    Refusal(
                        "\(trimmed) has \(decimal.fractionDigits) decimal places; money has at most 2 (pence)"))
            }
            let fractionPence = decimal.fractionDigits == 1 ? decimal.fraction * 10 : decimal.fraction
            let pence = decimal.whole * 100 + fractionPence
            guard let value = Int64(exactly: isNegative ? -pence : pence) else {
                return .failure(Refusal("the amount is too large"))
            }
            return .success(value)
        }
    }

    /// `$`, `€` or a currency code other than GBP, when the text holds one.
    private static func foreignCurrency(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.contains(UInt8(ascii: "$")) { return "$" }
        for index in bytes.indices where bytes[index] == 0xE2 {
            if index + 2 < bytes.count, bytes[index + 1] == 0x82, bytes[index + 2] == 0xAC { return "€" }
        }
        var index = 0
        while index < bytes.count {
            guard isLetter(bytes[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, isLetter(bytes[index]) { index += 1 }
            let word = lowercased(UnsafeBufferPointer(rebasing: bytes[start..<index]))
            if ["usd", "eur", "euro", "euros", "dollars"].contains(word) {
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
            }
        }
        return nil
    }

    /// The index after a leading `£` or `GBP`, when the text starts with one.
    private static func currencyPrefixEnd(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> Int? {
        if upper - lower >= 2, bytes[lower] == 0xC2, bytes[lower + 1] == 0xA3 { return lower + 2 }
        if upper - lower >= 3, isGBP(bytes, at: lower) { return lower + 3 }
        return nil
    }

    /// The index of a trailing `GBP`, when the text ends with one.
    private static func currencySuffixStart(
        _ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int
    ) -> Int? {
        if upper - lower >= 3, isGBP(bytes, at: upper - 3) { return upper - 3 }
        return nil
    }

    private static func isGBP(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] | 0x20 == UInt8(ascii: "g") && bytes[index + 1] | 0x20 == UInt8(ascii: "b")
            && bytes[index + 2] | 0x20 == UInt8(ascii: "p")
    }

    /// Whether the number ends in `k`, `m` or `bn` after a digit (`1.2k`, `2m`, `1bn`).
    private static func isAbbreviation(_ last: UInt8, in number: UnsafeBufferPointer<UInt8>) -> Bool {
        let letter = last | 0x20
        guard letter == UInt8(ascii: "k") || letter == UInt8(ascii: "m") || letter == UInt8(ascii: "n") else {
            return false
        }
        var index = number.count - 1
        if letter == UInt8(ascii: "n") {
            guard index >= 1, number[index - 1] | 0x20 == UInt8(ascii: "b") else { return false }
            index -= 1
        }
        while index > 0, number[index - 1] == 0x20 { index -= 1 }
        return index > 0 && isDigit(number[index - 1])
    }
}
