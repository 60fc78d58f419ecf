/// One of the three support phases endoflife.date tracks, in the order they end.
public enum SupportPhase: String, Sendable, Hashable, Codable, CaseIterable {
    /// Active support (`eoas`): fixes and, for most products, new features.
    case active
    /// Security support (`eol`): security fixes only once active support has ended.
    case security
    /// Extended support (`eoes`): paid or subscription support after `eol` (ESU, ELS, ESM, LTSS).
    case extended
}

/// The support state of a release cycle on a day. The raw values are the tokens Estate prints.
public enum SupportState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Active (full) support is running.
    case supported
    /// Active support has ended; security fixes continue.
    case securityOnly = "security-only"
    /// Security support has ended; only extended (usually paid) support remains.
    case extendedOnly = "extended-only"
    /// Every phase has ended.
    case unsupported
    /// The catalogue cannot say: a phase ended on an unrecorded date around the day asked about, or the
    /// cycle had not been released yet.
    case unknown
}

/// A change of support state: on `date` (the first day of the new state) the cycle becomes `state`.
public struct SupportChange: Sendable, Hashable, Codable {
    /// The first day of the new state: the day after a phase's last day.
    public var date: LocalDate
    /// The state from that day.
    public var state: SupportState

    /// Creates a change.
    public init(date: LocalDate, state: SupportState) {
        self.date = date
        self.state = state
    }
}

/// Why a support status is less than a plain fact.
public enum SupportCaveat: Sendable, Hashable, Codable {
    /// The phase was open-ended (`false`) at the snapshot date and the day asked about is later: the status is
    /// as known on the snapshot date, not a forecast.
    case openEndedAtSnapshot(SupportPhase, snapshot: LocalDate)
    /// The phase had ended by the snapshot date on an unrecorded day (`true`), and the day asked about is
    /// before the snapshot, so whether it was still running then is unknown.
    case endedOnUnrecordedDate(SupportPhase, snapshot: LocalDate)
    /// The day asked about is before the cycle's first release.
    case notYetReleased(LocalDate)
}

/// The support status of one release cycle on one day, with when it next changes.
///
/// ```swift
/// let status = cycle.status(on: LocalDate(year: 2026, month: 9, day: 1)!)   // Windows Server 2012 R2
/// status.token            // "extended-only"
/// status.nextChange       // SupportChange(date: 2026-10-14, state: .unsupported)
/// status.isAsKnownAtSnapshot   // false: every end is a date
/// ```
public struct SupportStatus: Sendable, Hashable, Codable {
    /// The state on ``date``.
    public var state: SupportState
    /// The day asked about.
    public var date: LocalDate
    /// The next day on which the state changes, and to what; `nil` when no dated change lies ahead.
    public var nextChange: SupportChange?
    /// What qualifies the answer.
    public var caveats: [SupportCaveat]

    /// Creates a status.
    public init(state: SupportState, date: LocalDate, nextChange: SupportChange?, caveats: [SupportCaveat]) {
        self.state = state
        self.date = date
        self.nextChange = nextChange
        self.caveats = caveats
    }

    /// The printed token: `supported`, `security-only`, `extended-only`, `unsupported` or `unknown`.
    public var token: String { state.rawValue }

    /// Whether the state rests on an open-ended (`false`) phase read at the snapshot date, for a later day.
    public var isAsKnownAtSnapshot: Bool {
        caveats.contains { if case .openEndedAtSnapshot = $0 { return true } else { return false } }
    }
}
