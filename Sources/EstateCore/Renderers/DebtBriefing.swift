/// The debt section's ranked briefing: each system with the servers it runs on, and the assets no system
/// lists grouped by class, so one server or laptop never crowds out a line-of-business system.
struct DebtBriefing {
    /// One line of the briefing.
    struct Entry {
        var name: String
        /// `system APP008, critical` or `12 servers`.
        var label: String
        /// A system's score, or the rounded mean score of a group's members.
        var score: Int
        /// A system's criticality, for ties (groups have none).
        var criticality: Criticality?
        var principal: Money
        var interestPerYear: Money
        var sentence: String
    }

    /// Every entry, worst first (score, then principal plus a year's interest, then name).
    let entries: [Entry]

    /// Works out every entry once.
    /// - Complexity: O(*n* log *n*) in debt items.
    init(analysis: DebtAnalysis) {
        var bySystem: [String: [Int]] = [:]
        var unlisted: [AssetClass: [Int]] = [:]
        // Items are read in place: copying one out retains every string of its findings.
        let items = analysis.items
        for index in items.indices where items[index].subject.kind == .asset {
            let systems = analysis.systemsByAsset[items[index].subject.id] ?? []
            if systems.isEmpty {
                unlisted[items[index].assetClass ?? .other, default: []].append(index)
            } else {
                // A system an asset names twice still lists the asset once.
                for system in systems where bySystem[system]?.last != index {
                    bySystem[system, default: []].append(index)
                }
            }
        }
        var entries: [Entry] = []
        let allIn = Dictionary(
            analysis.bySystem().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for index in items.indices where items[index].subject.kind == .system && items[index].score > 0 {
            let item = items[index]
            let total = allIn[item.subject.id]
            entries.append(
                Entry(
                    name: item.name,
                    label: "system \(item.subject.id)\(item.criticality.map { ", \($0.rawValue)" } ?? "")",
                    score: item.score, criticality: item.criticality, principal: total?.principal ?? item.principal,
                    interestPerYear: total?.interestPerYear ?? item.interestPerYear,
                    sentence: Self.systemSentence(
                        item, total: total,
                        remedies: {
                            Self.serverRemedies(bySystem[item.subject.id] ?? [], in: analysis.items)
                        })))
        }
        for (assetClass, members) in unlisted {
            entries.append(Self.groupEntry(assetClass, members, analysis: analysis))
        }
        self.entries = entries.sorted(by: Self.worseFirst)
    }

    /// Score, then criticality, then principal plus a year's interest, then name.
    static func worseFirst(_ lhs: Entry, _ rhs: Entry) -> Bool {
        if lhs.score != rhs.score { return lhs.score > rhs.score }
        let left = lhs.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1
        let right = rhs.criticality.map { Criticality.allCases.firstIndex(of: $0) ?? 0 } ?? -1
        if left != right { return left > right }
        let leftMoney = lhs.principal + lhs.interestPerYear
        let rightMoney = rhs.principal + rhs.interestPerYear
        return leftMoney != rightMoney ? leftMoney > rightMoney : lhs.name < rhs.name
    }

    /// The entries with the most money at stake (principal plus a year's interest) that `shown` leaves out.
    func largest(_ count: Int, besides shown: [Entry]) -> [Entry] {
        let names = Set(shown.map(\.name))
        return entries.filter { !names.contains($0.name) }.sorted {
            ($1.principal + $1.interestPerYear, $0.name) < ($0.principal + $0.interestPerYear, $1.name)
        }.prefix(count).map { $0 }
    }

    static func systemSentence(_ item: DebtItem, total: DebtSystemTotal?, remedies: () -> String) -> String {
        let clauses = item.findings.filter { $0.points > 0 && $0.factor != .exposure }.map(\.summary)
        var text = "It " + Self.clauses(clauses) + "."
        let principal = total?.principal ?? item.principal
        let interest = total?.interestPerYear ?? item.interestPerYear
        if let remedy = item.remedy {
            text += " The fix is to \(remedy.kind.phrase)"
            if let total, total.assetPrincipal > .zero {
                text += " and put right the servers it runs on"
            }
            text += ", about \(principal.wholePounds)"
        } else if principal > .zero {
            text += " The fix is on the servers it runs on (\(remedies())), about \(principal.wholePounds)"
        } else {
            text += " Nothing to pay to fix it: the work is in the score"
        }
        if interest > .zero {
            let kinds = item.interest.map { Self.words($0.kind.rawValue) }
            let extra = total.map { $0.assetInterestPerYear > .zero } ?? false ? kinds + ["its servers' costs"] : kinds
            text += "; leaving it costs about \(interest.wholePounds) a year (\(Self.list(extra)))."
        } else {
            text += "."
        }
        return text
    }

    /// `EWKELEC01: virtualisation; EWKSQLCL01: replacement`: the fixes of the assets a system lists.
    private static func serverRemedies(_ positions: [Int], in items: [DebtItem]) -> String {
        positions.compactMap { index in items[index].remedy.map { "\(items[index].name): \($0.kind.noun)" } }
            .sorted().joined(separator: "; ")
    }

    /// The entry of the assets of one class no system lists (`positions` into the analysis's items), in one pass.
    static func groupEntry(_ assetClass: AssetClass, _ positions: [Int], analysis: DebtAnalysis) -> Entry {
        let count = positions.count
        var scores = 0
        var principal = Money.zero
        var interest = Money.zero
        let counted: [(factor: DebtFactor, one: String, many: String)] = [
            (
                .support, "runs software that is out of support or close to it",
                "run software that is out of support or close to it"
            ),
            (.age, "is past its replacement date", "are past their replacement date"),
            (.specification, "falls below the minimum specification", "fall below the minimum specification"),
            (
                .unused, "has not been seen for over \(analysis.policy.staleAfterDays) days",
                "have not been seen for over \(analysis.policy.staleAfterDays) days"
            ),
            (.virtualisation, "is a physical server kept for one system", "are physical servers kept for one system"),
        ]
        var numbers = [Int](repeating: 0, count: counted.count)
        var remedies: [DebtRemedy.Kind: Int] = [:]
        // Items are read in place: copying one out retains every string of its findings.
        let items = analysis.items
        for index in positions {
            scores += items[index].score
            principal += items[index].principal
            interest += items[index].interestPerYear
            let findings = items[index].findings
            for (offset, entry) in counted.enumerated()
            where findings.indices.contains(where: { findings[$0].factor == entry.factor && findings[$0].points > 0 }) {
                numbers[offset] += 1
            }
            if let kind = items[index].remedy?.kind { remedies[kind, default: 0] += 1 }
        }
        let mean = (scores * 2 + count) / (2 * max(1, count))
        let parts = zip(counted, numbers).filter { $0.1 > 0 }.map { entry, number in
            "\(Table.grouped(Int64(number))) \(number == 1 ? entry.one : entry.many)"
        }
        let names = count <= 12 ? positions.map { analysis.items[$0].name }.sorted() : []
        let examples =
            count <= 4
            ? " (\(names.joined(separator: ", ")))"
            : count <= 12 ? " (\(names.prefix(3).joined(separator: ", ")) and \(count - 3) more)" : ""
        var sentence = "Of these\(examples), " + Self.list(parts) + "."
        if let (kind, most) = remedies.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }) {
            sentence += " The fix is mostly to \(kind.phrase.replacingFirstIt) (\(Table.grouped(Int64(most))))"
            sentence += ", about \(principal.wholePounds) in all"
        }
        sentence +=
            interest > .zero ? "; leaving them costs about \(interest.wholePounds) a year." : "."
        return Entry(
            name: "\(Self.plural(assetClass, count)) no system lists",
            label: "\(Table.grouped(Int64(count))) asset\(count == 1 ? "" : "s")",
            score: mean, criticality: nil, principal: principal, interestPerYear: interest, sentence: sentence)
    }

    static func plural(_ assetClass: AssetClass, _ count: Int) -> String {
        let name: String
        switch assetClass {
        case .thinClient: name = "thin clients"
        case .storage: name = "storage arrays"
        case .network: name = "network devices"
        case .virtualMachine: name = "virtual machines"
        case .other: name = "other assets"
        default: name = assetClass.rawValue + "s"
        }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// `extra-support` → `extra support`.
    static func words(_ token: String) -> String { String(token.map { $0 == "-" ? " " : $0 }) }

    /// `a; b; and c`: clauses that may contain commas themselves.
    static func clauses(_ parts: [String]) -> String {
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        if parts.count == 2 { return "\(parts[0]); and \(last)" }
        return parts.dropLast().joined(separator: "; ") + "; and " + last
    }

    /// `a, b and c`.
    static func list(_ parts: [String]) -> String {
        guard parts.count > 1, let last = parts.last else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }
}

extension String {
    /// `replace it` → `replace them`, `update its software` → `update their software`: a remedy for a group.
    fileprivate var replacingFirstIt: String {
        split(separator: " ").map { word in word == "it" ? "them" : word == "its" ? "their" : String(word) }
            .joined(separator: " ")
    }
}
