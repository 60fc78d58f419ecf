/// A report section listing where sources disagree about a machine, for someone to settle: the register says
/// Windows 10, the scan says Windows 11; the register names the server `EW-SRV-DB01`, the server itself
/// `ew-db-01`.
///
/// It needs the snapshot's provenance, which the store keeps beside the estate:
/// ```swift
/// let section = SourceConflictsSection(provenance: try database.provenance(snapshotID: snapshot.id))
/// ```
public struct SourceConflictsSection: ReportSection {
    public let id = "source-conflicts"
    public let title = "Where sources disagree"
    /// Every provenance entry of the snapshot (the section keeps the conflicting ones).
    public let provenance: [Provenance]

    public init(provenance: [Provenance]) { self.provenance = provenance }

    /// One row per source per conflicting field: the asset, the field, what the source said, and whether
    /// Estate kept that value.
    public var conflicts: Table {
        var table = Table(columns: [
            .init("asset_id", title: "Asset"), .init("field", title: "Field"), .init("value", title: "Value"),
            .init("source", title: "Source"), .init("line", title: "Line", alignment: .right),
            .init("kept", title: "Kept"),
        ])
        for entry in provenance where entry.isConflict {
            table.append([
                .init(entry.assetId), .init(entry.field), .init(entry.value), .init(entry.source), .init(entry.line),
                .init(entry.isKept ? "yes" : "no"),
            ])
        }
        return table
    }

    public var tables: [(name: String, table: Table)] { [("source-conflicts", conflicts)] }

    public func markdown() -> String {
        let merged = Set(provenance.map(\.assetId)).count
        let conflicting = Set(provenance.filter(\.isConflict).map { $0.assetId + "\u{0}" + $0.field })
        var md = "## \(title)\n\n"
        md += "\(merged) assets are described by more than one source (matched by serial number, then hostname, "
        md += "then MAC address). "
        guard !conflicting.isEmpty else { return md + "Their sources agree on every field.\n" }
        md += "On \(conflicting.count) fields the sources disagree. Estate kept the value of the most trusted source "
        md += "(for facts about the machine, what was collected on it; for the council's own facts, the register); "
        md += "check the others at their source.\n\n"
        return md + conflicts.markdown() + "\n"
    }
}
