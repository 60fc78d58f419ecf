/// A group's debt: how many items, the worst score, and the money.
public struct DebtGroup: Sendable, Hashable {
    /// The group's key as CSV writes it (`housing`, `laptop`, `support`, `migrate`).
    public var key: String
    /// Systems in the group with debt.
    public var systems: Int
    /// Assets in the group with debt.
    public var assets: Int
    /// The highest score in the group (for a factor, the most points it gives one item).
    public var topScore: Int
    /// Points the factor adds across the estate (for factor groups only; zero otherwise).
    public var points: Int
    /// What fixing the group costs.
    public var principal: Money
    /// What leaving the group costs a year.
    public var interestPerYear: Money
}

/// One system's all-in debt: its own, and an even share of the debt of each asset it lists (an asset listed by
/// two systems gives each half). Assets no system lists are shown as shared infrastructure or end-user
/// devices, so the rows add up to the estate's totals.
public struct DebtSystemTotal: Sendable, Hashable {
    /// The system's id, or `(shared-infrastructure)` / `(end-user-devices)`.
    public var id: String
    /// The system's name, or what the unlisted assets are.
    public var name: String
    /// The system's TIME category.
    public var timeCategory: TimeCategory?
    /// The system's score.
    public var score: Int?
    /// The system's own fix.
    public var ownPrincipal: Money
    /// The system's own yearly interest.
    public var ownInterestPerYear: Money
    /// The shares of its assets' debt.
    public var assetPrincipal: Money
    /// The shares of its assets' yearly interest.
    public var assetInterestPerYear: Money
    /// How many assets with debt it takes a share of.
    public var assets: Int

    /// Its own fix and its share of its assets'.
    public var principal: Money { ownPrincipal + assetPrincipal }
    /// Its own yearly interest and its share of its assets'.
    public var interestPerYear: Money { ownInterestPerYear + assetInterestPerYear }
}

extension DebtAnalysis {
    /// How ``groups(by:)`` groups items.
    public enum Grouping: String, Sendable, CaseIterable {
        case department
        /// Assets by class; systems as one `system` group.
        case `class`
        /// By factor: points, the principal of remedies the factor proposed, the interest it charged.
        case factor
        /// Systems by TIME category.
        case time
    }

    /// The items grouped, in a stable order (largest principal plus interest first; factors and TIME
    /// categories in their own order).
    public func groups(by grouping: Grouping) -> [DebtGroup] {
        switch grouping {
        case .factor: return factorGroups()
        case .time:
            return TimeCategory.allCases.map { category in
                // Every system has a category, debt or none: count them all.
                group(
                    category.rawValue, items.indices.filter { items[$0].timeCategory == category }.map { items[$0] },
                    onlyWithDebt: false)
            }
        case .department:
            return tallied { items[$0].department ?? "(none)" }
        case .class:
            return tallied { items[$0].assetClass?.rawValue ?? "system" }
        }
    }

    /// Groups of the items with debt by a key of each item (given its index), largest first; a key whose
    /// items carry no debt still has its (empty) group. Reads the items in place rather than copying them.
    private func tallied(by key: (Int) -> String) -> [DebtGroup] {
        var groups: [String: DebtGroup] = [:]
        for index in items.indices {
            let name = key(index)
            // Updated in place: one lookup an item.
            let empty = DebtGroup(
                key: name, systems: 0, assets: 0, topScore: 0, points: 0, principal: .zero, interestPerYear: .zero)
            guard items.hasDebt(at: index) else {
                if groups[name] == nil { groups[name] = empty }
                continue
            }
            Self.add(items, at: index, to: &groups[name, default: empty])
        }
        return groups.values.sorted(by: Self.largerFirst)
    }

    /// Counts the item with debt at `index` in a group, its fields read where it is held (an item handed to a
    /// function is copied first, retaining every one of its strings).
    private static func add(_ items: [DebtItem], at index: Int, to group: inout DebtGroup) {
        if items[index].subject.kind == .system { group.systems += 1 } else { group.assets += 1 }
        group.topScore = max(group.topScore, items[index].score)
        group.principal += items[index].principal
        group.interestPerYear += items[index].interestPerYear
    }

    static func largerFirst(_ lhs: DebtGroup, _ rhs: DebtGroup) -> Bool {
        let left = lhs.principal + lhs.interestPerYear
        let right = rhs.principal + rhs.interestPerYear
        return left != right ? left > right : lhs.key < rhs.key
    }

    func group(_ key: String, _ all: [DebtItem], onlyWithDebt: Bool = true) -> DebtGroup {
        let members = onlyWithDebt ? all.filter(\.hasDebt) : all
        return DebtGroup(
            key: key, systems: members.count(where: { $0.subject.kind == .system }),
            assets: members.count(where: { $0.subject.kind == .asset }),
            topScore: members.map(\.score).max() ?? 0, points: 0,
            principal: members.reduce(.zero) { $0 + $1.principal },
            interestPerYear: members.reduce(.zero) { $0 + $1.interestPerYear })
    }

    /// One group per factor: the items it found (each counted once, by its first finding of the factor), the
    /// most points it gave one item and in all, the principal of the remedies it proposed and the interest it
    /// charged. One pass over the items, read in place.
    func factorGroups() -> [DebtGroup] {
        let factors = DebtFactor.allCases
        // A factor's place among a handful: found by a scan, not a hash, as every finding asks.
        func position(_ factor: DebtFactor?) -> Int? { factor.flatMap { factors.firstIndex(of: $0) } }
        var groups = factors.map {
            DebtGroup(
                key: $0.rawValue, systems: 0, assets: 0, topScore: 0, points: 0, principal: .zero,
                interestPerYear: .zero)
        }
        var found = [Bool](repeating: false, count: factors.count)
        for index in items.indices {
            for offset in found.indices { found[offset] = false }
            let isSystem = items[index].subject.kind == .system
            for finding in items[index].findings.indices {
                guard let offset = position(items[index].findings[finding].factor), !found[offset] else { continue }
                found[offset] = true
                let points = items[index].findings[finding].points
                if isSystem { groups[offset].systems += 1 } else { groups[offset].assets += 1 }
                groups[offset].topScore = max(groups[offset].topScore, points)
                groups[offset].points += points
            }
            if let offset = position(items[index].remedy?.factor), found[offset] {
                groups[offset].principal += items[index].principal
            }
            for line in items[index].interest.indices {
                guard let offset = position(items[index].interest[line].factor), found[offset] else { continue }
                groups[offset].interestPerYear += items[index].interest[line].perYear
            }
        }
        return groups
    }

    /// Every system's all-in debt, then the assets no system lists; the rows add up to the estate's totals.
    public func bySystem() -> [DebtSystemTotal] {
        var rows: [String: DebtSystemTotal] = [:]
        var order: [String] = []
        for position in items.indices where items[position].subject.kind == .system {
            let item = items[position]
            rows[item.subject.id] = DebtSystemTotal(
                id: item.subject.id, name: item.name, timeCategory: item.timeCategory, score: item.score,
                ownPrincipal: item.principal, ownInterestPerYear: item.interestPerYear, assetPrincipal: .zero,
                assetInterestPerYear: .zero, assets: 0)
            order.append(item.subject.id)
        }
        let shared = "(shared-infrastructure)"
        let devices = "(end-user-devices)"
        rows[shared] = DebtSystemTotal(
            id: shared, name: "Shared infrastructure (no system lists it)", ownPrincipal: .zero,
            ownInterestPerYear: .zero, assetPrincipal: .zero, assetInterestPerYear: .zero, assets: 0)
        rows[devices] = DebtSystemTotal(
            id: devices, name: "End-user devices and other unlisted assets", ownPrincipal: .zero,
            ownInterestPerYear: .zero, assetPrincipal: .zero, assetInterestPerYear: .zero, assets: 0)
        for item in items.indices where items[item].subject.kind == .asset {
            let users = (systemsByAsset[items[item].subject.id] ?? []).filter { rows[$0] != nil }
            if users.count < 2 {
                // Most assets have one owner: no shares to split.
                let owner = users.first ?? (items[item].assetClass?.isEndUserDevice == false ? shared : devices)
                rows[owner]?.addAsset(principal: items[item].principal, interest: items[item].interestPerYear)
                continue
            }
            let owners = users.sorted()
            let principalShares = Self.split(items[item].principal, into: owners.count)
            let interestShares = Self.split(items[item].interestPerYear, into: owners.count)
            for (index, owner) in owners.enumerated() {
                rows[owner]?.addAsset(principal: principalShares[index], interest: interestShares[index])
            }
        }
        let systems = order.compactMap { rows[$0] }.sorted {
            ($1.principal + $1.interestPerYear, $0.id) < ($0.principal + $0.interestPerYear, $1.id)
        }
        return systems + [shared, devices].compactMap { rows[$0] }
    }

    /// Money in `count` shares that add up exactly: the first shares carry the odd pence.
    static func split(_ money: Money, into count: Int) -> [Money] {
        guard count > 1 else { return [money] }
        let base = money.pence / Int64(count)
        let rest = money.pence - base * Int64(count)
        return (0..<count).map { Money(pence: base + (Int64($0) < rest ? 1 : 0)) }
    }
}

extension DebtSystemTotal {
    /// Counts one more of the system's assets, with its share of the asset's debt.
    fileprivate mutating func addAsset(principal: Money, interest: Money) {
        assetPrincipal += principal
        assetInterestPerYear += interest
        assets += 1
    }
}
