/// One versioned product on one asset or system, matched to the catalogue, with its support status.
///
/// Estates repeat a few hundred distinct products across millions of installations, so the product's text and
/// version, match, cycle and status are held once per distinct product string and shared by every installation
/// of it: a status costs its subject, not a copy of the catalogue's cycle.
public struct ComponentStatus: Sendable, Hashable {
    // Stored widest first, so two million statuses carry no padding between their one-byte fields.
    public var subjectId: String
    public var subjectName: String
    /// The text and version, match, cycle and status, shared with every component of the same product string.
    var resolution: Resolution
    /// Where the lifecycle found the asset in its estate's assets (-1: not recorded), so the analyses built on
    /// it need not hash the id again; see ``assetPosition(of:at:lookup:)``.
    var recordedAssetPosition: Int32 = -1
    public var subjectKind: Component.Subject
    public var kind: ComponentKind

    /// One product string and the catalogue's answer for it: shared, never changed once made.
    final class Resolution: Sendable {
        let text: String
        let version: String?
        let match: LifecycleMatch
        let cycle: LifecycleCycle?
        let status: SupportStatus?

        init(text: String, version: String?, match: LifecycleMatch, cycle: LifecycleCycle?, status: SupportStatus?) {
            self.text = text
            self.version = version
            self.match = match
            self.cycle = cycle
            self.status = status
        }

        /// This resolution with some parts replaced.
        func with(
            text: String? = nil, version: String?? = nil, match: LifecycleMatch? = nil,
            cycle: LifecycleCycle?? = nil, status: SupportStatus?? = nil
        ) -> Resolution {
            Resolution(
                text: text ?? self.text, version: version ?? self.version, match: match ?? self.match,
                cycle: cycle ?? self.cycle, status: status ?? self.status)
        }

        /// The state for ranking: unmatched components count as unknown.
        var state: SupportState { status?.state ?? .unknown }
    }

    /// Creates a status.
    public init(
        subjectKind: Component.Subject, subjectId: String, subjectName: String, kind: ComponentKind, text: String,
        version: String?, match: LifecycleMatch, cycle: LifecycleCycle?, status: SupportStatus?
    ) {
        self.init(
            subjectKind: subjectKind, subjectId: subjectId, subjectName: subjectName, kind: kind,
            resolution: Resolution(text: text, version: version, match: match, cycle: cycle, status: status))
    }

    init(
        subjectKind: Component.Subject, subjectId: String, subjectName: String, kind: ComponentKind,
        resolution: Resolution, assetPosition: Int? = nil
    ) {
        self.subjectKind = subjectKind
        self.subjectId = subjectId
        self.subjectName = subjectName
        self.kind = kind
        self.resolution = resolution
        if let assetPosition, let recorded = Int32(exactly: assetPosition) { recordedAssetPosition = recorded }
    }

    /// The position in `lookup`'s assets of the asset the status at `index` in `statuses` is of, or nil for a
    /// system's or an asset `lookup` does not find; see ``AssetLookup/position(of:recorded:)``. A static function
    /// over the array, so the status's fields are read where it is held: calling a method of an array's element
    /// copies the whole element first, retaining every one of its strings.
    static func assetPosition(of statuses: [ComponentStatus], at index: Int, lookup: AssetLookup) -> Int? {
        guard statuses[index].subjectKind == .asset else { return nil }
        return lookup.position(of: statuses[index].subjectId, recorded: statuses[index].recordedAssetPosition)
    }

    /// The product as the inventory wrote it.
    public var text: String {
        get { resolution.text }
        set { resolution = resolution.with(text: newValue) }
    }

    public var version: String? {
        get { resolution.version }
        set { resolution = resolution.with(version: .some(newValue)) }
    }

    public var match: LifecycleMatch {
        get { resolution.match }
        set { resolution = resolution.with(match: newValue) }
    }

    /// The catalogue cycle matched, with its dates and the layer they came from.
    public var cycle: LifecycleCycle? {
        get { resolution.cycle }
        set { resolution = resolution.with(cycle: .some(newValue)) }
    }

    /// The status on the as-of date; nil when no cycle matched.
    public var status: SupportStatus? {
        get { resolution.status }
        set { resolution = resolution.with(status: .some(newValue)) }
    }

    /// The state for ranking: unmatched components count as unknown.
    public var state: SupportState { resolution.state }

    public static func == (lhs: ComponentStatus, rhs: ComponentStatus) -> Bool {
        lhs.subjectKind == rhs.subjectKind && lhs.subjectId == rhs.subjectId && lhs.subjectName == rhs.subjectName
            && lhs.kind == rhs.kind
            && (lhs.resolution === rhs.resolution
                || (lhs.text == rhs.text && lhs.version == rhs.version && lhs.match == rhs.match
                    && lhs.cycle == rhs.cycle && lhs.status == rhs.status))
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(subjectKind)
        hasher.combine(subjectId)
        hasher.combine(subjectName)
        hasher.combine(kind)
        hasher.combine(text)
        hasher.combine(version)
        hasher.combine(match)
        hasher.combine(cycle)
        hasher.combine(status)
    }
}

extension SupportState {
    /// How bad a state is, for "the worst of": supported < unknown < security-only < extended-only < unsupported.
    public var badness: Int {
        switch self {
        case .supported: 0
        case .unknown: 1
        case .securityOnly: 2
        case .extendedOnly: 3
        case .unsupported: 4
        }
    }
}

/// A device's or server's hardware lifecycle on the as-of date.
public struct HardwareStatus: Sendable, Hashable {
    // Stored widest first, so a million entries carry no padding between their small fields.
    public var assetId: String
    public var name: String
    /// For Windows PCs: whether they can run Windows 11.
    public var windows11: Windows11Readiness?
    /// For a PC that cannot run a supported version of its OS family: the date by which it must be replaced
    /// (its OS's end of support, or the as-of date when that has passed), and why.
    public var forcedRefresh: (date: LocalDate, reason: String)?
    // The age and dates are held without optionals' padding (a million entries): a missing age is Int32.min, and
    // the dates are `PackedDate`s.
    private var age: Int32 = .min
    /// Purchase date plus the class's refresh cycle.
    @PackedDate public var refreshDue: LocalDate? = nil
    @PackedDate public var warrantyEnd: LocalDate? = nil
    /// Where the lifecycle found the asset in its estate's assets (-1: not recorded); see
    /// ``assetPosition(of:at:lookup:)``.
    var recordedAssetPosition: Int32 = -1
    public var assetClass: AssetClass
    /// Aged at or past the policy's old-device age (end-user devices only).
    public var isOld: Bool

    public init(
        assetId: String, name: String, assetClass: AssetClass, ageYears: Int?, refreshDue: LocalDate?,
        warrantyEnd: LocalDate?, isOld: Bool, windows11: Windows11Readiness?,
        forcedRefresh: (date: LocalDate, reason: String)?
    ) {
        self.assetId = assetId
        self.name = name
        self.assetClass = assetClass
        self.isOld = isOld
        self.windows11 = windows11
        self.forcedRefresh = forcedRefresh
        self.ageYears = ageYears
        self.refreshDue = refreshDue
        self.warrantyEnd = warrantyEnd
    }

    /// Whole years since purchase; nil without a purchase date. Held in four bytes: an age beyond them is clamped
    /// (and Int32.min, which marks none, reads back as nil).
    public var ageYears: Int? {
        get { age == .min ? nil : Int(age) }
        set { age = newValue.map { Int32(clamping: $0) } ?? .min }
    }

    /// The position in `lookup`'s assets of the asset the entry at `index` in `entries` is of, or nil when `lookup`
    /// does not find it; see ``AssetLookup/position(of:recorded:)``. A static function over the array, so the
    /// entry's fields are read where it is held: calling a method of an array's element copies it first.
    static func assetPosition(of entries: [HardwareStatus], at index: Int, lookup: AssetLookup) -> Int? {
        lookup.position(of: entries[index].assetId, recorded: entries[index].recordedAssetPosition)
    }

    public static func == (lhs: HardwareStatus, rhs: HardwareStatus) -> Bool {
        lhs.assetId == rhs.assetId && lhs.refreshDue == rhs.refreshDue
            && lhs.forcedRefresh?.date == rhs.forcedRefresh?.date
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(assetId) }
}

/// A line-of-business system's support position: the worst of its own product and of what it runs on.
public struct SystemLifecycle: Sendable, Hashable {
    public var system: System
    public var state: SupportState
    /// What makes it that bad: `Windows Server 2012 R2 Standard on VM00014 (extended-only)`.
    public var worstComponent: String?
    /// The next change to any of its components, and what it is.
    public var nextChange: (date: LocalDate, what: String)?

    public static func == (lhs: SystemLifecycle, rhs: SystemLifecycle) -> Bool {
        lhs.system.id == rhs.system.id && lhs.state == rhs.state && lhs.worstComponent == rhs.worstComponent
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(system.id) }
}
