import Foundation

/// A file that holds several JSON documents one after another: the osqueryd results log (one object per
/// line), several `osqueryi --json` results appended to one file, or Ansible's ad-hoc output
/// (`web01 | SUCCESS => { … }` per host).
struct JSONDocument {
    /// The parsed value; its positions count from the start of the document, not the file.
    var node: JSONNode
    /// The text before the value that is not JSON (`web01 | SUCCESS =>`), trimmed.
    var prefix: String
    /// Lines before the document's first line.
    var lineOffset: Int
    /// Bytes before the document's first byte.
    var byteOffset: Int

    /// The line in the file of a node of this document.
    func line(of node: JSONNode) -> Int { node.position.line + lineOffset }

    /// A reject for a node of this document, with its line in the file and its raw text.
    func reject(_ file: InputFile, _ node: JSONNode, field: String? = nil, _ reason: String) -> Reject {
        let range = (node.byteRange.lowerBound + byteOffset)..<(node.byteRange.upperBound + byteOffset)
        return Reject(
            file: file.path, line: line(of: node), column: node.position.line == 1 ? nil : node.position.column,
            field: field, reason: reason, raw: file.text(range))
    }

    /// Splits a file into its JSON documents, each parsed.
    ///
    /// - Throws: ``IngestError`` with the file's line for a document that is not valid JSON, or when there is
    ///   no JSON value at all.
    static func split(_ file: InputFile) throws -> [JSONDocument] {
        var documents: [JSONDocument] = []
        var prefix: [UInt8] = []
        var line = 1
        /// Offset of the first byte of `line`, so a fault on a document's first line gets its column in the file.
        var lineStart = 0
        try file.data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var index = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
                index = 3
                lineStart = 3
            }
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else {
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                    if byte == 0x0A || byte == 0x0D { prefix.removeAll() } else { prefix.append(byte) }
                    index += 1
                    continue
                }
                let start = index
                let startLine = line
                // Characters before the document on its first line (UTF-8 continuation bytes take no column).
                var startColumnOffset = 0
                for offset in lineStart..<start where bytes[offset] & 0xC0 != 0x80 { startColumnOffset += 1 }
                var depth = 0
                var inString = false
                var escaped = false
                while index < bytes.count {
                    let current = bytes[index]
                    if current == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                    if inString {
                        if escaped {
                            escaped = false
                        } else if current == UInt8(ascii: "\\") {
                            escaped = true
                        } else if current == UInt8(ascii: "\"") {
                            inString = false
                        }
                    } else if current == UInt8(ascii: "\"") {
                        inString = true
                    } else if current == UInt8(ascii: "{") || current == UInt8(ascii: "[") {
                        depth += 1
                    } else if current == UInt8(ascii: "}") || current == UInt8(ascii: "]") {
                        depth -= 1
                        if depth == 0 { break }
                    }
                    index += 1
                }
                let end = min(index + 1, bytes.count)
                let slice = file.data[(file.data.startIndex + start)..<(file.data.startIndex + end)]
                do {
                    let node = try JSONParser().parse(slice)
                    documents.append(
                        JSONDocument(
                            node: node, prefix: TextLines.trimmed(String(decoding: prefix, as: UTF8.self)),
                            lineOffset: startLine - 1, byteOffset: start))
                } catch let error as JSONSyntaxError {
                    throw IngestError(
                        file: file.path, line: error.position.line + startLine - 1,
                        column: error.position.column + (error.position.line == 1 ? startColumnOffset : 0),
                        message: error.reason)
                }
                prefix.removeAll()
                index = end
            }
        }
        guard !documents.isEmpty else {
            throw IngestError(file: file.path, line: 1, message: "expected JSON, found no object or array")
        }
        return documents
    }
}
