/// One named reason an asset or system carries technical debt. Each factor adds up to its weight in points
/// (``DebtPolicy/weights``) to a debt score out of 100.
///
/// The factors follow Nottinghamshire's description of its debt: systems "unsupported or vulnerable to
/// cyber-attack" (``support``, ``exposure``), systems that "carry out common functions or have fallen out of
/// use" (``duplication``, ``unused``), infrastructure "that cannot be virtualised" (``virtualisation``), and
/// bespoke or customised legacy systems (``customisation``); and Hackney's and Barking & Dagenham's old and
/// under-specified devices (``age``, ``specification``).
public enum DebtFactor: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Unsupported, on paid extended support, security fixes only, or losing support within the warning window.
    case support
    /// Support status weighted by how much the council depends on the thing.
    case exposure
    /// Physical kit past its class's refresh cycle.
    case age
    /// A system customised or built in-house.
    case customisation
    /// Two or more systems doing the same job; the smaller ones are consolidation candidates.
    case duplication
    /// An asset not seen for the stale limit, or a system with few users for its cost.
    case unused
    /// A physical server given over to a single system.
    case virtualisation
    /// A PC below the council's current technical specification.
    case specification

    /// The factor's name for people.
    public var title: String {
        switch self {
        case .support: "Support status"
        case .exposure: "Exposure"
        case .age: "Age beyond life"
        case .customisation: "Customisation"
        case .duplication: "Duplicated capability"
        case .unused: "Unused"
        case .virtualisation: "Dedicated physical server"
        case .specification: "Below specification"
        }
    }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    /// Factors order as reports list them.
    public static func < (lhs: DebtFactor, rhs: DebtFactor) -> Bool { lhs.rank < rhs.rank }
}
