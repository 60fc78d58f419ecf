/// One release cycle of a product and the dates its support phases end: Windows Server `2012-r2`,
/// PostgreSQL `13`, SQL Server `12.0-sp3`.
///
/// A cycle has up to three phases, in order: active support (`eoas`), security support (`eol`) and extended,
/// usually paid, support (`eoes`). Their ends are ``PhaseEnd`` values; `true` and `false` ends are facts as of
/// ``factsAsOf``, the snapshot or export date of the layer the cycle came from.
///
/// ```swift
/// let cycle = catalogue.cycle("2012-r2", of: "windows-server")
/// cycle?.securitySupportEnd      // .date(2023-10-10)
/// cycle?.extendedSupportEnd      // .date(2026-10-13)
/// cycle?.status(on: today).token // "extended-only"
/// ```
public struct LifecycleCycle: Sendable, Hashable, Codable {
    /// The product's slug.
    public var product: String
    /// The cycle name exactly as endoflife.date writes it (`releaseCycle`): `11-23h2-w`, `12.0-sp3`, `19`.
    public var name: String
    /// The first release of the cycle.
    public var releaseDate: LocalDate?
    /// End of active support (`eoas`; `support` in API v0). ``PhaseEnd/none`` means full support runs until
    /// ``securitySupportEnd``.
    public var activeSupportEnd: PhaseEnd
    /// End of security support (`eol`): after it, only extended support can remain.
    public var securitySupportEnd: PhaseEnd
    /// End of extended support (`eoes`; `extendedSupport` in API v0), or ``PhaseEnd/none`` when there is no such phase.
    public var extendedSupportEnd: PhaseEnd
    /// Whether the cycle is a long-term-support release.
    public var lts: LongTermSupport
    /// The latest version in the cycle (`10.0.19045`, `13.23`), as of ``factsAsOf``.
    public var latest: String?
    /// When the latest version was released.
    public var latestReleaseDate: LocalDate?
    /// The display label endoflife.date renders (`Windows Server 2012 R2 (LTSC)`, `2014 'Hekaton' SP3`).
    public var label: String?
    /// The cycle's codename (`Jammy Jellyfish`, `bullseye`), when it has one.
    public var codename: String?
    /// The date on which `true` and `false` phase ends were facts: the catalogue snapshot or the export date.
    public var factsAsOf: LocalDate
    /// Which layer the cycle came from.
    public var layer: LifecycleLayer
    /// Where the cycle was read: `lifecycle.csv:812` or `api-v1-ubuntu.json:31:7`.
    public var source: String?

    /// Creates a cycle.
    public init(
        product: String, name: String, releaseDate: LocalDate? = nil, activeSupportEnd: PhaseEnd = .none,
        securitySupportEnd: PhaseEnd, extendedSupportEnd: PhaseEnd = .none, lts: LongTermSupport = .no,
        latest: String? = nil, latestReleaseDate: LocalDate? = nil, label: String? = nil, codename: String? = nil,
        factsAsOf: LocalDate, layer: LifecycleLayer = .shipped, source: String? = nil
    ) {
        self.product = product
        self.name = name
        self.releaseDate = releaseDate
        self.activeSupportEnd = activeSupportEnd
        self.securitySupportEnd = securitySupportEnd
        self.extendedSupportEnd = extendedSupportEnd
        self.lts = lts
        self.latest = latest
        self.latestReleaseDate = latestReleaseDate
        self.label = label
        self.codename = codename
        self.factsAsOf = factsAsOf
        self.layer = layer
        self.source = source
    }

    /// The end of one phase.
    public func end(of phase: SupportPhase) -> PhaseEnd {
        switch phase {
        case .active: activeSupportEnd
        case .security: securitySupportEnd
        case .extended: extendedSupportEnd
        }
    }
}
