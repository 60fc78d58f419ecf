/// A risk the committee should see: a critical or high system that is out of support, or that stops if one
/// machine fails.
public struct ReviewRisk: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Its own product or something it runs on is unsupported or on paid extended support only.
        case unsupported
        /// It runs on one server, or all its servers sit on one physical host.
        case singlePointOfFailure = "single-point-of-failure"
    }

    public var kind: Kind
    public var systemId: String
    public var name: String
    public var criticality: Criticality
    /// The facts behind it.
    public var detail: String

    /// The risks of high and critical systems, critical first.
    public static func risks(_ analyses: EstateAnalyses) -> [ReviewRisk] {
        var out: [ReviewRisk] = []
        for entry in analyses.lifecycle.systems
        where (entry.state == .unsupported || entry.state == .extendedOnly)
            && (entry.system.criticality ?? .low) >= .high
        {
            out.append(
                ReviewRisk(
                    kind: .unsupported, systemId: entry.system.id, name: entry.system.name,
                    criticality: entry.system.criticality ?? .high,
                    detail: "\(entry.state.rawValue): \(entry.worstComponent ?? "its own product")"))
        }
        let assets = analyses.estate.assetsById
        for system in analyses.estate.systems where (system.criticality ?? .low) >= .high {
            guard system.hosting == nil || system.hosting == .onPremises else { continue }
            let machines = Set(system.assetIds).compactMap { assets[$0] }.filter { $0.status?.isInService ?? true }
            guard !machines.isEmpty else { continue }
            let criticality = system.criticality ?? .high
            if machines.count == 1, let only = machines.first {
                out.append(
                    ReviewRisk(
                        kind: .singlePointOfFailure, systemId: system.id, name: system.name, criticality: criticality,
                        detail: "runs on one server, \(only.hostname ?? only.id)"))
                continue
            }
            let hosts = Set(machines.map { $0.hostId ?? $0.id })
            if hosts.count == 1, let host = hosts.first {
                out.append(
                    ReviewRisk(
                        kind: .singlePointOfFailure, systemId: system.id, name: system.name, criticality: criticality,
                        detail: "its \(machines.count) servers all run on one physical host, \(host)"))
            }
        }
        return out.sorted {
            ($1.criticality, $0.kind.rawValue, $0.systemId) < ($0.criticality, $1.kind.rawValue, $1.systemId)
        }
    }
}
