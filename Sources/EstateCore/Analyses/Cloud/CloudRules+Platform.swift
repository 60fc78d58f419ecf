/// The operating system does not run on the target's virtual machines (``CloudPolicy/targetUnsupportedOS``).
struct TargetOperatingSystemRule: CloudRule {
    static let ruleName = "target-os"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        let found = facts.servers(of: system).compactMap { server in
            match(server, policy: policy).map { "\($0) on \(CloudFacts.name(of: server))" }
        }
        guard !found.isEmpty else { return [] }
        return [blocker(.osNotSupported, found.joined(separator: "; "), policy: policy)].compactMap { $0 }
    }

    func blockers(forServer server: Asset, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        guard let why = match(server, policy: policy) else { return [] }
        return [blocker(.osNotSupported, "\(why) (\(server.osName ?? ""))", policy: policy)].compactMap { $0 }
    }

    func match(_ server: Asset, policy: CloudPolicy) -> String? {
        guard let os = server.osName else { return nil }
        return CloudRules.firstKeyword(in: [os], keywords: policy.targetUnsupportedOS)?.value
    }
}

/// The platform is out of support or on paid extended support: the worst status among a system's own product
/// and components and those of its servers (or a server's own), naming the operating system first, then the
/// database, then the rest.
struct PlatformSupportRule: CloudRule {
    static let ruleName = "platform-support"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        var components = facts.componentsBySystem[system.id] ?? []
        for server in facts.servers(of: system) { components += facts.componentsByAsset[server.id] ?? [] }
        return found(components, policy: policy)
    }

    func blockers(forServer server: Asset, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        found(facts.componentsByAsset[server.id] ?? [], policy: policy)
    }

    func found(_ components: [ComponentStatus], policy: CloudPolicy) -> [CloudBlocker] {
        let matched = components.filter { $0.status != nil }
        guard let worstState = matched.map(\.state).max(by: { $0.badness < $1.badness }) else { return [] }
        let kind: CloudBlocker.Kind
        switch worstState {
        case .unsupported: kind = .unsupportedPlatform
        case .extendedOnly: kind = .extendedSupport
        default: return []
        }
        let worst = matched.filter { $0.state == worstState }.sorted {
            (Self.priority($0.kind), $0.subjectId, $0.text) < (Self.priority($1.kind), $1.subjectId, $1.text)
        }
        guard let first = worst.first else { return [] }
        var detail = "\(LifecycleAnalysis.describe(first)) (\(worstState.rawValue))"
        if worst.count > 1 {
            detail += " and \(worst.count - 1) more \(worstState.rawValue) component\(worst.count == 2 ? "" : "s")"
        }
        return [blocker(kind, detail, policy: policy)].compactMap { $0 }
    }

    /// The operating system names a platform best, then the database, the product, middleware and runtimes.
    static func priority(_ kind: ComponentKind) -> Int {
        switch kind {
        case .operatingSystem: 0
        case .database: 1
        case .application: 2
        case .middleware: 3
        case .runtime: 4
        case .office, .browser: 5
        case .firmware, .other: 6
        }
    }
}

/// A component whose licence changes in a cloud (``CloudPolicy/licensingKeywords``).
struct LicensingRule: CloudRule {
    static let ruleName = "licensing"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        var components = facts.componentsBySystem[system.id] ?? []
        for server in facts.servers(of: system) { components += facts.componentsByAsset[server.id] ?? [] }
        return found(components, policy: policy)
    }

    func blockers(forServer server: Asset, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        found(facts.componentsByAsset[server.id] ?? [], policy: policy)
    }

    func found(_ components: [ComponentStatus], policy: CloudPolicy) -> [CloudBlocker] {
        let texts = components.map(\.text)
        guard let hit = CloudRules.firstKeyword(in: texts, keywords: policy.licensingKeywords) else { return [] }
        let source = LifecycleAnalysis.describe(components[hit.index])
        return [blocker(.licensing, "\(source): \(hit.value)", policy: policy)].compactMap { $0 }
    }
}

/// Equipment on site or telephony (``CloudPolicy/siteBoundKeywords``), found in the system's capability, name,
/// vendor, product or components.
struct SiteBoundRule: CloudRule {
    static let ruleName = "site-bound"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        let fields: [(name: String, text: String)] = [
            ("capability", system.capability ?? ""), ("name", system.name), ("vendor", system.vendor ?? ""),
            ("product", system.product ?? ""),
        ]
        var components = facts.componentsBySystem[system.id] ?? []
        for server in facts.servers(of: system) { components += facts.componentsByAsset[server.id] ?? [] }
        return found(fields: fields, components: components, policy: policy)
    }

    func blockers(forServer server: Asset, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        found(fields: [], components: facts.componentsByAsset[server.id] ?? [], policy: policy)
    }

    /// The first keyword in the fields, then the components; a component is described only when it holds it.
    func found(fields: [(name: String, text: String)], components: [ComponentStatus], policy: CloudPolicy)
        -> [CloudBlocker]
    {
        let texts = fields.map(\.text) + components.map(\.text)
        guard let hit = CloudRules.firstKeyword(in: texts, keywords: policy.siteBoundKeywords) else { return [] }
        let kind: CloudBlocker.Kind = hit.value == .telephony ? .telephony : .hardware
        let detail =
            hit.index < fields.count
            ? "\"\(hit.keyword)\" in its \(fields[hit.index].name) (\(texts[hit.index]))"
            : "\"\(hit.keyword)\" in \(LifecycleAnalysis.describe(components[hit.index - fields.count]))"
        return [blocker(kind, detail, policy: policy)].compactMap { $0 }
    }
}
