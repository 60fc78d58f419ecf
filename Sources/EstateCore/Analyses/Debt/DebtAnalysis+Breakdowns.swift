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
                group(category.rawValue, items.filter { $0.timeCategory == category }, onlyWithDebt: false)
            }
        case .department:
            let keyed = Dictionary(grouping: items) { $0.department ?? "(none)" }
            return keyed.map { group($0.key, $0.value) }.sorted(by: Self.largerFirst)
        case .class:
            let keyed = Dictionary(grouping: items) { $0.assetClass?.rawValue ?? "system" }
            return keyed.map { group($0.key, $0.value) }.sorted(by: Self.largerFirst)
        }
    }

    static func largerFirst(_ lhs: DebtGroup, _ rhs: DebtGroup) -> Bool {
        let left = lhs.principal + lhs.interestPerYear
        let right = rhs.principal + rhs.interestPerYear
        return left != right ? left > right : lhs.key < rhs.key
    }

    func group(_ key: String, _ all: [DebtItem], onlyWithDebt: Bool = true) -> DebtGroup {
        let members = onlyWithDebt ? all.filter(\.hasDebt) : all
        return DebtGroup(
            key: key, systems: members.filter { $0.subject.kind == .system }.count,
            assets: members.filter { $0.subject.kind == .asset }.count,
            topScore: members.map(\.score).max() ?? 0, points: 0,
            principal: members.reduce(.zero) { $0 + $1.principal },
            interestPerYear: members.reduce(.zero) { $0 + $1.interestPerYear })
    }

    func factorGroups() -> [DebtGroup] {
        DebtFactor.allCases.map { factor in
            var systems = 0
            var assets = 0
            var top = 0
            var points = 0
            var principal = Money.zero
            var interest = Money.zero
            for item in items {
                guard let finding = item.findings.first(where: { $0.factor == factor }) else { continue }
                if item.subject.kind == .system { systems += 1 } else { assets += 1 }
                top = max(top, finding.points)
                points += finding.points
                if item.remedy?.factor == factor { principal = principal + item.principal }
                interest = item.interest.filter { $0.factor == factor }.reduce(interest) { $0 + $1.perYear }
            }
            return DebtGroup(
                key: factor.rawValue, systems: systems, assets: assets, topScore: top, points: points,
                principal: principal, interestPerYear: interest)
        }
    }

    /// Every system's all-in debt, then the assets no system lists; the rows add up to the estate's totals.
    public func bySystem() -> [DebtSystemTotal] {
        var rows: [String: DebtSystemTotal] = [:]
        var order: [String] = []
        for item in items where item.subject.kind == .system {
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
        for item in items where item.subject.kind == .asset {
            let users = (systemsByAsset[item.subject.id] ?? []).filter { rows[$0] != nil }
            let owners =
                users.isEmpty ? [item.assetClass?.isEndUserDevice == false ? shared : devices] : users.sorted()
            let principalShares = Self.split(item.principal, into: owners.count)
            let interestShares = Self.split(item.interestPerYear, into: owners.count)
            for (index, owner) in owners.enumerated() {
                guard var row = rows[owner] else { continue }
                row.assetPrincipal = row.assetPrincipal + principalShares[index]
                row.assetInterestPerYear = row.assetInterestPerYear + interestShares[index]
                row.assets += 1
                rows[owner] = row
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
