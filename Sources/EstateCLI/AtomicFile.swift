import Foundation

/// A file written whole or not at all: its bytes go to a hidden temporary file beside it, renamed into place once
/// all are written, so a failure part way (a full disk) never leaves part of a file under its real name.
///
/// ```swift
/// let file = try AtomicFile(path: "Reports/debt.csv")
/// file.write(chunk)      // as many times as there are chunks
/// try file.commit()      // renames it into place, or throws the first write's error
/// ```
final class AtomicFile {
    let path: String
    private let temporary: String
    private var descriptor: Int32
    private var failure: Int32?

    /// Starts the file at `path`, creating its folder.
    ///
    /// - Throws: ``FileWriteError`` when the folder or the temporary file cannot be made.
    init(path: String) throws {
        self.path = path
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw FileWriteError(path: path, reason: "cannot make its folder (\(error.localizedDescription))")
            }
        }
        let name = (path as NSString).lastPathComponent
        temporary = ((folder as NSString).appendingPathComponent(".\(name).\(UUID().uuidString).partial"))
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: path, code: errno) }
    }

    deinit {
        // Never committed (its writer stopped early): nothing of it stays.
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Writes every byte, retrying short writes; after a failure, later writes do nothing and ``commit()`` throws.
    func write(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Throws the first write's failure at once (the file is then removed), rather than at ``commit()``: for a
    /// file written well before it is put in place.
    func throwIfFailed() throws {
        guard let failure else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporary)
        throw FileWriteError(path: path, code: failure)
    }

    /// Puts the file in place, replacing any file of that name.
    ///
    /// - Throws: ``FileWriteError`` with the first failure (`No space left on device`); the file is then removed.
    func commit() throws {
        if close(descriptor) != 0, failure == nil { failure = errno }
        descriptor = -1
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw FileWriteError(path: path, code: failure)
        }
    }

    /// Writes `contents` to `path` whole or not at all.
    static func write(_ contents: String, to path: String) throws {
        let file = try AtomicFile(path: path)
        var text = contents
        text.withUTF8 { file.write(UnsafeRawBufferPointer($0)) }
        try file.commit()
    }
}

/// A file Estate could not write: which, and the system's reason (`No space left on device`).
struct FileWriteError: Error, CustomStringConvertible {
    var path: String
    var reason: String

    init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    init(path: String, code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    var description: String {
        "cannot write \(path): \(reason)"
    }
}
