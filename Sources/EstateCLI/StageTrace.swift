import Foundation

/// With `ESTATE_TRACE=1` in the environment, each stage of a long command writes one line to standard error:
/// seconds since the start, the resident and peak memory, and the stage. Benchmarks and profiling use it to see
/// where a report of a large estate spends its time and memory; users never need it.
enum StageTrace {
    static let isOn = ProcessInfo.processInfo.environment["ESTATE_TRACE"] == "1"
    static let start = Date()

    /// Starts the clock the stages are timed from (the first use of ``start``), at the start of a command.
    static func begin() { _ = start }

    /// Writes `stage` with the time and memory so far, when tracing is on.
    static func mark(_ stage: @autoclosure () -> String) {
        guard isOn else { return }
        let seconds = Date().timeIntervalSince(start)
        let line = String(
            format: "trace %7.2f s  rss %6d MB  peak %6d MB  ", seconds, memory("VmRSS:"), memory("VmHWM:"))
        FileHandle.standardError.write(Data((line + stage() + "\n").utf8))
    }

    /// A figure in MB from /proc/self/status (Linux); 0 elsewhere.
    private static func memory(_ key: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(key) {
            let digits = line.dropFirst(key.count).filter(\.isNumber)
            return (Int(digits) ?? 0) / 1024
        }
        return 0
    }
}
