import Foundation

/// What the file system says about a file, short of its content: enough to tell that a file has not been
/// touched since it was last read.
///
/// The change time (`ctime`) is the file system's own clock: writing the file, or setting its modification time
/// back (`touch -d`, `cp -p`), moves it to the present.
public struct FileIdentity: Sendable, Hashable {
    public var size: Int64
    public var device: Int64
    public var inode: Int64
    /// The modification time, in nanoseconds since 1970.
    public var modifiedNanoseconds: Int64
    /// The change time, in nanoseconds since 1970.
    public var changedNanoseconds: Int64

    public init(size: Int64, device: Int64, inode: Int64, modifiedNanoseconds: Int64, changedNanoseconds: Int64) {
        self.size = size
        self.device = device
        self.inode = inode
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedNanoseconds = changedNanoseconds
    }
}

/// A file's checksum and what the file looked like when it was worked out.
public struct FileStamp: Sendable, Hashable {
    /// The file's absolute path.
    public var path: String
    /// The file as it was just before it was read, and still was once read.
    public var identity: FileIdentity
    /// Its SHA-256, in hexadecimal.
    public var checksum: String
    /// When `identity` was taken, in nanoseconds since 1970.
    public var stampedNanoseconds: Int64

    /// How long before the stamp a file must last have changed for the stamp to vouch for it.
    ///
    /// A file changed again within the same tick of the file system's clock as the stamp could keep its identity
    /// (the clock ticks in milliseconds on some file systems, seconds on others); a file unchanged for two seconds
    /// before it was read cannot have changed since without its change time moving on.
    public static let settledNanoseconds: Int64 = 2_000_000_000

    public init(path: String, identity: FileIdentity, checksum: String, stampedNanoseconds: Int64) {
        self.path = path
        self.identity = identity
        self.checksum = checksum
        self.stampedNanoseconds = stampedNanoseconds
    }

    /// Whether the file now looking like `current` still has ``checksum``: it has the identity it had when it
    /// was read, and had been left unchanged for a while by then.
    public func vouches(for current: FileIdentity) -> Bool {
        current == identity
            && identity.changedNanoseconds < stampedNanoseconds - Self.settledNanoseconds
            && identity.modifiedNanoseconds < stampedNanoseconds - Self.settledNanoseconds
    }
}

extension EstateDatabase {
    /// The stamp recorded for the file at `path`, if any.
    public func fileStamp(path: String) throws -> FileStamp? {
        let select = try connection.prepare(
            "SELECT size, device, inode, modified_ns, changed_ns, checksum, stamped_ns FROM file_stamps "
                + "WHERE path = ?1")
        defer { select.reset() }
        try select.bind(path, at: 1)
        guard try select.step() else { return nil }
        let identity = FileIdentity(
            size: select.int64(at: 0), device: select.int64(at: 1), inode: select.int64(at: 2),
            modifiedNanoseconds: select.int64(at: 3), changedNanoseconds: select.int64(at: 4))
        return FileStamp(
            path: path, identity: identity, checksum: select.string(at: 5), stampedNanoseconds: select.int64(at: 6))
    }

    /// Records `stamps` in one transaction, each replacing any earlier stamp of its path.
    public func record(_ stamps: [FileStamp]) throws {
        guard !stamps.isEmpty else { return }
        try connection.immediateTransaction {
            let insert = try connection.prepare(
                "INSERT OR REPLACE INTO file_stamps "
                    + "(path, size, device, inode, modified_ns, changed_ns, checksum, stamped_ns) "
                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            for stamp in stamps {
                try insert.bind(stamp.path, at: 1)
                try insert.bind(stamp.identity.size, at: 2)
                try insert.bind(stamp.identity.device, at: 3)
                try insert.bind(stamp.identity.inode, at: 4)
                try insert.bind(stamp.identity.modifiedNanoseconds, at: 5)
                try insert.bind(stamp.identity.changedNanoseconds, at: 6)
                try insert.bind(stamp.checksum, at: 7)
                try insert.bind(stamp.stampedNanoseconds, at: 8)
                try insert.run()
            }
        }
    }
}
