/// The migration waves: which systems move together and in what order.
///
/// Systems that share a server move in the same wave. A system that lists another as an integration while that
/// one does not list it back depends on it, and moves in a later wave; systems that depend on each other round a
/// loop form a cycle, which is reported and moved as one. Two-way integrations (each lists the other) do not
/// order the waves: when the two land in different waves, the link is listed as a hybrid link to keep open until
/// both have moved. Among what may go next, the system whose deadline (contract end, refresh, support end) comes
/// first goes first, then the smaller effort; a wave takes at most ``CloudPolicy/waveSize`` systems.
public struct CloudWavePlan: Sendable, Hashable {
    public var waves: [CloudWave]
    public var cycles: [CloudDependencyCycle]
    /// Two-way integrations between systems that move in different waves.
    public var hybridLinks: [CloudLink]
    /// Each moving system's wave and why, by system id.
    public var placements: [CloudPlacement]

    public init(
        waves: [CloudWave] = [], cycles: [CloudDependencyCycle] = [], hybridLinks: [CloudLink] = [],
        placements: [CloudPlacement] = []
    ) {
        self.waves = waves
        self.cycles = cycles
        self.hybridLinks = hybridLinks
        self.placements = placements
    }
}

/// One wave: its number (1 first) and its systems.
public struct CloudWave: Sendable, Hashable {
    public var number: Int
    public var systemIds: [String]
}

/// Systems whose one-way integrations form a loop, so none can go first: they move as one.
public struct CloudDependencyCycle: Sendable, Hashable {
    public var systemIds: [String]
    /// The one-way dependencies inside the loop.
    public var links: [CloudLink]
}

/// `from` lists `to` as an integration.
public struct CloudLink: Sendable, Hashable, CustomStringConvertible {
    public var from: String
    public var to: String

    public var description: String { "\(from) → \(to)" }
}

/// Where one system goes and why.
public struct CloudPlacement: Sendable, Hashable {
    public var systemId: String
    public var wave: Int
    public var reason: String
}
