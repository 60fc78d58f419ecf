/// An unsigned decimal number read exactly from text, for the money, integer and size parsers.
struct DecimalText: Equatable {
    /// The digits before the point.
    var whole: Int128
    /// The digits after the point, as a whole number (`.05` is 5 with two fraction digits).
    var fraction: Int128
    /// How many digits followed the point.
    var fractionDigits: Int
    /// Whether every digit after the point is zero (or there is no point).
    var fractionIsZero: Bool { fraction == 0 }
}

/// Why text is not a plain decimal number, in the words a hint needs.
enum DecimalFailure: Error, Equatable {
    /// Not made of digits, commas and at most one point in a sensible order.
    case notANumber
    /// Commas that do not group digits in threes (`1,23,4`).
    case misgrouped
    /// A comma used as the decimal point (`12,50`).
    case decimalComma
    /// Point for thousands and comma for decimals (`1.234,50`).
    case europeanNotation
    /// More digits than Estate holds (30 before the point, 18 after it).
    case tooLong
}

extension ValueParser {
    /// Reads `1234`, `1,234`, `1,234.5`, `0.25` or `.5` exactly. No sign, no spaces, no exponent.
    ///
    /// Commas are thousands separators and must group digits in threes (1-3 digits, then groups of exactly 3);
    /// the point is the decimal point and must have at least one digit after it.
    static func parseDecimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<DecimalText, DecimalFailure> {
        let comma = UInt8(ascii: ",")
        let point = UInt8(ascii: ".")
        var firstPoint: Int?
        var pointCount = 0
        var commaIndexes: [Int] = []
        for (index, byte) in bytes.enumerated() {
            if byte == point {
                pointCount += 1
                if firstPoint == nil { firstPoint = index }
            } else if byte == comma {
                commaIndexes.append(index)
            } else if !isDigit(byte) {
                return .failure(.notANumber)
            }
        }
        guard bytes.contains(where: isDigit) else { return .failure(.notANumber) }
        if let firstPoint, let lastComma = commaIndexes.last, lastComma > firstPoint {
            return .failure(.europeanNotation)
        }
        if pointCount > 1 {
            let groups = bytes.split(separator: point, omittingEmptySubsequences: false)
            let isGroupedByPoints =
                commaIndexes.isEmpty && (1...3).contains(groups.first?.count ?? 0)
                && groups.dropFirst().allSatisfy { $0.count == 3 }
            return .failure(isGroupedByPoints ? .europeanNotation : .notANumber)
        }
        let wholeEnd = firstPoint ?? bytes.count
        if firstPoint == nil, commaIndexes.count == 1, let onlyComma = commaIndexes.first,
            onlyComma > 0, (1...2).contains(bytes.count - onlyComma - 1)
        {
            return .failure(.decimalComma)
        }
        if !commaIndexes.isEmpty {
            guard let firstComma = commaIndexes.first, (1...3).contains(firstComma) else {
                return .failure(.misgrouped)
            }
            var expected = firstComma
            for index in commaIndexes {
                guard index == expected else { return .failure(.misgrouped) }
                expected = index + 4
            }
            guard expected == wholeEnd else { return .failure(.misgrouped) }
        }
        var whole: Int128 = 0
        var wholeDigits = 0
        for index in 0..<wholeEnd where bytes[index] != comma {
            wholeDigits += 1
            guard wholeDigits <= 30 else { return .failure(.tooLong) }
            whole = whole * 10 + Int128(bytes[index] - UInt8(ascii: "0"))
        }
        var fraction: Int128 = 0
        var fractionDigits = 0
        if let firstPoint {
            fractionDigits = bytes.count - firstPoint - 1
            guard fractionDigits > 0 else { return .failure(.notANumber) }
            guard fractionDigits <= 18 else { return .failure(.tooLong) }
            for index in (firstPoint + 1)..<bytes.count {
                fraction = fraction * 10 + Int128(bytes[index] - UInt8(ascii: "0"))
            }
        }
        return .success(DecimalText(whole: whole, fraction: fraction, fractionDigits: fractionDigits))
    }

    /// The hint for a number that could not be read, or `nil` when there is nothing useful to add.
    static func hint(for failure: DecimalFailure, text: String) -> String? {
        switch failure {
        case .notANumber:
            return nil
        case .misgrouped:
            return "thousands separators must group digits in threes, as in 1,234,567"
        case .decimalComma:
            return "Estate reads a comma as a thousands separator; write the decimal point as a point, as in 12.50"
        case .europeanNotation:
            return "\(text) looks like European notation; write 1,234.50 (comma for thousands, point for decimals)"
        case .tooLong:
            return "the number has too many digits"
        }
    }
}
