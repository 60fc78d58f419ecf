/// How a system's disposition among the 7 Rs is chosen: the first of these rules that applies decides.
///
/// 1. `already-cloud` → retain: hosted as SaaS, PaaS or IaaS already.
/// 2. `planned-retirement` → retire: the council's local lifecycle layer plans its retirement within the horizon.
/// 3. `unused` → retire: no users recorded, or none of its servers seen for the policy's stale period.
/// 4. `duplicate` → retire: a system already in the cloud serves the same capability (``CloudPolicy/retireDuplicates``).
/// 5. `facts-missing` → retain: readiness is `unknown`; kept until the facts are recorded.
/// 6. `saas` → repurchase: the supplier offers SaaS, customisation is within ``CloudPolicy/saasMaxCustomisation``,
///    and what SaaS cannot remove (``CloudBlocker/Kind/isSolvedBySaaS``) would still leave it below the not-ready
///    score.
/// 7. `vmware-relocation` → relocate: only an operating system cloud VMs cannot run makes it not ready, and all
///    its servers are VMware virtual machines.
/// 8. `blocked` → retain: a blocker that weighs the not-ready score on its own remains. A system not ready only
///    because its conditions add up goes on to the rules below, its reason saying it is not ready until they are
///    settled.
/// 9. `vendor-hosted` → retain: the supplier hosts it and no SaaS move applies.
/// 10. `rebuild` → refactor: bespoke code with an installed client.
/// 11. `platform-upgrade` → replatform: its platform is out of support or on paid extended support.
/// 12. `lift-and-shift` → rehost: everything else.
enum CloudDispositionRules {
    /// The rules in order, for reports: name, disposition and when it applies.
    static let catalogue: [(name: String, disposition: CloudDisposition, when: String)] = [
        ("already-cloud", .retain, "hosted as SaaS, PaaS or IaaS already"),
        ("planned-retirement", .retire, "the council's lifecycle-local.csv plans its retirement within the horizon"),
        ("unused", .retire, "no users recorded, or none of its servers seen for stale_after_days"),
        ("duplicate", .retire, "a system already in the cloud serves the same capability (cloud_retire_duplicates)"),
        ("facts-missing", .retain, "readiness unknown: essential facts missing"),
        (
            "saas", .repurchase,
            "the supplier offers SaaS, customisation is within cloud_saas_max_customisation, and what SaaS cannot remove (bespoke code, hardware, data, interfaces, latency) stays below cloud_not_ready_score"
        ),
        (
            "vmware-relocation", .relocate,
            "only an operating system cloud VMs cannot run makes it not ready, and its servers are VMware VMs"
        ),
        (
            "blocked", .retain,
            "a blocker weighing cloud_not_ready_score on its own remains (hardware, telephony, SECRET data, an OS cloud VMs cannot run); a system not ready only because its conditions add up goes on to the rules below, not ready until they are settled"
        ),
        ("vendor-hosted", .retain, "the supplier hosts it and no SaaS move applies"),
        ("rebuild", .refactor, "bespoke code with an installed (thick) client"),
        ("platform-upgrade", .replatform, "its platform is out of support or on paid extended support"),
        ("lift-and-shift", .rehost, "everything else"),
    ]

    struct Decision {
        var disposition: CloudDisposition
        var rule: String
        var reason: String
    }

    /// What the rules read besides the system.
    struct Inputs {
        var system: System
        var blockers: [CloudBlocker]
        var readiness: CloudReadinessLevel
        var missingFacts: [String]
        var servers: [Asset]
    }

    static func decide(_ inputs: Inputs, facts: CloudFacts, policy: Policy) -> Decision {
        let system = inputs.system
        let cloud = policy.cloud
        if let hosting = system.hosting, hosting.isCloud {
            return Decision(
                disposition: .retain, rule: "already-cloud",
                reason: "already runs as \(hosting.rawValue): nothing to move")
        }
        if let event = facts.plannedRetirements[system.id] {
            return Decision(
                disposition: .retire, rule: "planned-retirement",
                reason: "the council plans to retire it: \(event.reason)")
        }
        if let unused = unused(system, servers: inputs.servers, facts: facts) {
            return Decision(disposition: .retire, rule: "unused", reason: unused)
        }
        if cloud.retireDuplicates, let twin = cloudTwin(of: system, facts: facts) {
            return Decision(
                disposition: .retire, rule: "duplicate",
                reason:
                    "its capability (\(system.capability ?? "")) is already served in the cloud by \(twin.name) (\(twin.id), \(twin.hosting?.rawValue ?? "")): consolidate onto it (policy cloud_retire_duplicates)"
            )
        }
        if inputs.readiness == .unknown {
            return Decision(
                disposition: .retain, rule: "facts-missing",
                reason:
                    "cannot be judged until the register records: \(inputs.missingFacts.joined(separator: "; "))")
        }
        let contract = contractNote(system, asOf: facts.asOf)
        if let saas = saasDecision(inputs, policy: cloud, contract: contract) { return saas }
        if inputs.readiness == .notReady, let relocate = relocation(inputs, facts: facts, policy: cloud) {
            return relocate
        }
        let heavy = inputs.blockers.filter { $0.weight >= cloud.notReadyScore }
        if !heavy.isEmpty {
            let named = heavy.map { "\($0.kind.title) (\($0.detail))" }
            return Decision(
                disposition: .retain, rule: "blocked",
                reason:
                    "held where it is by \(named.joined(separator: "; ")), each weighing at least policy cloud_not_ready_score \(cloud.notReadyScore); review\(contract.map { " \($0)" } ?? " at its next refresh")"
            )
        }
        var decision = later(inputs, contract: contract, policy: cloud)
        if inputs.readiness == .notReady && decision.disposition.movesToCloud {
            decision.reason =
                "not ready as it is: its conditions add up to \(inputs.blockers.reduce(0) { $0 + $1.weight }), at or above policy cloud_not_ready_score \(cloud.notReadyScore), so settle them first; then "
                + decision.reason
        }
        return decision
    }

    /// The rules after `blocked`: vendor-hosted, rebuild, platform-upgrade, lift-and-shift.
    static func later(_ inputs: Inputs, contract: String?, policy cloud: CloudPolicy) -> Decision {
        let system = inputs.system
        if system.hosting == .hosted {
            let saas: String
            switch system.vendorOffersSaaS {
            case .some(true):
                saas =
                    "; its SaaS would drop local changes (\(system.customisation?.rawValue ?? "customisation not recorded"), above policy cloud_saas_max_customisation \(cloud.saasMaxCustomisation.rawValue))"
            case .some(false): saas = " and offers no SaaS"
            case .none: saas = "; whether it offers SaaS is not recorded"
            }
            return Decision(
                disposition: .retain, rule: "vendor-hosted",
                reason:
                    "the supplier hosts it\(saas): there are no council servers to move; review\(contract.map { " \($0)" } ?? " when the contract is renewed")"
            )
        }
        if system.customisation == .bespoke && system.client == .thick {
            return Decision(
                disposition: .refactor, rule: "rebuild",
                reason:
                    "bespoke code with an installed client cannot run from cloud servers as it is: rebuild it as a web or low-code application"
            )
        }
        if let platform = inputs.blockers.first(where: {
            $0.kind == .unsupportedPlatform || $0.kind == .extendedSupport
        }) {
            return Decision(
                disposition: .replatform, rule: "platform-upgrade",
                reason:
                    "its platform is \(platform.kind == .unsupportedPlatform ? "out of support" : "on paid extended support") (\(platform.detail)): move it onto cloud servers and upgrade the platform on the way"
            )
        }
        let count = inputs.servers.count
        return Decision(
            disposition: .rehost, rule: "lift-and-shift",
            reason:
                "its platform is supported: move its \(count == 1 ? "server" : "\(count) servers") as \(count == 1 ? "it is" : "they are")"
        )
    }

    /// Why the system counts as unused, if it does.
    static func unused(_ system: System, servers: [Asset], facts: CloudFacts) -> String? {
        if system.users == 0 { return "no users recorded (systems register)" }
        let seen = servers.compactMap(\.lastSeen)
        guard !servers.isEmpty, seen.count == servers.count, let latest = seen.max(),
            latest.days(until: facts.asOf) >= facts.staleAfterDays
        else { return nil }
        return
            "none of its servers has been seen since \(latest) (policy stale_after_days \(facts.staleAfterDays)): it has fallen out of use"
    }

    /// A system already in the cloud with the same capability, if any (the first by id).
    static func cloudTwin(of system: System, facts: CloudFacts) -> System? {
        guard let capability = system.capability, !(system.hosting?.isCloud ?? false) else { return nil }
        return facts.systemsById.values.filter { other in
            other.id != system.id && other.capability == capability && (other.hosting?.isCloud ?? false)
        }.min { $0.id < $1.id }
    }

    /// `at contract end 2027-11-30`, or `now (contract ended 2026-06-30)`.
    static func contractNote(_ system: System, asOf: LocalDate) -> String? {
        guard let end = system.contractEnd else { return nil }
        return end < asOf ? "now (contract ended \(end))" : "at contract end \(end)"
    }

    static func saasDecision(_ inputs: Inputs, policy: CloudPolicy, contract: String?) -> Decision? {
        let system = inputs.system
        guard system.vendorOffersSaaS == true, let customisation = system.customisation,
            rank(customisation) <= rank(policy.saasMaxCustomisation)
        else { return nil }
        let unsolved = inputs.blockers.filter { !$0.kind.isSolvedBySaaS }
        guard unsolved.reduce(0, { $0 + $1.weight }) < policy.notReadyScore else { return nil }
        var reason =
            "\(system.vendor ?? "the supplier") offers SaaS and it is \(customisation.rawValue), within policy cloud_saas_max_customisation (\(policy.saasMaxCustomisation.rawValue)): replace it with the service"
        if let contract { reason += " \(contract)" }
        let solved = inputs.blockers.filter { $0.kind.isSolvedBySaaS && $0.weight >= policy.notReadyScore }
        if !solved.isEmpty {
            reason +=
                "; the service removes the \(solved.map(\.kind.title).joined(separator: " and ")) that \(solved.count == 1 ? "blocks" : "block") a move as it is"
        }
        return Decision(disposition: .repurchase, rule: "saas", reason: reason)
    }

    static func relocation(_ inputs: Inputs, facts: CloudFacts, policy: CloudPolicy) -> Decision? {
        let os = inputs.blockers.filter { $0.kind == .osNotSupported }
        let rest = inputs.blockers.filter { $0.kind != .osNotSupported }.reduce(0) { $0 + $1.weight }
        guard !os.isEmpty, rest < policy.notReadyScore, !inputs.servers.isEmpty,
            inputs.servers.allSatisfy({ isVMwareGuest($0, facts: facts) })
        else { return nil }
        return Decision(
            disposition: .relocate, rule: "vmware-relocation",
            reason:
                "cloud VMs cannot run its operating system (\(os.map(\.detail).joined(separator: "; "))), but its servers are VMware virtual machines: move them unchanged to a VMware service in the cloud"
        )
    }

    /// Whether a server is a VMware virtual machine: made by VMware, or on an ESXi host.
    static func isVMwareGuest(_ asset: Asset, facts: CloudFacts) -> Bool {
        guard CloudFacts.isVirtual(asset) else { return false }
        if asset.manufacturer?.lowercased().contains("vmware") == true { return true }
        return asset.hostId.flatMap { facts.assetsById[$0]?.osName?.lowercased().contains("esxi") } ?? false
    }

    static func rank(_ customisation: Customisation) -> Int {
        Customisation.allCases.firstIndex(of: customisation) ?? 0
    }
}
