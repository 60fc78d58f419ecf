import Foundation

/// A decimal setting (a price per kWh, a fraction of a cost) held as a ratio of whole numbers, so that money is
/// multiplied by it in integers: the same result as `Decimal` arithmetic rounded half away from zero, at a small
/// fraction of the cost, which matters when it is done once per asset of a million-asset estate.
///
/// ```swift
/// let price = ExactRatio(Decimal(245) / 1000)   // 245 / 1000
/// price.times(Money(pence: 1_813))             // 444p: 1,813 × 0.245 = 444.185, to the penny
/// ```
struct ExactRatio: Sendable {
    /// The value as given.
    let value: Decimal
    /// `value` = `numerator / denominator`; nil when it needs more digits than 64-bit integers hold.
    private let numerator: Int64?
    private let denominator: Int64

    /// The ratio of `value`, read once from its plain decimal digits.
    init(_ value: Decimal) {
        self.value = value
        (numerator, denominator) = Self.fraction(of: value) ?? (nil, 1)
    }

    /// `money × count × value`, rounded to the penny, halves away from zero (``Money/scaled(by:over:)``); by
    /// `Decimal` when the whole numbers would overflow.
    func times(_ money: Money, by count: Int64 = 1) -> Money {
        if let numerator {
            let (units, countOverflow) = money.pence.multipliedReportingOverflow(by: count)
            let (_, overflow) = units.multipliedReportingOverflow(by: numerator)
            if !countOverflow, !overflow { return Money(pence: units).scaled(by: numerator, over: denominator) }
        }
        return FinanceMath.times(money, value * Decimal(count))
    }

    /// `"-12.5"` → (-125, 10). Decimal's description is plain digits, a sign and at most one point.
    private static func fraction(of value: Decimal) -> (Int64, Int64)? {
        var numerator: Int64 = 0
        var denominator: Int64 = 1
        var isNegative = false
        var afterPoint = false
        for byte in value.description.utf8 {
            switch byte {
            case UInt8(ascii: "-"): isNegative = true
            case UInt8(ascii: "."): afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                let (shifted, overflow) = numerator.multipliedReportingOverflow(by: 10)
                guard !overflow, shifted <= Int64.max - 9 else { return nil }
                numerator = shifted + Int64(byte - UInt8(ascii: "0"))
                if afterPoint {
                    let (scaled, tooSmall) = denominator.multipliedReportingOverflow(by: 10)
                    guard !tooSmall else { return nil }
                    denominator = scaled
                }
            default: return nil
            }
        }
        return (isNegative ? -numerator : numerator, denominator)
    }
}
