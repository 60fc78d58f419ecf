import EstateCore
import Foundation
import Synchronization

/// Writes a report's files into a folder, each whole or not at all (``AtomicFile``); a CSV is streamed to its
/// file as it renders, so a report of a million assets never holds a table's text.
struct ReportFolder: ReportDestination {
    let folder: String

    func path(of name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }

    func write(_ file: ReportFile) throws {
        try AtomicFile.write(file.contents, to: path(of: file.name))
    }

    func stage(_ csv: ReportCSV, as name: String) throws -> StagedFile {
        let file = try AtomicFile(path: path(of: name))
        var text = CSVText(writer: CSVWriter()) { file.write($0) }
        csv.write(&text)
        text.flush()
        try file.throwIfFailed()
        // Handed from thread to thread, used by one at a time: committed, or removed once let go.
        let held = Mutex<AtomicFile?>(file)
        return StagedFile { try held.withLock { try $0.take()?.commit() } }
    }
}
