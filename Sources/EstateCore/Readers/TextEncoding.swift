import Foundation

/// Brings a file's bytes to UTF-8 before parsing, because councils' exports come in several encodings:
/// Excel's "Unicode text" and Windows tools write UTF-16 with a byte-order mark, and older spreadsheets
/// save Windows-1252, where `£` is the single byte `0xA3`.
public enum TextEncoding {
    /// The bytes as UTF-8, and a note saying what was converted (nil when the file was UTF-8 already).
    ///
    /// - UTF-16 with a byte-order mark (either endianness) is converted, and so is UTF-16 without one when its
    ///   first characters are ASCII (every other byte NUL).
    /// - Otherwise, bytes that are not valid UTF-8 are read as Windows-1252, and the note says so.
    /// - Complexity: O(n); a pure-ASCII or valid UTF-8 file is scanned once and not copied.
    public static func utf8(_ data: Data) -> (data: Data, note: String?) {
        if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = data.starts(with: [0xFF, 0xFE]) ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: data.dropFirst(2), encoding: encoding) {
                return (
                    Data(text.utf8),
                    "read as UTF-16 (\(encoding == .utf16LittleEndian ? "little" : "big")-endian) and converted to UTF-8"
                )
            }
            return (data, nil)
        }
        if let encoding = utf16WithoutByteOrderMark(data),
            let text = String(data: data.count % 2 == 0 ? data : data.dropLast(), encoding: encoding)
        {
            let endianness = encoding == .utf16LittleEndian ? "little" : "big"
            return (
                Data(text.utf8),
                "read as UTF-16 (\(endianness)-endian, without a byte-order mark) and converted to UTF-8"
            )
        }
        guard !isValidUTF8(data) else { return (data, nil) }
        var text = ""
        text.unicodeScalars.reserveCapacity(data.count)
        for byte in data { text.unicodeScalars.append(windows1252(byte)) }
        return (Data(text.utf8), "not valid UTF-8: read as Windows-1252 (save as CSV UTF-8 to avoid this)")
    }

    /// UTF-16 written without a byte-order mark, told by its NUL bytes: in the first 64 characters, every
    /// other byte is NUL and the bytes between are not (plain ASCII text in UTF-16). `nil` for anything else.
    static func utf16WithoutByteOrderMark(_ data: Data) -> String.Encoding? {
        let sample = Array(data.prefix(128))
        guard sample.count >= 4 else { return nil }
        let pairs = sample.count / 2
        var lowFirst = 0
        var highFirst = 0
        for pair in 0..<pairs {
            let first = sample[pair * 2]
            let second = sample[pair * 2 + 1]
            if first != 0, second == 0 { lowFirst += 1 }
            if first == 0, second != 0 { highFirst += 1 }
        }
        if lowFirst == pairs { return .utf16LittleEndian }
        if highFirst == pairs { return .utf16BigEndian }
        return nil
    }

    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            var pages = MappedPages(raw)
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            // A piece at a time, letting each piece's pages go once it is checked; a piece ends before a
            // character's lead byte, so no character is split between two.
            while start < bytes.count {
                var end = min(start + MappedPages.stride, bytes.count)
                var steps = 0
                while end < bytes.count, steps < 3, bytes[end] & 0xC0 == 0x80 {
                    end -= 1
                    steps += 1
                }
                guard CSVScanner.isValidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return false }
                pages.release(upTo: end)
                start = end
            }
            return true
        }
    }

    /// Windows-1252's 0x80-0x9F block differs from Latin-1; the rest maps straight to Unicode.
    static func windows1252(_ byte: UInt8) -> Unicode.Scalar {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
