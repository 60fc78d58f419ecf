/// What changed between two snapshots of one organisation: assets added, retired, replaced and upgraded;
/// systems added, decommissioned, migrated and changed.
///
/// Assets match by id (the asset tag) and systems by id. A retired asset whose hostname (ignoring case) an
/// added asset took is *replaced* by it; an asset kept whose operating system name or version changed is
/// *upgraded*. A system kept whose hosting moved to IaaS, PaaS or SaaS is *migrated*; one whose product or
/// version changed is *changed*.
public struct SnapshotDiff: Sendable {
    public var from: Snapshot
    public var to: Snapshot
    public var assetsAdded: [Asset]
    public var assetsRetired: [Asset]
    public var assetsReplaced: [(old: Asset, new: Asset)]
    public var assetsUpgraded: [(before: Asset, after: Asset)]
    public var systemsAdded: [System]
    public var systemsDecommissioned: [System]
    public var systemsMigrated: [(before: System, after: System)]
    public var systemsChanged: [(before: System, after: System)]

    /// Compares `from` (earlier) with `to` (later).
    /// - Complexity: O(*n*) in assets and systems.
    public init(from old: Estate, to new: Estate) {
        from = old.snapshot
        to = new.snapshot
        let oldAssets = Self.index(old.assets, by: \.id)
        let newAssets = Self.index(new.assets, by: \.id)
        var added = new.assets.filter { oldAssets[$0.id] == nil }
        var retired = old.assets.filter { newAssets[$0.id] == nil }
        var addedByHost: [String: [Int]] = [:]
        for (index, asset) in added.enumerated() {
            if let host = asset.hostname?.lowercased(), !host.isEmpty { addedByHost[host, default: []].append(index) }
        }
        var replaced: [(old: Asset, new: Asset)] = []
        var taken = Set<Int>()
        var stillRetired: [Asset] = []
        for asset in retired {
            if let host = asset.hostname?.lowercased(),
                let index = addedByHost[host]?.first(where: { !taken.contains($0) })
            {
                taken.insert(index)
                replaced.append((asset, added[index]))
            } else {
                stillRetired.append(asset)
            }
        }
        retired = stillRetired
        added = added.enumerated().filter { !taken.contains($0.offset) }.map(\.element)
        assetsAdded = added
        assetsRetired = retired
        assetsReplaced = replaced
        assetsUpgraded = new.assets.compactMap { asset in
            guard let before = oldAssets[asset.id],
                before.osName != asset.osName || before.osVersion != asset.osVersion,
                before.osName != nil || before.osVersion != nil
            else { return nil }
            return (before, asset)
        }
        let oldSystems = Self.index(old.systems, by: \.id)
        let newSystems = Self.index(new.systems, by: \.id)
        systemsAdded = new.systems.filter { oldSystems[$0.id] == nil }
        systemsDecommissioned = old.systems.filter { newSystems[$0.id] == nil }
        var migrated: [(before: System, after: System)] = []
        var changed: [(before: System, after: System)] = []
        for system in new.systems {
            guard let before = oldSystems[system.id] else { continue }
            if system.hosting?.isCloud == true, before.hosting?.isCloud != true {
                migrated.append((before, system))
            } else if before.product != system.product || before.version != system.version {
                changed.append((before, system))
            }
        }
        systemsMigrated = migrated
        systemsChanged = changed
    }

    static func index<T>(_ items: [T], by key: (T) -> String) -> [String: T] {
        var out: [String: T] = [:]
        out.reserveCapacity(items.count)
        for item in items where out[key(item)] == nil { out[key(item)] = item }
        return out
    }

    /// The counts in the order reports list them.
    public var counts: [(change: String, count: Int)] {
        [
            ("assets added", assetsAdded.count), ("assets retired", assetsRetired.count),
            ("assets replaced", assetsReplaced.count), ("assets upgraded", assetsUpgraded.count),
            ("systems added", systemsAdded.count), ("systems decommissioned", systemsDecommissioned.count),
            ("systems migrated", systemsMigrated.count), ("systems changed", systemsChanged.count),
        ]
    }
}
