import Synchronization

/// A flag another thread raises to stop a read under way, which then throws a ``StoreError`` ("the operation
/// was interrupted").
///
/// A report reads the latest snapshot while it checks whether the inventory files changed; when they did, the
/// read is stopped rather than left competing with the ingest for the cores.
///
/// ```swift
/// let cancellation = ReadCancellation()
/// // on another thread:
/// let estate = try reader.estate(snapshotID: id, cancellation: cancellation)
/// // here, on finding the files changed:
/// cancellation.cancel()
/// ```
public final class ReadCancellation: Sendable {
    private let raised = Atomic<Bool>(false)
    /// A cancellation this one follows: raising that one stops this one's reads too.
    private let leader: ReadCancellation?

    public init() { leader = nil }

    /// A cancellation raised by its own ``cancel()`` or by `leader`'s: the parts of one read stop together.
    init(following leader: ReadCancellation) { self.leader = leader }

    /// Stops the read at its next check (SQLite checks every thousand steps of a statement).
    public func cancel() { raised.store(true, ordering: .relaxed) }

    /// Whether ``cancel()`` was called, on this cancellation or the one it follows.
    public var isCancelled: Bool { raised.load(ordering: .relaxed) || leader?.isCancelled == true }
}
