import Foundation

extension Policy {
    /// The technical-debt settings, in the order reports list them; appended to ``Policy/settings``.
    public static let debtSettings: [Setting] = debtScoreSettings + debtMoneySettings

    /// Weights, multipliers and thresholds of the debt score.
    static let debtScoreSettings: [Setting] = [
        Setting(
            key: "debt_weights",
            rationale:
                "support and exposure lead (Nottinghamshire's systems \"unsupported or vulnerable to cyber-attack\"), then age and customisation, then duplication, unused, dedicated servers and specification; a score is the sum of its factors' points, capped at 100",
            expected: "an object of factor to whole points 0-100, e.g. {\"support\": 30}",
            apply: { value, policy in
                apply(
                    value, keys: DebtFactor.allCases.map { ($0.rawValue, $0) }, into: &policy.debt.weights,
                    expected: "whole points 0-100"
                ) {
                    wholeNumber($0, in: 0...100)
                }
            },
            describe: { policy in
                DebtFactor.allCases.map { "\($0.rawValue) \(policy.debt.weight($0))" }.joined(separator: ", ")
            }),
        Setting(
            key: "debt_support_multiplier",
            rationale:
                "ServiceNow-style milestone multipliers: security fixes only carries 40% of the risk of no support, paid extended support 75% (patched, but at a price and for a fixed time)",
            expected: "an object of support state to a percentage, e.g. {\"extended-only\": \"80%\"}",
            apply: { value, policy in
                apply(
                    value, keys: SupportState.allCases.map { ($0.rawValue, $0) }, into: &policy.debt.supportPercent,
                    expected: "a percentage 0-100"
                ) {
                    percentage($0, upTo: 100)
                }
            },
            describe: { policy in
                [SupportState.securityOnly, .extendedOnly, .unsupported].map {
                    "\($0.rawValue) \(policy.debt.percent($0))%"
                }.joined(separator: ", ")
            }),
        Setting(
            key: "debt_support_warning_days",
            rationale:
                "a year: a support end within the coming planning cycle already counts, more as it nears (ServiceNow's days to the next milestone)",
            expected: "whole days, 0-3650",
            apply: { value, policy in
                guard case .scalar(let text) = value, let days = wholeNumber(text, in: 0...3_650) else {
                    return "expected whole days, 0-3650"
                }
                policy.debt.supportWarningDays = days
                return nil
            }, describe: { "\($0.debt.supportWarningDays) days" }),
        Setting(
            key: "debt_criticality_multiplier",
            rationale:
                "exposure scales with how much the council depends on the thing: critical counts fully, high 75%, medium half, low a quarter; \"none\" (devices and systems with no recorded criticality) counts as low",
            expected: "an object of criticality (low, medium, high, critical, none) to a percentage",
            apply: { value, policy in
                guard case .map(let entries) = value else {
                    return "expected an object of criticality to a percentage"
                }
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let percent = percentage(text, upTo: 100) else {
                        return "\(name): expected a percentage 0-100, found \"\(text)\""
                    }
                    if HeaderKey.fold(name) == "none" {
                        policy.debt.unrecordedCriticalityPercent = percent
                    } else if let criticality = Criticality.allCases.first(where: {
                        HeaderKey.fold($0.rawValue) == HeaderKey.fold(name)
                    }) {
                        policy.debt.criticalityPercent[criticality] = percent
                    } else {
                        return "unknown key \"\(name)\": expected low, medium, high, critical or none"
                    }
                }
                return nil
            },
            describe: { policy in
                (Criticality.allCases.map { "\($0.rawValue) \(policy.debt.percent($0))%" }
                    + ["none \(policy.debt.unrecordedCriticalityPercent)%"]).joined(separator: ", ")
            }),
        Setting(
            key: "debt_customisation_multiplier",
            rationale:
                "bespoke systems count fully and customised ones 60%: both resist upgrades and moves to cloud (Nottinghamshire; Barking & Dagenham set out to \"reduce local customisations\"); configuration within the product carries none",
            expected: "an object of customisation (configured, customised, bespoke) to a percentage",
            apply: { value, policy in
                apply(
                    value, keys: Customisation.allCases.map { ($0.rawValue, $0) },
                    into: &policy.debt.customisationPercent, expected: "a percentage 0-100"
                ) { percentage($0, upTo: 100) }
            },
            describe: { policy in
                [Customisation.configured, .customised, .bespoke].map {
                    "\($0.rawValue) \(policy.debt.customisationPercent[$0] ?? 0)%"
                }.joined(separator: ", ")
            }),
        Setting(
            key: "debt_age_full_years",
            rationale:
                "a laptop on a 4-year cycle is fully old at 7, Hackney's \"more than seven years old\"; the factor rises month by month from the refresh date",
            expected: "whole years past the class's life, 1-20",
            apply: { value, policy in
                guard case .scalar(let text) = value, let years = wholeNumber(text, in: 1...20) else {
                    return "expected whole years, 1-20"
                }
                policy.debt.ageFullYears = years
                return nil
            }, describe: { "\($0.debt.ageFullYears) years past the class's life" }),
        Setting(
            key: "debt_minimum_specification",
            rationale:
                "Windows 11's requirements (TPM 2.0, a supported processor) with the 8 GB memory and 256 GB storage councils buy as standard; Barking & Dagenham found only about 11% of laptops met its current specification",
            expected:
                "an object with any of memory_gb, storage_gb (whole numbers), tpm (\"2.0\", \"1.2\" or \"none\") and processor (\"windows-11\" or \"any\")",
            apply: { value, policy in applySpecification(value, to: &policy) },
            describe: { policy in
                let spec = policy.debt.minimumSpecification
                return
                    "memory \(spec.memoryGB) GB, storage \(spec.storageGB) GB, TPM \(spec.tpmMajor == 0 ? "none" : "\(spec.tpmMajor).0"), processor \(spec.requiresWindows11Processor ? "windows-11" : "any")"
            }),
        Setting(
            key: "debt_cost_per_user_limit",
            rationale:
                "ESTIMATE: above what a council's core line-of-business systems usually cost a user a year; set the council's own benchmark",
            expected: "an amount in pounds a user a year, e.g. \"£2,500\"",
            apply: { value, policy in
                applyMoney(value) { policy.debt.costPerUserLimit = $0 }
            }, describe: { "\($0.debt.costPerUserLimit.wholePounds) a user a year" }),
        Setting(
            key: "debt_per_user_exempt",
            rationale:
                "capabilities whose recorded users are administrators (backup, integration, device management, service desk, file transfer, virtual desktops) or whose audience is the public (website, open data)",
            expected: "capabilities separated by commas, e.g. \"backup, integration\"",
            apply: { value, policy in
                switch value {
                case .null: policy.debt.perUserExemptCapabilities = []
                case .scalar(let text):
                    policy.debt.perUserExemptCapabilities = text.split(separator: ",")
                        .map { RecordBuilders.capabilityToken(String($0)) }.filter { !$0.isEmpty }.sorted()
                case .map: return "expected capabilities separated by commas"
                }
                return nil
            },
            describe: { policy in
                policy.debt.perUserExemptCapabilities.isEmpty
                    ? "none" : policy.debt.perUserExemptCapabilities.joined(separator: ", ")
            }),
        Setting(
            key: "debt_time_poor_fit_score",
            rationale:
                "support alone gives 25 points, so a system at 40 or more carries compound debt: poor technical fit in LeanIX's TIME categories",
            expected: "a whole score, 1-100",
            apply: { value, policy in
                guard case .scalar(let text) = value, let score = wholeNumber(text, in: 1...100) else {
                    return "expected a whole score, 1-100"
                }
                policy.debt.poorFitScore = score
                return nil
            }, describe: { "\($0.debt.poorFitScore)" }),
        Setting(
            key: "debt_time_high_value",
            rationale:
                "a system rated medium or above still serves people who rely on it, so in poor shape it is to migrate; only low-criticality systems in poor shape are to eliminate",
            expected: "a criticality: low, medium, high or critical",
            apply: { value, policy in
                guard case .scalar(let text) = value, let criticality = Criticality(parsing: text) else {
                    return "expected low, medium, high or critical"
                }
                policy.debt.highValueCriticality = criticality
                return nil
            }, describe: { "\($0.debt.highValueCriticality.rawValue) and above" }),
    ]

    /// Reads a map whose keys name members of a closed set (folded: case, spaces and punctuation ignored).
    /// Returns the problem in words.
    static func apply<Key: Hashable, Value>(
        _ value: PolicyValue, keys: [(String, Key)], into map: inout [Key: Value], expected: String,
        read: (String) -> Value?
    ) -> String? {
        guard case .map(let entries) = value else {
            return "expected an object of \(keys.map(\.0).joined(separator: ", ")) to values"
        }
        for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
            guard let match = keys.first(where: { HeaderKey.fold($0.0) == HeaderKey.fold(name) }) else {
                return "unknown key \"\(name)\": expected one of \(keys.map(\.0).joined(separator: ", "))"
            }
            guard let parsed = read(text) else { return "\(name): expected \(expected), found \"\(text)\"" }
            map[match.1] = parsed
        }
        return nil
    }

    /// `40`, `"40"` or `"40%"`: whole percent from 0 to `limit`.
    static func percentage(_ text: String, upTo limit: Int) -> Int? {
        var body = text.trimmingCharacters(in: .whitespaces)
        if body.hasSuffix("%") { body.removeLast() }
        return wholeNumber(body, in: 0...limit)
    }

    static func wholeNumber(_ text: String, in range: ClosedRange<Int>) -> Int? {
        guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else { return nil }
        return number
    }

    static func applyMoney(_ value: PolicyValue, _ set: (Money) -> Void) -> String? {
        guard case .scalar(let text) = value else { return "expected an amount in pounds" }
        switch ValueParser.money(text) {
        case .success(let money) where money >= .zero:
            set(money)
            return nil
        case .success: return "expected an amount of zero or more, found \"\(text)\""
        case .failure(let error): return error.description
        }
    }

    static func money(_ text: String) -> Money? {
        guard case .success(let money) = ValueParser.money(text), money >= .zero else { return nil }
        return money
    }

    static func applySpecification(_ value: PolicyValue, to policy: inout Policy) -> String? {
        guard case .map(let entries) = value else { return "expected an object of minimums" }
        var spec = policy.debt.minimumSpecification
        for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
            switch HeaderKey.fold(name) {
            case "memorygb":
                guard let gb = wholeNumber(text, in: 1...4_096) else { return "memory_gb: expected whole GB" }
                spec.memoryGB = gb
            case "storagegb":
                guard let gb = wholeNumber(text, in: 1...1_000_000) else { return "storage_gb: expected whole GB" }
                spec.storageGB = gb
            case "tpm":
                guard let major = Windows11Readiness.tpmMajor(text) else {
                    return "tpm: expected \"2.0\", \"1.2\" or \"none\", found \"\(text)\""
                }
                spec.tpmMajor = major
            case "processor":
                switch HeaderKey.fold(text) {
                case "windows11": spec.requiresWindows11Processor = true
                case "any": spec.requiresWindows11Processor = false
                default: return "processor: expected \"windows-11\" or \"any\", found \"\(text)\""
                }
            default:
                return "unknown key \"\(name)\": expected memory_gb, storage_gb, tpm or processor"
            }
        }
        policy.debt.minimumSpecification = spec
        return nil
    }
}
