/// The magnitude of a size unit, without saying whether it counts in 1000s or 1024s.
///
/// Used as the default unit of a column whose header names one, such as `RAM (GB)`.
public enum SizeUnit: Int, Sendable, Hashable, CaseIterable {
    /// Single bytes.
    case bytes = 0
    /// 1000 or 1024 bytes.
    case kilo
    /// 1000² or 1024² bytes.
    case mega
    /// 1000³ or 1024³ bytes.
    case giga
    /// 1000⁴ or 1024⁴ bytes.
    case tera
    /// 1000⁵ or 1024⁵ bytes.
    case peta

    /// How many bytes one unit is: a power of 1024 when `isBinary`, of 1000 otherwise.
    public func bytes(isBinary: Bool) -> Int64 {
        var result: Int64 = 1
        for _ in 0..<rawValue { result *= isBinary ? 1024 : 1000 }
        return result
    }
}

/// What `GB`, `MB`, `TB` mean in a column, because inventories use both meanings.
///
/// Memory is sold in binary multiples (a 16 GB module holds 16 × 2^30 bytes), disks in decimal ones
/// (a 1 TB disk holds 10^12 bytes). `KiB`, `MiB`, `GiB`, `TiB` and `PiB` are binary in either convention.
public enum SizeConvention: Sendable, Hashable {
    /// `KB`, `MB`, `GB`, `TB`, `PB` are powers of 1024, as RAM is sold.
    case memory
    /// `KB`, `MB`, `GB`, `TB`, `PB` are powers of 1000, as disks are sold.
    case storage
}

extension ValueParser {
    static let sizeExpectation = "a size such as 16 GB, 512 MB, 1.5 TB or 16 GiB"

    /// Reads a memory or storage size into bytes.
    ///
    /// The number may have thousands separators and a decimal part (`16,384 MB`, `1.5 TB`, `0.5TB`); the unit
    /// may follow with or without a space and in any letter case: `B`/`byte`/`bytes`; `K`, `KB`, `M`, `MB`, `G`,
    /// `GB`, `T`, `TB`, `P`, `PB` (meaning set by `convention`); `KiB`, `MiB`, `GiB`, `TiB`, `PiB` (always binary).
    /// A result that is not a whole number of bytes (`0.1 KB` in memory) is rounded to the nearest byte, half up.
    ///
    /// A bare number is ambiguous (16 what?), so it is an error unless `defaultUnit` is given, as when the
    /// column header says `RAM (GB)`; the default unit follows `convention` too.
    ///
    /// ```swift
    /// ValueParser.size("16 GB", convention: .memory)               // .success(17_179_869_184)
    /// ValueParser.size("1 TB", convention: .storage)               // .success(1_000_000_000_000)
    /// ValueParser.size("16", convention: .memory, defaultUnit: .giga)   // .success(17_179_869_184)
    /// ValueParser.size("16", convention: .memory)                  // .failure: …; 16 has no unit; …
    /// ```
    ///
    /// - Parameters:
    ///   - text: The cell's text.
    ///   - convention: Whether `GB` and its kin are binary (memory) or decimal (storage).
    ///   - defaultUnit: The unit of a bare number, when the column names one.
    /// - Returns: The size in bytes, or why the text is not a size.
    public static func size(
        _ text: String, convention: SizeConvention, defaultUnit: SizeUnit? = nil
    ) -> Result<Int64, ValueError> {
        withTrimmedUTF8(text) { bytes -> Result<Int64, ValueError> in
            switch parseSize(bytes, convention: convention, defaultUnit: defaultUnit) {
            case .success(let size): return .success(size)
            case .failure(let refusal):
                return .failure(ValueError(expected: sizeExpectation, found: text, hint: refusal.text))
            }
        }
    }

    private static func parseSize(
        _ bytes: UnsafeBufferPointer<UInt8>, convention: SizeConvention, defaultUnit: SizeUnit?
    ) -> Result<Int64, Refusal> {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let first = bytes.first else { return .failure(Refusal(emptyHint)) }
        if first == UInt8(ascii: "-") { return .failure(Refusal("a size cannot be negative")) }
        var numberEnd = 0
        while numberEnd < bytes.count,
            isDigit(bytes[numberEnd]) || bytes[numberEnd] == UInt8(ascii: ",") || bytes[numberEnd] == UInt8(ascii: ".")
        {
            numberEnd += 1
        }
        guard numberEnd > 0 else { return .failure(Refusal(nil)) }
        var unitStart = numberEnd
        while unitStart < bytes.count, bytes[unitStart] == 0x20 { unitStart += 1 }
        let number = UnsafeBufferPointer(rebasing: bytes[..<numberEnd])
        let unitText = UnsafeBufferPointer(rebasing: bytes[unitStart...])

        let decimal: DecimalText
        switch parseDecimal(number) {
        case .failure(let problem): return .failure(Refusal(hint(for: problem, text: text)))
        case .success(let parsed): decimal = parsed
        }

        let unit: SizeUnit
        let isBinary: Bool
        if unitText.isEmpty {
            guard let defaultUnit else {
                return .failure(
                    Refusal(
                        "\(text) has no unit; write one (16 GB, 512 MB) or name it in the column header, "
                            + "as in RAM (GB)"))
            }
            unit = defaultUnit
            isBinary = convention == .memory
        } else {
            guard let named = sizeUnit(lowercased(unitText), convention: convention) else {
                let written = String(decoding: unitText, as: UTF8.self)
                return .failure(
                    Refusal("\"\(written)\" is not a size unit; use B, KB, MB, GB, TB, PB or KiB, MiB, GiB, TiB, PiB"))
            }
            (unit, isBinary) = named
        }

        if unit == .bytes, !decimal.fractionIsZero {
            return .failure(Refusal("a number of bytes must be whole"))
        }
        let multiplier = Int128(unit.bytes(isBinary: isBinary))
        var scale: Int128 = 1
        for _ in 0..<decimal.fractionDigits { scale *= 10 }
        let (wholeBytes, overflow) = decimal.whole.multipliedReportingOverflow(by: multiplier)
        let fractionBytes = (decimal.fraction * multiplier * 2 + scale) / (scale * 2)
        guard !overflow, let total = Int64(exactly: wholeBytes + fractionBytes) else {
            return .failure(Refusal("the size is too large"))
        }
        return .success(total)
    }

    /// The unit a written unit names, and whether it counts in 1024s.
    private static func sizeUnit(_ unit: String, convention: SizeConvention) -> (SizeUnit, Bool)? {
        let conventional = convention == .memory
        switch unit {
        case "b", "byte", "bytes": return (.bytes, false)
        case "k", "kb": return (.kilo, conventional)
        case "m", "mb": return (.mega, conventional)
        case "g", "gb": return (.giga, conventional)
        case "t", "tb": return (.tera, conventional)
        case "p", "pb": return (.peta, conventional)
        case "kib": return (.kilo, true)
        case "mib": return (.mega, true)
        case "gib": return (.giga, true)
        case "tib": return (.tera, true)
        case "pib": return (.peta, true)
        default: return nil
        }
    }
}
