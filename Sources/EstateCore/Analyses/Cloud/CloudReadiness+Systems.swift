extension CloudReadiness {
    /// Judges every system: the rules' blockers (latency second, once the systems that stay on premises are
    /// known), the readiness, the disposition, the effort and the date that presses the move.
    static func assessSystems(_ systems: [System], facts: inout CloudFacts, policy: Policy) -> [CloudAssessment] {
        let cloud = policy.cloud
        let ordered = systems.sorted { $0.id < $1.id }
        var found: [String: [CloudBlocker]] = [:]
        for system in ordered where !(system.hosting?.isCloud ?? false) {
            found[system.id] = CloudRules.firstPass.flatMap { $0.blockers(for: system, facts: facts, policy: cloud) }
        }
        // A system stays on premises whatever the council buys when an obstacle no purchase removes (hardware
        // on site, SECRET data) blocks it on its own.
        facts.anchoredSystemIds = Set(
            ordered.filter { system in
                CloudFacts.isOnPremises(system)
                    && (found[system.id] ?? []).contains { !$0.kind.isSolvedBySaaS && $0.weight >= cloud.notReadyScore }
            }.map(\.id))
        for system in ordered where !(system.hosting?.isCloud ?? false) {
            found[system.id, default: []] += CloudRules.secondPass.flatMap {
                $0.blockers(for: system, facts: facts, policy: cloud)
            }
        }
        return ordered.map { system in
            let blockers = sorted(found[system.id] ?? [])
            let missing = missingFacts(system, facts: facts)
            let score = blockers.reduce(0) { $0 + $1.weight }
            let readiness = CloudReadinessLevel.level(score: score, isMissingFacts: !missing.isEmpty, policy: cloud)
            let servers = facts.servers(of: system)
            let decision = CloudDispositionRules.decide(
                .init(
                    system: system, blockers: blockers, readiness: readiness, missingFacts: missing, servers: servers),
                facts: facts, policy: policy)
            return CloudAssessment(
                subjectKind: .system, id: system.id, name: system.name, criticality: system.criticality,
                readiness: readiness, score: score,
                blockers: blockers, missingFacts: missing, disposition: decision.disposition,
                dispositionRule: decision.rule, reason: decision.reason,
                effort: effort(
                    decision.disposition, blockers: blockers, servers: servers.count,
                    partners: facts.partners[system.id]?.count ?? 0, criticality: system.criticality, policy: cloud),
                wave: nil, waveReason: nil, moveBy: deadline(of: system, servers: servers, facts: facts),
                related: uniqued(system.assetIds))
        }
    }

    /// Heaviest first, then in the kinds' order.
    static func sorted(_ blockers: [CloudBlocker]) -> [CloudBlocker] {
        let order = Dictionary(
            CloudBlocker.Kind.allCases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return blockers.sorted {
            ($1.weight, order[$0.kind] ?? 0, $0.detail) < ($0.weight, order[$1.kind] ?? 0, $1.detail)
        }
    }

    /// The essential facts a system's register entry lacks (none for a system already in the cloud).
    static func missingFacts(_ system: System, facts: CloudFacts) -> [String] {
        guard !(system.hosting?.isCloud ?? false) else { return [] }
        var missing: [String] = []
        if system.hosting == nil { missing.append("hosting not recorded") }
        if system.customisation == nil { missing.append("customisation not recorded") }
        if CloudFacts.isOnPremises(system) {
            if system.assetIds.isEmpty {
                missing.append("the servers it runs on are not recorded")
            } else if facts.servers(of: system).isEmpty {
                missing.append(
                    "its servers (\(uniqued(system.assetIds).joined(separator: ", "))) are not in the asset register or not in service"
                )
            }
        }
        return missing
    }

    /// Effort points: the disposition's, the weight of every condition the move must settle
    /// (``CloudBlocker/Kind/isSettled(by:)``), each server beyond the first, each integration partner and the
    /// criticality (``CloudPolicy/dispositionPoints`` and the rest). Nil for retain.
    static func effort(
        _ disposition: CloudDisposition, blockers: [CloudBlocker], servers: Int, partners: Int,
        criticality: Criticality?, policy: CloudPolicy
    ) -> CloudEffort? {
        guard disposition != .retain else { return nil }
        var parts: [(String, Int)] = [(disposition.rawValue, policy.dispositionPoints[disposition] ?? 0)]
        let conditions = blockers.filter { $0.weight < policy.notReadyScore && $0.kind.isSettled(by: disposition) }
        let conditionPoints = conditions.reduce(0) { $0 + $1.weight }
        if conditionPoints > 0 {
            let list = conditions.map { "\($0.kind.rawValue) \($0.weight)" }.joined(separator: ", ")
            parts.append(("conditions (\(list))", conditionPoints))
        }
        if servers > 1 {
            parts.append(
                ("\(servers - 1) more server\(servers == 2 ? "" : "s")", (servers - 1) * policy.pointsPerExtraServer))
        }
        if partners > 0 {
            parts.append(("\(partners) integration\(partners == 1 ? "" : "s")", partners * policy.pointsPerIntegration))
        }
        if let criticality, let points = policy.criticalityPoints[criticality], points > 0 {
            parts.append((criticality.rawValue, points))
        }
        let total = parts.reduce(0) { $0 + $1.1 }
        let size = policy.size(points: total)
        let basis =
            parts.map { "\($0.0) \($0.1)" }.joined(separator: " + ")
            + " = \(total) → \(size.rawValue) (policy cloud_effort_points, cloud_effort_sizes)"
        return CloudEffort(size: size, points: total, basis: basis)
    }

    /// The earliest of: the contract's end, the refresh of the machines it runs on, and its platform's support
    /// running out (already out: the as-of date).
    static func deadline(of system: System, servers: [Asset], facts: CloudFacts) -> CloudDeadline? {
        var candidates: [CloudDeadline] = []
        if let end = system.contractEnd {
            candidates.append(
                end < facts.asOf
                    ? CloudDeadline(date: facts.asOf, what: "contract ended \(end)")
                    : CloudDeadline(date: end, what: "contract ends \(end)"))
        }
        for server in servers { candidates += refreshDeadline(of: server, facts: facts).map { [$0] } ?? [] }
        if let lifecycle = facts.systemLifecycles[system.id] {
            if lifecycle.state == .unsupported {
                candidates.append(
                    CloudDeadline(
                        date: facts.asOf, what: "already out of support: \(lifecycle.worstComponent ?? "its platform")")
                )
            } else if let next = lifecycle.nextChange {
                candidates.append(CloudDeadline(date: next.date, what: next.what))
            }
        }
        return earliest(candidates)
    }

    /// The refresh of the physical machine a server lives on, when it falls within the horizon.
    static func refreshDeadline(of server: Asset, facts: CloudFacts) -> CloudDeadline? {
        guard let machine = facts.physicalMachine(of: server), let due = facts.hardware[machine.id]?.refreshDue,
            due <= facts.horizonEnd
        else { return nil }
        let name = CloudFacts.name(of: machine)
        return due < facts.asOf
            ? CloudDeadline(date: facts.asOf, what: "\(name) refresh overdue since \(due)")
            : CloudDeadline(date: due, what: "\(name) refresh due \(due)")
    }

    static func earliest(_ candidates: [CloudDeadline]) -> CloudDeadline? {
        candidates.enumerated().min { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element
    }

    static func uniqued(_ ids: [String]) -> [String] {
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }
}
