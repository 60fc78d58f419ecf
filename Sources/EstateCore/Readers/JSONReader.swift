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
}
