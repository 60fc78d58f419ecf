/// A dated thing that will happen to part of the estate and may need action: support ending, a
/// warranty ending, a refresh falling due, a contract ending.
public struct RoadmapEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Active support ends: security fixes only from the next day.
        case activeSupportEnds = "active-support-ends"
        /// Security support ends: only paid extended support, or none, from the next day.
        case securitySupportEnds = "security-support-ends"
        /// Extended support ends: no support at all from the next day.
        case extendedSupportEnds = "extended-support-ends"
        case warrantyEnds = "warranty-ends"
        /// The asset reaches its class's refresh cycle.
        case refreshDue = "refresh-due"
        /// The device cannot run a supported version of its OS family: it must be replaced by its OS's end of support.
        case forcedRefresh = "forced-refresh"
        case contractEnds = "contract-ends"
        /// A retirement the council has planned (local lifecycle layer).
        case plannedRetirement = "planned-retirement"
    }

    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        case low, medium, high, critical

        /// Low 0 to critical 3, the order of the cases; a switch, since sorting a million events compares it
        /// tens of millions of times.
        var rank: Int {
            switch self {
            case .low: 0
            case .medium: 1
            case .high: 2
            case .critical: 3
            }
        }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public enum SubjectKind: String, Sendable, Hashable {
        case asset, system, product
    }

    // Stored widest first, so a million events carry no padding between their small fields.
    /// The asset or system id (or the product for estate-wide product events).
    public var subjectId: String
    /// A readable name: hostname, system name.
    public var subjectName: String
    /// The product and cycle, held apart: of a million events, only the few about support have them, and two
    /// optional texts in each would take 24 bytes more than a reference.
    private var productCycle: ProductCycle?
    /// Why it happens and what it rests on: the rule, the fact and the reference date and its layer.
    public var reason: String
    public var date: LocalDate
    public var kind: Kind
    public var subjectKind: SubjectKind
    /// The support state from the event's date, for support events.
    public var statusAfter: SupportState?
    public var severity: Severity
    /// For an asset's event, its class (reports group device events by it).
    public var assetClass: AssetClass?

    public init(
        date: LocalDate, kind: Kind, subjectKind: SubjectKind, subjectId: String, subjectName: String,
        product: String? = nil, cycle: String? = nil, statusAfter: SupportState? = nil, severity: Severity,
        reason: String, assetClass: AssetClass? = nil
    ) {
        self.assetClass = assetClass
        self.date = date
        self.kind = kind
        self.subjectKind = subjectKind
        self.subjectId = subjectId
        self.subjectName = subjectName
        self.productCycle = ProductCycle.holding(product, cycle)
        self.statusAfter = statusAfter
        self.severity = severity
        self.reason = reason
    }

    /// The product (`windows-server`), for product events.
    public var product: String? {
        get { productCycle?.product }
        set { productCycle = ProductCycle.holding(newValue, cycle) }
    }

    /// The product's cycle (`2016`), for support events.
    public var cycle: String? {
        get { productCycle?.cycle }
        set { productCycle = ProductCycle.holding(product, newValue) }
    }

    /// An event's product and cycle, compared by value.
    private final class ProductCycle: Sendable, Hashable {
        let product: String?
        let cycle: String?

        private init(product: String?, cycle: String?) {
            self.product = product
            self.cycle = cycle
        }

        /// Nil when there is neither.
        static func holding(_ product: String?, _ cycle: String?) -> ProductCycle? {
            product == nil && cycle == nil ? nil : ProductCycle(product: product, cycle: cycle)
        }

        static func == (lhs: ProductCycle, rhs: ProductCycle) -> Bool {
            lhs.product == rhs.product && lhs.cycle == rhs.cycle
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(product)
            hasher.combine(cycle)
        }
    }
}
