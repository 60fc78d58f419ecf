import Foundation

/// The cloud section's Markdown: headline, the first moves explained for a director, waves, refresh avoided,
/// every system's verdict, the servers, and the rules with the policy values behind them.
struct CloudNarrative {
    let cloud: CloudReadiness
    let title: String

    /// How many moves the Markdown explains one by one.
    static let topCount = 10

    var onPremises: [CloudAssessment] { cloud.systems.filter { $0.dispositionRule != "already-cloud" } }

    func markdown() -> String {
        var md = "## \(title)\n\n"
        md += "Which systems and servers could move to the cloud, what to do with each (the 7 Rs: retire, retain, "
        md += "rehost, relocate, repurchase, replatform, refactor), how big the work is, in which order, and the "
        md += "server refreshes a migration would avoid. Readiness adds up the weight of every blocker found in the "
        md += "inventory (weights and thresholds at the end); each verdict names its facts and the policy values "
        md += "behind it. Every system and server is in `cloud.csv`; the servers that move are in "
        md += "`cloud-azure-migrate.csv`, in the shape of Azure Migrate's CSV import, ready for the vendor's own "
        md += "assessment.\n\n"
        md += headline() + "\n"
        md += chart()
        md += "### The first moves\n\n" + topMoves() + "\n"
        md += waves()
        md += refresh()
        md += "### Every system not already in the cloud\n\n"
        md += systemsTable().markdown() + "\n"
        md += servers()
        md += rules()
        return md
    }

    // MARK: - Headline

    func headline() -> String {
        let systems = cloud.systems
        let inCloud = systems.count - onPremises.count
        let counts = CloudDisposition.allCases.compactMap { disposition -> String? in
            let count = onPremises.count(where: { $0.disposition == disposition })
            return count == 0 ? nil : "\(count) \(disposition.rawValue)"
        }
        let levels = CloudReadinessLevel.allCases.map { level in
            "\(onPremises.count(where: { $0.readiness == level })) \(level.rawValue)"
        }
        var md = "- Of \(systems.count) systems, \(inCloud) already run in the cloud. "
        md += "For the other \(onPremises.count): \(Self.list(counts)).\n"
        md += "- Readiness of those \(onPremises.count): \(Self.list(levels)).\n"
        let moving = systems.count(where: { $0.disposition.movesToCloud })
        md += "- \(moving) system\(moving == 1 ? "" : "s") move in \(cloud.plan.waves.count) wave"
        md +=
            "\(cloud.plan.waves.count == 1 ? "" : "s") of at most \(cloud.policy.cloud.waveSize) (policy cloud_wave_size)"
        md +=
            cloud.plan.cycles.isEmpty
            ? "; no dependency cycles.\n"
            : "; \(cloud.plan.cycles.count) dependency cycle\(cloud.plan.cycles.count == 1 ? "" : "s") (below).\n"
        let capital = cloud.refreshAvoided.filter(\.isCapital).reduce(Money.zero) { $0 + $1.cost }
        let revenue = cloud.refreshAvoided.filter { !$0.isCapital }.reduce(Money.zero) { $0 + $1.cost }
        md += "- The migration avoids the refresh of \(cloud.refreshAvoided.count) server"
        md += "\(cloud.refreshAvoided.count == 1 ? "" : "s") by \(cloud.horizonEnd): \(capital.wholePounds) capital"
        md += " and \(revenue.wholePounds) revenue.\n"
        md += "- Of the servers and VMs, \(cloud.movableServerIds.count) move to cloud servers (rehost, replatform, "
        md += "relocate) and \(cloud.retiringServerIds.count) are switched off once what runs on them has gone.\n"
        return md
    }

    func chart() -> String {
        let slices = CloudDisposition.allCases.compactMap { disposition -> (String, Int)? in
            let count = onPremises.count(where: { $0.disposition == disposition })
            return count == 0 ? nil : (disposition.rawValue, count)
        }
        guard !slices.isEmpty else { return "" }
        var md = "```mermaid\npie showData title Systems not yet in the cloud, by disposition\n"
        for (name, count) in slices { md += "    \"\(name)\" : \(count)\n" }
        return md + "```\n\n"
    }

    // MARK: - The first moves

    /// The systems that move or retire, by deadline, then criticality (highest first), then id.
    var ranked: [CloudAssessment] {
        let far = LocalDate(year: 9999, month: 12, day: 31) ?? cloud.asOf
        return onPremises.filter { $0.disposition != .retain }.sorted {
            ($0.moveBy?.date ?? far, -Self.rank($0.criticality), $0.id)
                < ($1.moveBy?.date ?? far, -Self.rank($1.criticality), $1.id)
        }
    }

    /// Higher for more critical; -1 when not recorded.
    static func rank(_ criticality: Criticality?) -> Int {
        criticality.flatMap { Criticality.allCases.firstIndex(of: $0) } ?? -1
    }

    func topMoves() -> String {
        let items = ranked.prefix(Self.topCount)
        guard !items.isEmpty else { return "Nothing to move or retire.\n" }
        var md = "Ranked by the date that presses each (contract end, server refresh, support end), then by how "
        md += "much the council depends on the system.\n\n"
        for (index, item) in items.enumerated() {
            md += "\(index + 1). \(sentence(item))\n"
        }
        if ranked.count > items.count {
            md += "\n\(ranked.count - items.count) more in the table below.\n"
        }
        return md
    }

    /// One system explained for a director: what to do, why, what to settle first, how big and when.
    func sentence(_ item: CloudAssessment) -> String {
        var text = "**\(Markdown.escape(item.name))**"
        if let level = item.criticality { text += " (\(level.rawValue))" }
        text += ": \(Markdown.escape(Self.capitalised(item.disposition.plainWords))) (\(item.disposition.rawValue))"
        text += " \(Markdown.escape(because(item)))."
        let conditions = item.blockers.filter {
            $0.weight < cloud.policy.cloud.notReadyScore && $0.kind.isSettled(by: item.disposition)
        }.prefix(3)
        if !conditions.isEmpty {
            text += item.readiness == .notReady ? " Not ready as it is; first settle: " : " First settle: "
            text += Markdown.escape(Self.list(conditions.map(\.kind.title))) + "."
        }
        var when: [String] = []
        if let effort = item.effort { when.append("effort \(effort.size.rawValue)") }
        if let wave = item.wave { when.append("wave \(wave)") }
        if let deadline = item.moveBy { when.append("pressed by \(deadline.what)") }
        if !when.isEmpty { text += " " + Markdown.escape(Self.capitalised(when.joined(separator: "; "))) + "." }
        return text
    }

    /// The reason in a director's words, from the rule that decided.
    func because(_ item: CloudAssessment) -> String {
        switch item.dispositionRule {
        case "saas":
            return item.blockers.contains { $0.kind == .customised }
                ? "because its supplier offers it as a service (its local customisations are given up)"
                : "because its supplier offers it as a service and the council has not customised it"
        case "planned-retirement": return "as the council already plans"
        case "duplicate":
            return
                "because a system already in the cloud does the same job (\(Self.after(item.reason, "served in the cloud by ")))"
        case "unused": return "because nobody appears to use it"
        case "platform-upgrade":
            let platform = item.blockers.first { $0.kind == .unsupportedPlatform || $0.kind == .extendedSupport }
            let what = platform.map { Self.upTo($0.detail, [" (unsupported)", " (extended-only)"]) } ?? "its platform"
            return "because it runs on \(what)"
        case "lift-and-shift": return "because its platform is supported and nothing ties it to the site"
        case "rebuild":
            return "because it is bespoke code with an installed client, which cannot run from cloud servers"
        case "vmware-relocation":
            return "because cloud servers cannot run its operating system, but a VMware service can"
        default: return "(\(item.reason))"
        }
    }

    // MARK: - Waves

    func waves() -> String {
        var md = "### Migration waves\n\n"
        guard !cloud.plan.waves.isEmpty else { return md + "No system moves, so there are no waves.\n\n" }
        md += "Systems that share a server move together. A system that lists another as an integration which does "
        md += "not list it back depends on it and moves after it. Among what may go next, the earliest deadline goes "
        md += "first, then the smaller effort. Each system's reason is in `cloud.csv` (`wave_reason`).\n\n"
        md += CloudTables.waves(cloud).markdown() + "\n"
        if cloud.plan.cycles.isEmpty {
            md += "No dependency cycles: every one-way dependency points to an earlier wave.\n\n"
        } else {
            md += "Dependency cycles (each moves as one, or the loop must be broken first):\n\n"
            for cycle in cloud.plan.cycles {
                md += "- \(Markdown.escape(cycle.systemIds.joined(separator: ", "))): "
                md += Markdown.escape(cycle.links.map(\.description).joined(separator: ", ")) + "\n"
            }
            md += "\n"
        }
        let links = cloud.plan.hybridLinks
        if !links.isEmpty {
            let waveOf = Dictionary(cloud.systems.map { ($0.id, $0.wave) }, uniquingKeysWith: { first, _ in first })
            let shown = links.prefix(12).map { link in
                "\(link.from) ↔ \(link.to) (waves \(waveOf[link.from].flatMap { $0 }.map(String.init) ?? "?"), \(waveOf[link.to].flatMap { $0 }.map(String.init) ?? "?"))"
            }
            md += "\(links.count) two-way integration\(links.count == 1 ? "" : "s") cross waves and need a hybrid "
            md += "link until both ends have moved: \(Markdown.escape(shown.joined(separator: ", ")))"
            md += links.count > shown.count ? " and \(links.count - shown.count) more.\n\n" : ".\n\n"
        }
        return md
    }

    // MARK: - Refresh avoided

    func refresh() -> String {
        var md = "### Server refreshes avoided\n\n"
        md += "A physical server whose refresh falls by \(cloud.horizonEnd) is avoided when it is moved or switched "
        md += "off and everything on it that moves is ready (with or without conditions); a host when all its "
        md +=
            "virtual machines leave. Each is priced at the policy's unit cost for its class (cloud_refresh_unit_cost); "
        md +=
            "an overdue refresh counts in the current year. Below the capitalisation threshold it would be revenue.\n\n"
        md += CloudTables.refreshByYear(cloud).markdown() + "\n"
        guard !cloud.refreshAvoided.isEmpty else { return md }
        var table = Table(columns: [
            .init("server", title: "Server"), .init("class", title: "Class"), .init("due", title: "Refresh due"),
            .init("year", title: "Counted in"), .init("cost", title: "Cost", alignment: .right),
            .init("kind", title: "Capital or revenue"), .init("disposition", title: "Disposition"),
            .init("wave", title: "Freed in wave", alignment: .right),
        ])
        for item in cloud.refreshAvoided {
            table.append([
                .init("\(item.name) (\(item.assetId))"), .init(item.refreshClass.rawValue), .init(item.refreshDue),
                .init(item.financialYear.description), .init(item.cost), .init(item.isCapital ? "capital" : "revenue"),
                .init(item.disposition.rawValue), .init(item.wave),
            ])
        }
        return md + table.markdown() + "\n"
    }

    // MARK: - Systems and servers

    func systemsTable() -> Table {
        var table = Table(columns: [
            .init("system", title: "System"), .init("readiness", title: "Readiness"),
            .init("disposition", title: "Disposition"), .init("effort", title: "Effort"),
            .init("wave", title: "Wave", alignment: .right), .init("blockers", title: "Blockers (weight)"),
            .init("why", title: "Why"),
        ])
        for item in onPremises {
            table.append([
                .init("\(item.name) (\(item.id))"), .init(item.readiness.rawValue), .init(item.disposition.rawValue),
                .init(item.effort?.size.rawValue), .init(item.wave),
                .init(item.blockers.map { "\($0.kind.rawValue) \($0.weight)" }.joined(separator: ", ")),
                .init(item.reason),
            ])
        }
        return table
    }

    func servers() -> String {
        let servers = cloud.servers.filter { $0.dispositionRule != "already-cloud" }
        var md = "### Servers\n\n"
        md += "A server follows its systems: it moves with them, is switched off when they retire, move to SaaS or "
        md += "are rebuilt, and stays while any of them stays. A hypervisor host is switched off when all its virtual "
        md += "machines leave. \(cloud.servers.count - servers.count) already run in the cloud.\n\n"
        md += CloudTables.dispositions(cloud, of: servers).markdown() + "\n"
        let unknown = servers.filter { $0.dispositionRule == "no-system" }
        if !unknown.isEmpty {
            md += "\(unknown.count) server\(unknown.count == 1 ? " has" : "s have") no system recorded on "
            md += "\(unknown.count == 1 ? "it" : "them") (domain controllers, file and print, management tools): "
            md += Markdown.escape(unknown.map(\.name).joined(separator: ", "))
            md += ". Record what they run to judge them; until then they keep their hosts.\n\n"
        }
        md +=
            "\(cloud.handOver.count) server\(cloud.handOver.count == 1 ? " is" : "s are") in `cloud-azure-migrate.csv`"
        md += " (Azure Migrate: Discovery and assessment, Import using CSV; storage is split into disks of at most "
        md += "\(Table.grouped(CloudHandOverServer.maximumDiskGB)) GB)."
        if !cloud.handOverGaps.isEmpty {
            let gaps = cloud.handOverGaps.map { "\($0.id) (no \($0.missing))" }.joined(separator: ", ")
            md += " Not handed over, missing a mandatory field: \(Markdown.escape(gaps))."
        }
        return md + "\n\n"
    }

    // MARK: - Rules

    func rules() -> String {
        let policy = cloud.policy.cloud
        var md = "### Rules and weights\n\n"
        md += "A system's score is the sum of its blockers' weights: 0 is ready, below \(policy.notReadyScore) "
        md += "(cloud_not_ready_score) ready with conditions, at or above it not ready; missing essential facts "
        md += "(hosting, customisation, the servers it runs on) make it unknown. Weights are set in `cloud_weights`; 0 "
        md += "switches a rule off.\n\n"
        md += CloudTables.rules(cloud.policy).markdown() + "\n"
        md += "The disposition is the first of these rules that applies:\n\n"
        for (index, rule) in CloudDispositionRules.catalogue.enumerated() {
            md += "\(index + 1). `\(rule.name)` → \(rule.disposition.rawValue): \(Markdown.escape(rule.when))\n"
        }
        md += "\nEffort: the disposition's points, the weight of each condition the move must settle (SaaS removes "
        md += "those marked above; a retirement settles none), "
        md += "\(policy.pointsPerExtraServer) per extra server, \(policy.pointsPerIntegration) per integration "
        md += "and the criticality's points (cloud_effort_points); S up to \(policy.effortSizeLimits[.s] ?? 0), "
        md += "M up to \(policy.effortSizeLimits[.m] ?? 0), L up to \(policy.effortSizeLimits[.l] ?? 0), XL above "
        md += "(cloud_effort_sizes). All cloud_* values, and whether each is Estate's default, are in the "
        md += "assumptions.\n\n"
        return md
    }

    // MARK: - Words

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return "none"
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
        }
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// The text after `marker`, or all of it.
    static func after(_ text: String, _ marker: String) -> String {
        guard let range = text.range(of: marker) else { return text }
        return String(text[range.upperBound...].prefix { $0 != ":" })
    }

    /// The text up to and including the first of `markers` found, or all of it.
    static func upTo(_ text: String, _ markers: [String]) -> String {
        for marker in markers {
            if let range = text.range(of: marker) { return String(text[..<range.upperBound]) }
        }
        return text
    }
}
