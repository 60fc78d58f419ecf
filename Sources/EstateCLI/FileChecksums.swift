import EstateCore
import EstateStore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SHA-256 checksums of inventory files, read from the database's stamps when a file has not changed since
/// it was last hashed (the same size, device, inode, modification and change times), else worked out from the
/// file.
///
/// A report of a million assets would otherwise read and hash some 300 MB of unchanged files on every run,
/// about a second and a half of a core. See ``FileStamp/vouches(for:)`` for when a stamp is trusted.
struct FileChecksums {
    let database: EstateDatabase
    /// Stamps for the files hashed so far, to be recorded by ``record(console:)``.
    private(set) var fresh: [FileStamp] = []

    init(database: EstateDatabase) {
        self.database = database
    }

    /// The checksum of the file at `path`.
    /// - Throws: ``IngestError`` when the file cannot be read; ``StoreError`` when the stamps cannot be read.
    mutating func checksum(of path: String) throws -> String {
        let stamped = Self.stamp(path)
        if let stamped, let stamp = try database.fileStamp(path: stamped.path), stamp.vouches(for: stamped.identity) {
            return stamp.checksum
        }
        let checksum = SHA256.hex(of: try InventoryFiles.read(path).data)
        note(checksum, of: stamped, at: path)
        return checksum
    }

    /// Keeps `checksum` as the checksum of the file at `path`, which `before` describes, if the file still looks as
    /// it did then.
    mutating func note(_ checksum: String, of before: FileStamp?, at path: String) {
        guard var stamp = before, let after = Self.identity(of: path), after == stamp.identity else { return }
        stamp.checksum = checksum
        fresh.append(stamp)
    }

    /// Records the stamps of the files hashed, for the next run. A failure costs only that run's time (it hashes
    /// the files again), so it is noted on `console` rather than failing the command whose work is done.
    func record(console: Console) {
        do {
            try database.record(fresh)
        } catch {
            console.note("the files' checksums were not kept for the next run (\(error)); it will hash them again")
        }
    }

    /// A stamp of the file at `path` as it is now, its checksum still to be filled in; nil for standard input and
    /// a file that cannot be examined. The file is examined at `path` as given (the path it is read from); the
    /// stamp is kept under its absolute path.
    static func stamp(_ path: String) -> FileStamp? {
        guard path != "-", let identity = identity(of: path) else { return nil }
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        return FileStamp(
            path: URL(fileURLWithPath: path).standardizedFileURL.path, identity: identity, checksum: "",
            stampedNanoseconds: now)
    }

    /// What the file system says of the file at `path`, if it is a regular file. The file is opened, not just
    /// looked up: a network file system checks its cached attributes with the server on open.
    static func identity(of path: String) -> FileIdentity? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        #if canImport(Darwin)
            let modified = info.st_mtimespec
            let changed = info.st_ctimespec
        #else
            let modified = info.st_mtim
            let changed = info.st_ctim
        #endif
        func nanoseconds(_ time: timespec) -> Int64 { Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec) }
        return FileIdentity(
            size: Int64(info.st_size), device: Int64(truncatingIfNeeded: info.st_dev),
            inode: Int64(truncatingIfNeeded: info.st_ino),
            modifiedNanoseconds: nanoseconds(modified), changedNanoseconds: nanoseconds(changed))
    }
}
