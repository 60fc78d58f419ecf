import Foundation

extension Policy {
    /// The cloud readiness settings, in the order reports list them; appended to ``Policy/settings``.
    ///
    /// Maps (weights, keyword lists, points, costs) change only the entries the file names; for a keyword list an
    /// empty value removes Estate's entry.
    public static let cloudSettings: [Setting] = cloudReadinessSettings + cloudCostSettings

    /// How readiness is judged: weights, thresholds, keywords, effort, refresh costs and wave size.
    static let cloudReadinessSettings: [Setting] = [
        Setting(
            key: "cloud_weights",
            rationale:
                "blocking obstacles (OS the target cannot run, hardware on site, telephony, SECRET data) weigh the not-ready score on their own; conditions weigh 1-4 by the work they make (see the cloud section's rules)",
            expected: "an object of blocker kind to a whole weight 0-100, e.g. {\"thick-client\": 4}",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of blocker kind to weight" }
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let kind = CloudBlocker.Kind(rawValue: name.lowercased()) else {
                        return
                            "unknown blocker kind \"\(name)\": expected one of \(CloudBlocker.Kind.allCases.map(\.rawValue).joined(separator: ", "))"
                    }
                    guard let weight = Int(text), (0...100).contains(weight) else {
                        return "\(name): expected a whole weight 0-100, found \"\(text)\""
                    }
                    policy.cloud.weights[kind] = weight
                }
                return nil
            },
            describe: { policy in
                CloudBlocker.Kind.allCases.map { "\($0.rawValue) \(policy.cloud.weight($0))" }.joined(separator: ", ")
            }),
        wholeNumber(
            key: "cloud_not_ready_score",
            rationale: "a blocking obstacle weighs 10 on its own; conditions add up to it only when there are many",
            range: 1...1_000, keyPath: \.cloud.notReadyScore, unit: "points"),
        wholeNumber(
            key: "cloud_integration_threshold",
            rationale:
                "ESTIMATE: five or more interfaces (counted both ways) make re-pointing and testing a project of its own",
            range: 1...1_000, keyPath: \.cloud.integrationThreshold, unit: "integration partners"),
        .word(
            key: "cloud_saas_max_customisation",
            rationale:
                "a configured product fits the supplier's SaaS as it is; customised ones would lose their local changes, so they move as they are unless the council accepts that (set customised)",
            expected: "none, configured, customised or bespoke", \Policy.cloud.saasMaxCustomisation),
        Setting(
            key: "cloud_retire_duplicates",
            rationale:
                "Nottinghamshire and B&D aim to reduce systems that carry out common functions: a system whose capability a cloud system already serves is retired onto it",
            expected: "true or false",
            apply: { value, policy in
                guard case .scalar(let text) = value, case .success(let flag) = ValueParser.bool(text) else {
                    return "expected true or false"
                }
                policy.cloud.retireDuplicates = flag
                return nil
            }, describe: { $0.cloud.retireDuplicates ? "true" : "false" }),
        keywordMap(
            key: "cloud_target_unsupported_os",
            rationale:
                "Azure's supported operating systems: Windows Server 2008 R2 and later and the endorsed Linux distributions; vendor appliances run only where their vendor supports them",
            expected: "an object of text in the OS name to the reason, e.g. {\"sco openserver\": \"...\"}",
            keyPath: \.cloud.targetUnsupportedOS),
        Setting(
            key: "cloud_site_bound_keywords",
            rationale:
                "words in a system's capability, name, product or components that tie it to equipment on site (dongles, weighbridges) or to telephony",
            expected: "an object of keyword to hardware or telephony, e.g. {\"cctv\": \"hardware\"}",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of keyword to kind" }
                for (keyword, text) in entries.sorted(by: { $0.key < $1.key }) {
                    let key = keyword.lowercased()
                    switch text.lowercased() {
                    case "": policy.cloud.siteBoundKeywords[key] = nil
                    case "hardware": policy.cloud.siteBoundKeywords[key] = .hardware
                    case "telephony": policy.cloud.siteBoundKeywords[key] = .telephony
                    default: return "\(keyword): expected hardware or telephony, found \"\(text)\""
                    }
                }
                return nil
            },
            describe: { policy in
                policy.cloud.siteBoundKeywords.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value.rawValue))" }
                    .joined(separator: ", ")
            }),
        keywordMap(
            key: "cloud_licensing_keywords",
            rationale:
                "Oracle's cloud licensing policy counts two vCPUs as one processor licence in an authorised cloud, so an Oracle estate's licence position changes with the move",
            expected: "an object of text in a component's name to the reason", keyPath: \.cloud.licensingKeywords),
        Setting(
            key: "cloud_effort_points",
            rationale:
                "ESTIMATE: retain 0, retire 1, relocate 1, rehost 2, replatform 4, repurchase 5, refactor 8; plus each condition's weight, 1 per extra server, 1 per integration, and critical 3, high 2, medium 1",
            expected:
                "an object of disposition, per-extra-server, per-integration or criticality to whole points 0-100",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of item to points" }
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let points = Int(text), (0...100).contains(points) else {
                        return "\(name): expected whole points 0-100, found \"\(text)\""
                    }
                    let key = name.lowercased()
                    if let disposition = CloudDisposition(rawValue: key) {
                        policy.cloud.dispositionPoints[disposition] = points
                    } else if let criticality = Criticality(rawValue: key) {
                        policy.cloud.criticalityPoints[criticality] = points
                    } else if key == "per-extra-server" {
                        policy.cloud.pointsPerExtraServer = points
                    } else if key == "per-integration" {
                        policy.cloud.pointsPerIntegration = points
                    } else {
                        return
                            "unknown item \"\(name)\": expected a disposition (\(CloudDisposition.allCases.map(\.rawValue).joined(separator: ", "))), per-extra-server, per-integration or a criticality"
                    }
                }
                return nil
            },
            describe: { policy in
                let cloud = policy.cloud
                let dispositions = CloudDisposition.allCases.map {
                    "\($0.rawValue) \(cloud.dispositionPoints[$0] ?? 0)"
                }
                let criticality = Criticality.allCases.reversed().map {
                    "\($0.rawValue) \(cloud.criticalityPoints[$0] ?? 0)"
                }
                return
                    (dispositions
                    + [
                        "per-extra-server \(cloud.pointsPerExtraServer)",
                        "per-integration \(cloud.pointsPerIntegration)",
                    ]
                    + criticality).joined(separator: ", ")
            }),
        Setting(
            key: "cloud_effort_sizes",
            rationale:
                "ESTIMATE: S up to 8 points (weeks), M up to 14 (a quarter), L up to 22 (a project), XL beyond (a programme)",
            expected: "an object of S, M and L to their largest whole points, rising",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of size to points" }
                var limits = policy.cloud.effortSizeLimits
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let size = CloudEffortSize(rawValue: name.uppercased()), size != .xl else {
                        return "unknown size \"\(name)\": expected S, M or L"
                    }
                    guard let points = Int(text), points >= 0 else {
                        return "\(name): expected whole points, found \"\(text)\""
                    }
                    limits[size] = points
                }
                guard (limits[.s] ?? 0) < (limits[.m] ?? 0), (limits[.m] ?? 0) < (limits[.l] ?? 0) else {
                    return "expected S < M < L"
                }
                policy.cloud.effortSizeLimits = limits
                return nil
            },
            describe: { policy in
                [CloudEffortSize.s, .m, .l].map { "\($0.rawValue) ≤ \(policy.cloud.effortSizeLimits[$0] ?? 0)" }
                    .joined(separator: ", ") + ", XL above"
            }),
        Setting(
            key: "cloud_refresh_unit_cost",
            rationale:
                "ESTIMATE: a two-socket hypervisor host £22,000, a large server £16,000, a standard server £8,000, with five years' warranty, in line with the sample estate's own purchase history",
            expected: "an object of hypervisor-host, large-server or standard-server to pounds",
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected an object of class to pounds" }
                for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
                    guard let refreshClass = CloudRefreshClass(parsing: name) else {
                        return "unknown class \"\(name)\": expected \(CloudRefreshClass.expectedList)"
                    }
                    switch ValueParser.money(text) {
                    case .success(let money): policy.cloud.refreshUnitCost[refreshClass] = money
                    case .failure(let error): return "\(name): \(error.description)"
                    }
                }
                return nil
            },
            describe: { policy in
                CloudRefreshClass.allCases.map {
                    "\($0.rawValue) \((policy.cloud.refreshUnitCost[$0] ?? .zero).wholePounds)"
                }.joined(separator: ", ")
            }),
        wholeNumber(
            key: "cloud_large_server_cores",
            rationale: "ESTIMATE: from 16 cores a server is a two-socket database or application class machine",
            range: 1...1_024, keyPath: \.cloud.largeServerCores, unit: "cores"),
        wholeNumber(
            key: "cloud_wave_size",
            rationale:
                "ESTIMATE: six systems a wave is what a council ICT team with a partner can cut over and support at once",
            range: 1...1_000, keyPath: \.cloud.waveSize, unit: "systems a wave"),
    ]

    /// A setting holding a whole number in a range.
    static func wholeNumber(
        key: String, rationale: String, range: ClosedRange<Int>, keyPath: any WritableKeyPath<Policy, Int> & Sendable,
        unit: String
    ) -> Setting {
        let expected = "a whole number of \(unit), \(range.lowerBound)-\(range.upperBound)"
        return Setting(
            key: key, rationale: rationale, expected: expected,
            apply: { value, policy in
                guard case .scalar(let text) = value, let number = Int(text), range.contains(number) else {
                    return "expected \(expected)"
                }
                policy[keyPath: keyPath] = number
                return nil
            }, describe: { "\($0[keyPath: keyPath]) \(unit)" })
    }

    /// A setting holding lower-case text to find, each with its reason; an empty reason removes an entry.
    static func keywordMap(
        key: String, rationale: String, expected: String,
        keyPath: any WritableKeyPath<Policy, [String: String]> & Sendable
    ) -> Setting {
        Setting(
            key: key, rationale: rationale, expected: expected,
            apply: { value, policy in
                guard case .map(let entries) = value else { return "expected \(expected)" }
                for (keyword, reason) in entries {
                    let text = keyword.lowercased().trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { return "expected non-empty text to find" }
                    policy[keyPath: keyPath][text] = reason.isEmpty ? nil : reason
                }
                return nil
            },
            describe: { policy in policy[keyPath: keyPath].keys.sorted().joined(separator: ", ") })
    }
}
