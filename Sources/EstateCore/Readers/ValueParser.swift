/// Pure functions from a cell's text to a typed value, or to a ``ValueError`` that says what was expected,
/// what was found, and why the text was refused.
///
/// The parsers never guess: text that could mean two things (`2019` as a date, `16` as a size, `04/25/2024`)
/// is an error with a hint, not a silent choice. They work on the text's UTF-8 bytes, so they are cheap enough
/// to run on every cell of a million-row file. Leading and trailing spaces, tabs and no-break spaces are ignored;
/// callers treat an empty cell as missing before calling, and an empty text is an error here.
///
/// ```swift
/// ValueParser.date("12/03/2019")            // .success(2019-03-12)
/// ValueParser.money("(£1,234.50)")          // .success(Money(pence: -123_450))
/// ValueParser.bool("Yes")                   // .success(true)
/// ValueParser.integer("1,200")              // .success(1200)
/// ValueParser.size("16 GB", convention: .memory)   // .success(17_179_869_184)
/// ```
///
/// ## Topics
/// - ``date(_:)``
/// - ``money(_:)``
/// - ``bool(_:)``
/// - ``integer(_:)``
/// - ``size(_:convention:defaultUnit:)``
public enum ValueParser {
    static let boolExpectation = "yes or no (also y/n, true/false, 1/0)"
    static let integerExpectation = "a whole number such as 1200 or 1,200"
    static let emptyHint = "the cell is empty"

    /// Reads a yes/no cell: `yes`, `no`, `y`, `n`, `true`, `false`, `1` or `0`, in any letter case.
    ///
    /// ```swift
    /// ValueParser.bool("TRUE")   // .success(true)
    /// ValueParser.bool("maybe")  // .failure: expected yes or no (also y/n, true/false, 1/0), found "maybe"
    /// ```
    public static func bool(_ text: String) -> Result<Bool, ValueError> {
        let answer: Bool? = withTrimmedUTF8(text) { bytes in
            guard bytes.count <= 5 else { return nil }
            switch String(decoding: bytes, as: UTF8.self).lowercased() {
            case "yes", "y", "true", "1": return true
            case "no", "n", "false", "0": return false
            default: return nil
            }
        }
        guard let answer else { return .failure(ValueError(expected: boolExpectation, found: text)) }
        return .success(answer)
    }

    /// Reads a whole number: `1200`, `1,200`, `-3`.
    ///
    /// Thousands separators must group digits in threes. A decimal part is refused unless it is all zeros
    /// (`16.0`, as some exporting tools write whole numbers), so `12.5` is an error rather than 12.
    ///
    /// ```swift
    /// ValueParser.integer("1,200")   // .success(1200)
    /// ValueParser.integer("12.5")    // .failure: …; 12.5 is not a whole number
    /// ```
    public static func integer(_ text: String) -> Result<Int, ValueError> {
        withTrimmedUTF8(text) { bytes -> Result<Int, ValueError> in
            let trimmed = String(decoding: bytes, as: UTF8.self)
            func failure(_ hint: String?) -> Result<Int, ValueError> {
                .failure(ValueError(expected: integerExpectation, found: text, hint: hint))
            }
            guard !bytes.isEmpty else { return failure(emptyHint) }
            let isNegative = bytes[0] == UInt8(ascii: "-")
            let digits = UnsafeBufferPointer(rebasing: bytes[(isNegative ? 1 : 0)...])
            switch parseDecimal(digits) {
            case .failure(let problem):
                return failure(hint(for: problem, text: trimmed))
            case .success(let number):
                guard number.fractionIsZero else { return failure("\(trimmed) is not a whole number") }
                let signed = isNegative ? -number.whole : number.whole
                guard let value = Int(exactly: signed) else { return failure("the number is too large") }
                return .success(value)
            }
        }
    }

    /// Calls `body` with the text's UTF-8 bytes, without leading and trailing spaces, tabs, line breaks
    /// and no-break spaces (U+00A0, which spreadsheets paste).
    static func withTrimmedUTF8<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var copy = text
        return copy.withUTF8 { all in
            var lower = 0
            var upper = all.count
            while lower < upper {
                if isBlank(all[lower]) {
                    lower += 1
                } else if all[lower] == 0xC2, lower + 1 < upper, all[lower + 1] == 0xA0 {
                    lower += 2
                } else {
                    break
                }
            }
            while upper > lower {
                if isBlank(all[upper - 1]) {
                    upper -= 1
                } else if upper - lower >= 2, all[upper - 2] == 0xC2, all[upper - 1] == 0xA0 {
                    upper -= 2
                } else {
                    break
                }
            }
            return body(UnsafeBufferPointer(rebasing: all[lower..<upper]))
        }
    }

    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// The bytes as lowercase ASCII text.
    static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes.map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
