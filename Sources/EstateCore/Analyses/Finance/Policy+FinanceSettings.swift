import Foundation

extension Policy {
    /// The finance settings, in the order reports list them; appended to ``Policy/settings``.
    public static let financeSettings: [Setting] = [
        Setting(
            key: "finance_replacement_cost",
            rationale:
                "ESTIMATE: typical public-sector prices excluding VAT (recovered by councils) for a mid-range replacement: desktop £650, laptop £850, workstation £1,600, thin client £350, monitor £140, tablet £450, smartphone £300, server £12,000, storage array £45,000, switch £3,500, firewall £8,000, printer £2,500; set the council's framework prices",
            expected: "an object of class to an amount in pounds, e.g. {\"laptop\": \"£900\"}",
            apply: { value, policy in
                financeClassMap(value, into: &policy.finance.replacementCost) { text in
                    switch ValueParser.money(text) {
                    case .success(let money) where money >= .zero: return .success(money)
                    case .success: return .failure("expected an amount of zero or more, found \"\(text)\"")
                    case .failure(let error): return .failure(FinanceSettingError(error.description))
                    }
                }
            },
            describe: { policy in
                financeDescribe(AssetClass.allCases.filter { $0 != .virtualMachine }) {
                    policy.finance.replacementCost(of: $0).wholePounds
                }
            }),
        .word(
            key: "finance_capitalisation_basis",
            rationale:
                "councils capitalise grouped purchases such as a year's laptop refresh as one programme, so the threshold applies to each year's purchases of a class; \"item\" applies it to each asset",
            expected: "programme or item", \Policy.finance.capitalisationBasis),
        Setting(
            key: "finance_spike_percent",
            rationale:
                "ESTIMATE: a year more than a quarter above the plan's average capital is the \"spikey capital spend\" Nottinghamshire's strategy wants to move away from",
            expected: "a percentage, e.g. \"25%\", or a fraction (0.25)",
            apply: { value, policy in
                guard case .scalar(let text) = value, let rate = Policy.rate(text), rate >= 0, rate <= 10 else {
                    return "expected a percentage from 0% to 1000%, e.g. \"25%\""
                }
                policy.finance.spikeFraction = rate
                return nil
            }, describe: { "\(FinanceMath.percent($0.finance.spikeFraction)) above the average" }),
        Setting(
            key: "finance_renewal_uplift",
            rationale:
                "ESTIMATE: support and licence contracts are assumed renewed like for like, their annual cost rising about 3% at each renewal, near recent CPI-linked uplifts; set the council's own",
            expected: "a percentage, e.g. \"3%\", or a fraction (0.03)",
            apply: { value, policy in
                guard case .scalar(let text) = value, let rate = Policy.rate(text), rate >= 0, rate < 1 else {
                    return "expected a percentage from 0% to 99%, e.g. \"3%\""
                }
                policy.finance.renewalUplift = rate
                return nil
            }, describe: { "\(FinanceMath.percent($0.finance.renewalUplift)) at each renewal" }),
        Setting(
            key: "finance_renewal_term_years",
            rationale:
                "ESTIMATE: public-sector software contracts commonly run three years (often with extension options)",
            expected: "whole years, 1-10",
            apply: { value, policy in
                guard case .scalar(let text) = value, let years = Int(text), (1...10).contains(years) else {
                    return "expected whole years, 1-10"
                }
                policy.finance.renewalTermYears = years
                return nil
            }, describe: { "\($0.finance.renewalTermYears) years" }),
        Setting(
            key: "finance_extended_support_fee",
            rationale:
                "ESTIMATE: Windows 10 Extended Security Updates cost commercial customers US$61 a device in year one (about £48; it doubles each year); server and SQL Server updates through Azure Arc about £2,000 a server or VM a year; charged only where the council's lifecycle-local.csv says it bought them",
            expected: "an object of class to an amount in pounds a year, e.g. {\"laptop\": \"£96\"}",
            apply: { value, policy in
                financeClassMap(value, into: &policy.finance.extendedSupportFee) { text in
                    switch ValueParser.money(text) {
                    case .success(let money) where money >= .zero: return .success(money)
                    case .success: return .failure("expected an amount of zero or more, found \"\(text)\"")
                    case .failure(let error): return .failure(FinanceSettingError(error.description))
                    }
                }
            },
            describe: { policy in
                financeDescribe(AssetClass.allCases.filter { policy.finance.extendedSupportFee(of: $0) > .zero }) {
                    policy.finance.extendedSupportFee(of: $0).wholePounds + " a year"
                }
            }),
        Setting(
            key: "finance_post_warranty_support",
            rationale:
                "ESTIMATE: third-party maintenance of out-of-warranty hardware costs around a tenth of its replacement price a year; charged on refreshes a smoothed plan defers",
            expected: "a percentage of the replacement cost a year, e.g. \"10%\"",
            apply: { value, policy in
                guard case .scalar(let text) = value, let rate = Policy.rate(text), rate >= 0, rate < 1 else {
                    return "expected a percentage from 0% to 99%, e.g. \"10%\""
                }
                policy.finance.postWarrantySupportFraction = rate
                return nil
            }, describe: { "\(FinanceMath.percent($0.finance.postWarrantySupportFraction)) of replacement cost a year" }
        ),
        Setting(
            key: "finance_max_deferral_years",
            rationale:
                "ESTIMATE: Barking & Dagenham planned \"a risk managed approach to delaying the replacement of older hardware\"; two years past the refresh cycle keeps devices within Hackney's seven-year measure of old",
            expected: "whole years, 0-10",
            apply: { value, policy in
                guard case .scalar(let text) = value, let years = Int(text), (0...10).contains(years) else {
                    return "expected whole years, 0-10"
                }
                policy.finance.maxDeferralYears = years
                return nil
            }, describe: { "\($0.finance.maxDeferralYears) years" }),
        Setting(
            key: "finance_max_advance_years",
            rationale: "ESTIMATE: bringing a refresh forward more than two years wastes too much of the asset's life",
            expected: "whole years, 0-10",
            apply: { value, policy in
                guard case .scalar(let text) = value, let years = Int(text), (0...10).contains(years) else {
                    return "expected whole years, 0-10"
                }
                policy.finance.maxAdvanceYears = years
                return nil
            }, describe: { "\($0.finance.maxAdvanceYears) years" }),
        Setting(
            key: "finance_lease_term_years",
            rationale: "a lease runs for the class's refresh cycle unless the council sets a term",
            expected: "an object of class to whole years, e.g. {\"laptop\": 3}",
            apply: { value, policy in
                financeClassMap(value, into: &policy.finance.leaseTermYears) { text in
                    guard let years = Int(text), (1...15).contains(years) else {
                        return .failure("expected whole years 1-15, found \"\(text)\"")
                    }
                    return .success(years)
                }
            },
            describe: { policy in
                let set = AssetClass.allCases.filter { policy.finance.leaseTermYears[$0] != nil }
                return set.isEmpty
                    ? "the refresh cycle of each class"
                    : financeDescribe(set) { "\(policy.finance.leaseTermYears[$0] ?? 0) years" }
                        + "; other classes their refresh cycle"
            }),
        Setting(
            key: "finance_lease_interest_rate",
            rationale:
                "ESTIMATE: the lessor's implicit interest rate; about 7% gives yearly payments of 27.6% of the price over four years (110% in all), in line with quoted IT lease rates",
            expected: "a percentage for every class, e.g. \"7%\", or an object of class to percentage",
            apply: { value, policy in
                switch value {
                case .scalar(let text):
                    guard let rate = Policy.rate(text), rate >= 0, rate < 1 else {
                        return "expected a percentage from 0% to 99%, e.g. \"7%\""
                    }
                    policy.finance.leaseInterestRate = rate
                    return nil
                case .map:
                    return financeClassMap(value, into: &policy.finance.leaseInterestRateByClass) { text in
                        guard let rate = Policy.rate(text), rate >= 0, rate < 1 else {
                            return .failure("expected a percentage from 0% to 99%, found \"\(text)\"")
                        }
                        return .success(rate)
                    }
                case .null:
                    return "expected a percentage, e.g. \"7%\""
                }
            },
            describe: { policy in
                let set = AssetClass.allCases.filter { policy.finance.leaseInterestRateByClass[$0] != nil }
                let base = FinanceMath.percent(policy.finance.leaseInterestRate)
                return set.isEmpty
                    ? base
                    : financeDescribe(set) { FinanceMath.percent(policy.finance.leaseRate(of: $0)) }
                        + "; other classes \(base)"
            }),
        Setting(
            key: "finance_lease_low_value_limit",
            rationale:
                "ESTIMATE: IFRS 16, in the CIPFA Code from 1 April 2024, puts leases on the balance sheet as right-of-use assets (capital) except leases of low-value assets; the IASB had in mind assets worth about US$5,000 or less when new; set the council's own limit",
            expected: "an amount in pounds, e.g. \"£5,000\"",
            apply: { value, policy in
                guard case .scalar(let text) = value else { return "expected an amount in pounds" }
                switch ValueParser.money(text) {
                case .success(let money): policy.finance.leaseLowValueLimit = money
                case .failure(let error): return error.description
                }
                return nil
            }, describe: { $0.finance.leaseLowValueLimit.wholePounds + " when new" }),
        Setting(
            key: "finance_system_replacement_multiple",
            rationale:
                "ESTIMATE: replacing a line-of-business system (procurement, implementation, data migration) costs about one and a half times its annual support cost",
            expected: "a multiple of the annual cost, e.g. 1.5",
            apply: { value, policy in
                guard case .scalar(let text) = value, let multiple = Policy.decimal(text), multiple >= 0,
                    multiple <= 20
                else { return "expected a multiple from 0 to 20, e.g. 1.5" }
                policy.finance.systemReplacementMultiple = multiple
                return nil
            }, describe: { "\(FinanceMath.plain($0.finance.systemReplacementMultiple, digits: 2)) × annual cost" }),
        Setting(
            key: "finance_system_life_years",
            rationale:
                "ESTIMATE: software and implementation capital is commonly depreciated (amortised) over five years",
            expected: "whole years, 1-30",
            apply: { value, policy in
                guard case .scalar(let text) = value, let years = Int(text), (1...30).contains(years) else {
                    return "expected whole years, 1-30"
                }
                policy.finance.systemLifeYears = years
                return nil
            }, describe: { "\($0.finance.systemLifeYears) years" }),
        .word(
            key: "finance_depreciation",
            rationale:
                "a common council accounting policy: no depreciation in the year of purchase, then straight-line over the class life (its refresh cycle); \"pro-rata\" charges by days from the purchase date",
            expected: "year-after or pro-rata", \Policy.finance.depreciation),
        .word(
            key: "finance_migration_one_off",
            rationale:
                "migration one-off costs are planned as capital (subject to the threshold); the IFRS Interpretations Committee's 2021 decision means SaaS configuration and customisation is usually revenue, so set \"revenue\" where auditors follow it",
            expected: "capital or revenue", \Policy.finance.migrationOneOff),
    ]

    /// Reads an object of class to value into `map`; returns the problem with the first bad entry.
    static func financeClassMap<Value>(
        _ value: PolicyValue, into map: inout [AssetClass: Value], parse: (String) -> Result<Value, FinanceSettingError>
    ) -> String? {
        guard case .map(let entries) = value else { return "expected an object of class to value" }
        for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
            guard let assetClass = AssetClass(parsing: name) else {
                return "unknown class \"\(name)\": expected one of \(AssetClass.expectedList)"
            }
            switch parse(text) {
            case .success(let parsed): map[assetClass] = parsed
            case .failure(let problem): return "\(name): \(problem.description)"
            }
        }
        return nil
    }

    /// `laptop £850, desktop £650`: one value per class, in the classes' order.
    static func financeDescribe(_ classes: [AssetClass], _ value: (AssetClass) -> String) -> String {
        classes.map { "\($0.rawValue) \(value($0))" }.joined(separator: ", ")
    }
}

/// Why a finance setting's value was refused, for the policy file's message.
struct FinanceSettingError: Error, CustomStringConvertible, ExpressibleByStringInterpolation {
    var description: String
    init(_ description: String) { self.description = description }
    init(stringLiteral value: String) { description = value }
}
