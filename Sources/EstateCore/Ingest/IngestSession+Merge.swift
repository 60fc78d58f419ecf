import Foundation

/// What ``IngestSession/finish(into:)`` did: the notes to show, and the conflicts it found.
public struct MergeSummary: Sendable {
    /// Lines for the ingest summary: how many records merged into how many assets, and the first conflicts.
    public var notes: [String]
    /// Every provenance entry of a field whose sources disagree.
    public var conflicts: [Provenance]
    /// How many assets several sources described.
    public var mergedAssetCount: Int

    public init(notes: [String] = [], conflicts: [Provenance] = [], mergedAssetCount: Int = 0) {
        self.notes = notes
        self.conflicts = conflicts
        self.mergedAssetCount = mergedAssetCount
    }
}

/// Host-shaped records and SBOM systems held until the end of an ingest call, and the index of what the
/// registers streamed so that a scanned machine can find its register entry.
///
/// Registers can hold a million rows, so they stream straight to the store and cost the merge nothing while
/// they do; only when host-shaped records are waiting does ``IngestSession/finish(into:)`` read the written
/// assets' identities back and index those whose serial or hostname a waiting record has. Host-shaped
/// sources are few records per file and wait here.
struct MergeBuffer {
    struct PendingHost {
        var record: HostRecord
        var source: Int64
        var kind: SourceKind
        var order: Int
    }

    struct PendingSystem {
        var software: SystemSoftware
        var source: Int64
    }

    /// Where a register's asset came from.
    struct RegisterEntry {
        var id: String
        var source: Int64
        var line: Int
    }

    var hosts: [PendingHost] = []
    var systems: [PendingSystem] = []
    var sourcePaths: [Int64: String] = [:]
    var bySerial: [String: RegisterEntry] = [:]
    var byHostname: [String: RegisterEntry] = [:]
    /// Systems the registers gave, by folded name, so an SBOM of `Civica CX` finds system `APP002`.
    var systemNames: [String: String] = [:]

    /// Indexes the written assets whose serial or hostname one of `keys` has.
    mutating func indexRegisters<Sink: IngestSink>(matching keys: [AssetMerger.Keys], in sink: inout Sink) throws {
        let serials = Set(keys.compactMap(\.serial))
        let hostnames = Set(keys.compactMap(\.hostname))
        guard !serials.isEmpty || !hostnames.isEmpty else { return }
        try sink.forEachAssetIdentity { identity in
            let entry = RegisterEntry(id: identity.id, source: identity.source, line: identity.line)
            if let serial = identity.serial.map(HeaderKey.fold), serials.contains(serial), bySerial[serial] == nil {
                bySerial[serial] = entry
            }
            if let hostname = HostIdentity.hostnameKey(identity.hostname), hostnames.contains(hostname),
                byHostname[hostname] == nil
            {
                byHostname[hostname] = entry
            }
        }
    }

    mutating func registered(_ system: System) {
        for name in [system.name, system.product ?? ""] {
            let key = HeaderKey.fold(name)
            if !key.isEmpty, systemNames[key] == nil { systemNames[key] = system.id }
        }
    }

    func path(_ source: Int64) -> String { sourcePaths[source] ?? "?" }
}

extension IngestSession {
    /// Reads a host-shaped file into the merge buffer; its rejects go to the sink now.
    mutating func readHostShaped<Sink: IngestSink>(
        _ file: InputFile, format: InputFormat, source: Int64, counts: inout Counts, sink: inout Sink
    ) throws -> [String] {
        let batch = try Importers.read(file, format: format, mapping: mapping)
        for reject in batch.rejects { try Self.reject(reject, source: source, counts: &counts, sink: &sink) }
        let kind = SourceKind(format)
        for record in batch.hosts {
            merging.hosts.append(
                MergeBuffer.PendingHost(record: record, source: source, kind: kind, order: merging.hosts.count))
        }
        for software in batch.systems {
            merging.systems.append(MergeBuffer.PendingSystem(software: software, source: source))
        }
        counts.accepted += batch.acceptedCount
        return batch.notes
    }

    /// Merges the host-shaped records of every file read so far and writes them, with their components and
    /// provenance; then the systems SBOMs describe. Call it once, after the last file of the call.
    ///
    /// A machine several sources describe becomes one asset (see ``AssetMerger``): merged into the register's
    /// asset when a register lists it (by serial number, then hostname, then asset id), else a new asset named
    /// by its asset tag, else its serial number, else its hostname. Its components are written once each.
    /// - Throws: Errors the sink throws.
    public mutating func finish<Sink: IngestSink>(into sink: inout Sink) throws -> MergeSummary {
        let hosts = merging.hosts
        merging.hosts = []
        var notes: [String] = []
        var conflicts: [Provenance] = []
        var mergedAssets = 0
        var intoRegister = 0
        var duplicateComponents = 0
        if !hosts.isEmpty {
            try merging.indexRegisters(matching: hosts.map { AssetMerger.Keys($0.record) }, in: &sink)
        }
        for bucket in try buckets(of: hosts, in: &sink) {
            var contributions = bucket.members.map { pending in
                AssetMerger.Contribution(
                    asset: pending.record.asset, kind: pending.kind, source: pending.source,
                    path: merging.path(pending.source), line: pending.record.line, order: pending.order)
            }
            let id: String
            if let register = bucket.register, let stored = try sink.storedAsset(id: register.id) {
                contributions.insert(
                    AssetMerger.Contribution(
                        asset: stored, kind: .register, source: register.source, path: merging.path(register.source),
                        line: register.line, order: -1), at: 0)
                id = register.id
            } else {
                id = bucket.id
            }
            let result = AssetMerger.merge(contributions, id: id)
            if bucket.register != nil, contributions.first?.order == -1 {
                try sink.replaceAsset(result.asset)
                intoRegister += 1
            } else {
                let primary = contributions.min { $0.kind.machineRank < $1.kind.machineRank } ?? contributions[0]
                try sink.add(result.asset, source: primary.source, line: primary.line)
            }
            if contributions.count > 1 { mergedAssets += 1 }
            for (entry, source) in result.provenance {
                try sink.add(entry, source: source)
                if entry.isConflict { conflicts.append(entry) }
            }
            duplicateComponents += try writeComponents(of: bucket.members, subject: .asset, id: id, into: &sink)
        }
        duplicateComponents += try finishSystems(into: &sink)
        if mergedAssets > 0 {
            notes.append(
                "\(mergedAssets) machines are described by more than one source and were merged into one asset each (\(intoRegister) of them into the register's asset)"
            )
        }
        notes += Self.conflictNotes(conflicts)
        if duplicateComponents > 0 {
            notes.append("\(duplicateComponents) installed products listed by more than one source were stored once")
        }
        return MergeSummary(notes: notes, conflicts: conflicts, mergedAssetCount: mergedAssets)
    }

    /// Records that describe one machine, and the asset they become.
    struct Bucket {
        var members: [MergeBuffer.PendingHost]
        /// The register asset they merge into, when a register lists the machine.
        var register: MergeBuffer.RegisterEntry?
        /// The id of the new asset when no register lists it.
        var id: String
    }

    /// Groups the records by machine, then joins groups that land on the same asset.
    func buckets<Sink: IngestSink>(of hosts: [MergeBuffer.PendingHost], in sink: inout Sink) throws -> [Bucket] {
        let keys = hosts.map { AssetMerger.Keys($0.record) }
        var buckets: [Bucket] = []
        var byTarget: [String: Int] = [:]
        for group in AssetMerger.groups(keys) {
            let members = group.map { hosts[$0] }
            let memberKeys = group.map { keys[$0] }
            var register = try registerEntry(for: memberKeys, in: &sink)
            let id = register?.id ?? newId(for: members, keys: memberKeys)
            if register == nil { register = try seenEntry(id, in: &sink) }
            let target = (register == nil ? "new:" : "register:") + id
            if let index = byTarget[target] {
                buckets[index].members += members
            } else {
                byTarget[target] = buckets.count
                buckets.append(Bucket(members: members, register: register, id: id))
            }
        }
        return buckets
    }

    /// The register asset a machine's records name: by serial number, then hostname, then an asset id a
    /// register already used.
    func registerEntry<Sink: IngestSink>(for keys: [AssetMerger.Keys], in sink: inout Sink) throws
        -> MergeBuffer.RegisterEntry?
    {
        for key in keys { if let serial = key.serial, let entry = merging.bySerial[serial] { return entry } }
        for key in keys { if let hostname = key.hostname, let entry = merging.byHostname[hostname] { return entry } }
        for key in keys { if let id = key.explicitId, let entry = try seenEntry(id, in: &sink) { return entry } }
        return nil
    }

    /// The register asset that already holds `id` in this session, if any: a host named like a register's
    /// asset is that asset.
    func seenEntry<Sink: IngestSink>(_ id: String, in sink: inout Sink) throws -> MergeBuffer.RegisterEntry? {
        guard let origin = try sink.origin(ofAsset: id) else { return nil }
        return MergeBuffer.RegisterEntry(id: id, source: origin.source, line: origin.line)
    }

    /// A new asset's id: its asset tag, else its serial number, else its hostname, as the most trusted
    /// source writes them.
    func newId(for members: [MergeBuffer.PendingHost], keys: [AssetMerger.Keys]) -> String {
        let byBusiness = members.sorted { ($0.kind.businessRank, $0.order) < ($1.kind.businessRank, $1.order) }
        if let tag = byBusiness.lazy.compactMap({ HostIdentity.clean($0.record.asset.id) }).first { return tag }
        let byMachine = members.sorted { ($0.kind.machineRank, $0.order) < ($1.kind.machineRank, $1.order) }
        if let serial = byMachine.lazy.compactMap({ HostIdentity.serial($0.record.asset.serial) }).first {
            return serial
        }
        if let hostname = byMachine.lazy.compactMap({ HostIdentity.clean($0.record.asset.hostname) }).first {
            return hostname
        }
        let mac = keys.lazy.flatMap(\.macs).first
        return mac.map { "mac-\($0)" } ?? "unnamed-\(members[0].order + 1)"
    }

    /// Writes each distinct component once (the first by trust), at most one operating system per asset;
    /// returns how many duplicates were dropped.
    func writeComponents<Sink: IngestSink>(
        of members: [MergeBuffer.PendingHost], subject: Component.Subject, id: String, into sink: inout Sink
    ) throws -> Int {
        var seen = Set<String>()
        var hasOperatingSystem = false
        var dropped = 0
        let ordered = members.sorted { ($0.kind.machineRank, $0.order) < ($1.kind.machineRank, $1.order) }
        for member in ordered {
            for var component in member.record.components {
                if component.kind == .operatingSystem {
                    if hasOperatingSystem {
                        dropped += 1
                        continue
                    }
                    hasOperatingSystem = true
                }
                let key = HeaderKey.fold(component.product) + "|" + HeaderKey.fold(component.version ?? "")
                guard seen.insert(key).inserted else {
                    dropped += 1
                    continue
                }
                (component.subject, component.subjectId) = (subject, id)
                try sink.add(component, source: member.source, line: member.record.line)
            }
        }
        return dropped
    }

    /// Writes the systems SBOMs describe, or attaches their components to the register's system of the same
    /// name or id; returns how many duplicate components were dropped.
    mutating func finishSystems<Sink: IngestSink>(into sink: inout Sink) throws -> Int {
        let pending = merging.systems
        merging.systems = []
        var created: [String: String] = [:]
        var order: [String] = []
        var members: [String: [MergeBuffer.PendingHost]] = [:]
        for (index, item) in pending.enumerated() {
            let system = item.software.system
            let key = HeaderKey.fold(system.name)
            let id =
                merging.systemNames[key] ?? (systemSeen[system.id] != nil ? system.id : nil) ?? created[key]
                ?? system.id
            if merging.systemNames[key] == nil, systemSeen[id] == nil, created[key] == nil {
                created[key] = id
                try sink.add(system, source: item.source, line: item.software.line)
                systemSeen[id] = Sighting(path: merging.path(item.source), line: item.software.line)
            }
            if members[id] == nil { order.append(id) }
            let record = HostRecord(components: item.software.components, line: item.software.line)
            members[id, default: []].append(
                MergeBuffer.PendingHost(record: record, source: item.source, kind: .softwareList, order: index))
        }
        var dropped = 0
        for id in order {
            dropped += try writeComponents(of: members[id] ?? [], subject: .system, id: id, into: &sink)
        }
        return dropped
    }

    /// The first twenty conflicts as readable lines, and how many more there are.
    static func conflictNotes(_ conflicts: [Provenance]) -> [String] {
        var byField: [String: [Provenance]] = [:]
        var order: [String] = []
        for entry in conflicts {
            let key = entry.assetId + "\u{0}" + entry.field
            if byField[key] == nil { order.append(key) }
            byField[key, default: []].append(entry)
        }
        var notes: [String] = []
        for key in order.prefix(20) {
            guard let entries = byField[key], let first = entries.first else { continue }
            var values: [String] = []
            var places: [String: [String]] = [:]
            for entry in entries {
                if places[entry.value] == nil { values.append(entry.value) }
                places[entry.value, default: []].append("\(entry.source):\(entry.line)")
            }
            let said = values.map { "\"\($0)\" (\(places[$0]?.joined(separator: ", ") ?? ""))" }
            let kept = entries.first(where: \.isKept).map { "; kept \"\($0.value)\"" } ?? ""
            notes.append("conflict: asset \(first.assetId) \(first.field): \(said.joined(separator: " vs "))\(kept)")
        }
        if order.count > 20 { notes.append("… and \(order.count - 20) more conflicts (the report lists them all)") }
        return notes
    }
}
