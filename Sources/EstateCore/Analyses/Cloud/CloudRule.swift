/// One readiness rule: it reads facts about a system or a server and returns what stands in its way, each
/// blocker carrying the policy's weight for its kind. A kind the policy weighs 0 is not raised.
protocol CloudRule: Sendable {
    /// The rule's name, as results cite it.
    static var ruleName: String { get }
    /// The blockers a system meets.
    func blockers(for system: System, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker]
    /// The blockers a server meets on its own account (its systems' blockers are added separately).
    func blockers(forServer server: Asset, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker]
}

extension CloudRule {
    func blockers(forServer server: Asset, facts: CloudFacts, policy: CloudPolicy) -> [CloudBlocker] { [] }

    /// A blocker of `kind` with the policy's weight, or nil when the policy switches the kind off.
    func blocker(_ kind: CloudBlocker.Kind, _ detail: String, policy: CloudPolicy) -> CloudBlocker? {
        let weight = policy.weight(kind)
        guard weight > 0 else { return nil }
        return CloudBlocker(kind: kind, weight: weight, detail: detail, rule: Self.ruleName)
    }
}

/// The readiness rules, in the order their blockers are listed.
enum CloudRules {
    /// Every rule of the first pass (latency needs the first pass's results and runs after it).
    static let firstPass: [any CloudRule] = [
        TargetOperatingSystemRule(), PlatformSupportRule(), SiteBoundRule(), DataClassificationRule(),
        CustomisationRule(), ClientRule(), IntegrationsRule(), LicensingRule(),
    ]

    /// The rule that needs to know which systems stay on premises.
    static let secondPass: [any CloudRule] = [LatencyRule()]

    /// The first keyword, in sorted order, that any of `texts` holds (lower-cased), its value, and the position of
    /// the first text holding it.
    static func firstKeyword<Value>(
        in texts: [String], keywords: [String: Value]
    ) -> (keyword: String, value: Value, index: Int)? {
        guard !texts.isEmpty, !keywords.isEmpty else { return nil }
        let sorted = keywords.keys.sorted()
        for keyword in sorted {
            guard let value = keywords[keyword] else { continue }
            for index in texts.indices where CaseFolding.lowercasedContains(texts[index], keyword) {
                return (keyword, value, index)
            }
        }
        return nil
    }
}
