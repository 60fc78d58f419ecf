import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Gives back the memory of an input file's pages once a reader has gone past them, so reading a register of
/// ten million rows holds a few megabytes of it at a time rather than the whole file.
///
/// `estate ingest` maps each file into memory (`Data(contentsOf:options: .alwaysMapped)`), and every page a
/// pass touches stays resident until the file is let go of: a 2 GB register would cost 2 GB. Behind each pass,
/// the pages already read are handed back with `madvise(MADV_DONTNEED)`; reading them again later (a rejected
/// row's raw text) maps them in again from the file, unchanged.
///
/// That is only safe for a read-only, private mapping of a file, where every page is a clean copy of the file:
/// done to ordinary memory it would zero the bytes. So the bytes' mapping is looked up in `/proc/self/maps`
/// first, and for anything else (standard input, text converted from UTF-16, other systems) nothing is done.
struct MappedPages {
    /// The bytes' address and length, when they lie in a read-only private mapping of a file.
    private let mapped: (base: UInt, count: Int)?
    /// Bytes before this offset are already handed back.
    private var released = 0

    /// Pages are handed back in runs of at least this many bytes, so the system call costs nothing per record.
    static let stride = 4 << 20

    /// Looks up how `bytes` are held; O(number of the process's mappings).
    init(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count >= Self.stride,
            Self.isReadOnlyFileMapping(UInt(bitPattern: base), count: bytes.count)
        else {
            mapped = nil
            return
        }
        mapped = (UInt(bitPattern: base), bytes.count)
    }

    /// Hands back the whole pages of the first `offset` bytes, once a stride's worth has built up.
    mutating func release(upTo offset: Int) {
        guard let mapped, offset - released >= Self.stride || (offset >= mapped.count && offset > released) else {
            return
        }
        #if os(Linux)
            let page = UInt(max(sysconf(Int32(_SC_PAGESIZE)), 4096))
            let start = (mapped.base + UInt(released) + page - 1) / page * page
            let end = (mapped.base + UInt(min(offset, mapped.count))) / page * page
            if end > start, let address = UnsafeMutableRawPointer(bitPattern: start) {
                _ = madvise(address, Int(end - start), MADV_DONTNEED)
            }
        #endif
        released = offset
    }

    /// Whether `[base, base + count)` lies inside one mapping that is read-only, private and backed by a file.
    private static func isReadOnlyFileMapping(_ base: UInt, count: Int) -> Bool {
        #if os(Linux)
            guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else { return false }
            for line in maps.split(separator: "\n") {
                // `7fb619c00000-7fb61af3b000 r--p 00000000 fe:00 16376318   /path/of/file`
                let parts = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
                guard parts.count == 6 else { continue }
                let range = parts[0].split(separator: "-")
                guard range.count == 2, let low = UInt(range[0], radix: 16), let high = UInt(range[1], radix: 16),
                    low <= base, base < high
                else { continue }
                let path = parts[5].trimmingCharacters(in: .whitespaces)
                return parts[1] == "r--p" && path.hasPrefix("/") && base + UInt(count) <= high
            }
            return false
        #else
            return false
        #endif
    }
}
