/// Builds the ``CloudWavePlan`` from the systems' dispositions, servers, integrations and deadlines.
///
/// - Complexity: O(s² + e) for s moving systems and e integrations (the scheduling scans the units still waiting
///   once per wave).
struct CloudWavePlanner {
    let systems: [CloudAssessment]
    let facts: CloudFacts
    let policy: CloudPolicy

    /// A set of systems that must move in the same wave.
    struct Unit {
        var members: [String]
        /// The groups it was made from (more than one when they form a dependency cycle).
        var groups: [[String]]
        var dependsOn: Set<Int> = []
        var deadline: CloudDeadline?
        var effort: Int = 0
    }

    func plan() -> CloudWavePlan {
        let moving = systems.filter { $0.disposition.movesToCloud }
        let movingIds = Set(moving.map(\.id))
        guard !moving.isEmpty else { return CloudWavePlan() }
        let groups = sharedServerGroups(moving.map(\.id))
        let groupOf = Dictionary(
            groups.enumerated().flatMap { index, members in members.map { ($0, index) } },
            uniquingKeysWith: { first, _ in first })
        let links = dependencies(among: movingIds)
        var groupEdges = [Set<Int>](repeating: [], count: groups.count)
        for link in links {
            guard let from = groupOf[link.from], let to = groupOf[link.to], from != to else { continue }
            groupEdges[from].insert(to)
        }
        let components = Self.stronglyConnected(groupEdges)
        let assessments = Dictionary(moving.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var unitOfGroup = [Int](repeating: 0, count: groups.count)
        var units: [Unit] = components.enumerated().map { index, component in
            for group in component { unitOfGroup[group] = index }
            let memberGroups = component.map { groups[$0] }.sorted { $0[0] < $1[0] }
            let members = memberGroups.flatMap { $0 }.sorted()
            return Unit(
                members: members, groups: memberGroups,
                deadline: CloudReadiness.earliest(members.compactMap { assessments[$0]?.moveBy }),
                effort: members.reduce(0) { $0 + (assessments[$1]?.effort?.points ?? 0) })
        }
        for (from, targets) in groupEdges.enumerated() {
            for to in targets where unitOfGroup[from] != unitOfGroup[to] {
                units[unitOfGroup[from]].dependsOn.insert(unitOfGroup[to])
            }
        }
        let cycles = units.filter { $0.groups.count > 1 }.map { unit in
            let inside = Set(unit.members)
            return CloudDependencyCycle(
                systemIds: unit.members,
                links: links.filter { inside.contains($0.from) && inside.contains($0.to) })
        }
        let (waveOfUnit, placements) = schedule(units, assessments: assessments)
        var waves: [Int: [String]] = [:]
        for (index, unit) in units.enumerated() { waves[waveOfUnit[index], default: []] += unit.members }
        let waveOfSystem = Dictionary(
            placements.map { ($0.systemId, $0.wave) }, uniquingKeysWith: { first, _ in first })
        return CloudWavePlan(
            waves: waves.keys.sorted().map { CloudWave(number: $0, systemIds: (waves[$0] ?? []).sorted()) },
            cycles: cycles, hybridLinks: hybridLinks(among: movingIds, waves: waveOfSystem),
            placements: placements.sorted { $0.systemId < $1.systemId })
    }

    /// Moving systems joined when they share a server, each group sorted, groups by their first id.
    func sharedServerGroups(_ ids: [String]) -> [[String]] {
        var parent = Dictionary(ids.map { ($0, $0) }, uniquingKeysWith: { first, _ in first })
        func root(_ id: String) -> String {
            var current = id
            while let next = parent[current], next != current { current = next }
            return current
        }
        var firstOnServer: [String: String] = [:]
        for id in ids.sorted() {
            guard let system = facts.systemsById[id] else { continue }
            for server in facts.servers(of: system) {
                if let other = firstOnServer[server.id] {
                    let (a, b) = (root(id), root(other))
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    firstOnServer[server.id] = id
                }
            }
        }
        var groups: [String: [String]] = [:]
        for id in ids { groups[root(id), default: []].append(id) }
        return groups.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// One-way integrations among moving systems: `from` lists `to`, and `to` does not list `from`.
    func dependencies(among ids: Set<String>) -> [CloudLink] {
        var links: [CloudLink] = []
        for id in ids.sorted() {
            guard let system = facts.systemsById[id] else { continue }
            for other in Set(system.integrations).sorted() where other != id && ids.contains(other) {
                if facts.systemsById[other]?.integrations.contains(id) == true { continue }
                links.append(CloudLink(from: id, to: other))
            }
        }
        return links
    }

    /// Two-way integrations whose ends move in different waves.
    func hybridLinks(among ids: Set<String>, waves: [String: Int]) -> [CloudLink] {
        var links: [CloudLink] = []
        for id in ids.sorted() {
            guard let system = facts.systemsById[id] else { continue }
            for other in Set(system.integrations).sorted() where id < other && ids.contains(other) {
                guard facts.systemsById[other]?.integrations.contains(id) == true, waves[id] != waves[other] else {
                    continue
                }
                links.append(CloudLink(from: id, to: other))
            }
        }
        return links
    }

    /// Places units wave by wave: a unit is ready once everything it depends on is in an earlier wave; ready
    /// units go by deadline, then effort, then id, while the wave has room.
    func schedule(_ units: [Unit], assessments: [String: CloudAssessment]) -> ([Int], [CloudPlacement]) {
        var waveOf = [Int](repeating: 0, count: units.count)
        var placements: [CloudPlacement] = []
        var waiting = Set(units.indices)
        var wave = 0
        let far = LocalDate(year: 9999, month: 12, day: 31) ?? facts.asOf
        while !waiting.isEmpty {
            wave += 1
            let ready = waiting.filter { index in
                units[index].dependsOn.allSatisfy { waveOf[$0] > 0 && waveOf[$0] < wave }
            }.sorted { a, b in
                (units[a].deadline?.date ?? far, units[a].effort, units[a].members[0])
                    < (units[b].deadline?.date ?? far, units[b].effort, units[b].members[0])
            }
            guard !ready.isEmpty else { break }
            var used = 0
            for index in ready {
                let size = units[index].members.count
                guard used == 0 || used + size <= policy.waveSize else { continue }
                used += size
                waveOf[index] = wave
                waiting.remove(index)
            }
            for index in ready where waveOf[index] == wave {
                let reason = explain(units[index], wave: wave, units: units, waveOf: waveOf)
                placements += units[index].members.map { CloudPlacement(systemId: $0, wave: wave, reason: reason) }
            }
        }
        return (waveOf, placements)
    }

    /// Why a unit sits in its wave.
    func explain(_ unit: Unit, wave: Int, units: [Unit], waveOf: [Int]) -> String {
        var parts: [String] = []
        if unit.groups.count > 1 {
            parts.append("in a dependency cycle with \(unit.members.joined(separator: ", ")): they move as one")
        } else if unit.members.count > 1 {
            parts.append("moves with \(unit.members.joined(separator: ", ")) (they share servers)")
        }
        let after = unit.dependsOn.sorted().map { (units[$0].members.joined(separator: ", "), waveOf[$0]) }
        if after.isEmpty {
            parts.append("depends on no system still to move")
        } else {
            parts.append(
                "after "
                    + after.map { "\($0.0) (wave \($0.1))" }.joined(separator: ", ")
                    + ", which it depends on (it lists them as integrations; they do not list it back)")
        }
        if let deadline = unit.deadline { parts.append("pressed by \(deadline.what) (\(deadline.date))") }
        let earliest = (after.map(\.1).max() ?? 0) + 1
        if wave > earliest {
            parts.append("waits for room: a wave takes at most \(policy.waveSize) systems (policy cloud_wave_size)")
        }
        return parts.joined(separator: "; ")
    }

    /// Tarjan's strongly connected components, visiting nodes and edges in index order; components are
    /// returned sorted by their smallest node.
    static func stronglyConnected(_ edges: [Set<Int>]) -> [[Int]] {
        var index = [Int?](repeating: nil, count: edges.count)
        var low = [Int](repeating: 0, count: edges.count)
        var onStack = [Bool](repeating: false, count: edges.count)
        var stack: [Int] = []
        var next = 0
        var components: [[Int]] = []
        let sortedEdges = edges.map { $0.sorted() }
        for start in edges.indices where index[start] == nil {
            // Iterative depth-first search: (node, position of the next edge to follow).
            var work: [(node: Int, edge: Int)] = [(start, 0)]
            index[start] = next
            low[start] = next
            next += 1
            stack.append(start)
            onStack[start] = true
            while let (node, edge) = work.last {
                if edge < sortedEdges[node].count {
                    work[work.count - 1].edge += 1
                    let target = sortedEdges[node][edge]
                    if let targetIndex = index[target] {
                        if onStack[target] { low[node] = min(low[node], targetIndex) }
                    } else {
                        index[target] = next
                        low[target] = next
                        next += 1
                        stack.append(target)
                        onStack[target] = true
                        work.append((target, 0))
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last { low[parent.node] = min(low[parent.node], low[node]) }
                if low[node] == index[node] {
                    var component: [Int] = []
                    while let top = stack.popLast() {
                        onStack[top] = false
                        component.append(top)
                        if top == node { break }
                    }
                    components.append(component.sorted())
                }
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }
}
