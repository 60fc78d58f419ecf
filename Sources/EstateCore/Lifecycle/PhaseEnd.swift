/// When one support phase of a release cycle ends, as endoflife.date records it.
///
/// endoflife.date writes each phase end as a date, `true`, `false` or nothing. A date is the phase's **last
/// day**: the phase is over only on the days after it. `true` and `false` are facts only as of the catalogue's
/// snapshot date, so Estate never turns them into dates.
///
/// ```swift
/// PhaseEnd(catalogueText: "2025-10-14")   // .date(2025-10-14)
/// PhaseEnd(catalogueText: "true")         // .endedUndated
/// PhaseEnd(catalogueText: "")             // PhaseEnd.none
/// ```
///
/// Related documentation: <https://endoflife.date/docs/api/> and the catalogue's README.
public enum PhaseEnd: Sendable, Hashable, Codable {
    /// The phase's last day.
    case date(LocalDate)
    /// `true`: the phase had ended by the snapshot date, on a day not recorded.
    case endedUndated
    /// `false`: the phase had not ended by the snapshot date and no end was announced.
    case notEnded
    /// Empty: the cycle has no such phase.
    case none

    /// The end as the catalogue CSV writes it: `yyyy-mm-dd`, `true`, `false` or an empty string.
    public var catalogueText: String {
        switch self {
        case .date(let date): date.description
        case .endedUndated: "true"
        case .notEnded: "false"
        case .none: ""
        }
    }

    /// The last day, when the end is a date.
    public var date: LocalDate? {
        if case .date(let date) = self { return date }
        return nil
    }

    /// Whether the cycle has this phase at all (`false` only for ``none``).
    public var exists: Bool {
        if case .none = self { return false }
        return true
    }

    /// Reads the catalogue's own notation strictly: `yyyy-mm-dd`, `true`, `false` or empty; `nil` for anything else.
    public init?(catalogueText text: String) {
        switch text {
        case "": self = .none
        case "true": self = .endedUndated
        case "false": self = .notEnded
        default:
            guard let date = LocalDate(iso: text) else { return nil }
            self = .date(date)
        }
    }
}

/// Whether a release cycle is a long-term-support release, and since when.
///
/// endoflife.date writes `true`, `false`, or the date from which a cycle becomes LTS (RHEL, Node.js, Jenkins).
public enum LongTermSupport: Sendable, Hashable, Codable {
    /// Not an LTS release (also when the source says nothing).
    case no
    /// An LTS release from the start.
    case yes
    /// Becomes an LTS release on this date.
    case from(LocalDate)

    /// Whether the cycle is LTS on `date`.
    public func isLongTermSupport(on date: LocalDate) -> Bool {
        switch self {
        case .no: false
        case .yes: true
        case .from(let start): date >= start
        }
    }

    /// The catalogue's notation: `true`, `false` or `yyyy-mm-dd`.
    public var catalogueText: String {
        switch self {
        case .no: "false"
        case .yes: "true"
        case .from(let date): date.description
        }
    }
}
