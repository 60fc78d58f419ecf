extension CloudReadiness {
    /// Writes each system's wave and reason, then each server's: a server moves or is freed in the last wave of
    /// its systems, a host in the last wave of its virtual machines.
    static func applyWaves(
        _ plan: CloudWavePlan, systems: inout [CloudAssessment], servers: inout [CloudAssessment], facts: CloudFacts
    ) {
        let placed = Dictionary(plan.placements.map { ($0.systemId, $0) }, uniquingKeysWith: { first, _ in first })
        for index in systems.indices {
            guard let placement = placed[systems[index].id] else { continue }
            systems[index].wave = placement.wave
            systems[index].waveReason = placement.reason
        }
        let waveOfSystem = placed.mapValues(\.wave)
        var waveOfServer: [String: Int] = [:]
        for index in servers.indices where facts.guestsByHost[servers[index].id] == nil {
            guard servers[index].disposition != .retain else { continue }
            let waves = servers[index].related.compactMap { id in waveOfSystem[id].map { (id, $0) } }
            guard let last = waves.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) else { continue }
            servers[index].wave = last.1
            servers[index].waveReason =
                servers[index].disposition == .retire
                ? "freed once \(last.0) has moved (wave \(last.1))" : "moves with \(last.0) (wave \(last.1))"
            waveOfServer[servers[index].id] = last.1
        }
        for index in servers.indices where facts.guestsByHost[servers[index].id] != nil {
            guard servers[index].disposition == .retire else { continue }
            let waves = servers[index].related.compactMap { id in waveOfServer[id].map { (id, $0) } }
            guard let last = waves.max(by: { ($0.1, $1.0) < ($1.1, $0.0) }) else { continue }
            servers[index].wave = last.1
            servers[index].waveReason = "freed once its last virtual machine, \(last.0), has left (wave \(last.1))"
        }
    }
}
