/// The cloud verdict on one system or server: how ready it is and why, what to do with it and why, how big the
/// work is, and in which wave it moves.
public struct CloudAssessment: Sendable, Hashable {
    public enum SubjectKind: String, Sendable, Hashable, CaseIterable {
        case system, server
    }

    public var subjectKind: SubjectKind
    public var id: String
    /// The system's name, or the server's hostname.
    public var name: String
    /// The system's criticality, or for a server the highest of its systems'.
    public var criticality: Criticality?
    public var readiness: CloudReadinessLevel
    /// The sum of the blockers' weights.
    public var score: Int
    /// What stands in the way, heaviest first.
    public var blockers: [CloudBlocker]
    /// Essential facts the inventory does not record (they make the readiness `unknown`).
    public var missingFacts: [String]
    public var disposition: CloudDisposition
    /// The disposition rule that decided (``CloudDispositionRules``).
    public var dispositionRule: String
    /// Why, in a sentence with its facts and policy values.
    public var reason: String
    /// The size of the work; nil for `retain`.
    public var effort: CloudEffort?
    /// The migration wave (1 is first); nil when it does not move, or for a server none of whose systems move.
    public var wave: Int?
    /// Why it sits in that wave.
    public var waveReason: String?
    /// The earliest date that presses the move (contract end, refresh due, support end), and what it is.
    public var moveBy: CloudDeadline?
    /// For a system, the servers it runs on; for a server, the systems on it (or, for a host, its VMs).
    public var related: [String]

    /// The blockers in a line: `thick-client +3: ...; integrations +2: ...`.
    public var blockerSummary: String { blockers.map(\.description).joined(separator: "; ") }
}

/// The size of a migration and the points behind it.
public struct CloudEffort: Sendable, Hashable {
    public var size: CloudEffortSize
    public var points: Int
    /// How the points add up: `repurchase 5 + conditions 4 (thick-client 3, official-sensitive 1) + ... = 12`.
    public var basis: String
}

/// A date that presses a move, and what it is.
public struct CloudDeadline: Sendable, Hashable {
    public var date: LocalDate
    public var what: String
}
