extension CloudReadiness {
    /// The rules that judge a server on its own account.
    static let serverRules: [any CloudRule] = [
        TargetOperatingSystemRule(), PlatformSupportRule(), SiteBoundRule(), LicensingRule(),
    ]

    /// Judges every in-service server and VM: virtual machines and standalone servers from their own facts and
    /// their systems, then hypervisor hosts from their virtual machines.
    static func assessServers(facts: CloudFacts, systems: [CloudAssessment], policy: Policy) -> [CloudAssessment] {
        let byId = Dictionary(systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var assessed: [String: CloudAssessment] = [:]
        for server in facts.servers where facts.guestsByHost[server.id] == nil {
            assessed[server.id] = assess(server, systems: byId, facts: facts, policy: policy)
        }
        for server in facts.servers {
            guard let guests = facts.guestsByHost[server.id] else { continue }
            assessed[server.id] = assessHost(
                server, guests: guests.compactMap { assessed[$0.id] }, facts: facts, policy: policy)
        }
        return facts.servers.compactMap { assessed[$0.id] }
    }

    static func assess(
        _ server: Asset, systems: [String: CloudAssessment], facts: CloudFacts, policy: Policy
    ) -> CloudAssessment {
        let cloud = policy.cloud
        let name = CloudFacts.name(of: server)
        let onIt = (facts.systemsByAsset[server.id] ?? []).compactMap { systems[$0.id] }
        var result = CloudAssessment(
            subjectKind: .server, id: server.id, name: name, criticality: onIt.compactMap(\.criticality).max(),
            readiness: .ready, score: 0, blockers: [],
            missingFacts: [], disposition: .retain, dispositionRule: "", reason: "", effort: nil, wave: nil,
            waveReason: nil, moveBy: nil, related: onIt.map(\.id))
        if server.hosting == .cloud {
            result.dispositionRule = "already-cloud"
            result.reason = "already runs in the cloud\(server.site.map { " (\($0))" } ?? ""): nothing to move"
            return result
        }
        let own = serverRules.flatMap { $0.blockers(forServer: server, facts: facts, policy: cloud) }
        // Its systems' blockers count too (one of each kind), except those of systems being switched off.
        var inherited: [CloudBlocker] = []
        for system in onIt where system.disposition != .retire {
            for blocker in system.blockers where !(own + inherited).contains(where: { $0.kind == blocker.kind }) {
                var copy = blocker
                copy.detail = "via \(system.name) (\(system.id)): \(blocker.detail)"
                inherited.append(copy)
            }
        }
        let blockers = sorted(own + inherited)
        result.blockers = blockers
        result.score = blockers.reduce(0) { $0 + $1.weight }
        result.moveBy = serverDeadline(server, facts: facts)
        guard !onIt.isEmpty else {
            result.missingFacts = ["no system is recorded on it"]
            result.readiness = .level(score: result.score, isMissingFacts: true, policy: cloud)
            result.dispositionRule = "no-system"
            result.reason =
                "no system in the register runs on it, so its role is unknown: record what it runs to judge it"
            return result
        }
        let moving = onIt.filter { $0.disposition != .retire }
        let ownLevel = CloudReadinessLevel.level(score: result.score, isMissingFacts: false, policy: cloud)
        result.readiness = ([ownLevel] + moving.map(\.readiness)).max { $0.badness < $1.badness } ?? ownLevel
        let list = { (items: [CloudAssessment]) in
            items.map { "\($0.name) (\($0.id), \($0.disposition.rawValue))" }.joined(separator: ", ")
        }
        if let kept = onIt.first(where: { $0.disposition == .retain }) {
            result.disposition = .retain
            result.dispositionRule = "system-retained"
            result.reason = "runs \(kept.name) (\(kept.id)), which is retained: \(kept.reason)"
        } else if moving.contains(where: { [.rehost, .replatform, .relocate].contains($0.disposition) }) {
            let ownPlatform = own.first { $0.kind == .unsupportedPlatform || $0.kind == .extendedSupport }
            if moving.contains(where: { $0.disposition == .replatform }) || ownPlatform != nil {
                result.disposition = .replatform
            } else if moving.contains(where: { $0.disposition == .rehost }) {
                result.disposition = .rehost
            } else {
                result.disposition = .relocate
            }
            result.dispositionRule = "moves-with-systems"
            result.reason =
                "moves with \(list(moving))"
                + (ownPlatform.map { "; its own platform is upgraded on the way (\($0.detail))" } ?? "")
        } else {
            result.disposition = .retire
            result.dispositionRule = "systems-leave"
            result.reason = "switched off once its systems have gone: \(list(onIt))"
        }
        result.effort = effort(
            result.disposition, blockers: own, servers: 1, partners: 0,
            criticality: nil, policy: cloud)
        return result
    }

    /// A hypervisor host: switched off when every virtual machine on it moves or is switched off.
    static func assessHost(
        _ host: Asset, guests: [CloudAssessment], facts: CloudFacts, policy: Policy
    ) -> CloudAssessment {
        let staying = guests.filter { !$0.disposition.freesHardware }
        let moving = guests.filter { $0.disposition != .retire && $0.disposition.freesHardware }
        let readiness =
            (staying.isEmpty ? moving : guests).map(\.readiness).max { $0.badness < $1.badness } ?? .ready
        var result = CloudAssessment(
            subjectKind: .server, id: host.id, name: CloudFacts.name(of: host),
            criticality: guests.compactMap(\.criticality).max(), readiness: readiness, score: 0,
            blockers: [], missingFacts: [], disposition: .retire, dispositionRule: "guests-leave", reason: "",
            effort: nil, wave: nil, waveReason: nil, moveBy: serverDeadline(host, facts: facts),
            related: guests.map(\.id))
        let count = guests.count
        if staying.isEmpty {
            result.reason =
                "hosts \(count) virtual machine\(count == 1 ? "" : "s"), all of which leave (\(moving.count) move, \(count - moving.count) switched off): the host is switched off after the last"
            result.effort = effort(
                .retire, blockers: [], servers: 1, partners: 0, criticality: nil, policy: policy.cloud)
        } else {
            result.disposition = .retain
            result.dispositionRule = "guests-stay"
            let names = staying.prefix(5).map { "\($0.name) (\($0.dispositionRule))" }.joined(separator: ", ")
            result.reason =
                "\(staying.count) of its \(count) virtual machines stay: \(names)\(staying.count > 5 ? " and \(staying.count - 5) more" : "")"
        }
        return result
    }

    /// For a server: the refresh of its physical machine, or its platform's support running out.
    static func serverDeadline(_ server: Asset, facts: CloudFacts) -> CloudDeadline? {
        var candidates = refreshDeadline(of: server, facts: facts).map { [$0] } ?? []
        let matched = (facts.componentsByAsset[server.id] ?? []).filter { $0.status != nil }
        for component in matched.sorted(by: { ($0.text, $0.version ?? "") < ($1.text, $1.version ?? "") }) {
            if component.state == .unsupported {
                candidates.append(
                    CloudDeadline(
                        date: facts.asOf, what: "already out of support: \(LifecycleAnalysis.describe(component))"))
            } else if let next = component.status?.nextChange, next.date <= facts.horizonEnd {
                candidates.append(
                    CloudDeadline(
                        date: next.date,
                        what: "\(LifecycleAnalysis.describe(component)) becomes \(next.state.rawValue)"))
            }
        }
        return earliest(candidates)
    }
}
