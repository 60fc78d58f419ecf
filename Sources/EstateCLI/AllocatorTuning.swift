import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// How the C allocator hands memory back, set once as the process starts.
enum AllocatorTuning {
    /// Blocks of a megabyte or more (a large estate's arrays of assets, statuses and findings) are mapped on their
    /// own and returned to the system as soon as they are freed.
    ///
    /// glibc otherwise raises its mapping threshold each time such a block is freed, after which blocks of that
    /// size come from a thread's heap, where a freed one is reusable only by allocations on that thread's heap: an
    /// array an analysis lets go of on one core stays resident while the next analysis grows its own on the other.
    /// Pinning the threshold lowered the peak memory of a million-asset report by about 140 MB.
    ///
    /// Threads get heaps of their own up to eight per core; a heap whose thread has moved on keeps its freed
    /// memory for allocations that never come. Capping them at one per core lowered the same peak by about 80 MB,
    /// at no cost in time.
    static func apply() {
        #if canImport(Glibc)
            // `mallopt` is declared in malloc.h, which the Glibc module leaves out: it is found by name instead
            // (a nil handle is RTLD_DEFAULT, the process's own symbols). -3 is malloc.h's M_MMAP_THRESHOLD.
            guard let symbol = dlsym(nil, "mallopt") else { return }
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
            _ = mallopt(-3, 1 << 20)
            // -8 is M_ARENA_MAX: one heap per core rather than glibc's eight, so memory one thread frees is there
            // for the next analysis whichever thread runs it.
            _ = mallopt(-8, Int32(clamping: max(2, ProcessInfo.processInfo.activeProcessorCount)))
        #endif
    }
}
