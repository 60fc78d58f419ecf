/// The byte state machine behind ``CSVReader``: finds one record's field boundaries, then turns them into strings.
///
/// It only lives inside `Data.withUnsafeBytes`, so its pointer never escapes.
struct CSVScanner {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private let maximumRecordBytes: Int
    private var position: Int
    /// The 1-based physical line at `position`.
    private var line = 1
    /// Field boundaries of the record being read, reused from record to record.
    private var slots: [Slot] = []
    /// Room to undo doubled quotes, reused from field to field.
    private var scratch: [UInt8] = []

    /// Where one field's text is, and what has to be done to it.
    private struct Slot {
        var start: Int
        var end: Int
        /// The text holds doubled quotes to undo.
        var hasDoubledQuotes: Bool
        /// The text holds bytes above 0x7F, so its UTF-8 must be checked.
        var hasNonASCII: Bool
        /// The text holds a NUL byte, which no inventory's text has: the file is binary or UTF-16.
        var hasNUL = false
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    init(base: UnsafePointer<UInt8>, count: Int, maximumRecordBytes: Int) {
        self.base = base
        self.count = count
        self.maximumRecordBytes = maximumRecordBytes
        let hasByteOrderMark = count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF
        self.position = hasByteOrderMark ? 3 : 0
    }

    /// The next record, or `nil` at the end of the data.
    mutating func nextRecord() -> CSVRecord? {
        skipBlankLines()
        guard position < count else { return nil }
        let recordStart = position
        let recordLine = line
        slots.removeAll(keepingCapacity: true)
        var problem: CSVProblem?
        var recordEnd = count
        var fieldNumber = 1

        fields: while true {
            let fieldStart = position
            if position < count, base[position] == Self.quote {
                let outcome = scanQuotedField(fieldNumber: fieldNumber, recordStart: recordStart, problem: &problem)
                if let end = outcome {
                    recordEnd = end
                    break fields
                }
            } else {
                var sawQuote = false
                var sawNUL = false
                var high: UInt8 = 0
                while position < count {
                    let byte = base[position]
                    // Letters, digits and most punctuation sort above every byte that matters here.
                    if byte > Self.comma {
                        high |= byte
                        position += 1
                        continue
                    }
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    if byte == Self.quote { sawQuote = true }
                    if byte == 0 { sawNUL = true }
                    position += 1
                }
                if sawQuote, problem == nil {
                    problem = CSVProblem(
                        column: fieldNumber,
                        message: "stray quote in unquoted field \(fieldNumber); "
                            + "quote the whole field and double the quotes inside it")
                }
                appendSlot(
                    Slot(
                        start: fieldStart, end: position, hasDoubledQuotes: false, hasNonASCII: high >= 0x80,
                        hasNUL: sawNUL),
                    recordStart: recordStart)
            }
            guard position < count else {
                recordEnd = count
                break fields
            }
            let delimiter = base[position]
            if delimiter == Self.comma {
                position += 1
                fieldNumber += 1
                continue fields
            }
            recordEnd = position
            consumeLineEnd()
            break fields
        }

        let byteRange = recordStart..<recordEnd
        if recordEnd - recordStart > maximumRecordBytes {
            let tooLong = CSVProblem(
                column: nil, message: "record is longer than the limit of \(maximumRecordBytes) bytes")
            return CSVRecord(line: recordLine, fields: [], problem: tooLong, byteRange: byteRange)
        }
        var fields: [String] = []
        fields.reserveCapacity(slots.count)
        for index in slots.indices {
            let (text, isValid) = makeString(slots[index])
            fields.append(text)
            if slots[index].hasNUL, problem == nil {
                problem = CSVProblem(
                    column: index + 1,
                    message: "NUL byte in field \(index + 1); the file looks binary or UTF-16: "
                        + "save it as CSV UTF-8")
            }
            if !isValid, problem == nil {
                problem = CSVProblem(
                    column: index + 1,
                    message: "invalid UTF-8 in field \(index + 1); save the file as UTF-8 (in Excel: CSV UTF-8)")
            }
        }
        return CSVRecord(line: recordLine, fields: fields, problem: problem, byteRange: byteRange)
    }

    /// Reads a quoted field starting at the opening quote at `position`.
    ///
    /// - Returns: `nil` when the field closed and the record goes on at `position` (a comma, a line end or the end
    ///   of the data); the record's end offset when the quote never closed and the record was cut at the first
    ///   line end after it (with `position` moved past that line end).
    private mutating func scanQuotedField(
        fieldNumber: Int, recordStart: Int, problem: inout CSVProblem?
    ) -> Int? {
        let fieldStart = position
        let quoteLine = line
        var firstLineEnd: Int?
        position += 1
        let contentStart = position
        var hasDoubledQuotes = false
        var hasNUL = false
        var high: UInt8 = 0
        var isClosed = false
        while position < count {
            let byte = base[position]
            if byte > Self.quote {
                high |= byte
                position += 1
                continue
            }
            if byte == Self.quote {
                if position + 1 < count, base[position + 1] == Self.quote {
                    hasDoubledQuotes = true
                    position += 2
                    continue
                }
                isClosed = true
                break
            }
            if byte == Self.lineFeed || byte == Self.carriageReturn {
                if firstLineEnd == nil { firstLineEnd = position }
                consumeLineEnd()
                continue
            }
            if byte == 0 { hasNUL = true }
            high |= byte
            position += 1
        }

        guard isClosed else {
            if problem == nil {
                problem = CSVProblem(
                    column: fieldNumber, message: "unterminated quoted field starting at line \(quoteLine)")
            }
            let end = firstLineEnd ?? count
            appendSlot(
                Slot(start: fieldStart, end: end, hasDoubledQuotes: false, hasNonASCII: true, hasNUL: hasNUL),
                recordStart: recordStart)
            position = end
            line = quoteLine
            if position < count { consumeLineEnd() }
            return end
        }

        let contentEnd = position
        position += 1
        if position < count {
            let next = base[position]
            if next != Self.comma, next != Self.lineFeed, next != Self.carriageReturn {
                if problem == nil {
                    problem = CSVProblem(
                        column: fieldNumber,
                        message: "text after the closing quote of field \(fieldNumber); "
                            + "a quoted field must end at a comma or a line end")
                }
                while position < count {
                    let byte = base[position]
                    if byte == Self.comma || byte == Self.lineFeed || byte == Self.carriageReturn { break }
                    position += 1
                }
                appendSlot(
                    Slot(start: fieldStart, end: position, hasDoubledQuotes: false, hasNonASCII: true),
                    recordStart: recordStart)
                return nil
            }
        }
        appendSlot(
            Slot(
                start: contentStart, end: contentEnd, hasDoubledQuotes: hasDoubledQuotes, hasNonASCII: high >= 0x80,
                hasNUL: hasNUL),
            recordStart: recordStart)
        return nil
    }

    /// Keeps a field's boundaries unless the record is already past the size limit (its fields will not be read).
    private mutating func appendSlot(_ slot: Slot, recordStart: Int) {
        if slot.start - recordStart <= maximumRecordBytes {
            slots.append(slot)
        }
    }

    /// Skips empty lines before a record, counting them.
    private mutating func skipBlankLines() {
        while position < count {
            let byte = base[position]
            guard byte == Self.lineFeed || byte == Self.carriageReturn else { return }
            consumeLineEnd()
        }
    }

    /// Moves past the LF, CR or CRLF at `position` and counts the line.
    private mutating func consumeLineEnd() {
        if base[position] == Self.carriageReturn, position + 1 < count, base[position + 1] == Self.lineFeed {
            position += 2
        } else {
            position += 1
        }
        line += 1
    }

    /// The field's text, and whether its bytes were valid UTF-8 (invalid ones are replaced with U+FFFD).
    private mutating func makeString(_ slot: Slot) -> (String, Bool) {
        guard slot.end > slot.start else { return ("", true) }
        if slot.hasDoubledQuotes {
            scratch.removeAll(keepingCapacity: true)
            var index = slot.start
            while index < slot.end {
                let byte = base[index]
                scratch.append(byte)
                index += byte == Self.quote ? 2 : 1
            }
            return scratch.withUnsafeBufferPointer { Self.decode($0, checking: slot.hasNonASCII) }
        }
        return Self.decode(
            UnsafeBufferPointer(start: base + slot.start, count: slot.end - slot.start),
            checking: slot.hasNonASCII)
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, checking: Bool) -> (String, Bool) {
        (String(decoding: bytes, as: UTF8.self), !checking || isValidUTF8(bytes))
    }

    /// Whether the bytes are well-formed UTF-8, by table 3-7 of the Unicode Standard (no overlong forms,
    /// no surrogates, nothing above U+10FFFF).
    ///
    /// Runs of ASCII are skipped eight bytes at a time, so checking a whole register costs little.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                while index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                continue
            }
            let length: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF:
                length = 2
            case 0xE0:
                length = 3
                secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE...0xEF:
                length = 3
            case 0xED:
                length = 3
                secondRange = 0x80...0x9F
            case 0xF0:
                length = 4
                secondRange = 0x90...0xBF
            case 0xF1...0xF3:
                length = 4
            case 0xF4:
                length = 4
                secondRange = 0x80...0x8F
            default: return false
            }
            guard index + length <= count, secondRange.contains(bytes[index + 1]) else { return false }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return false
            }
            index += length
        }
        return true
    }
}
