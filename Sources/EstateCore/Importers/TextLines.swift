import Foundation

/// The lines of a text file, split on LF, CRLF or a lone CR, for the line-oriented tool outputs
/// (dpkg, rpm, dmidecode, systeminfo, registry exports).
enum TextLines {
    /// Every line in order (line *n* is element *n* − 1), without its line end.
    ///
    /// - Complexity: O(*n*) in the size of the data.
    static func split(_ data: Data) -> [String] {
        var lines: [String] = []
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            let hasByteOrderMark = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
            var start = hasByteOrderMark ? 3 : 0
            var index = start
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            if start < bytes.count {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            }
        }
        return lines
    }

    /// The text trimmed of spaces and tabs (and other white space) at both ends.
    static func trimmed(_ text: some StringProtocol) -> String {
        FieldReader<AssetField>.trimmed(String(text))
    }

    /// `Key: value` split at the first colon, both sides trimmed; `nil` when there is no colon.
    static func keyValue(_ line: String) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":") else { return nil }
        return (trimmed(line[..<colon]), trimmed(line[line.index(after: colon)...]))
    }
}
