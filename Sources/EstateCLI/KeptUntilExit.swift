import Synchronization

/// Values a command has finished with but leaves for the process's exit to reclaim.
///
/// The analyses of a million assets are tens of millions of small allocations; freeing them one by one when
/// `estate report` returns takes seconds the operating system would spend in an instant on exit. A command
/// hands its large results here once it has written them.
enum KeptUntilExit {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
