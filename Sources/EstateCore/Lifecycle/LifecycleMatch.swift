/// How sure the matcher is of a match.
///
/// - ``exact``: structured identifiers agree (a package URL with a version, a build number with an edition).
/// - ``high``: the name identifies the product and the cycle follows from a version or name without inference.
/// - ``medium``: the cycle rests on a stated inference (Windows 7 without a service pack is taken as `7-sp1`,
///   the only Windows 7 cycle endoflife.date tracks).
/// - ``low``: the product is certain but the cycle is not known (no version, or one the catalogue lacks).
/// - ``none``: nothing matched.
public enum MatchConfidence: Int, Sendable, Hashable, Codable, Comparable, CaseIterable, CustomStringConvertible {
    /// Nothing matched.
    case none = 0
    /// The product is certain; the cycle is not known.
    case low = 1
    /// The cycle rests on a stated inference.
    case medium = 2
    /// The name identifies product and cycle.
    case high = 3
    /// Structured identifiers agree.
    case exact = 4

    /// The confidence as a number from 0 to 1, for sorting and thresholds.
    public var score: Double {
        switch self {
        case .none: 0
        case .low: 0.4
        case .medium: 0.7
        case .high: 0.9
        case .exact: 1
        }
    }

    /// `none`, `low`, `medium`, `high` or `exact`.
    public var description: String {
        switch self {
        case .none: "none"
        case .low: "low"
        case .medium: "medium"
        case .high: "high"
        case .exact: "exact"
        }
    }

    /// Orders from ``none`` to ``exact``.
    public static func < (lhs: MatchConfidence, rhs: MatchConfidence) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// What the matcher made of one inventory string: a product and cycle of the catalogue, or no product.
///
/// ```swift
/// let match = matcher.match("Microsoft Windows 10 Enterprise", version: "10.0.19045")
/// match.product      // "windows"
/// match.cycle        // "10-22h2"
/// match.confidence   // .exact
/// match.rule         // "windows-client"
///
/// matcher.match("Microsoft 365 Apps for enterprise - en-gb").product   // nil
/// ```
public struct LifecycleMatch: Sendable, Hashable, Codable {
    /// The product's slug, or `nil` when nothing matched. The matcher never guesses a product.
    public var product: String?
    /// The cycle name exactly as the catalogue writes it, or `nil` when the string does not determine one.
    public var cycle: String?
    /// How sure the match is.
    public var confidence: MatchConfidence
    /// The name of the rule that decided, matched or not (`windows-server`, `not-in-catalogue`, `no-rule`).
    public var rule: String
    /// Why, when the rule has something to add: the inference it made, or why it matched no product or cycle.
    public var note: String?

    /// Creates a match.
    public init(product: String?, cycle: String?, confidence: MatchConfidence, rule: String, note: String? = nil) {
        self.product = product
        self.cycle = cycle
        self.confidence = confidence
        self.rule = rule
        self.note = note
    }

    /// Whether a product was matched.
    public var isMatched: Bool { product != nil }

    /// A result with no product.
    public static func unmatched(rule: String, note: String? = nil) -> LifecycleMatch {
        LifecycleMatch(product: nil, cycle: nil, confidence: .none, rule: rule, note: note)
    }
}

/// Whether an inventory record is a client device or a server, when the caller knows: it settles strings
/// that name only a kernel version (`Microsoft Windows NT 6.1.7601 Service Pack 1` is Windows 7 on a laptop
/// and Windows Server 2008 R2 on a server) and Internet Explorer's server cycle.
public enum PlatformHint: String, Sendable, Hashable, Codable {
    /// A desktop, laptop, tablet or thin client.
    case client
    /// A physical or virtual server.
    case server
}
