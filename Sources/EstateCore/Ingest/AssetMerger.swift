/// Merges what several sources say about one machine into one asset, and keeps who said what.
///
/// The rule, in Estate's terms:
/// - Sources are matched by serial number; where one of two has no serial, by hostname (first label,
///   any case); where hostnames are missing too, by a shared MAC address. Two records with different serial
///   numbers are never the same machine, whatever their hostnames.
/// - For each field the kept value comes from the most trusted source that gives one: facts about the machine
///   (OS, CPU, memory, serial, model) from what was collected on it, then management consoles, then
///   registers; the council's own facts (class, purchase, warranty, site, department, status) from the
///   register first. `last_seen` keeps the latest date.
/// - Sources that disagree about a field (Windows 10 against Windows 11; 8 GB against 16 GB) make a conflict.
///   Differences in spelling are not conflicts: `Ubuntu` agrees with `Ubuntu 22.04.4 LTS`, `Dell Inc.` with
///   `Dell`, `22.04` with `22.04.4`, and sizes within 15% agree (an OS sees less memory than is fitted).
enum AssetMerger {
    /// One source's description of the machine.
    struct Contribution: Sendable {
        var asset: Asset
        var kind: SourceKind
        var source: Int64
        var path: String
        var line: Int
        /// Arrival order, to break ties between sources of the same kind.
        var order: Int
    }

    /// The merged asset, with what each source said about each field.
    struct Result: Sendable {
        var asset: Asset
        /// Each source's value for each field it gave, with the source's handle; empty for a single source.
        var provenance: [(entry: Provenance, source: Int64)]
        /// The fields whose sources disagree, in field order.
        var conflicts: [AssetField]
    }

    /// Merges `contributions` (at least one) into the asset `id`.
    static func merge(_ contributions: [Contribution], id: String) -> Result {
        var merged = Asset(id: id, assetClass: .other)
        var provenance: [(entry: Provenance, source: Int64)] = []
        var conflicts: [AssetField] = []
        for field in MergeField.all {
            let stated = contributions.compactMap { contribution in
                field.text(contribution.asset).map { (contribution, $0) }
            }
            guard !stated.isEmpty else { continue }
            let ranked = stated.sorted { lhs, rhs in
                let left = field.isMachineFact ? lhs.0.kind.machineRank : lhs.0.kind.businessRank
                let right = field.isMachineFact ? rhs.0.kind.machineRank : rhs.0.kind.businessRank
                return left != right ? left < right : lhs.0.order < rhs.0.order
            }
            var kept = ranked[0]
            if field.field == .lastSeen {
                kept =
                    ranked.max {
                        ($0.0.asset.lastSeen ?? .init(daysSinceEpoch: 0))
                            < ($1.0.asset.lastSeen ?? .init(daysSinceEpoch: 0))
                    } ?? kept
            }
            field.copy(&merged, kept.0.asset)
            let isConflict =
                field.field != .lastSeen && ranked.contains { !field.agree(kept.1, $0.1) }
            if isConflict { conflicts.append(field.field) }
            guard contributions.count > 1 else { continue }
            for (contribution, value) in ranked {
                let entry = Provenance(
                    assetId: id, field: field.field.rawValue, value: value, source: contribution.path,
                    line: contribution.line, isKept: contribution.order == kept.0.order, isConflict: isConflict)
                provenance.append((entry, contribution.source))
            }
        }
        return Result(asset: merged, provenance: provenance, conflicts: conflicts)
    }

    /// The keys a host record is matched by.
    struct Keys: Sendable, Hashable {
        var explicitId: String?
        var serial: String?
        var hostname: String?
        var macs: [String]

        init(_ record: HostRecord) {
            explicitId = HostIdentity.clean(record.asset.id)
            serial = HostIdentity.serialKey(record.asset.serial)
            hostname = HostIdentity.hostnameKey(record.asset.hostname)
            macs = record.macAddresses.compactMap(HostIdentity.mac)
        }
    }

    /// Groups records that describe the same machine; each group lists record indices in order, and groups
    /// come in the order of their first record.
    ///
    /// - Complexity: O(*n* α(*n*)) with dictionary lookups per key.
    static func groups(_ keys: [Keys]) -> [[Int]] {
        var parent = Array(keys.indices)
        var serials = keys.map { Set($0.serial.map { [$0] } ?? []) }
        var hostnames = keys.map { Set($0.hostname.map { [$0] } ?? []) }
        var byId: [String: Int] = [:]
        var bySerial: [String: Int] = [:]
        var byHostname: [String: Int] = [:]
        var byMac: [String: Int] = [:]

        func root(_ index: Int) -> Int {
            var node = index
            while parent[node] != node {
                parent[node] = parent[parent[node]]
                node = parent[node]
            }
            return node
        }
        func serialsAgree(_ a: Int, _ b: Int) -> Bool {
            serials[a].isEmpty || serials[b].isEmpty || !serials[a].isDisjoint(with: serials[b])
        }
        func hostnamesAgree(_ a: Int, _ b: Int) -> Bool {
            hostnames[a].isEmpty || hostnames[b].isEmpty || !hostnames[a].isDisjoint(with: hostnames[b])
        }
        func join(_ a: Int, _ b: Int) {
            let (ra, rb) = (root(a), root(b))
            guard ra != rb else { return }
            let (keep, drop) = ra < rb ? (ra, rb) : (rb, ra)
            parent[drop] = keep
            serials[keep].formUnion(serials[drop])
            hostnames[keep].formUnion(hostnames[drop])
        }

        for (index, key) in keys.enumerated() {
            if let id = key.explicitId, let other = byId[id] { join(other, index) }
            if let serial = key.serial, let other = bySerial[serial] { join(other, index) }
            if let hostname = key.hostname, let other = byHostname[hostname], serialsAgree(root(other), root(index)) {
                join(other, index)
            }
            for mac in key.macs {
                guard let other = byMac[mac] else { continue }
                let (ro, ri) = (root(other), root(index))
                if serialsAgree(ro, ri), hostnamesAgree(ro, ri) { join(other, index) }
            }
            let current = root(index)
            if let id = key.explicitId, byId[id] == nil { byId[id] = current }
            if let serial = key.serial, bySerial[serial] == nil { bySerial[serial] = current }
            if let hostname = key.hostname, byHostname[hostname] == nil { byHostname[hostname] = current }
            for mac in key.macs where byMac[mac] == nil { byMac[mac] = current }
        }
        var order: [Int] = []
        var members: [Int: [Int]] = [:]
        for index in keys.indices {
            let group = root(index)
            if members[group] == nil { order.append(group) }
            members[group, default: []].append(index)
        }
        return order.map { members[$0] ?? [] }
    }
}

/// One asset field as the merger handles it: how to read it as text, copy it, and tell whether two sources agree.
struct MergeField: Sendable {
    let field: AssetField
    /// Facts about the machine itself, best taken from the machine; the rest are the council's own facts.
    let isMachineFact: Bool
    let text: @Sendable (Asset) -> String?
    let copy: @Sendable (inout Asset, Asset) -> Void
    let agree: @Sendable (String, String) -> Bool

    static let all: [MergeField] = [
        text(
            .hostname, machine: true, \.hostname,
            agree: { HostIdentity.hostnameKey($0) == HostIdentity.hostnameKey($1) }),
        MergeField(
            field: .assetClass, isMachineFact: false,
            text: { $0.assetClass == .other ? nil : $0.assetClass.rawValue },
            copy: { $0.assetClass = $1.assetClass }, agree: classesAgree),
        text(.manufacturer, machine: true, \.manufacturer, agree: manufacturersAgree),
        text(.model, machine: true, \.model, agree: namesAgree),
        text(.serial, machine: true, \.serial, agree: { HostIdentity.serialKey($0) == HostIdentity.serialKey($1) }),
        text(.site, machine: false, \.site, agree: namesAgree),
        text(.department, machine: false, \.department, agree: namesAgree),
        MergeField(
            field: .purchaseDate, isMachineFact: false, text: { $0.purchaseDate?.description },
            copy: { $0.purchaseDate = $1.purchaseDate }, agree: ==),
        MergeField(
            field: .purchaseCost, isMachineFact: false, text: { $0.purchaseCost?.plain },
            copy: { $0.purchaseCost = $1.purchaseCost }, agree: ==),
        MergeField(
            field: .warrantyEnd, isMachineFact: false, text: { $0.warrantyEnd?.description },
            copy: { $0.warrantyEnd = $1.warrantyEnd }, agree: ==),
        text(.osName, machine: true, \.osName, agree: namesAgree),
        text(.osVersion, machine: true, \.osVersion, agree: versionsAgree),
        text(.cpu, machine: true, \.cpu, agree: namesAgree),
        MergeField(
            field: .cores, isMachineFact: true, text: { $0.cores.map(String.init) }, copy: { $0.cores = $1.cores },
            agree: ==),
        MergeField(
            field: .memory, isMachineFact: true, text: { $0.memoryBytes.map(sizeText) },
            copy: { $0.memoryBytes = $1.memoryBytes }, agree: sizesAgree),
        MergeField(
            field: .storage, isMachineFact: true, text: { $0.storageBytes.map(sizeText) },
            copy: { $0.storageBytes = $1.storageBytes }, agree: sizesAgree),
        text(.tpm, machine: true, \.tpmVersion, agree: versionsAgree),
        MergeField(
            field: .lastSeen, isMachineFact: true, text: { $0.lastSeen?.description },
            copy: { $0.lastSeen = $1.lastSeen }, agree: ==),
        MergeField(
            field: .hosting, isMachineFact: false, text: { $0.hosting?.rawValue }, copy: { $0.hosting = $1.hosting },
            agree: ==),
        MergeField(
            field: .isVirtual, isMachineFact: true, text: { $0.isVirtual.map { $0 ? "true" : "false" } },
            copy: { $0.isVirtual = $1.isVirtual }, agree: ==),
        text(
            .hostId, machine: false, \.hostId, agree: { HostIdentity.hostnameKey($0) == HostIdentity.hostnameKey($1) }),
        MergeField(
            field: .status, isMachineFact: false, text: { $0.status?.rawValue }, copy: { $0.status = $1.status },
            agree: ==),
    ]

    static func text(
        _ field: AssetField, machine: Bool, _ path: any WritableKeyPath<Asset, String?> & Sendable,
        agree: @escaping @Sendable (String, String) -> Bool
    ) -> MergeField {
        MergeField(
            field: field, isMachineFact: machine, text: { HostIdentity.clean($0[keyPath: path]) },
            copy: { $0[keyPath: path] = $1[keyPath: path] }, agree: agree)
    }

    /// Names agree when one folded form contains the other: `Ubuntu` and `Ubuntu 22.04.4 LTS`.
    static func namesAgree(_ lhs: String, _ rhs: String) -> Bool {
        let (a, b) = (HeaderKey.fold(lhs), HeaderKey.fold(rhs))
        return a == b || (!a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a)))
    }

    /// Versions agree when one folded form starts the other: `22.04` and `22.04.4 LTS`, not `7` and `17`.
    static func versionsAgree(_ lhs: String, _ rhs: String) -> Bool {
        let (a, b) = (HeaderKey.fold(lhs), HeaderKey.fold(rhs))
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    static func manufacturersAgree(_ lhs: String, _ rhs: String) -> Bool {
        func vendor(_ text: String) -> String {
            let folded = HeaderKey.fold(text)
            if folded.contains("hewlett") || ["hp", "hpe", "hpinc"].contains(folded) { return "hp" }
            if folded.hasPrefix("lenovo") { return "lenovo" }
            if folded.hasPrefix("dell") { return "dell" }
            return folded
        }
        return namesAgree(vendor(lhs), vendor(rhs))
    }

    static func classesAgree(_ lhs: String, _ rhs: String) -> Bool {
        let pair: Set<String> = [lhs, rhs]
        return lhs == rhs || pair == [AssetClass.server.rawValue, AssetClass.virtualMachine.rawValue]
    }

    /// Sizes agree within 15% of the larger.
    static func sizesAgree(_ lhs: String, _ rhs: String) -> Bool {
        guard let a = Int64(lhs.prefix { $0.isNumber }), let b = Int64(rhs.prefix { $0.isNumber }) else {
            return lhs == rhs
        }
        let larger = max(a, b)
        // Within 15% of the larger: difference × 100 ≤ larger × 15, worked without multiplying so no size overflows.
        return larger - min(a, b) <= larger / 20 * 3 + larger % 20 * 3 / 20
    }

    /// `17179869184 bytes (16.0 GiB)`: exact for the record, readable for people.
    static func sizeText(_ bytes: Int64) -> String {
        let gibibyte: Int64 = 1 << 30
        let tenths = bytes / gibibyte * 10 + bytes % gibibyte * 10 / gibibyte
        return "\(bytes) bytes (\(tenths / 10).\(tenths % 10) GiB)"
    }
}
