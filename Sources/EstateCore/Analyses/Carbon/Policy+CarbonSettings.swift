import Foundation

extension Policy {
    /// The carbon settings, in the order reports list them; appended to ``Policy/settings``.
    public static let carbonSettings: [Setting] = [
        Setting(
            key: "carbon_end_user_hours",
            rationale:
                "ESTIMATE: about 8 hours on 250 working days; at 2,000 hours the device watts in device-defaults.csv reproduce the ENERGY STAR typical energy consumption",
            expected: "whole hours a year, 0-8760",
            apply: { value, policy in
                guard case .scalar(let text) = value, let hours = Int(text), (0...8_760).contains(hours) else {
                    return "expected whole hours a year, 0-8760"
                }
                policy.carbon.endUserHoursPerYear = hours
                return nil
            }, describe: { "\($0.carbon.endUserHoursPerYear) hours a year" }),
        Setting(
            key: "carbon_pue",
            rationale:
                "pue.csv: comms room 2.0 (ESTIMATE), data centre 1.58 (Cloud Carbon Footprint's on-premise default; Uptime 2023 average), colocation 1.42 (Equinix 2023); cloud uses the provider's PUE",
            expected: "an object of hosting to PUE, e.g. {\"on-premises\": 1.1}",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of hosting to PUE" }
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let hosting = AssetHosting(parsing: name), hosting != .cloud else {
                        return "unknown hosting \"\(name)\": expected on-premises, data-centre or colocation"
                    }
                    guard let pue = Policy.decimal(text).map({ NSDecimalNumber(decimal: $0).doubleValue }),
                        (1...5).contains(pue)
                    else { return "\(name): expected a PUE from 1 to 5, found \"\(text)\"" }
                    policy.carbon.pueOverrides[hosting] = pue
                }
                return nil
            },
            describe: { policy in
                let overrides = policy.carbon.pueOverrides.sorted { $0.key.rawValue < $1.key.rawValue }
                return overrides.isEmpty
                    ? "pue.csv values" : overrides.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
            }),
        Setting(
            key: "carbon_cloud_utilisation",
            rationale: "Cloud Carbon Footprint's default average CPU utilisation for hyperscale data centres",
            expected: "a percentage 0-100, e.g. 50 or \"50%\"",
            apply: { value, policy in
                guard case .scalar(let text) = value else { return "expected a percentage 0-100" }
                let body = text.hasSuffix("%") ? String(text.dropLast()) : text
                guard let percent = Policy.decimal(body).map({ NSDecimalNumber(decimal: $0).doubleValue }),
                    (0...100).contains(percent)
                else { return "expected a percentage 0-100, found \"\(text)\"" }
                policy.carbon.cloudUtilisationPercent = percent
                return nil
            }, describe: { "\(CarbonNumber.plain($0.carbon.cloudUtilisationPercent, digits: 1))%" }),
        Setting(
            key: "carbon_consolidation_ratio",
            rationale:
                "ESTIMATE: ten virtual machines per host, a common planning figure for virtualising general-purpose servers",
            expected: "a whole number of virtual machines per host, 1-100",
            apply: { value, policy in
                guard case .scalar(let text) = value, let ratio = Int(text), (1...100).contains(ratio) else {
                    return "expected a whole number of virtual machines per host, 1-100"
                }
                policy.carbon.consolidationRatio = ratio
                return nil
            }, describe: { "\($0.carbon.consolidationRatio) virtual machines per host" }),
        .word(
            key: "carbon_appraisal_series",
            rationale:
                "DESNZ carbon values for policy appraisal: the central series (low is half, high one and a half)",
            expected: "central, low or high", \Policy.carbon.appraisalSeries),
        .word(
            key: "carbon_cloud_provider",
            rationale:
                "ESTIMATE: the provider the move-to-cloud option prices; Azure is common among councils on Microsoft 365",
            expected: "aws, azure or gcp", \Policy.carbon.cloudProvider),
        Setting(
            key: "carbon_users",
            rationale:
                "not set: kWh per user divides by the largest user count of any system, a proxy for staff; set the council's headcount",
            expected: "a whole number of users, or null",
            apply: { value, policy in
                switch value {
                case .null: policy.carbon.users = nil
                case .scalar(let text):
                    guard let users = Int(text), users > 0 else { return "expected a whole number of users" }
                    policy.carbon.users = users
                case .map: return "expected a whole number of users"
                }
                return nil
            }, describe: { $0.carbon.users.map(String.init) ?? "largest system's users" }),
    ]
}
