import Foundation

/// How sure a reference figure is, graded as the carbon reference data grades it.
///
/// Reports flag every figure that rests on an ``estimate`` or an ``unverified`` factor, so a committee
/// reading "120 tCO2e" knows how much weight it bears.
public enum FactorStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Read in a primary or upstream file, or in secondary sources quoting the official figure.
    case verified = "VERIFIED"
    /// A constant of a reference implementation (Cloud Carbon Footprint, BoaviztAPI).
    case reference = "REFERENCE"
    /// As a manufacturer reported it in a product carbon footprint.
    case manufacturer = "MANUFACTURER"
    /// A convention rather than a measurement (no PUE on desks).
    case convention = "CONVENTION"
    /// Worked out by the compilers of the reference data, or assumed by Estate.
    case estimate = "ESTIMATE"
    /// Recalled or quoted without a source that could be checked.
    case unverified = "UNVERIFIED"

    /// Whether a report should flag a figure that rests on this factor.
    public var isEstimate: Bool { self == .estimate || self == .unverified }
}

/// One reference figure as a report cites it: what it is, its value, and where it came from.
///
/// ```swift
/// CarbonFactor(id: "grid-intensity-uk.csv 2026", name: "UK grid electricity 2026", value: 0.1508,
///              unit: "kgCO2e/kWh", source: "ESTIMATE: linear interpolation …", status: .estimate)
/// ```
public struct CarbonFactor: Sendable, Hashable, Comparable {
    /// The shipped file and row key (`device-defaults.csv laptop`), or `policy KEY` for a council's own value.
    public var id: String
    /// What the factor is, in words.
    public var name: String
    public var value: Double
    /// The unit of ``value`` (`kgCO2e/kWh`, `PUE`), with related figures of the same row.
    public var unit: String
    /// The source as the reference row states it.
    public var source: String
    public var status: FactorStatus

    public init(id: String, name: String, value: Double, unit: String, source: String, status: FactorStatus) {
        self.id = id
        self.name = name
        self.value = value
        self.unit = unit
        self.source = source
        self.status = status
    }

    /// By id, numbers in order (`line 49` before `line 207`).
    public static func < (lhs: CarbonFactor, rhs: CarbonFactor) -> Bool {
        lhs.id.compare(rhs.id, options: .numeric) == .orderedAscending
    }
}
