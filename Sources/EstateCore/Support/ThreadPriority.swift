#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The scheduling priority of the calling thread.
enum ThreadPriority {
    /// Makes the calling thread run only on a core no other thread of the machine wants, for work that can fill
    /// the gaps the rest leaves (a core idle while another finishes a step that cannot be split).
    ///
    /// On Linux the nice value is the thread's own (`setpriority` with no id applies to the calling thread), so
    /// the rest of the process keeps its priority. Nice 19 weighs about 1/70 of nice 0 under contention; with
    /// the core to itself the thread runs at full speed.
    static func lowerForThisThread() {
        #if canImport(Glibc)
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #elseif canImport(Darwin)
            _ = pthread_set_qos_class_self_np(QOS_CLASS_BACKGROUND, 0)
        #endif
    }
}
