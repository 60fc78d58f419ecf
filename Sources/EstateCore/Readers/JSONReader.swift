/// The single pass behind ``JSONParser``: structure, literals and numbers.
///
/// Open arrays and objects live on heap stacks rather than the call stack. Finished elements
/// wait on `elements`, and finished members on `members`, until their container closes, when
/// they are moved out in one slice.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    let maximumDepth: Int
    var index = 0
    var line = 1
    /// Offset of the first byte of the current line.
    var lineStart = 0
    /// UTF-8 continuation bytes seen on the current line before `index`; they take no column.
    var lineContinuationBytes = 0
    /// Reused buffer for strings that contain escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>, maximumDepth: Int) {
        self.bytes = bytes
        self.end = bytes.count
        self.maximumDepth = maximumDepth
    }

    /// An array or object still open.
    struct OpenContainer {
        var isObject: Bool
        var position: JSONPosition
        /// Index of its first child in `elements` (array) or `members` (object).
        var firstChild: Int

        var expectedAfterChild: String {
            isObject ? "',' or '}' after an object member" : "',' or ']' after an array element"
        }
    }

    /// A member name read, waiting for its value.
    struct MemberName {
        var key: String
        var position: JSONPosition
    }

    /// Where a value is expected, which decides what an error there says.
    enum ValueSlot {
        case topLevel, firstElement, nextElement, memberValue

        var expected: String {
            switch self {
            case .topLevel: "a JSON value"
            case .firstElement: "a value or ']'"
            case .nextElement: "a value after ','"
            case .memberValue: "a value after ':'"
            }
        }
    }

    mutating func readDocument() throws(JSONSyntaxError) -> JSONNode {
        try skipByteOrderMark()
        var open: [OpenContainer] = []
        var elements: [JSONNode] = []
        var members: [JSONMember] = []
        /// The name of the member whose value is being read, one per open object.
        var names: [MemberName] = []
        var slot = ValueSlot.topLevel

        parsing: while true {
            skipWhitespace()
            guard index < end else { throw endOfFile(expected: slot.expected) }
            let start = position(at: index)
            var node: JSONNode
            switch bytes[index] {
            case UInt8(ascii: "{"):
                try checkDepth(open.count, at: start)
                index += 1
                open.append(
                    OpenContainer(isObject: true, position: start, firstChild: members.count))
                skipWhitespace()
                if index < end, bytes[index] == UInt8(ascii: "}") {
                    index += 1
                    open.removeLast()
                    node = JSONNode(value: .object([]), position: start, endOffset: index)
                } else {
                    names.append(try readMemberName(isFirst: true))
                    slot = .memberValue
                    continue parsing
                }
            case UInt8(ascii: "["):
                try checkDepth(open.count, at: start)
                index += 1
                open.append(
                    OpenContainer(isObject: false, position: start, firstChild: elements.count))
                skipWhitespace()
                if index < end, bytes[index] == UInt8(ascii: "]") {
                    index += 1
                    open.removeLast()
                    node = JSONNode(value: .array([]), position: start, endOffset: index)
                } else {
                    slot = .firstElement
                    continue parsing
                }
            case UInt8(ascii: "\""):
                let text = try readString(startingAt: start)
                node = JSONNode(value: .string(text), position: start, endOffset: index)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                let literal = try readNumber(startingAt: start)
                node = JSONNode(value: .number(literal), position: start, endOffset: index)
            case UInt8(ascii: "t"):
                try readLiteral("true", slot: slot)
                node = JSONNode(value: .bool(true), position: start, endOffset: index)
            case UInt8(ascii: "f"):
                try readLiteral("false", slot: slot)
                node = JSONNode(value: .bool(false), position: start, endOffset: index)
            case UInt8(ascii: "n"):
                try readLiteral("null", slot: slot)
                node = JSONNode(value: .null, position: start, endOffset: index)
            default:
                throw unexpected(expected: slot.expected, remedy: valueRemedy(at: index, slot: slot))
            }

            // A value is complete: hand it to its container, closing containers as they end.
            while let container = open.last {
                if container.isObject {
                    let name = names.removeLast()
                    members.append(JSONMember(key: name.key, keyPosition: name.position, value: node))
                } else {
                    elements.append(node)
                }
                skipWhitespace()
                guard index < end else { throw endOfFile(expected: container.expectedAfterChild) }
                switch bytes[index] {
                case UInt8(ascii: ","):
                    index += 1
                    if container.isObject {
                        names.append(try readMemberName(isFirst: false))
                        slot = .memberValue
                    } else {
                        slot = .nextElement
                    }
                    continue parsing
                case UInt8(ascii: "}") where container.isObject:
                    index += 1
                    let object = Array(members[container.firstChild...])
                    members.removeSubrange(container.firstChild...)
                    open.removeLast()
                    node = JSONNode(value: .object(object), position: container.position, endOffset: index)
                case UInt8(ascii: "]") where !container.isObject:
                    index += 1
                    let array = Array(elements[container.firstChild...])
                    elements.removeSubrange(container.firstChild...)
                    open.removeLast()
                    node = JSONNode(value: .array(array), position: container.position, endOffset: index)
                default:
                    let remedy =
                        bytes[index] == UInt8(ascii: "\"") ? nil : punctuationRemedy(at: index, inMemberName: false)
                    throw unexpected(expected: container.expectedAfterChild, remedy: remedy)
                }
            }

            skipWhitespace()
            if index < end {
                throw JSONSyntaxError(
                    kind: .trailingContent, position: position(at: index),
                    expected: "end of file after the top-level value", found: describe(at: index),
                    remedy: trailingRemedy(at: index))
            }
            return node
        }
    }

    // MARK: Positions and whitespace

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

    // MARK: Member names

    /// Reads `"name":` after `{` or `,`, leaving `index` after the colon.
    mutating func readMemberName(isFirst: Bool) throws(JSONSyntaxError) -> MemberName {
        skipWhitespace()
        let expected = isFirst ? "a member name in double quotes or '}'" : "a member name in double quotes after ','"
        guard index < end else { throw endOfFile(expected: expected) }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw unexpected(expected: expected, remedy: memberNameRemedy(at: index, isFirst: isFirst))
        }
        let start = position(at: index)
        let key = try readString(startingAt: start)
        skipWhitespace()
        guard index < end, bytes[index] == UInt8(ascii: ":") else {
            let colon = "':' after the member name \(quoted(key))"
            throw index < end ? unexpected(expected: colon, remedy: nil) : endOfFile(expected: colon)
        }
        index += 1
        return MemberName(key: key, position: start)
    }

    // MARK: Literals and numbers

    /// Reads `true`, `false` or `null`, whose first byte is at `index`.
    mutating func readLiteral(_ literal: StaticString, slot: ValueSlot) throws(JSONSyntaxError) {
        let count = literal.utf8CodeUnitCount
        let expectedBytes = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        var matched = 0
        while matched < count, index + matched < end, bytes[index + matched] == expectedBytes[matched] {
            matched += 1
        }
        if matched == count {
            index += count
            return
        }
        if index + matched == end {
            throw endOfFile(expected: "'\(literal)'")
        }
        throw unexpected(expected: slot.expected, remedy: valueRemedy(at: index, slot: slot))
    }

    /// Reads a number whose first byte (`-` or a digit) is at `index`; returns its literal text.
    mutating func readNumber(startingAt start: JSONPosition) throws(JSONSyntaxError) -> String {
        let begin = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end else { throw endOfFile(expected: "a digit after '-'") }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < end, isDigit(bytes[index]) {
                throw JSONSyntaxError(
                    kind: .invalidNumber, position: start, expected: "a number without leading zeros",
                    found: describe(at: begin),
                    remedy: "quote codes such as \"007\" as strings so their zeros are kept")
            }
        } else if isDigit(bytes[index]) {
            skipDigits()
        } else {
            throw invalidNumber(expected: "a digit after '-'")
        }
        if index < end, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard index < end else { throw endOfFile(expected: "a digit after the decimal point") }
            guard isDigit(bytes[index]) else { throw invalidNumber(expected: "a digit after the decimal point") }
            skipDigits()
        }
        if index < end, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < end, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard index < end else { throw endOfFile(expected: "a digit in the exponent") }
            guard isDigit(bytes[index]) else { throw invalidNumber(expected: "a digit in the exponent") }
            skipDigits()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self)
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    mutating func skipDigits() {
        while index < end, isDigit(bytes[index]) { index += 1 }
    }

    func invalidNumber(expected: String) -> JSONSyntaxError {
        JSONSyntaxError(
            kind: .invalidNumber, position: position(at: index), expected: expected, found: describe(at: index),
            remedy: index < end && isWordByte(bytes[index]) ? nonFiniteRemedy(word(at: index)) : nil)
    }
}
