/// Support status: unsupported, extended-only, security-only, or losing support within the warning window.
///
/// Severity is the worst component's state percent (`debt_support_multiplier`), raised in proportion to how
/// near its next change is (`debt_support_warning_days`). An asset's own components count; a system counts its
/// own product and components and those of the assets it lists. Money follows whose debt it is: an asset's
/// OS upgrade and fees are counted on the asset, a system's own product's on the system.
struct SupportDebtRule: DebtRule {
    static let factor = DebtFactor.support

    static let policyKeys = ["debt_weights", "debt_support_multiplier", "debt_support_warning_days"]

    func findings(in context: DebtContext) -> [DebtFinding] {
        let weight = context.debt.weight(Self.factor)
        var findings: [DebtFinding] = []
        var words = AssetWords()
        for position in context.assets.positions {
            guard let finding = assetFinding(at: position, weight: weight, context: context, words: &words) else {
                continue
            }
            findings.append(finding)
        }
        for system in context.estate.systems {
            guard let finding = systemFinding(system, weight: weight, context: context) else { continue }
            findings.append(finding)
        }
        return findings
    }

    /// What assets' findings say, written once for all the assets they fit: a million devices run a few hundred
    /// product versions, and an asset's own finding need not name the asset its row names.
    struct AssetWords {
        /// The reason and plain clause, by the worst component's catalogue answer and product as written.
        var support = Memo<ProductKey, (reason: String, summary: String)>()
        /// The interest lines, by the kind of machine and the products that are due.
        var interest = Memo<InterestKey, [DebtInterest]>()
        /// The remedy of an asset that cannot take a supported OS, by its class and why.
        var forced = Memo<ForcedKey, DebtRemedy>()
        /// The upgrade remedies, by whether the asset is a device and whether the operating system is due.
        var upgrades = Memo<UpgradeKey, DebtRemedy>()

        struct ProductKey: Hashable {
            var resolution: ObjectIdentifier
            var text: String
            var version: String?
        }

        struct InterestKey: Hashable {
            var isDevice: Bool
            var extended: [String]
            var unsupported: [String]
        }

        struct ForcedKey: Hashable {
            var assetClass: AssetClass
            var reason: String
        }

        struct UpgradeKey: Hashable {
            var isDevice: Bool
            var isOperatingSystem: Bool
        }
    }

    /// The finding of the asset at `position` in the estate's assets, if its support counts.
    func assetFinding(at position: Int, weight: Int, context: DebtContext, words: inout AssetWords) -> DebtFinding? {
        guard let worst = context.worstSupport(ofAssetAt: position) else { return nil }
        // Statuses and assets are read in place: copying one out retains every one of its strings.
        let components = context.lifecycle.components
        let assets = context.assets.all
        let said = words.support.value(
            for: AssetWords.ProductKey(
                resolution: ObjectIdentifier(components[worst.position].resolution),
                text: components[worst.position].text, version: components[worst.position].version)
        ) {
            let component = components[worst.position]
            return (
                "\(DebtContext.describe(component, namingItsAsset: false)) is \(context.supportSeverity(of: component).text)",
                context.plainSupport(of: component, namingItsAsset: false)
            )
        }
        let assetClass = assets[position].assetClass
        let isDevice = assetClass.isEndUserDevice
        var isDue = false
        var isOperatingSystemDue = false
        var extended: [String] = []
        var unsupported: [String] = []
        for candidate in context.components(ofAssetAt: position) {
            let index = Int(candidate)
            // The state is read from the shared resolution: a property of the status itself would copy it first.
            let state = components[index].resolution.state
            guard DebtContext.isDue(state) else { continue }
            isDue = true
            let kind = components[index].kind
            if kind == .operatingSystem { isOperatingSystemDue = true }
            guard kind == .operatingSystem || kind == .database else { continue }
            if state == .extendedOnly {
                extended.append(components[index].text)
            } else {
                unsupported.append(components[index].text)
            }
        }
        var remedy: DebtRemedy?
        if isDue {
            if let forced = context.forcedRefresh(of: assets[position].id) {
                let replace = context.replacement(of: assets[position].assetClass)
                remedy = words.forced.value(for: .init(assetClass: assetClass, reason: forced.reason)) {
                    var remedy = replace
                    remedy.basis += "; the hardware cannot take a supported OS: \(forced.reason)"
                    return remedy
                }
            } else {
                remedy = words.upgrades.value(
                    for: .init(isDevice: isDevice, isOperatingSystem: isOperatingSystemDue)
                ) { Self.upgrade(isDevice: isDevice, isOperatingSystem: isOperatingSystemDue, context: context) }
            }
        }
        let interest =
            extended.isEmpty && unsupported.isEmpty
            ? []
            : words.interest.value(for: .init(isDevice: isDevice, extended: extended, unsupported: unsupported)) {
                Self.assetInterest(extended: extended, unsupported: unsupported, isDevice: isDevice, context: context)
                    .credited(to: Self.factor)
            }
        return DebtFinding(
            subject: DebtSubject(assetAt: position, assets[position].id), factor: Self.factor,
            severityPermille: worst.permille,
            weight: weight, reason: said.reason, summary: said.summary, policyKeys: Self.policyKeys,
            remedy: remedy, interest: interest)
    }

    /// Upgrading an asset's operating system, or updating its other software, at the policy's cost.
    static func upgrade(isDevice: Bool, isOperatingSystem: Bool, context: DebtContext) -> DebtRemedy {
        let costs = context.debt.upgradeCost
        if isOperatingSystem {
            let cost = isDevice ? costs.deviceOS : costs.serverOS
            return DebtRemedy(
                kind: .upgradeOS, cost: cost,
                basis: "\(cost.wholePounds) (debt_upgrade_cost \(isDevice ? "device-os" : "server-os"))")
        }
        let cost = isDevice ? costs.deviceSoftware : costs.serverSoftware
        return DebtRemedy(
            kind: .updateSoftware, cost: cost,
            basis: "\(cost.wholePounds) (debt_upgrade_cost \(isDevice ? "device-software" : "server-software"))")
    }

    /// Fees for products sold with paid extended support (operating systems and databases), and the extra cost of
    /// running them unsupported: `extended` and `unsupported` name the asset's due products of those kinds.
    static func assetInterest(
        extended: [String], unsupported: [String], isDevice: Bool, context: DebtContext
    ) -> [DebtInterest] {
        var lines: [DebtInterest] = []
        let who = isDevice ? "device" : "server"
        if !extended.isEmpty {
            let fee = isDevice ? context.debt.extendedSupportFee.device : context.debt.extendedSupportFee.server
            lines.append(
                DebtInterest(
                    kind: .extendedSupportFees, perYear: fee * extended.count,
                    basis:
                        "\(extended.count) × \(fee.wholePounds) a year (debt_extended_support_fee \(who)): \(extended.joined(separator: "; "))"
                ))
        }
        if !unsupported.isEmpty {
            let cost = isDevice ? context.debt.unsupportedCost.device : context.debt.unsupportedCost.server
            lines.append(
                DebtInterest(
                    kind: .extraSupport, perYear: cost * unsupported.count,
                    basis:
                        "\(unsupported.count) × \(cost.wholePounds) a year (debt_unsupported_cost \(who)): \(unsupported.joined(separator: "; "))"
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
            policyKeys: Self.policyKeys, remedy: remedy, interest: interest)
    }
}
