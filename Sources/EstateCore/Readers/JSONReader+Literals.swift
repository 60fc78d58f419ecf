/// `true`, `false`, `null` and numbers, checked against the RFC 8259 grammar.
extension JSONReader {
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
