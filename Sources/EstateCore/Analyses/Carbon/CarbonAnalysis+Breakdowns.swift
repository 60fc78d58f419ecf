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
            forEachSystemShare(yearIndex: yearIndex) { system, figure in
                add(system ?? Self.unattributed, system.flatMap { names[$0] } ?? Self.unattributed, figure)
            }
        }
        return groups.values.sorted { ($1.figure.totalKg, $0.name) < ($0.figure.totalKg, $1.name) }
    }

    /// Calls `body` with each asset's figures as shared among systems (`nil` for none), a host's passed on to its
    /// guests by vCPUs, asset by asset in the order each was first credited. Lines are found by position, so a
    /// million assets cost no index of their ids.
    func forEachSystemShare(yearIndex: Int, _ body: (_ system: String?, _ figure: CarbonYearFigure) -> Void) {
        var guestListOfHost: [String: Int] = [:]
        var guestLists: [[(line: Int, vCPUs: Int)]] = []
        for index in lines.indices {
            guard case .inHost(let host) = lines[index].estimate.use else { continue }
            let list: Int
            if let known = guestListOfHost[host] {
                list = known
            } else {
                list = guestLists.count
                guestListOfHost[host] = list
                guestLists.append([])
            }
            guestLists[list].append((index, max(lines[index].estimate.vCPUs ?? 1, 1)))
        }
        var attributed = [CarbonYearFigure](repeating: CarbonYearFigure(), count: lines.count)
        var credited = [Bool](repeating: false, count: lines.count)
        var order: [Int] = []
        order.reserveCapacity(lines.count)
        func credit(_ line: Int, _ figure: CarbonYearFigure) {
            if !credited[line] {
                credited[line] = true
                order.append(line)
            }
            attributed[line] += figure
        }
        for index in lines.indices {
            let figure = lines[index].years[yearIndex]
            if !guestListOfHost.isEmpty, let list = guestListOfHost[lines[index].estimate.assetId] {
                let total = Double(guestLists[list].reduce(0) { $0 + $1.vCPUs })
                for guest in guestLists[list] { credit(guest.line, figure.scaled(by: Double(guest.vCPUs) / total)) }
            } else {
                credit(index, figure)
            }
        }
        var systemsByAsset: [String: [String]] = [:]
        for system in estate.systems {
            for id in Set(system.assetIds) { systemsByAsset[id, default: []].append(system.id) }
        }
        for line in order {
            let figure = attributed[line]
            guard let systems = systemsByAsset[lines[line].estimate.assetId], !systems.isEmpty else {
                body(nil, figure)
                continue
            }
            let share = 1 / Double(systems.count)
            for system in systems { body(system, figure.scaled(by: share)) }
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
