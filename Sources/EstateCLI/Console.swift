import EstateCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one place `estate` writes: data to standard output, diagnostics and progress to standard error.
struct Console: Sendable {
    /// Writes data (reports, tables, CSV) to standard output.
    func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Writes a diagnostic line to standard error.
    ///
    /// Notes, warnings and rejects quote inventories (file names, headers, cell values), so each line goes
    /// through ``TerminalText/inert(_:)``: an escape sequence hidden in a cell cannot clear the screen, move the
    /// cursor or retitle the terminal. Line breaks in `text` itself (a help text) are kept.
    func note(_ text: String) {
        FileHandle.standardError.write(Data((Self.inert(text) + "\n").utf8))
    }

    /// `text` with each of its lines made inert.
    static func inert(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.inert(String($0)) }
            .joined(separator: "\n")
    }

    func error(_ text: String) { note("estate: error: \(text)") }
    func warning(_ text: String) { note("estate: warning: \(text)") }

    /// Whether standard error is a terminal, so a progress line can overwrite itself.
    var showsProgress: Bool { isatty(2) == 1 && ProcessInfo.processInfo.environment["CI"] == nil }

    /// A progress reporter for reading `file`, or nil when standard error is not a terminal.
    func progress(for file: String) -> (@Sendable (Int, Int) -> Void)? {
        guard showsProgress else { return nil }
        let shownFile = TerminalText.inert(file)
        return { read, total in
            let percent = total > 0 ? read * 100 / total : 0
            FileHandle.standardError.write(Data("\r\u{1B}[Kreading \(shownFile): \(percent)%".utf8))
        }
    }

    /// Shows one step of long work on a self-overwriting line, when standard error is a terminal.
    func step(_ text: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(TerminalText.inert(text))".utf8))
    }

    /// Clears a progress line.
    func endProgress() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
