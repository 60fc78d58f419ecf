extension Schema {
    /// What each inventory file looked like when its checksum was last worked out, so a report whose files have
    /// not changed need not read them all again to find that out.
    ///
    /// Not snapshot content: one row per file path, replaced each time the file is hashed again.
    static let fileStamps = Migration(
        name: "004_file_stamps",
        sql: """
            CREATE TABLE file_stamps (
                path TEXT PRIMARY KEY,
                size INTEGER NOT NULL,
                device INTEGER NOT NULL,
                inode INTEGER NOT NULL,
                modified_ns INTEGER NOT NULL,
                changed_ns INTEGER NOT NULL,
                checksum TEXT NOT NULL,
                stamped_ns INTEGER NOT NULL
            );
            """)
}
