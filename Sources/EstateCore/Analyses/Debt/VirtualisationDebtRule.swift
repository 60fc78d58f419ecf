/// A physical server given over to a single system: the infrastructure Nottinghamshire says "cannot be
/// virtualised" and must be upgraded on its own. A server that hosts virtual machines, or that two systems
/// share, is not one.
///
/// The fix is to move its system onto the virtual estate (`debt_virtualise_cost`); the interest is the
/// electricity a virtual machine would not use: the server's yearly kWh × (1 − 1 / the consolidation ratio,
/// `carbon_consolidation_ratio`). The system on it scores the factor too, its money counted on the server.
struct VirtualisationDebtRule: DebtRule {
    static let factor = DebtFactor.virtualisation

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        let ratio = max(1, context.policy.carbon.consolidationRatio)
        let savedPercent = ((ratio - 1) * 100 + ratio / 2) / ratio
        var findings: [DebtFinding] = []
        var systemFindings: [DebtFinding] = []
        // Assets are read in place (copying one out retains every one of its strings); servers are few.
        let assets = context.assets.all
        for position in context.assets.positions
        where assets[position].assetClass == .server && context.isPhysical(at: position) {
            let asset = assets[position]
            guard (context.guestsByHost[asset.id] ?? []).isEmpty,
                let systems = context.systemsByAsset[asset.id], systems.count == 1, let system = systems.first
            else { continue }
            let cost = context.debt.virtualiseCost
            let energy = context.energyInterest(
                at: position, asset.id, percent: savedPercent,
                policyKey: "1 − 1/\(ratio) virtual machines per host, carbon_consolidation_ratio")
            findings.append(
                DebtFinding(
                    subject: DebtSubject(assetAt: position, asset.id), factor: Self.factor, severityPermille: 1_000,
                    weight: weight,
                    reason: "physical server running one system only, \(system.name), and no virtual machines",
                    summary: "is a physical server kept for \(system.name) alone",
                    policyKeys: ["debt_weights", "debt_virtualise_cost", "carbon_consolidation_ratio"],
                    remedy: DebtRemedy(
                        kind: .virtualise, cost: cost, basis: "\(cost.wholePounds) (debt_virtualise_cost)"),
                    interest: energy.map { [$0] } ?? []))
            systemFindings.append(
                DebtFinding(
                    subject: DebtSubject(.system, system.id), factor: Self.factor, severityPermille: 1_000,
                    weight: weight,
                    reason:
                        "runs alone on physical server \(context.name(of: asset)); its move to the virtual estate is counted on the server",
                    summary: "has a physical server to itself (\(context.name(of: asset)))",
                    policyKeys: ["debt_weights"]))
        }
        // One finding per system, however many dedicated servers it has: the first by id names them.
        var seen = Set<String>()
        for finding in systemFindings.sorted(by: { $0.reason < $1.reason })
        where seen.insert(finding.subject.id).inserted {
            findings.append(finding)
        }
        return findings
    }
}
