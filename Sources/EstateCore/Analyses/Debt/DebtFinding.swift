/// What carries the debt: an asset or a system.
public struct DebtSubject: Sendable, Hashable, Comparable {
    /// Whether the subject is an asset or a system.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case asset, system
    }

    /// The asset's or system's id.
    public var id: String
    /// Asset or system.
    public var kind: Kind
    /// Where the rule found an asset among the estate's assets (-1: not recorded), so the analysis gathers its
    /// findings without hashing its id; not part of the subject's identity.
    var recordedPosition: Int32 = -1

    /// Creates a subject.
    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    /// An asset found at `position` among the estate's assets.
    init(assetAt position: Int, _ id: String) {
        self.init(.asset, id)
        recordedPosition = Int32(exactly: position) ?? -1
    }

    public static func == (lhs: DebtSubject, rhs: DebtSubject) -> Bool { lhs.kind == rhs.kind && lhs.id == rhs.id }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(id)
    }

    /// Assets before systems, then by id.
    public static func < (lhs: DebtSubject, rhs: DebtSubject) -> Bool {
        (lhs.kind.rawValue, lhs.id) < (rhs.kind.rawValue, rhs.id)
    }
}

/// What fixing debt would take: the work, its one-off cost and what the cost rests on.
public struct DebtRemedy: Sendable, Hashable {
    /// The kinds of work, each ranked so that the stronger fixes what the weaker would (a replaced PC needs
    /// no OS upgrade; a system consolidated into another needs no upgrade of its own).
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Update an asset's software other than its operating system.
        case updateSoftware = "update-software"
        /// Upgrade an asset's operating system.
        case upgradeOS = "upgrade-os"
        /// Replace an asset like for like.
        case replace
        /// Move a dedicated physical server's system onto the virtual estate.
        case virtualise
        /// Find an unused asset, then redeploy or dispose of it.
        case reclaim
        /// Upgrade a system's own product to a supported version.
        case upgrade
        /// Bring a customised system back towards the vendor's standard product.
        case standardise
        /// Replace a bespoke system with a package or service.
        case reimplement
        /// Decommission a system (archive its data, end its contract).
        case retire
        /// Move a duplicate system's users and data onto the system that does the same job.
        case consolidate

        /// Higher fixes more; compare only kinds of the same subject.
        public var strength: Int {
            switch self {
            case .updateSoftware, .upgrade: 1
            case .upgradeOS, .standardise: 2
            case .replace, .reimplement: 3
            case .virtualise, .retire: 4
            case .reclaim, .consolidate: 5
            }
        }

        /// A noun for lists: "replacement", "virtualisation".
        public var noun: String {
            switch self {
            case .updateSoftware: "software update"
            case .upgradeOS: "OS upgrade"
            case .replace: "replacement"
            case .virtualise: "virtualisation"
            case .reclaim: "reclaiming"
            case .upgrade: "upgrade"
            case .standardise: "standardisation"
            case .reimplement: "re-implementation"
            case .retire: "retirement"
            case .consolidate: "consolidation"
            }
        }

        /// A verb phrase for sentences: "replace it", "consolidate it".
        public var phrase: String {
            switch self {
            case .updateSoftware: "update its software"
            case .upgradeOS: "upgrade its operating system"
            case .replace: "replace it"
            case .virtualise: "move its system onto the virtual estate"
            case .reclaim: "find it and redeploy or dispose of it"
            case .upgrade: "upgrade it to a supported version"
            case .standardise: "bring it back towards the standard product"
            case .reimplement: "replace it with a package or service"
            case .retire: "retire it"
            case .consolidate: "consolidate it into the system that does the same job"
            }
        }
    }

    /// The work.
    public var kind: Kind
    /// Its one-off cost.
    public var cost: Money
    /// The unit cost and the policy key it came from: `virtualise £4,000 (debt_virtualise_cost)`.
    public var basis: String
    /// The factor whose finding proposed it (set by ``DebtFinding``).
    public var factor: DebtFactor?

    /// Creates a remedy.
    public init(kind: Kind, cost: Money, basis: String) {
        self.kind = kind
        self.cost = cost
        self.basis = basis
    }
}

/// A yearly cost of leaving debt in place.
public struct DebtInterest: Sendable, Hashable {
    /// Where the money goes. Lines of one subject in the same ``pool`` draw on the same money, so only the
    /// largest counts.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case extendedSupportFees = "extended-support-fees"
        case extraSupport = "extra-support"
        case energy
        case duplicatedLicences = "duplicated-licences"
        case idleRunningCost = "idle-running-cost"

        /// Lines in the same pool overlap: the electricity of one box, or the contract of one system.
        public var pool: String {
            switch self {
            case .energy: "energy"
            case .duplicatedLicences, .idleRunningCost: "contract"
            case .extendedSupportFees: "extended-support-fees"
            case .extraSupport: "extra-support"
            }
        }
    }

    /// Where the money goes.
    public var kind: Kind
    /// What it costs a year.
    public var perYear: Money
    /// The arithmetic and the policy keys: `1,813 kWh × PUE 1.58 × £0.25 × 20% (debt_old_kit_energy_penalty)`.
    public var basis: String
    /// The factor whose finding charged it (set by ``DebtFinding``).
    public var factor: DebtFactor?

    /// Creates an interest line.
    public init(kind: Kind, perYear: Money, basis: String) {
        self.kind = kind
        self.perYear = perYear
        self.basis = basis
    }
}

/// One factor applied to one subject: how far it applies, the points it adds, and the money behind it.
public struct DebtFinding: Sendable, Hashable {
    // The remedy's last byte is followed by the factor and the three numbers, which fill its padding, then the
    // texts and lists: 120 bytes, and a million-asset estate has one and a half million findings.
    /// What would fix it, if it is this subject's to fix (an asset's debt seen from a system has none).
    public var remedy: DebtRemedy?
    /// The factor that found it.
    public var factor: DebtFactor
    // Severity, weight and points in four bytes each: a severity is at most 1,000 and a policy's weight 100.
    private var severity: Int32
    private var weightValue: Int32
    private var pointsValue: Int32
    /// Whose debt it is.
    public var subject: DebtSubject
    /// The fact and the rule, in words, with the policy values used.
    public var reason: String
    /// The finding in a plain clause for a briefing: `has no vendor support (Windows Server 2008 R2)`.
    public var summary: String
    /// The policy settings the finding rests on.
    public var policyKeys: [String]
    /// What leaving it costs each year.
    public var interest: [DebtInterest]

    // The three are held in four bytes each; a value set beyond them is clamped to the nearest they hold.
    /// How far the factor applies, in thousandths (1,000 = fully).
    public var severityPermille: Int {
        get { Int(severity) }
        set { severity = Int32(clamping: newValue) }
    }
    /// The factor's weight in the policy when the finding was made.
    public var weight: Int {
        get { Int(weightValue) }
        set { weightValue = Int32(clamping: newValue) }
    }
    /// The points added to the score: weight × severity, rounded half up.
    public var points: Int {
        get { Int(pointsValue) }
        set { pointsValue = Int32(clamping: newValue) }
    }

    /// Creates a finding; the points follow from the weight and severity.
    public init(
        subject: DebtSubject, factor: DebtFactor, severityPermille: Int, weight: Int, reason: String,
        summary: String, policyKeys: [String], remedy: DebtRemedy? = nil, interest: [DebtInterest] = []
    ) {
        self.subject = subject
        self.factor = factor
        let severity = min(1_000, max(0, severityPermille))
        self.severity = Int32(severity)
        weightValue = Int32(clamping: weight)
        pointsValue = Int32(clamping: DebtFinding.points(weight: weight, severityPermille: severity))
        self.reason = reason
        self.summary = summary
        self.policyKeys = policyKeys
        self.remedy = remedy
        self.remedy?.factor = factor
        // A list already credited to the factor (one a rule shares between its findings) is kept as given, so the
        // findings share it rather than each holding a copy.
        self.interest = interest.allSatisfy { $0.factor == factor } ? interest : interest.credited(to: factor)
    }

    /// Weight × severity in thousandths, rounded half up to whole points.
    public static func points(weight: Int, severityPermille: Int) -> Int {
        (weight * severityPermille + 500) / 1_000
    }

    /// `75%` or `62.5%`: a severity for people.
    public var severityText: String { DebtFinding.percentText(permille: severityPermille) }

    /// Thousandths as a percentage with at most one decimal.
    public static func percentText(permille: Int) -> String {
        permille % 10 == 0 ? "\(permille / 10)%" : "\(permille / 10).\(permille % 10)%"
    }
}

extension [DebtInterest] {
    /// The lines credited to `factor`, as a finding holds them. A rule that gives many findings the same lines
    /// credits them once, and its findings share the one list.
    func credited(to factor: DebtFactor) -> [DebtInterest] {
        map { line in
            var line = line
            line.factor = factor
            return line
        }
    }
}
