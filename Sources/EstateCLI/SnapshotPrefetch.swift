import EstateCore
import EstateStore

/// A snapshot read on a second connection while the inventory files are checked against the database (hashing
/// them takes about a second for a million assets), on the chance, usual for a report, that they have not
/// changed and it is the snapshot wanted.
final class SnapshotPrefetch: Sendable {
    /// The snapshot being read.
    let snapshotID: Int64
    private let cancellation: ReadCancellation
    private let read: Later<Estate?>

    /// Starts reading snapshot `snapshotID` of the database at `path` on another thread.
    init(database path: String, snapshotID: Int64) {
        let cancellation = ReadCancellation()
        self.snapshotID = snapshotID
        self.cancellation = cancellation
        // Any failure is left for the ordinary read to meet and report.
        read = Later {
            try? EstateDatabase(path: path, readOnly: true).estate(snapshotID: snapshotID, cancellation: cancellation)
        }
    }

    /// Stops the read: the files changed, so another snapshot will be wanted.
    func cancel() { cancellation.cancel() }

    /// The estate of snapshot `id` if it is the one read and the read succeeded, else nil (once the read has
    /// stopped, so no second reader is left running).
    func estate(of id: Int64) -> Estate? {
        if id != snapshotID { cancel() }
        let estate = read.take()
        return id == snapshotID ? estate : nil
    }
}
