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
        func add(_ key: String, _ name: String, _ figure: CarbonYearFigure, asset: Bool = true) {
            var group = groups[key] ?? CarbonGroup(key: key, name: name, assets: 0, figure: CarbonYearFigure())
            group.figure += figure
            if asset { group.assets += 1 }
            groups[key] = group
        }
        switch dimension {
        case .class:
            for line in lines {
                add(line.estimate.assetClass.rawValue, line.estimate.assetClass.rawValue, line.years[yearIndex])
            }
        case .site:
            for line in lines {
                let site = line.estimate.site ?? "(no site)"
                add(site, site, line.years[yearIndex])
            }
        case .department:
            for line in lines {
                let department = line.estimate.department ?? "(no department)"
                add(department, department, line.years[yearIndex])
            }
        case .hosting:
            for line in lines { add(line.estimate.setting.key, line.estimate.setting.title, line.years[yearIndex]) }
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
        for line in lines {
            if case .inHost(let host) = line.estimate.use {
                guests[host, default: []].append((line.estimate.assetId, max(line.estimate.vCPUs ?? 1, 1)))
            }
        }
        var attributed: [String: CarbonYearFigure] = [:]
        var order: [String] = []
        func credit(_ id: String, _ figure: CarbonYearFigure) {
            if attributed[id] == nil { order.append(id) }
            attributed[id, default: CarbonYearFigure()] += figure
        }
        for line in lines {
            let figure = line.years[yearIndex]
            if let list = guests[line.estimate.assetId] {
                let total = Double(list.reduce(0) { $0 + $1.vCPUs })
                for guest in list { credit(guest.id, figure.scaled(by: Double(guest.vCPUs) / total)) }
            } else {
                credit(line.estimate.assetId, figure)
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
