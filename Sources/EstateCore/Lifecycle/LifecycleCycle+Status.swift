extension LifecycleCycle {
    /// The cycle's support status on `date`, following endoflife.date's semantics.
    ///
    /// - A phase with a dated end is over only when `date` is after that date: on the end date itself it is
    ///   still running.
    /// - An empty active-support end means full support runs until the security-support end.
    /// - A `true` end is over on and after ``factsAsOf``; before it, the phase may or may not have been running,
    ///   so a state that depends on it is ``SupportState/unknown``.
    /// - A `false` end is running. For a day after ``factsAsOf`` that is only what was known at the snapshot;
    ///   the status then carries ``SupportCaveat/openEndedAtSnapshot(_:snapshot:)`` rather than a guess.
    ///
    /// ```swift
    /// // Windows Server 2012 R2: eoas 2018-10-09, eol 2023-10-10, eoes 2026-10-13
    /// cycle.status(on: LocalDate(year: 2023, month: 10, day: 10)!).token   // "security-only"
    /// cycle.status(on: LocalDate(year: 2023, month: 10, day: 11)!).token   // "extended-only"
    /// ```
    ///
    /// Related documentation: the catalogue README's value conventions; <https://endoflife.date/docs/api/>.
    ///
    /// - Complexity: O(1): a cycle has at most three phase ends.
    public func status(on date: LocalDate) -> SupportStatus {
        let (state, caveats) = stateAndCaveats(on: date)
        var candidates: [LocalDate] = []
        if let release = releaseDate, date < release { candidates.append(release) }
        for end in [activeSupportEnd, securitySupportEnd, extendedSupportEnd] {
            if let last = end.date, last >= date { candidates.append(last.adding(days: 1)) }
        }
        var nextChange: SupportChange?
        for candidate in Set(candidates).sorted() {
            let later = stateAndCaveats(on: candidate).state
            if later != state {
                nextChange = SupportChange(date: candidate, state: later)
                break
            }
        }
        return SupportStatus(state: state, date: date, nextChange: nextChange, caveats: caveats)
    }

    /// Whether one phase is running on a day, over, not known, or not a phase of this cycle at all.
    private enum PhaseRunning {
        case running, over, unknown, absent
    }

    private func running(_ end: PhaseEnd, on date: LocalDate) -> PhaseRunning {
        switch end {
        case .date(let last): date > last ? .over : .running
        case .endedUndated: date >= factsAsOf ? .over : .unknown
        case .notEnded: .running
        case .none: .absent
        }
    }

    private func stateAndCaveats(on date: LocalDate) -> (state: SupportState, caveats: [SupportCaveat]) {
        var caveats: [SupportCaveat] = []
        if let release = releaseDate, date < release {
            return (.unknown, [.notYetReleased(release)])
        }
        func note(_ phase: SupportPhase, _ state: PhaseRunning) {
            let end = self.end(of: phase)
            if state == .running, end == .notEnded, date > factsAsOf {
                caveats.append(.openEndedAtSnapshot(phase, snapshot: factsAsOf))
            } else if state == .unknown {
                caveats.append(.endedOnUnrecordedDate(phase, snapshot: factsAsOf))
            }
        }
        let security = running(securitySupportEnd, on: date)
        let activeEnd = running(activeSupportEnd, on: date)
        let active = activeEnd == .absent ? security : activeEnd
        let extended = running(extendedSupportEnd, on: date)
        switch security {
        case .running:
            note(.security, security)
            if activeEnd != .absent { note(.active, active) }
            switch active {
            case .running: return (.supported, caveats)
            case .over: return (.securityOnly, caveats)
            case .unknown, .absent: return (.unknown, caveats)
            }
        case .over:
            note(.extended, extended)
            switch extended {
            case .running: return (.extendedOnly, caveats)
            case .over, .absent: return (.unsupported, caveats)
            case .unknown: return (.unknown, caveats)
            }
        case .unknown:
            note(.security, security)
            return (.unknown, caveats)
        case .absent:
            return (.unknown, caveats)
        }
    }
}
