/// How ready a system or server is to move to the cloud, from the weights of what stands in its way.
///
/// The score is the sum of its blockers' weights (``CloudPolicy/weights``): no blockers is `ready`; a score
/// below ``CloudPolicy/notReadyScore`` is `ready-with-conditions` (the conditions are work done as part of the
/// move); a score at or above it is `not-ready`. A system whose essential facts are missing is `unknown`
/// unless what is known already makes it `not-ready`.
public enum CloudReadinessLevel: String, Sendable, Hashable, CaseIterable {
    case ready
    case readyWithConditions = "ready-with-conditions"
    case notReady = "not-ready"
    case unknown

    /// How far from ready, for "the worst of": ready < ready-with-conditions < unknown < not-ready.
    public var badness: Int {
        switch self {
        case .ready: 0
        case .readyWithConditions: 1
        case .unknown: 2
        case .notReady: 3
        }
    }

    /// Whether a migration can go ahead (with or without conditions).
    public var canMove: Bool { self == .ready || self == .readyWithConditions }

    /// The level for a score and whether essential facts are missing.
    static func level(score: Int, isMissingFacts: Bool, policy: CloudPolicy) -> CloudReadinessLevel {
        if score >= policy.notReadyScore { return .notReady }
        if isMissingFacts { return .unknown }
        return score == 0 ? .ready : .readyWithConditions
    }
}
