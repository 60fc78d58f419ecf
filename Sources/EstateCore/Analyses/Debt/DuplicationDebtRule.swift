/// Duplicated capability: two or more systems doing the same job (the same capability in the systems
/// register), the "common functions" Nottinghamshire wants fewer systems for and the "overlapping
/// functionality" Barking & Dagenham set out to consolidate.
///
/// In each group the system with the most users is the one to keep (ties: cloud-hosted first, then the lower
/// id); every other is a consolidation candidate at full severity. The fix is to consolidate it
/// (`debt_system_remedy_cost`); the interest is the duplicated licences, the share of its annual cost that
/// consolidation would save (`debt_duplicate_saving`).
struct DuplicationDebtRule: DebtRule {
    static let factor = DebtFactor.duplication
    /// How many of the other systems doing the same job a finding names; past that it counts them. Each
    /// candidate's finding names the others, so naming them all would grow with the square of the group (a
    /// register with hundreds of systems of one capability wrote kilobytes of names into every one).
    static let namedOthers = 5

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        var groups: [String: [System]] = [:]
        for system in context.estate.systems {
            guard let capability = system.capability, !capability.isEmpty else { continue }
            groups[capability, default: []].append(system)
        }
        var findings: [DebtFinding] = []
        for (capability, members) in groups.sorted(by: { $0.key < $1.key }) where members.count > 1 {
            let ranked = members.sorted(by: Self.keepsBefore)
            guard let keeper = ranked.first else { continue }
            for system in ranked.dropFirst() {
                let others = Self.others(of: system, in: members)
                var interest: [DebtInterest] = []
                let percent = context.debt.duplicateSavingPercent
                if let cost = system.annualCost?.scaled(by: Int64(percent), over: 100), cost > .zero {
                    interest.append(
                        DebtInterest(
                            kind: .duplicatedLicences, perYear: cost,
                            basis:
                                "\(percent)% of \(system.annualCost?.wholePounds ?? "") a year (debt_duplicate_saving)"
                        ))
                }
                findings.append(
                    DebtFinding(
                        subject: DebtSubject(.system, system.id), factor: Self.factor, severityPermille: 1_000,
                        weight: weight,
                        reason:
                            "capability \(capability) is also served by \(others); keep \(keeper.name), the one with most users, and consolidate this one (\(Self.users(system)))",
                        summary: "does the same job as \(keeper.name)",
                        policyKeys: ["debt_weights", "debt_duplicate_saving", "debt_system_remedy_cost"],
                        remedy: context.systemRemedy(.consolidate, for: system), interest: interest))
            }
        }
        return findings
    }

    /// The other members of `system`'s group in words, in register order: each by name and users, the first
    /// ``namedOthers`` of them and a count when there are more.
    static func others(of system: System, in members: [System]) -> String {
        let others = members.filter { $0.id != system.id }
        let named = others.prefix(namedOthers).map { "\($0.name) (\(users($0)))" }.joined(separator: ", ")
        guard others.count > namedOthers else { return named }
        return "\(Table.grouped(Int64(others.count))) other systems, among them \(named)"
    }

    /// Most users first, then cloud-hosted, then the lower id.
    static func keepsBefore(_ lhs: System, _ rhs: System) -> Bool {
        let left = (-(lhs.users ?? 0), (lhs.hosting?.isCloud ?? false) ? 0 : 1, lhs.id)
        let right = (-(rhs.users ?? 0), (rhs.hosting?.isCloud ?? false) ? 0 : 1, rhs.id)
        return left < right
    }

    static func users(_ system: System) -> String {
        system.users.map { "\(Table.grouped(Int64($0))) user\($0 == 1 ? "" : "s")" } ?? "users not recorded"
    }
}
