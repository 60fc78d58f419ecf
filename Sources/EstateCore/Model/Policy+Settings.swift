import Foundation

extension Policy {
    /// A policy setting: its key in the policy file, how to read it, and why its default is what it is.
    public struct Setting: Sendable {
        public var key: String
        public var rationale: String
        /// The expected form, for messages: "a whole number of years per class".
        public var expected: String
        /// Reads the setting's value from the file into the policy; returns the problem when the value is wrong.
        var apply: @Sendable (PolicyValue, inout Policy) -> String?
        var describe: @Sendable (Policy) -> String
    }

    /// A value from the policy file: a scalar's text, or a map of keys to scalars' texts.
    public enum PolicyValue: Sendable, Hashable {
        case scalar(String)
        case map([String: String])
        case null
    }

    /// Every setting Estate knows, in the order reports list them.
    public static let settings: [Setting] =
        coreSettings + carbonSettings + debtSettings + financeSettings + cloudSettings

    /// The settings of the estate as a whole (refresh, thresholds, prices, targets).
    static let coreSettings: [Setting] = [
        Setting(
            key: "organisation", rationale: "used only for report titles", expected: "a name",
            apply: { value, policy in
                guard case .scalar(let text) = value else { return "expected a name" }
                policy.organisation = text
                return nil
            }, describe: { $0.organisation ?? "(not set)" }),
        Setting(
            key: "financial_year_start_month",
            rationale: "UK local government's financial year runs 1 April to 31 March", expected: "a month number 1-12",
            apply: { value, policy in
                guard case .scalar(let text) = value, let month = Int(text), (1...12).contains(month) else {
                    return "expected a month number 1-12"
                }
                policy.financialYearStartMonth = month
                return nil
            }, describe: { String($0.financialYearStartMonth) }),
        Setting(
            key: "refresh_cycle_years",
            rationale:
                "common public-sector refresh practice for end-user devices; infrastructure \"will typically have an operational life of 4-5 years\" (Hackney ICT strategy)",
            expected: "an object of class to whole years, e.g. {\"laptop\": 4}",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of class to whole years" }
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let assetClass = AssetClass(parsing: name) else {
                        return "unknown class \"\(name)\": expected one of \(AssetClass.expectedList)"
                    }
                    guard let years = Int(text), (1...30).contains(years) else {
                        return "\(name): expected whole years 1-30, found \"\(text)\""
                    }
                    policy.refreshCycleYears[assetClass] = years
                }
                return nil
            },
            describe: { policy in
                AssetClass.allCases.map { "\($0.rawValue) \(policy.refreshCycle(for: $0))" }.joined(separator: ", ")
            }),
        Setting(
            key: "old_device_years",
            rationale: "Hackney counted PCs and laptops \"more than seven years old\" as the estate to replace",
            expected: "whole years",
            apply: { value, policy in
                guard case .scalar(let text) = value, let years = Int(text), years > 0 else {
                    return "expected whole years"
                }
                policy.oldDeviceYears = years
                return nil
            }, describe: { "\($0.oldDeviceYears) years" }),
        Setting(
            key: "stale_after_days",
            rationale: "an asset not seen by any tool for a quarter is probably unused, lost or retired",
            expected: "whole days",
            apply: { value, policy in
                guard case .scalar(let text) = value, let days = Int(text), days > 0 else {
                    return "expected whole days"
                }
                policy.staleAfterDays = days
                return nil
            }, describe: { "\($0.staleAfterDays) days" }),
        Setting(
            key: "capitalisation_threshold",
            rationale: "a common local-authority de minimis for capital expenditure; set the council's own",
            expected: "an amount in pounds, e.g. \"£10,000\"",
            apply: { value, policy in
                guard case .scalar(let text) = value else { return "expected an amount in pounds" }
                switch ValueParser.money(text) {
                case .success(let money): policy.capitalisationThreshold = money
                case .failure(let error): return error.description
                }
                return nil
            }, describe: { $0.capitalisationThreshold.description }),
        Setting(
            key: "energy_price_per_kwh",
            rationale:
                "ESTIMATE: around the UK non-domestic electricity price in 2024-25 (DESNZ quarterly energy prices); set the council's contract rate",
            expected: "pounds per kWh, e.g. 0.25",
            apply: { value, policy in
                guard case .scalar(let text) = value, let price = Policy.decimal(text, allowingPoundSign: true),
                    price >= 0
                else { return "expected pounds per kWh, e.g. 0.25" }
                policy.energyPricePerKWh = price
                return nil
            }, describe: { "£\($0.energyPricePerKWh) per kWh" }),
        Setting(
            key: "discount_rate",
            rationale: "HM Treasury Green Book real discount rate of 3.5% for appraisals up to 30 years",
            expected: "a fraction (0.035) or a percentage (\"3.5%\")",
            apply: { value, policy in
                guard case .scalar(let text) = value, let rate = Policy.rate(text), rate >= 0, rate < 1 else {
                    return "expected a fraction (0.035) or a percentage (\"3.5%\")"
                }
                policy.discountRate = rate
                return nil
            }, describe: { "\(($0.discountRate * 100))%" }),
        Setting(
            key: "capital_budget_per_year",
            rationale: "no limit unless the council sets one", expected: "an amount in pounds, or null",
            apply: { value, policy in
                switch value {
                case .null: policy.capitalBudgetPerYear = nil
                case .scalar(let text):
                    switch ValueParser.money(text) {
                    case .success(let money): policy.capitalBudgetPerYear = money
                    case .failure(let error): return error.description
                    }
                case .map: return "expected an amount in pounds"
                }
                return nil
            }, describe: { $0.capitalBudgetPerYear?.description ?? "no limit" }),
        Setting(
            key: "net_zero_year",
            rationale: "Nottinghamshire's strategy aims to cut ICT's carbon impact to zero by 2030",
            expected: "a year",
            apply: { value, policy in
                guard case .scalar(let text) = value, let year = Int(text), (2000...2100).contains(year) else {
                    return "expected a year such as 2030"
                }
                policy.netZeroYear = year
                return nil
            }, describe: { String($0.netZeroYear) }),
    ]

    static func decimal(_ text: String, allowingPoundSign: Bool = false) -> Decimal? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if allowingPoundSign, body.hasPrefix("£") { body = body.dropFirst() }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
            body.filter({ $0 == "." }).count <= 1
        else { return nil }
        return Decimal(string: String(body), locale: Locale(identifier: "en_GB"))
    }

    static func rate(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("%") {
            return decimal(String(trimmed.dropLast())).map { $0 / 100 }
        }
        return decimal(trimmed)
    }
}

extension Policy.Setting {
    /// A setting whose value is one word of a closed vocabulary (`central`, `programme`, `azure`).
    static func word<Value: Vocabulary>(
        key: String, rationale: String, expected: String, _ path: any WritableKeyPath<Policy, Value> & Sendable
    ) -> Policy.Setting {
        Policy.Setting(
            key: key, rationale: rationale, expected: expected,
            apply: { value, policy in
                guard case .scalar(let text) = value, let word = Value(parsing: text) else {
                    return "expected \(expected)"
                }
                policy[keyPath: path] = word
                return nil
            }, describe: { $0[keyPath: path].rawValue })
    }
}
