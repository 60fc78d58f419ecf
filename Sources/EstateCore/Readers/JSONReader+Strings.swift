/// Strings: runs without escapes are copied in one go; escapes, surrogate pairs and UTF-8 are
/// checked with the position of the first bad byte.
extension JSONReader {
    /// Reads a string whose opening quote is at `index` (and at `start`); returns the decoded text.
    mutating func readString(startingAt start: JSONPosition) throws(JSONSyntaxError) -> String {
        index += 1
        var runStart = index
        var hasEscapes = false
        while index < end {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text: String
                if hasEscapes {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                    text = String(decoding: scratch, as: UTF8.self)
                } else {
                    text = String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") {
                if !hasEscapes {
                    hasEscapes = true
                    scratch.removeAll(keepingCapacity: true)
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                try readEscape()
                runStart = index
            } else if byte < 0x20 {
                throw controlCharacter(inStringAt: start)
            } else if byte < 0x80 {
                index += 1
            } else {
                guard let length = utf8SequenceLength(at: index) else {
                    throw JSONSyntaxError(
                        kind: .invalidUTF8, position: position(at: index), expected: "UTF-8 text",
                        found: describe(at: index),
                        remedy: "save the file as UTF-8 (it may be in Windows-1252 or Latin-1)")
                }
                index += length
                lineContinuationBytes += length - 1
            }
        }
        throw endOfFile(expected: closingQuote(for: start))
    }

    func closingQuote(for start: JSONPosition) -> String {
        "'\"' to close the string that starts at \(start)"
    }

    func controlCharacter(inStringAt start: JSONPosition) -> JSONSyntaxError {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
            return JSONSyntaxError(
                kind: .invalidString, position: position(at: index), expected: closingQuote(for: start),
                found: describe(at: index),
                remedy: "a string cannot run over a line break: write one inside a string as \\n")
        }
        return JSONSyntaxError(
            kind: .invalidString, position: position(at: index), expected: "a character allowed in a string",
            found: describe(at: index), remedy: "write control characters as escapes, such as \\t for a tab")
    }

    /// Reads the escape whose backslash is at `index`, appending its UTF-8 to `scratch`.
    mutating func readEscape() throws(JSONSyntaxError) {
        let backslash = index
        guard backslash + 1 < end else { throw endOfFile(expected: "an escape character after '\\'") }
        let code = bytes[backslash + 1]
        let decoded: UInt8
        switch code {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded = code
        case UInt8(ascii: "b"): decoded = 0x08
        case UInt8(ascii: "f"): decoded = 0x0C
        case UInt8(ascii: "n"): decoded = 0x0A
        case UInt8(ascii: "r"): decoded = 0x0D
        case UInt8(ascii: "t"): decoded = 0x09
        case UInt8(ascii: "u"):
            try readUnicodeEscape()
            return
        default:
            let shown =
                code >= 0x21 && code < 0x7F
                ? "'\\\(Character(Unicode.Scalar(code)))'" : "'\\' followed by \(describe(at: backslash + 1))"
            throw JSONSyntaxError(
                kind: .invalidString, position: position(at: backslash),
                expected: "an escape: \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX", found: shown,
                remedy: "write a backslash as \\\\, as in \"C:\\\\Data\"")
        }
        scratch.append(decoded)
        index += 2
    }

    /// Reads `\uXXXX` (and the low half of a surrogate pair) at `index`.
    mutating func readUnicodeEscape() throws(JSONSyntaxError) {
        let first = index
        let unit = try readHex4()
        var scalarValue = UInt32(unit)
        if (0xDC00...0xDFFF).contains(unit) {
            throw JSONSyntaxError(
                kind: .invalidString, position: position(at: first),
                expected: "a high surrogate (\\uD800 to \\uDBFF) before a low surrogate",
                found: "'\(escapeText(unit))' on its own",
                remedy: "characters beyond U+FFFF are written as a pair, such as \\uD83D\\uDE00")
        }
        if (0xD800...0xDBFF).contains(unit) {
            let expected = "a low surrogate (\\uDC00 to \\uDFFF) after '\(escapeText(unit))'"
            guard index + 1 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                if index + 1 >= end, index == end || bytes[index] == UInt8(ascii: "\\") {
                    throw endOfFile(expected: expected)
                }
                throw loneHighSurrogate(at: first, expected: expected, found: describe(at: index))
            }
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw loneHighSurrogate(at: first, expected: expected, found: "'\(escapeText(low))'")
            }
            scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
        }
        appendUTF8(scalarValue)
    }

    func loneHighSurrogate(at offset: Int, expected: String, found: String) -> JSONSyntaxError {
        JSONSyntaxError(
            kind: .invalidString, position: position(at: offset), expected: expected, found: found,
            remedy: "a lone surrogate is not a character")
    }

    func escapeText(_ unit: UInt16) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// Reads `\u` and four hex digits at `index`; returns their value.
    mutating func readHex4() throws(JSONSyntaxError) -> UInt16 {
        let backslash = index
        var value: UInt16 = 0
        var offset = backslash + 2
        while offset < backslash + 6 {
            guard offset < end else { throw endOfFile(expected: "four hex digits after '\\u'") }
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default:
                var shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash..<offset]), as: UTF8.self)
                if byte >= 0x21 && byte < 0x7F { shown.append(Character(Unicode.Scalar(byte))) }
                throw JSONSyntaxError(
                    kind: .invalidString, position: position(at: backslash),
                    expected: "four hex digits after '\\u'", found: "'\(shown)'")
            }
            value = value << 4 | UInt16(digit)
            offset += 1
        }
        index = offset
        return value
    }

    mutating func appendUTF8(_ value: UInt32) {
        switch value {
        case ..<0x80:
            scratch.append(UInt8(value))
        case ..<0x800:
            scratch.append(UInt8(0xC0 | value >> 6))
            scratch.append(UInt8(0x80 | value & 0x3F))
        case ..<0x10000:
            scratch.append(UInt8(0xE0 | value >> 12))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        default:
            scratch.append(UInt8(0xF0 | value >> 18))
            scratch.append(UInt8(0x80 | value >> 12 & 0x3F))
            scratch.append(UInt8(0x80 | value >> 6 & 0x3F))
            scratch.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The length of the well-formed UTF-8 sequence starting at `offset` (lead byte ≥ 0x80),
    /// or `nil` when it is malformed, overlong, a surrogate, above U+10FFFF or cut short.
    func utf8SequenceLength(at offset: Int) -> Int? {
        let lead = bytes[offset]
        let length: Int
        var secondRange: ClosedRange<UInt8> = 0x80...0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            secondRange = 0xA0...0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            secondRange = 0x80...0x9F
        case 0xF0:
            length = 4
            secondRange = 0x90...0xBF
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            secondRange = 0x80...0x8F
        default: return nil
        }
        guard offset + length <= end, secondRange.contains(bytes[offset + 1]) else { return nil }
        var next = offset + 2
        while next < offset + length {
            guard bytes[next] & 0xC0 == 0x80 else { return nil }
            next += 1
        }
        return length
    }
}
