/// The column lists of the content tables, in the order the writer binds them and the reader reads them.
///
/// Parameter `?n` of an INSERT is column `n - 1` of a SELECT over the same list.
enum Columns {
    static let asset = [
        "snapshot_id", "id", "hostname", "class", "manufacturer", "model", "serial", "site", "department",
        "purchase_date", "purchase_cost_pence", "warranty_end", "os_name", "os_version", "cpu", "cores",
        "memory_bytes", "storage_bytes", "tpm_version", "last_seen", "hosting", "is_virtual", "host_id", "status",
        "source_id", "line",
    ]

    static let system = [
        "snapshot_id", "id", "name", "vendor", "product", "version", "capability", "department", "users", "hosting",
        "client", "customisation", "criticality", "data_classification", "annual_cost_pence", "contract_end",
        "vendor_offers_saas", "source_id", "line",
    ]

    static let component = ["snapshot_id", "subject", "subject_id", "kind", "product", "version", "source_id", "line"]

    static let provenance = [
        "snapshot_id", "asset_id", "field", "value", "source_id", "line", "is_kept", "is_conflict",
    ]

    static let reject = [
        "snapshot_id", "source_id", "file", "line", "column_number", "field", "reason", "raw",
    ]

    /// `INSERT INTO table (a, b) VALUES (?1, ?2)`.
    static func insert(into table: String, _ columns: [String]) -> String {
        let parameters = (1...columns.count).map { "?\($0)" }.joined(separator: ", ")
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(parameters))"
    }

    /// An insert that replaces every column of the row with the same `(snapshot_id, id)`, keeping its place
    /// in ingest order.
    static func upsert(into table: String, _ columns: [String]) -> String {
        let updates = columns.filter { $0 != "snapshot_id" && $0 != "id" }.map { "\($0) = excluded.\($0)" }
        return insert(into: table, columns)
            + " ON CONFLICT (snapshot_id, id) DO UPDATE SET \(updates.joined(separator: ", "))"
    }

    /// `SELECT a, b FROM table WHERE snapshot_id = ?1 ORDER BY seq`, in ingest order; with `seqs`, only the rows
    /// on its side of `?2`.
    static func select(from table: String, _ columns: [String], seqs: SeqSide? = nil) -> String {
        let side =
            switch seqs {
            case nil: ""
            case .below: " AND seq < ?2"
            case .from: " AND seq >= ?2"
            }
        return "SELECT \(columns.joined(separator: ", ")) FROM \(table) WHERE snapshot_id = ?1\(side) ORDER BY seq"
    }

    /// The rows of a snapshot before a `seq`, or from it on.
    enum SeqSide {
        case below(Int64)
        case from(Int64)

        var seq: Int64 {
            switch self {
            case .below(let seq), .from(let seq): seq
            }
        }
    }
}
