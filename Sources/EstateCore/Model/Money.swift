/// An amount of money in pounds sterling, held as whole pence so that sums never drift.
///
/// ```swift
/// Money(pence: 123_450).description   // "£1,234.50"
/// Money(pence: 123_450).plain         // "1234.50"
/// ```
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible, AdditiveArithmetic {
    public var pence: Int64

    public init(pence: Int64) { self.pence = pence }
    public init(pounds: Int64) { self.pence = pounds * 100 }

    public static let zero = Money(pence: 0)

    public static func + (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence + rhs.pence) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(pence: lhs.pence - rhs.pence) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.pence < rhs.pence }

    /// Multiplies by a whole count (units × unit cost).
    public static func * (lhs: Money, rhs: Int) -> Money { Money(pence: lhs.pence * Int64(rhs)) }

    /// Scales by `numerator/denominator`, rounding half away from zero to the nearest penny.
    public func scaled(by numerator: Int64, over denominator: Int64) -> Money {
        precondition(denominator != 0, "scaling money by a zero denominator")
        let product = pence * numerator
        let half = abs(denominator) / 2
        let rounded = product >= 0 ? (product + half) / denominator : (product - half) / denominator
        return Money(pence: rounded)
    }

    /// `1234.50`: a plain number for CSV and JSON, with a point and two decimals, no symbol or separators.
    public var plain: String {
        let sign = pence < 0 ? "-" : ""
        let magnitude = pence.magnitude
        let pounds = magnitude / 100
        let rest = magnitude % 100
        return "\(sign)\(pounds).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// `£1,234.50`: for Markdown and tables.
    public var description: String {
        let sign = pence < 0 ? "-" : ""
        let magnitude = pence.magnitude
        let rest = magnitude % 100
        return "\(sign)£\(Money.grouped(magnitude / 100)).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// `£1,235`: whole pounds, rounded half up, for summaries.
    public var wholePounds: String {
        let sign = pence < 0 ? "-" : ""
        let magnitude = (pence.magnitude + 50) / 100
        return "\(sign)£\(Money.grouped(magnitude))"
    }

    static func grouped(_ value: UInt64) -> String {
        let digits = Array(String(value))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }

    public init(from decoder: any Decoder) throws {
        self.pence = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(pence)
    }
}
