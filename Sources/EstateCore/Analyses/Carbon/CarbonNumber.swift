import Foundation

/// How carbon figures are written: plain for CSV, grouped for people, always with a point and never a locale.
public enum CarbonNumber {
    /// `1234.5` for `digits` 1: rounded half away from zero, no separators, `-0` written `0`.
    public static func plain(_ value: Double, digits: Int) -> String {
        let scale = pow(10, Double(digits))
        let rounded = (value * scale).rounded(.toNearestOrAwayFromZero) / scale
        let text = String(format: "%.\(digits)f", rounded == 0 ? 0 : rounded)
        return text
    }

    /// `1,234.5`: as ``plain(_:digits:)`` with thousands grouped.
    public static func grouped(_ value: Double, digits: Int) -> String {
        let text = plain(value, digits: digits)
        let negative = text.hasPrefix("-")
        let body = negative ? String(text.dropFirst()) : text
        let parts = body.split(separator: ".", maxSplits: 1)
        let whole = UInt64(parts.first ?? "0") ?? 0
        var out = (negative ? "-" : "") + Money.grouped(whole)
        if parts.count > 1 { out += "." + parts[1] }
        return out
    }

    /// A table cell of kilograms: plain to one decimal in CSV and JSON, tonnes to two decimals on screen.
    public static func kgCell(_ kilograms: Double) -> Table.Cell {
        Table.Cell(number: plain(kilograms, digits: 1), display: grouped(kilograms / 1_000, digits: 2))
    }

    /// A table cell of a plain quantity (kWh, factors) to `digits` decimals, grouped on screen.
    public static func cell(_ value: Double, digits: Int) -> Table.Cell {
        Table.Cell(number: plain(value, digits: digits), display: grouped(value, digits: digits))
    }
}
