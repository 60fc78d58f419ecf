/// How users reach it: an installed client or a published desktop.
struct ClientRule: CloudRule {
    static let ruleName = "client"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        switch system.client {
        case .thick:
            [blocker(.thickClient, "users run an installed client (systems register: client thick)", policy: policy)]
                .compactMap { $0 }
        case .virtualDesktop:
            [
                blocker(
                    .citrixClient, "users reach it through Citrix (systems register: client citrix-vdi)", policy: policy
                )
            ]
            .compactMap { $0 }
        default: []
        }
    }
}

/// Local customisations or bespoke code.
struct CustomisationRule: CloudRule {
    static let ruleName = "customisation"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        switch system.customisation {
        case .customised:
            [blocker(.customised, "the product is customised (systems register)", policy: policy)].compactMap { $0 }
        case .bespoke:
            [
                blocker(
                    .bespoke, "built in house by \(system.vendor ?? "the council") (systems register)", policy: policy)
            ]
            .compactMap { $0 }
        default: []
        }
    }
}

/// The data it holds, by Government Security Classification.
struct DataClassificationRule: CloudRule {
    static let ruleName = "data-classification"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        switch system.dataClassification {
        case .officialSensitive:
            [blocker(.officialSensitive, "holds OFFICIAL-SENSITIVE data: UK region and a DPIA", policy: policy)]
                .compactMap { $0 }
        case .secret:
            [blocker(.secret, "holds SECRET data (systems register)", policy: policy)].compactMap { $0 }
        default: []
        }
    }
}

/// Many integration partners (``CloudPolicy/integrationThreshold``), counted in both directions.
struct IntegrationsRule: CloudRule {
    static let ruleName = "integrations"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        let partners = facts.partners[system.id] ?? []
        guard partners.count >= policy.integrationThreshold else { return [] }
        let detail =
            "\(partners.count) integration partners (policy cloud_integration_threshold \(policy.integrationThreshold)): \(partners.joined(separator: ", "))"
        return [blocker(.integrations, detail, policy: policy)].compactMap { $0 }
    }
}

/// It exchanges data with a system anchored on premises (``CloudFacts/anchoredSystemIds``).
struct LatencyRule: CloudRule {
    static let ruleName = "latency"

    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] {
        guard !facts.anchoredSystemIds.contains(system.id) else { return [] }
        let staying = (facts.partners[system.id] ?? []).filter { facts.anchoredSystemIds.contains($0) }
        guard !staying.isEmpty else { return [] }
        let names = staying.map { id in facts.systemsById[id].map { "\($0.name) (\(id))" } ?? id }
        let detail =
            "exchanges data with \(names.joined(separator: ", ")), which \(staying.count == 1 ? "stays" : "stay") on premises"
        return [blocker(.latency, detail, policy: policy)].compactMap { $0 }
    }
}
