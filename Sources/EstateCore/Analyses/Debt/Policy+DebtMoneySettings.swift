import Foundation

extension Policy {
    /// Unit costs of fixing debt (principal) and yearly costs of leaving it (interest).
    static let debtMoneySettings: [Setting] = [
        Setting(
            key: "debt_replacement_cost",
            rationale:
                "what the council has paid is the best guide to what it will pay: by default the median price paid per class in the register, else Estate's ESTIMATE framework prices",
            expected: "an object of class to an amount in pounds, e.g. {\"laptop\": \"£900\"}",
            apply: { value, policy in
                apply(
                    value, keys: AssetClass.allCases.map { ($0.rawValue, $0) }, into: &policy.debt.replacementCost,
                    expected: "an amount in pounds", read: money)
            },
            describe: { policy in
                let set = AssetClass.allCases.compactMap { assetClass in
                    policy.debt.replacementCost[assetClass].map { "\(assetClass.rawValue) \($0.wholePounds)" }
                }
                return set.isEmpty ? "median price paid per class in the register" : set.joined(separator: ", ")
            }),
        Setting(
            key: "debt_upgrade_cost",
            rationale:
                "ESTIMATE: a device OS upgrade is about an hour of engineer time with deployment tooling, a software update a few minutes; a server OS upgrade is a rebuild, migration and test of several days, a server software upgrade about a day",
            expected: "an object of device-os, device-software, server-os, server-software to amounts in pounds",
            apply: { value, policy in
                var costs: [String: Money] = [:]
                let names = ["device-os", "device-software", "server-os", "server-software"]
                if let problem = apply(
                    value, keys: names.map { ($0, $0) }, into: &costs, expected: "an amount in pounds", read: money)
                {
                    return problem
                }
                var upgrade = policy.debt.upgradeCost
                upgrade.deviceOS = costs["device-os"] ?? upgrade.deviceOS
                upgrade.deviceSoftware = costs["device-software"] ?? upgrade.deviceSoftware
                upgrade.serverOS = costs["server-os"] ?? upgrade.serverOS
                upgrade.serverSoftware = costs["server-software"] ?? upgrade.serverSoftware
                policy.debt.upgradeCost = upgrade
                return nil
            },
            describe: { policy in
                let cost = policy.debt.upgradeCost
                return
                    "device-os \(cost.deviceOS.wholePounds), device-software \(cost.deviceSoftware.wholePounds), server-os \(cost.serverOS.wholePounds), server-software \(cost.serverSoftware.wholePounds)"
            }),
        .money(
            key: "debt_virtualise_cost",
            rationale:
                "ESTIMATE: physical-to-virtual migration, testing and cut-over of one server, about a week and a half of engineer time",
            per: "per server", \.debt.virtualiseCost),
        .money(
            key: "debt_reclaim_cost",
            rationale: "ESTIMATE: finding a device, wiping it and redeploying it or sending it for WEEE disposal",
            per: "per asset", \.debt.reclaimCost),
        Setting(
            key: "debt_system_remedy_cost",
            rationale:
                "ESTIMATE, as shares of a system's annual cost: an upgrade or standardisation half a year's cost, replacing a bespoke system one and a half (procurement and implementation), consolidation half, retirement a quarter (data archive and exit); never less than the minimum",
            expected:
                "an object of upgrade, standardise, reimplement, retire, consolidate to percentages (up to 1000%) and minimum to an amount in pounds",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of remedy to percentage" }
                var percents = entries
                if let minimum = entries.first(where: { HeaderKey.fold($0.key) == "minimum" }) {
                    guard let amount = money(minimum.value) else {
                        return "minimum: expected an amount in pounds, found \"\(minimum.value)\""
                    }
                    policy.debt.systemRemedyMinimum = amount
                    percents[minimum.key] = nil
                }
                let kinds: [DebtRemedy.Kind] = [.upgrade, .standardise, .reimplement, .retire, .consolidate]
                return apply(
                    .map(percents), keys: kinds.map { ($0.rawValue, $0) },
                    into: &policy.debt.systemRemedyPercent, expected: "a percentage 0-1000"
                ) { percentage($0, upTo: 1_000) }
            },
            describe: { policy in
                let kinds: [DebtRemedy.Kind] = [.upgrade, .standardise, .reimplement, .retire, .consolidate]
                return kinds.map { "\($0.rawValue) \(policy.debt.systemRemedyPercent[$0] ?? 0)%" }
                    .joined(separator: ", ") + ", minimum \(policy.debt.systemRemedyMinimum.wholePounds)"
            }),
        chargeSetting(
            key: "debt_extended_support_fee",
            rationale:
                "ESTIMATE: Microsoft's Windows 10 commercial Extended Security Updates cost US$61 a device in their first year; server products' extended support (Windows Server, SQL Server) runs to hundreds or thousands a server; a vendor's extended support of a system is commonly about a fifth of its annual cost",
            path: \.extendedSupportFee),
        chargeSetting(
            key: "debt_unsupported_cost",
            rationale:
                "ESTIMATE: compensating controls for unsupported software (isolating it, extra monitoring, third-party support); for a system's own unsupported product a quarter of its annual cost",
            path: \.unsupportedCost),
        Setting(
            key: "debt_customisation_cost",
            rationale:
                "ESTIMATE: a customised system needs a tenth more support a year (regression testing at every upgrade), a bespoke one a fifth (in-house knowledge and fixes)",
            expected: "an object of customisation (customised, bespoke) to a percentage of annual cost",
            apply: { value, policy in
                apply(
                    value, keys: Customisation.allCases.map { ($0.rawValue, $0) },
                    into: &policy.debt.customisationCostPercent, expected: "a percentage 0-100"
                ) { percentage($0, upTo: 100) }
            },
            describe: { policy in
                [Customisation.customised, .bespoke].map {
                    "\($0.rawValue) \(policy.debt.customisationCostPercent[$0] ?? 0)%"
                }.joined(separator: ", ")
            }),
        .percentage(
            key: "debt_duplicate_saving",
            rationale:
                "ESTIMATE: retiring a duplicate ends its contract, less about a quarter for the extra licences the kept system needs for the users who move",
            of: "the duplicate's annual cost", describe: "the duplicate's annual cost", \.debt.duplicateSavingPercent),
        .money(
            key: "debt_idle_asset_cost",
            rationale:
                "ESTIMATE: the endpoint management, security and support licences a managed asset carries whether it is used or not",
            per: "a year per asset", \.debt.idleAssetCost),
        .percentage(
            key: "debt_old_kit_energy_penalty",
            rationale:
                "ESTIMATE: kit past its life uses about a fifth more electricity than its replacement for the same work (older power supplies and processors); set it from the council's metering",
            of: "the asset's yearly electricity", describe: "its yearly electricity", \.debt.oldKitEnergyPenaltyPercent),
    ]

    /// A setting of yearly support charges: device and server in pounds, system as a percent of annual cost.
    static func chargeSetting(
        key: String, rationale: String, path: any WritableKeyPath<DebtPolicy, DebtPolicy.SupportCharges> & Sendable
    ) -> Setting {
        Setting(
            key: key, rationale: rationale,
            expected:
                "an object of device and server to amounts in pounds a year, and system to a percentage of annual cost",
            apply: { value, policy in
                guard case .map(let entries) = value else {
                    return "expected an object of device, server and system"
                }
                var charges = policy.debt[keyPath: path]
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    switch HeaderKey.fold(name) {
                    case "device":
                        guard let amount = money(text) else { return "device: expected an amount in pounds" }
                        charges.device = amount
                    case "server":
                        guard let amount = money(text) else { return "server: expected an amount in pounds" }
                        charges.server = amount
                    case "system":
                        guard let percent = percentage(text, upTo: 100) else {
                            return "system: expected a percentage 0-100"
                        }
                        charges.systemPercent = percent
                    default: return "unknown key \"\(name)\": expected device, server or system"
                    }
                }
                policy.debt[keyPath: path] = charges
                return nil
            },
            describe: { policy in
                let charges = policy.debt[keyPath: path]
                return
                    "device \(charges.device.wholePounds), server \(charges.server.wholePounds) a year; system \(charges.systemPercent)% of annual cost"
            })
    }
}
