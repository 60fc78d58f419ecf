import Foundation

/// Where the estate stands on a date: what there is, where, how old, on what operating system.
///
/// A pure function of the estate, the policy and the as-of date. Assets retired, disposed
/// or lost are counted apart and left out of the in-service figures.
public struct Overview: Sendable {
    public var asOf: LocalDate
    public var totalAssets: Int
    public var inService: Int
    public var outOfService: Int
    public var systems: Int
    public var components: Int
    public var byClass: [ClassLine]
    public var bySite: [(name: String, count: Int)]
    public var byDepartment: [(name: String, count: Int)]
    public var byOperatingSystem: [(name: String, count: Int)]
    public var ageBands: [AgeBand]
    /// In-service end-user devices older than the policy's old-device age.
    public var oldEndUserDevices: Int
    /// In-service assets with a last-seen date older than the policy's stale limit.
    public var staleAssets: Int
    public var warrantyExpired: Int
    public var warrantyEndingWithinYear: Int
    public var dataQuality: [(check: String, count: Int, examples: [String])]

    public struct ClassLine: Sendable, Hashable {
        public var assetClass: AssetClass
        public var count: Int
        /// Median age in whole years of those with a purchase date.
        public var medianAgeYears: Int?
        public var overRefreshCycle: Int
        public var old: Int
        public var stale: Int
        public var refreshCycleYears: Int
    }

    /// Age bands in whole years since purchase; the last is the policy's old-device age and over.
    public struct AgeBand: Sendable, Hashable {
        public var label: String
        public var lowerYears: Int?
        public var upperYears: Int?
        public var endUserDevices: Int
        public var infrastructure: Int
    }
}

extension Overview {
    /// Computes the overview.
    /// - Complexity: O(n log n) in the number of assets (medians and rankings sort).
    public init(estate: Estate, policy: Policy, asOf: LocalDate) {
        self.asOf = asOf
        // Read in place through a selection: a filtered copy of a million assets would hold half a gigabyte.
        let service = AssetSelection.inService(estate.assets)
        totalAssets = estate.assets.count
        inService = service.count
        outOfService = totalAssets - inService
        systems = estate.systems.count
        components = estate.components.count

        let staleLimit = asOf.adding(days: -policy.staleAfterDays)
        // Each class's count, known ages and stale assets, each site and department, each caption's count and each
        // age band's, gathered in one pass. Assets' fields are read where they are held: an asset handed to a
        // function is copied first, retaining every one of its strings.
        let assets = estate.assets
        var classGroups: [AssetClass: (count: Int, ages: [Int], stale: Int)] = [:]
        var siteCounts: [String: Int] = [:]
        var departmentCounts: [String: Int] = [:]
        var warrantyCounts = (expired: 0, endingWithinYear: 0)
        let yearAhead = asOf.adding(years: 1)
        var captionCounts: [String: Int] = [:]
        let old = policy.oldDeviceYears
        let bounds: [(String, Int?, Int?)] = [
            ("under 1 year", 0, 1), ("1 to 3 years", 1, 3), ("3 to 5 years", 3, 5), ("5 to \(old) years", 5, old),
            ("\(old) years and over", old, nil), ("purchase date unknown", nil, nil),
        ]
        var bandCounts = [(devices: Int, infrastructure: Int)](repeating: (0, 0), count: bounds.count)
        for position in service.positions {
            let assetClass = assets[position].assetClass
            let years = assets[position].purchaseDate.map { $0.wholeYears(until: asOf) }
            let stale = assets[position].lastSeen.map { $0 < staleLimit } ?? false
            Self.tally(&classGroups[assetClass, default: (0, [], 0)], age: years, stale: stale)
            siteCounts[assets[position].site ?? "(no site)", default: 0] += 1
            departmentCounts[assets[position].department ?? "(no department)", default: 0] += 1
            if let end = assets[position].warrantyEnd {
                if end < asOf { warrantyCounts.expired += 1 }
                if end >= asOf && end < yearAhead { warrantyCounts.endingWithinYear += 1 }
            }
            if let caption = assets[position].osName { captionCounts[caption, default: 0] += 1 }
            for (index, (_, lower, upper)) in bounds.enumerated() {
                let isMember: Bool
                if let years {
                    isMember = lower.map { years >= $0 && (upper.map { years < $0 } ?? true) } ?? false
                } else {
                    isMember = lower == nil && upper == nil
                }
                guard isMember else { continue }
                if assetClass.isEndUserDevice {
                    bandCounts[index].devices += 1
                } else {
                    bandCounts[index].infrastructure += 1
                }
            }
        }
        byClass = AssetClass.allCases.compactMap { assetClass in
            guard let group = classGroups[assetClass] else { return nil }
            let ages = group.ages.sorted()
            let cycle = policy.refreshCycle(for: assetClass)
            return ClassLine(
                assetClass: assetClass, count: group.count, medianAgeYears: ages.isEmpty ? nil : ages[ages.count / 2],
                overRefreshCycle: ages.count(where: { $0 >= cycle }),
                old: assetClass.isEndUserDevice ? ages.count(where: { $0 >= policy.oldDeviceYears }) : 0,
                stale: group.stale, refreshCycleYears: cycle)
        }
        bySite = Self.ranked(counts: siteCounts)
        byDepartment = Self.ranked(counts: departmentCounts)
        // Label each distinct caption once: estates repeat a few dozen captions across every device.
        var osCounts: [String: Int] = [:]
        for (caption, count) in captionCounts { osCounts[Self.operatingSystemLabel(caption), default: 0] += count }
        byOperatingSystem = Self.ranked(counts: osCounts)

        ageBands = bounds.enumerated().map { index, bound in
            AgeBand(
                label: bound.0, lowerYears: bound.1, upperYears: bound.2, endUserDevices: bandCounts[index].devices,
                infrastructure: bandCounts[index].infrastructure)
        }
        oldEndUserDevices = byClass.reduce(0) { $0 + $1.old }
        staleAssets = classGroups.values.reduce(0) { $0 + $1.stale }
        warrantyExpired = warrantyCounts.expired
        warrantyEndingWithinYear = warrantyCounts.endingWithinYear
        dataQuality = Self.dataQuality(estate: estate, service: service)
    }

    /// One more asset in a class's tally.
    private static func tally(_ group: inout (count: Int, ages: [Int], stale: Int), age: Int?, stale: Bool) {
        group.count += 1
        if let age { group.ages.append(age) }
        if stale { group.stale += 1 }
    }

    /// The counts, most first, ties by name.
    static func ranked(counts: [String: Int]) -> [(name: String, count: Int)] {
        counts.map { (name: $0.key, count: $0.value) }.sorted { ($1.count, $0.name) < ($0.count, $1.name) }
    }

    /// An operating system caption tidied for grouping: spaces collapsed, `Microsoft`/`(R)`/`(TM)` dropped.
    /// Matching to product and support cycle is the lifecycle catalogue's job, not this label's.
    public static func operatingSystemLabel(_ caption: String) -> String {
        var text = caption.replacingOccurrences(of: "(R)", with: "").replacingOccurrences(of: "(TM)", with: "")
            .replacingOccurrences(of: "®", with: "").replacingOccurrences(of: "™", with: "")
        if text.hasPrefix("Microsoft ") { text.removeFirst("Microsoft ".count) }
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
    }

    static func dataQuality(estate: Estate, service: AssetSelection) -> [(
        check: String, count: Int, examples: [String]
    )] {
        let assetIds = estate.assetsById
        let systemIds = Set(estate.systems.map(\.id))
        func check(_ name: String, _ items: [String]) -> (check: String, count: Int, examples: [String]) {
            (name, items.count, Array(items.prefix(5)))
        }
        // Assets' fields are read where they are held: copying one out retains every one of its strings.
        let assets = estate.assets
        var undated: [String] = []
        var unseen: [String] = []
        for position in service.positions {
            if assets[position].purchaseDate == nil { undated.append(assets[position].id) }
            if assets[position].lastSeen == nil { unseen.append(assets[position].id) }
        }
        var orphans: [String] = []
        for position in assets.indices {
            guard let host = assets[position].hostId, !assetIds.contains(host) else { continue }
            orphans.append(assets[position].id)
        }
        return [
            check("in-service assets with no purchase date", undated),
            check("in-service assets never seen by a tool (no last-seen date)", unseen),
            check("virtual machines whose host is not in the inventory", orphans),
            check(
                "systems that run on assets not in the inventory",
                estate.systems.filter { $0.assetIds.contains { !assetIds.contains($0) } }.map(\.id)),
            check(
                "systems that integrate with systems not in the inventory",
                estate.systems.filter { $0.integrations.contains { !systemIds.contains($0) } }.map(\.id)),
            check(
                "components installed on assets or systems not in the inventory",
                estate.components.filter { component in
                    component.subject == .asset
                        ? !assetIds.contains(component.subjectId) : !systemIds.contains(component.subjectId)
                }.map { "\($0.subjectId): \($0.product)" }),
        ]
    }
}
