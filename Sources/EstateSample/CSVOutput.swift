import EstateCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One CSV file being written: rows go to a hidden partial file through a buffer, and ``commit()``
/// renames it over the real name, so a reader never sees half a file and a failed run leaves the old one.
final class CSVOutput {
    enum LineEnding { case crlf, lf }

    let url: URL
    private let partialURL: URL
    private let handle: FileHandle
    private let lineEnding: LineEnding
    private let writer = CSVWriter(neutralisesFormulas: false)
    private var buffer = ""
    private var isFinished = false
    private static let flushBytes = 1 << 20

    init(directory: URL, name: String, lineEnding: LineEnding, byteOrderMark: Bool = false) throws {
        url = directory.appending(path: name)
        partialURL = directory.appending(path: ".\(name).partial")
        let path = partialURL.path(percentEncoded: false)
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
        }
        handle = try FileHandle(forWritingTo: partialURL)
        self.lineEnding = lineEnding
        buffer.reserveCapacity(Self.flushBytes + 4_096)
        if byteOrderMark { buffer.append("\u{FEFF}") }
    }

    /// Appends one record; fields are quoted where they need it and written as given otherwise.
    func append(_ fields: [String]) throws {
        writer.appendRecord(fields, to: &buffer)
        if lineEnding == .lf {
            buffer.removeLast()  // "\r\n" is one Character
            buffer.append("\n")
        }
        if buffer.utf8.count >= Self.flushBytes { try flush() }
    }

    /// Writes what is left and puts the file in place of any earlier one.
    func commit() throws {
        try flush()
        try handle.close()
        isFinished = true
        let from = partialURL.path(percentEncoded: false)
        let to = url.path(percentEncoded: false)
        guard rename(from, to) == 0 else {
            let code = errno
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [
                    NSFilePathErrorKey: to,
                    NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(code)),
                ])
        }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        if !isFinished {
            try? handle.close()
            try? FileManager.default.removeItem(at: partialURL)
        }
    }
}

@available(*, unavailable)
extension CSVOutput: Sendable {}
