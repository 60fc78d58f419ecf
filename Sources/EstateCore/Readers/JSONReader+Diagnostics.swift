/// What the file holds where reading stopped, in words a user recognises, and the likely fix
/// for the mistakes people make when they write JSON by hand or export it from a spreadsheet.
extension JSONReader {
    func unexpected(expected: String, remedy: String?) -> JSONSyntaxError {
        JSONSyntaxError(
            kind: .unexpectedInput, position: position(at: index), expected: expected, found: describe(at: index),
            remedy: remedy)
    }

    func endOfFile(expected: String) -> JSONSyntaxError {
        JSONSyntaxError(
            kind: .unexpectedEndOfFile, position: position(at: end), expected: expected, found: "end of file")
    }

    /// `'"'`, `'NaN'`, `a tab (U+0009)`, `'“' (U+201C)`, `byte 0xE9 (not valid UTF-8)`, `end of file`.
    func describe(at offset: Int) -> String {
        guard offset < end else { return "end of file" }
        let byte = bytes[offset]
        switch byte {
        case 0x20: return "a space"
        case 0x09: return "a tab (U+0009)"
        case 0x0A: return "a line break (U+000A)"
        case 0x0D: return "a carriage return (U+000D)"
        case 0x00: return "a NUL byte (U+0000)"
        case 0x01..<0x20, 0x7F: return "control character \(Self.code(UInt32(byte)))"
        case UInt8(ascii: "'"): return "a single quote (')"
        case _ where isWordByte(byte): return "'\(word(at: offset))'"
        case ..<0x80: return "'\(Character(Unicode.Scalar(byte)))'"
        default:
            guard let scalar = scalar(at: offset) else {
                return "byte 0x\(Self.hex(UInt32(byte), width: 2)) (not valid UTF-8)"
            }
            switch scalar.value {
            case 0xFEFF: return "a byte order mark (U+FEFF)"
            case 0xA0: return "a no-break space (U+00A0)"
            default: break
            }
            switch scalar.properties.generalCategory {
            case .control, .format, .spaceSeparator, .lineSeparator, .paragraphSeparator, .unassigned, .privateUse:
                return "character \(Self.code(scalar.value))"
            default:
                return "'\(Character(scalar))' (\(Self.code(scalar.value)))"
            }
        }
    }

    /// The scalar whose UTF-8 starts at `offset`, when it is well formed.
    func scalar(at offset: Int) -> Unicode.Scalar? {
        guard offset < end else { return nil }
        if bytes[offset] < 0x80 { return Unicode.Scalar(bytes[offset]) }
        guard let length = utf8SequenceLength(at: offset) else { return nil }
        var value = UInt32(bytes[offset]) & (0x7F >> UInt32(length))
        for next in offset + 1..<offset + length {
            value = value << 6 | UInt32(bytes[next] & 0x3F)
        }
        return Unicode.Scalar(value)
    }

    @inline(__always)
    func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "."):
            true
        default: false
        }
    }

    /// The run of letters, digits and `_+-.` at `offset`, at most 24 bytes, for messages.
    func word(at offset: Int) -> String {
        var stop = offset
        while stop < end, stop - offset < 24, isWordByte(bytes[stop]) { stop += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<stop]), as: UTF8.self)
        return stop < end && isWordByte(bytes[stop]) ? text + "…" : text
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func code(_ value: UInt32) -> String { "U+" + hex(value, width: 4) }

    /// A member name for messages, shortened when long.
    func quoted(_ key: String) -> String {
        key.unicodeScalars.count > 40 ? "\"\(String(key.unicodeScalars.prefix(40)))…\"" : "\"\(key)\""
    }

    // MARK: Remedies

    /// The likely fix when `offset` holds something that cannot start a value.
    func valueRemedy(at offset: Int, slot: ValueSlot) -> String? {
        guard offset < end else { return nil }
        let byte = bytes[offset]
        if slot == .nextElement, byte == UInt8(ascii: "]") { return "JSON does not allow a comma before ']'" }
        if isWordByte(byte) { return wordRemedy(word(at: offset), inMemberName: false) }
        return punctuationRemedy(at: offset, inMemberName: false)
    }

    /// The likely fix when `offset` holds something that cannot start a member name.
    func memberNameRemedy(at offset: Int, isFirst: Bool) -> String? {
        let byte = bytes[offset]
        if !isFirst, byte == UInt8(ascii: "}") { return "JSON does not allow a comma before '}'" }
        if isWordByte(byte) { return wordRemedy(word(at: offset), inMemberName: true) }
        return punctuationRemedy(at: offset, inMemberName: true)
    }

    func punctuationRemedy(at offset: Int, inMemberName: Bool) -> String? {
        switch bytes[offset] {
        case UInt8(ascii: "'"):
            return inMemberName ? "JSON member names use double quotes" : "JSON strings use double quotes"
        case UInt8(ascii: "/"), UInt8(ascii: "#"): return "JSON does not allow comments"
        default:
            switch scalar(at: offset)?.value {
            case 0x201C, 0x201D, 0x2018, 0x2019: return "JSON uses straight double quotes (\"), not curly quotes"
            default: return nil
            }
        }
    }

    /// The likely fix for an unquoted word such as `NaN`, `True`, `+1`, `.5` or `hostname`.
    func wordRemedy(_ word: String, inMemberName: Bool) -> String? {
        if let remedy = nonFiniteRemedy(word) { return remedy }
        let lowered = word.lowercased()
        if ["true", "false", "null"].contains(lowered) { return "JSON writes true, false and null in lower case" }
        if ["none", "undefined", "nil"].contains(lowered) { return "JSON writes a missing value as null" }
        guard let first = word.utf8.first else { return nil }
        if first == UInt8(ascii: "+") { return "JSON numbers have no '+' sign" }
        if first == UInt8(ascii: "."), let second = word.utf8.dropFirst().first, isDigit(second) {
            return "write a digit before the decimal point, as in 0.5"
        }
        let folded = first | 0x20
        if (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || first == UInt8(ascii: "_") {
            return inMemberName ? "member names must be in double quotes" : "text must be in double quotes"
        }
        return nil
    }

    func nonFiniteRemedy(_ word: String) -> String? {
        let bare = word.hasPrefix("-") || word.hasPrefix("+") ? String(word.dropFirst()) : word
        guard ["nan", "infinity", "inf"].contains(bare.lowercased()) else { return nil }
        return "JSON has no NaN or Infinity: write null or a string"
    }

    /// The likely fix when more follows the top-level value.
    func trailingRemedy(at offset: Int) -> String? {
        switch bytes[offset] {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            return "the file holds more than one JSON value, as JSON Lines does, but Estate reads one value, "
                + "such as an array of records"
        case UInt8(ascii: ","):
            return "the file holds values separated by commas: wrap them in [ and ] to make one array"
        case UInt8(ascii: "/"), UInt8(ascii: "#"): return "JSON does not allow comments"
        default: return nil
        }
    }
}
