/// Matches a product string (and version) to the catalogue. The lifecycle matcher is the real one;
/// tests pass a table.
public typealias ProductMatching =
    @Sendable (_ text: String, _ version: String?, _ platform: PlatformHint?) -> LifecycleMatch

/// The support lifecycle of the estate on the as-of date and the dated events ahead.
///
/// A pure function of the estate, the policy, the catalogue (with the council's local layer applied),
/// the as-of date and a horizon. Every status names its cycle and the layer its dates came from.
public struct LifecycleAnalysis: Sendable {
    public var asOf: LocalDate
    public var horizonYears: Int
    /// Every component, and every asset's operating system as a component.
    public var components: [ComponentStatus]
    /// In-service physical assets' hardware lifecycle (virtual machines have none).
    public var hardware: [HardwareStatus]
    public var systems: [SystemLifecycle]
    /// Dated events from the as-of date to the end of the horizon, earliest first.
    public var events: [RoadmapEvent]
    /// Strings that matched no product, with how many components carry them.
    public var unmatched: [(text: String, version: String?, count: Int)]
    public var catalogueSnapshot: LocalDate

    /// The last day the roadmap covers: the end of the financial year `horizonYears` after the as-of year.
    public var horizonEnd: LocalDate
}

extension LifecycleAnalysis {
    public init(
        estate: Estate, policy: Policy, catalogue: LifecycleCatalogue, local: LocalLifecycle = LocalLifecycle(),
        matching: ProductMatching, asOf: LocalDate, horizonYears: Int = 5
    ) {
        self.asOf = asOf
        self.horizonYears = horizonYears
        catalogueSnapshot = catalogue.snapshotDate
        horizonEnd = policy.financialYear(containing: asOf).lastDay.adding(years: horizonYears - 1)
        let window = asOf...horizonEnd
        // Assets and components are read in place, by position: copying one out retains every one of its strings.
        let assets = estate.assets
        let inService = AssetSelection.inService(assets)

        // Match each distinct string once: estates repeat a handful of captions thousands of times, and every
        // component of the same string shares one resolution.
        var cache: [ExactMatchKey: ComponentStatus.Resolution] = [:]
        func resolve(_ text: String, _ version: String?, _ platform: PlatformHint?) -> ComponentStatus.Resolution {
            let key = ExactMatchKey(MatchKey(text: text, version: version, platform: platform))
            if let hit = cache[key] { return hit }
            let match = matching(text, version, platform)
            let cycle = match.product.flatMap { product in match.cycle.flatMap { catalogue.cycle($0, of: product) } }
            let resolution = ComponentStatus.Resolution(
                text: text, version: version, match: match, cycle: cycle,
                status: cycle.map { catalogue.status(of: $0, on: asOf) })
            cache[key] = resolution
            return resolution
        }
        func status(
            _ subject: Component.Subject, _ id: String, _ name: String, _ kind: ComponentKind, _ text: String,
            _ version: String?, _ platform: PlatformHint?, at position: Int? = nil
        ) -> ComponentStatus {
            ComponentStatus(
                subjectKind: subject, subjectId: id, subjectName: name, kind: kind,
                resolution: resolve(text, version, platform), assetPosition: position)
        }

        var gathered: [ComponentStatus] = []
        gathered.reserveCapacity(inService.count + estate.components.count)
        // Each asset's operating system's index in `components`, if it has one, by the asset's position.
        var operatingSystems = [Int?](repeating: nil, count: assets.count)
        let systemsById = Dictionary(estate.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        // Assets are read field by field where they are held: an asset handed to a function is copied first,
        // retaining every one of its strings.
        for position in inService.positions {
            guard let os = assets[position].osName else { continue }
            operatingSystems[position] = gathered.count
            gathered.append(
                status(
                    .asset, assets[position].id, assets[position].hostname ?? assets[position].id, .operatingSystem, os,
                    assets[position].osVersion, Self.platform(of: assets[position].assetClass), at: position))
        }
        let listed = estate.components
        for index in listed.indices {
            switch listed[index].subject {
            case .asset:
                guard let position = estate.assetsById.position(of: listed[index].subjectId),
                    assets[position].status?.isInService ?? true
                else { continue }
                if listed[index].kind == .operatingSystem, operatingSystems[position] == nil {
                    operatingSystems[position] = gathered.count
                }
                gathered.append(
                    status(
                        .asset, assets[position].id, assets[position].hostname ?? assets[position].id,
                        listed[index].kind,
                        listed[index].product, listed[index].version, Self.platform(of: assets[position].assetClass),
                        at: position))
            case .system:
                let name = systemsById[listed[index].subjectId]?.name ?? listed[index].subjectId
                gathered.append(
                    status(
                        .system, listed[index].subjectId, name, listed[index].kind, listed[index].product,
                        listed[index].version, .server))
            }
        }
        for system in estate.systems {
            guard let product = system.product, system.hosting.map({ !$0.isCloud }) ?? true else { continue }
            let text = [system.vendor, product].compactMap { $0 }.joined(separator: " ")
            let entry = status(.system, system.id, system.name, .application, text, system.version, .server)
            if entry.match.isMatched { gathered.append(entry) }
        }
        // Reserved for every asset and listed component; out-of-service assets and systems' own products leave
        // room to spare.
        let components = (consume gathered).withExactCapacity()
        self.components = components

        var unmatchedCounts: [MatchKey: Int] = [:]
        for index in components.indices where !components[index].resolution.match.isMatched {
            let key = MatchKey(text: components[index].text, version: components[index].version, platform: nil)
            unmatchedCounts[key, default: 0] += 1
        }
        unmatched = unmatchedCounts.map { (text: $0.key.text, version: $0.key.version, count: $0.value) }
            .sorted { ($1.count, $0.text, $0.version ?? "") < ($0.count, $1.text, $1.version ?? "") }

        var memo = HardwareMemo()
        var found: [HardwareStatus] = []
        for position in inService.positions
        where assets[position].assetClass != .virtualMachine && !(assets[position].isVirtual ?? false) {
            var entry = Self.hardware(
                of: assets, at: position, policy: policy, asOf: asOf, components: components,
                operatingSystem: operatingSystems[position], memo: &memo)
            entry.recordedAssetPosition = Int32(exactly: position) ?? -1
            found.append(entry)
        }
        let hardware = (consume found).withExactCapacity()
        self.hardware = hardware
        systems = Self.systemLifecycles(estate: estate, components: components, window: window)
        events = Self.chronological(
            Self.events(
                estate: estate, policy: policy, components: components, hardware: hardware,
                local: local, window: window, catalogue: catalogue))
    }

    /// The events by date, then severity, subject id and kind; events equal in all four keep their order.
    ///
    /// Positions are sorted rather than the events themselves, so a million events are moved once.
    /// - Complexity: O(*n* log *n*).
    static func chronological(_ events: consuming [RoadmapEvent]) -> [RoadmapEvent] {
        // The keys are read into arrays first: comparing whole events would copy (retain) every field each time.
        let days = events.map(\.date.daysSinceEpoch)
        let severities = events.map { Int8($0.severity.rank) }
        let subjects = events.map(\.subjectId)
        var order = Array(events.indices)
        order.sort { left, right in
            if days[left] != days[right] { return days[left] < days[right] }
            if severities[left] != severities[right] { return severities[left] < severities[right] }
            if subjects[left] != subjects[right] { return subjects[left] < subjects[right] }
            let (a, b) = (events[left].kind, events[right].kind)
            if a != b { return a.rawValue < b.rawValue }
            return left < right
        }
        // Moved into order, not copied: the events are taken over.
        var sorted = events
        sorted.rearrange(by: order)
        // Gathered by appending from several sources, the events can hold room for twice their number.
        return (consume sorted).withExactCapacity()
    }

    struct MatchKey: Hashable {
        var text: String
        var version: String?
        var platform: PlatformHint?
    }

    /// A match key whose text and version are equal only byte for byte. The resolution shared by a product
    /// string's components holds its text and version, and `String`'s `==` counts canonically equivalent spellings
    /// (é as one scalar or as e and an accent) as one: each component's status keeps the bytes its own gave.
    struct ExactMatchKey: Hashable {
        let key: MatchKey

        init(_ key: MatchKey) { self.key = key }

        static func == (lhs: ExactMatchKey, rhs: ExactMatchKey) -> Bool {
            lhs.key == rhs.key && sameBytes(lhs.key.text, rhs.key.text) && sameBytes(lhs.key.version, rhs.key.version)
        }

        private static func sameBytes(_ lhs: String?, _ rhs: String?) -> Bool {
            switch (lhs, rhs) {
            case (nil, nil): true
            case (let lhs?, let rhs?): lhs.utf8.elementsEqual(rhs.utf8)
            default: false
            }
        }

        // Canonically equivalent keys hash alike (String's hash), so byte-different ones meet only in `==`.
        func hash(into hasher: inout Hasher) { hasher.combine(key) }
    }

    static func platform(of assetClass: AssetClass) -> PlatformHint? {
        if assetClass.isInfrastructure { return .server }
        if assetClass.isEndUserDevice { return .client }
        return nil
    }
}
