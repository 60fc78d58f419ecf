/// A way of grouping the estate's emissions.
public enum CarbonDimension: String, CaseIterable, Sendable {
    case `class`, site, department, system, hosting

    /// The column title for the group's name.
    public var title: String {
        switch self {
        case .class: "Class"
        case .site: "Site"
        case .department: "Department"
        case .system: "System"
        case .hosting: "Hosting"
        }
    }
}

/// One group's figures in a year: a class, a site, a system.
public struct CarbonGroup: Sendable, Hashable {
    /// The machine key (`laptop`, `APP001`, `data-centre`).
    public var key: String
    /// The name people read.
    public var name: String
    /// Assets that contribute to the group.
    public var assets: Int
    /// The group's figures in the year.
    public var figure: CarbonYearFigure
}

extension CarbonAnalysis {
    /// The name of the group assets not attributed to any system fall in.
    public static let unattributed = "(not attributed to a system)"

    /// The year's figures grouped by `dimension`, largest total first; the groups add up to the year's total.
    ///
    /// By system, a hypervisor host's figures are shared among its virtual machines by vCPUs, and each
    /// asset's figures among the systems that run on it equally; end-user devices, network and assets no
    /// system names fall in ``unattributed``.
    /// - Complexity: O(*n* + *s*) in assets and systems' asset lists, plus sorting the groups.
    public func groups(by dimension: CarbonDimension, yearIndex: Int = 0) -> [CarbonGroup] {
        guard years.indices.contains(yearIndex) else { return [] }
        var groups: [String: CarbonGroup] = [:]
        func add(_ key: String, _ name: @autoclosure () -> String, _ figure: CarbonYearFigure, asset: Bool = true) {
            groups[key, default: CarbonGroup(key: key, name: name(), assets: 0, figure: CarbonYearFigure())].add(
                figure, asset: asset)
        }
        // Lines are read in place by index: copying a line out retains every one of its strings.
        switch dimension {
        case .class:
            // Classes and settings are few: sum by value first, then name each group once.
            var byClass: [AssetClass: CarbonTally] = [:]
            for index in lines.indices {
                byClass[lines[index].estimate.assetClass, default: CarbonTally()].add(lines[index].years[yearIndex])
            }
            for (assetClass, group) in byClass {
                groups[assetClass.rawValue] = CarbonGroup(
                    key: assetClass.rawValue, name: assetClass.rawValue, assets: group.assets, figure: group.figure)
            }
        case .site:
            for index in lines.indices {
                let site = lines[index].estimate.site ?? "(no site)"
                add(site, site, lines[index].years[yearIndex])
            }
        case .department:
            for index in lines.indices {
                let department = lines[index].estimate.department ?? "(no department)"
                add(department, department, lines[index].years[yearIndex])
            }
        case .hosting:
            var bySetting: [CarbonSetting: CarbonTally] = [:]
            for index in lines.indices {
                bySetting[lines[index].estimate.setting, default: CarbonTally()].add(lines[index].years[yearIndex])
            }
            for (setting, group) in bySetting {
                groups[setting.key] = CarbonGroup(
                    key: setting.key, name: setting.title, assets: group.assets, figure: group.figure)
            }
        case .system:
            let names = Dictionary(
                estate.systems.map { ($0.id, "\($0.id) \($0.name)") }, uniquingKeysWith: { first, _ in first })
            for (_, shares) in systemShares(yearIndex: yearIndex) {
                for (system, figure) in shares {
                    add(system ?? Self.unattributed, system.flatMap { names[$0] } ?? Self.unattributed, figure)
                }
            }
        }
        return groups.values.sorted { ($1.figure.totalKg, $0.name) < ($0.figure.totalKg, $1.name) }
    }

    /// Each asset's figures as shared among systems (`nil` for none), hosts' passed on to their guests.
    func systemShares(yearIndex: Int) -> [(assetId: String, shares: [(system: String?, figure: CarbonYearFigure)])] {
        var guests: [String: [(id: String, vCPUs: Int)]] = [:]
        for index in lines.indices {
            if case .inHost(let host) = lines[index].estimate.use {
                guests[host, default: []].append(
                    (lines[index].estimate.assetId, max(lines[index].estimate.vCPUs ?? 1, 1)))
            }
        }
        var attributed: [String: CarbonYearFigure] = [:]
        var order: [String] = []
        func credit(_ id: String, _ figure: CarbonYearFigure) {
            if attributed[id] == nil { order.append(id) }
            attributed[id, default: CarbonYearFigure()] += figure
        }
        for index in lines.indices {
            let figure = lines[index].years[yearIndex]
            let id = lines[index].estimate.assetId
            if !guests.isEmpty, let list = guests[id] {
                let total = Double(list.reduce(0) { $0 + $1.vCPUs })
                for guest in list { credit(guest.id, figure.scaled(by: Double(guest.vCPUs) / total)) }
            } else {
                credit(id, figure)
            }
        }
        var systemsByAsset: [String: [String]] = [:]
        for system in estate.systems {
            for id in Set(system.assetIds) { systemsByAsset[id, default: []].append(system.id) }
        }
        return order.map { id in
            let figure = attributed[id] ?? CarbonYearFigure()
            guard let systems = systemsByAsset[id], !systems.isEmpty else { return (id, [(nil, figure)]) }
            let share = 1 / Double(systems.count)
            return (id, systems.map { ($0, figure.scaled(by: share)) })
        }
    }
}

extension CarbonGroup {
    /// Adds an asset's figures (or, with `asset` false, a share that is not an asset of its own).
    mutating func add(_ figure: CarbonYearFigure, asset: Bool) {
        self.figure += figure
        if asset { assets += 1 }
    }
}

/// An asset count and figures summed in line order, before the group is named.
private struct CarbonTally {
    var assets = 0
    var figure = CarbonYearFigure()

    mutating func add(_ figure: CarbonYearFigure) {
        self.figure += figure
        assets += 1
    }
}
