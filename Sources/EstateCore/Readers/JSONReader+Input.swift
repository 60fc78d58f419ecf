/// Where the reader is: lines, character columns, whitespace, the byte order mark and nesting depth.
extension JSONReader {
    /// The position of `offset`, which must be on the current line with no multi-byte
    /// characters between it and `index`.
    @inline(__always)
    func position(at offset: Int) -> JSONPosition {
        JSONPosition(line: line, column: offset - lineStart - lineContinuationBytes + 1, offset: offset)
    }

    @inline(__always)
    mutating func skipWhitespace() {
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\n"):
                index += 1
                startLine()
            case UInt8(ascii: "\r"):
                index += 1
                if index < end, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                startLine()
            default:
                return
            }
        }
    }

    @inline(__always)
    mutating func startLine() {
        line += 1
        lineStart = index
        lineContinuationBytes = 0
    }

    /// Skips a UTF-8 byte order mark; refuses UTF-16 and UTF-32, with or without one.
    mutating func skipByteOrderMark() throws(JSONSyntaxError) {
        func refuse(_ found: String, _ encoding: String) -> JSONSyntaxError {
            JSONSyntaxError(
                kind: .unsupportedEncoding, position: JSONPosition(line: 1, column: 1, offset: 0),
                expected: "UTF-8 text", found: found, remedy: "the file \(encoding): save it as UTF-8")
        }
        let first = end > 0 ? bytes[0] : 1
        let second = end > 1 ? bytes[1] : 1
        if end >= 3, first == 0xEF, second == 0xBB, bytes[2] == 0xBF {
            index = 3
            lineStart = 3
        } else if end >= 4, first == 0xFF, second == 0xFE, bytes[2] == 0, bytes[3] == 0 {
            throw refuse("a UTF-32 little-endian byte order mark (FF FE 00 00)", "is UTF-32")
        } else if end >= 4, first == 0, second == 0, bytes[2] == 0xFE, bytes[3] == 0xFF {
            throw refuse("a UTF-32 big-endian byte order mark (00 00 FE FF)", "is UTF-32")
        } else if first == 0xFF, second == 0xFE {
            throw refuse("a UTF-16 little-endian byte order mark (FF FE)", "is UTF-16")
        } else if first == 0xFE, second == 0xFF {
            throw refuse("a UTF-16 big-endian byte order mark (FE FF)", "is UTF-16")
        } else if end >= 2, first != 0, second == 0 {
            throw refuse("NUL bytes between characters", "looks like UTF-16 (little-endian, without a byte order mark)")
        } else if end >= 2, first == 0, second != 0 {
            throw refuse("NUL bytes between characters", "looks like UTF-16 (big-endian, without a byte order mark)")
        }
    }

    func checkDepth(_ openCount: Int, at start: JSONPosition) throws(JSONSyntaxError) {
        guard openCount >= maximumDepth else { return }
        throw JSONSyntaxError(
            kind: .nestingTooDeep, position: start,
            expected: "at most \(max(maximumDepth, 0)) levels of nested arrays and objects",
            found: "'\(Character(Unicode.Scalar(bytes[start.offset])))' opening level \(openCount + 1)")
    }
}
