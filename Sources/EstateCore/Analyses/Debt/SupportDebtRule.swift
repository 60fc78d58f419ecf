/// Support status: unsupported, extended-only, security-only, or losing support within the warning window.
///
/// Severity is the worst component's state percent (`debt_support_multiplier`), raised in proportion to how
/// near its next change is (`debt_support_warning_days`). An asset's own components count; a system counts its
/// own product and components and those of the assets it lists. Money follows whose debt it is: an asset's
/// OS upgrade and fees are counted on the asset, a system's own product's on the system.
struct SupportDebtRule: DebtRule {
    static let factor = DebtFactor.support

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        var findings: [DebtFinding] = []
        let assets = context.assets
        for position in assets.positions {
            guard let finding = assetFinding(assets.all[position], at: position, weight: weight, context: context)
            else { continue }
            findings.append(finding)
        }
        for system in context.estate.systems {
            guard let finding = systemFinding(system, weight: weight, context: context) else { continue }
            findings.append(finding)
        }
        return findings
    }

    /// The finding of the asset at `position` in the estate's assets, if its support counts.
    func assetFinding(_ asset: borrowing Asset, at position: Int, weight: Int, context: DebtContext) -> DebtFinding? {
        guard let worst = context.assessSupport(ofAssetAt: position) else { return nil }
        let components = context.components(ofAssetAt: position)
        let isDevice = asset.assetClass.isEndUserDevice
        let due = context.statuses(components).filter(DebtContext.isDue)
        var remedy: DebtRemedy?
        if !due.isEmpty {
            if let forced = context.forcedRefresh(of: asset.id) {
                var replace = context.replacement(of: asset)
                replace.basis += "; the hardware cannot take a supported OS: \(forced.reason)"
                remedy = replace
            } else if due.contains(where: { $0.kind == .operatingSystem }) {
                let cost = isDevice ? context.debt.upgradeCost.deviceOS : context.debt.upgradeCost.serverOS
                remedy = DebtRemedy(
                    kind: .upgradeOS, cost: cost,
                    basis: "\(cost.wholePounds) (debt_upgrade_cost \(isDevice ? "device-os" : "server-os"))")
            } else {
                let cost = isDevice ? context.debt.upgradeCost.deviceSoftware : context.debt.upgradeCost.serverSoftware
                remedy = DebtRemedy(
                    kind: .updateSoftware, cost: cost,
                    basis:
                        "\(cost.wholePounds) (debt_upgrade_cost \(isDevice ? "device-software" : "server-software"))")
            }
        }
        return DebtFinding(
            subject: DebtSubject(.asset, asset.id), factor: Self.factor, severityPermille: worst.severityPermille,
            weight: weight, reason: worst.explanation, summary: context.plainSupport(worst),
            policyKeys: ["debt_weights", "debt_support_multiplier", "debt_support_warning_days"],
            remedy: remedy, interest: assetInterest(due, isDevice: isDevice, context: context))
    }

    /// Fees for products sold with paid extended support (operating systems and databases), and the extra cost of
    /// running them unsupported.
    func assetInterest(_ due: [ComponentStatus], isDevice: Bool, context: DebtContext) -> [DebtInterest] {
        let products = due.filter { $0.kind == .operatingSystem || $0.kind == .database }
        var lines: [DebtInterest] = []
        let who = isDevice ? "device" : "server"
        let extended = products.filter { $0.state == .extendedOnly }
        if !extended.isEmpty {
            let fee = isDevice ? context.debt.extendedSupportFee.device : context.debt.extendedSupportFee.server
            lines.append(
                DebtInterest(
                    kind: .extendedSupportFees, perYear: fee * extended.count,
                    basis:
                        "\(extended.count) × \(fee.wholePounds) a year (debt_extended_support_fee \(who)): \(extended.map(\.text).joined(separator: "; "))"
                ))
        }
        let unsupported = products.filter { $0.state == .unsupported }
        if !unsupported.isEmpty {
            let cost = isDevice ? context.debt.unsupportedCost.device : context.debt.unsupportedCost.server
            lines.append(
                DebtInterest(
                    kind: .extraSupport, perYear: cost * unsupported.count,
                    basis:
                        "\(unsupported.count) × \(cost.wholePounds) a year (debt_unsupported_cost \(who)): \(unsupported.map(\.text).joined(separator: "; "))"
                ))
        }
        return lines.filter { $0.perYear > .zero }
    }

    func systemFinding(_ system: System, weight: Int, context: DebtContext) -> DebtFinding? {
        guard let worst = context.assessSupport(context.supportComponents(of: system)) else { return nil }
        var reason = worst.explanation
        if worst.component.subjectKind == .asset {
            reason += "; that asset's upgrade and fees are counted on the asset"
        }
        let own = context.statuses(context.systemComponents[system.id] ?? []).filter(DebtContext.isDue)
        var remedy: DebtRemedy?
        var interest: [DebtInterest] = []
        if let product = own.max(by: { $0.state.badness < $1.state.badness }) {
            remedy = context.systemRemedy(.upgrade, for: system)
            let isExtended = product.state == .extendedOnly
            let percent =
                isExtended ? context.debt.extendedSupportFee.systemPercent : context.debt.unsupportedCost.systemPercent
            if let cost = system.annualCost?.scaled(by: Int64(percent), over: 100), cost > .zero {
                let key = isExtended ? "debt_extended_support_fee system" : "debt_unsupported_cost system"
                interest.append(
                    DebtInterest(
                        kind: isExtended ? .extendedSupportFees : .extraSupport, perYear: cost,
                        basis:
                            "\(percent)% of \(system.annualCost?.wholePounds ?? "") a year (\(key)): \(product.text) is \(product.state.rawValue)"
                    ))
            }
        }
        return DebtFinding(
            subject: DebtSubject(.system, system.id), factor: Self.factor, severityPermille: worst.severityPermille,
            weight: weight, reason: reason, summary: context.plainSupport(worst),
            policyKeys: ["debt_weights", "debt_support_multiplier", "debt_support_warning_days"], remedy: remedy,
            interest: interest)
    }
}
