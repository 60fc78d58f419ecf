/// Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted, quotes doubled,
/// lines end CRLF as spreadsheets expect.
///
/// With `neutralisesFormulas` (the default for anything Estate reports), a text cell that a
/// spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) is prefixed with `'`, as OWASP's CSV-injection guidance recommends. Cells that are
/// plain numbers (`-12.50`, `-1.5e-05`) stay numbers; number cells whose text is not a plain number are
/// neutralised like text, so no cell Estate writes can run as a formula.
public struct CSVWriter: Sendable {
    public var neutralisesFormulas: Bool
    /// Starts the output with a UTF-8 byte-order mark, which some spreadsheet programs need to read UTF-8.
    public var writesByteOrderMark: Bool

    public init(neutralisesFormulas: Bool = true, writesByteOrderMark: Bool = false) {
        self.neutralisesFormulas = neutralisesFormulas
        self.writesByteOrderMark = writesByteOrderMark
    }

    /// The whole table as CSV text, header first.
    ///
    /// - Complexity: O(*n*) in the table's text, built as bytes with no string per cell.
    public func render(_ table: Table) -> String {
        var text = CSVText(writer: self)
        text.append(table)
        return text.finish()
    }

    /// Appends one record of field texts, neutralised (see ``safe(_:)``) and quoted, and its line ending.
    public func appendRecord(_ fields: [String], to out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out.append(",") }
            out.append(Self.quoted(safe(field)))
        }
        out.append("\r\n")
    }

    /// The text a spreadsheet cannot run: `'=SUM(A1)` for `=SUM(A1)`.
    public func safe(_ text: String) -> String {
        guard neutralisesFormulas, let first = text.utf8.first else { return text }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
            return Self.isPlainNumber(text) ? text : "'" + text
        default:
            return text
        }
    }

    static func quoted(_ field: String) -> String {
        guard field.utf8.contains(where: isQuotable) else { return field }
        var out = "\""
        for character in field.unicodeScalars {
            if character == "\"" { out.append("\"\"") } else { out.unicodeScalars.append(character) }
        }
        out.append("\"")
        return out
    }

    /// Whether the bytes hold a comma, a quote or a line break: the bytes that make a field need quotes.
    ///
    /// Eight bytes are tested at a time (a word holds the byte *b* when `word ^ b×0x01…01` has a zero byte), since
    /// a report of a million assets writes gigabytes of reasons and names that need none.
    static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func holdsZeroByte(_ word: UInt64) -> Bool { (word &- ones) & ~word & highs != 0 }
        var index = 0
        while index + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            if holdsZeroByte(word ^ (ones &* 0x2C)) || holdsZeroByte(word ^ (ones &* 0x22))
                || holdsZeroByte(word ^ (ones &* 0x0A)) || holdsZeroByte(word ^ (ones &* 0x0D))
            {
                return true
            }
            index += 8
        }
        return bytes[index...].contains(where: isQuotable)
    }

    /// A comma, a quote or a line break: a byte that makes a field need quotes.
    static func isQuotable(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }

    /// `-12`, `+3.5`, `-0.25`, `-1.5e-05`: a number a spreadsheet reads as a number, so it can stay as it is.
    ///
    /// A sign, digits with at most one point, then optionally `e` or `E`, a sign and digits; nothing else.
    static func isPlainNumber(_ text: String) -> Bool {
        isPlainNumber(text.utf8)
    }

    /// ``isPlainNumber(_:)-(String)`` of UTF-8 bytes.
    static func isPlainNumber(_ text: some Collection<UInt8>) -> Bool {
        var digits = 0
        var points = 0
        var exponentDigits = 0
        var isInExponent = false
        var previous: UInt8 = 0
        for (index, byte) in text.enumerated() {
            switch byte {
            case UInt8(ascii: "-"), UInt8(ascii: "+"):
                let startsExponent = previous == UInt8(ascii: "e") || previous == UInt8(ascii: "E")
                if index != 0 && !startsExponent { return false }
            case UInt8(ascii: "."):
                if isInExponent { return false }
                points += 1
            case UInt8(ascii: "e"), UInt8(ascii: "E"):
                if isInExponent || digits == 0 { return false }
                isInExponent = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if isInExponent { exponentDigits += 1 } else { digits += 1 }
            default: return false
            }
            previous = byte
        }
        return digits > 0 && points <= 1 && (!isInExponent || exponentDigits > 0)
    }
}

/// CSV text built field by field as UTF-8 bytes, exactly as ``CSVWriter/render(_:)`` writes a table, for
/// tables too large to hold as cells: a million-row roadmap streams straight from the analysis into text.
///
/// ```swift
/// var text = CSVText(writer: CSVWriter())
/// text.appendHeader(["asset", "cost"])
/// text.append("=HYPERLINK()")   // written '=HYPERLINK() when the writer neutralises formulas
/// text.append(1200)
/// text.endRecord()
/// text.finish()                 // "asset,cost\r\n'=HYPERLINK(),1200\r\n"
/// ```
///
/// Given a `drain`, the text is handed on a chunk at a time as records end (to a file), so a table of
/// hundreds of megabytes is never held whole; ``flush()`` hands on the rest.
public struct CSVText {
    private let neutralisesFormulas: Bool
    private var bytes: [UInt8] = []
    private var isRecordStart = true
    private let drain: (([UInt8]) -> Void)?
    private let chunkBytes: Int
    /// The cell being composed by ``appendField(composing:)``, its storage kept from cell to cell.
    private var field = FieldText()

    /// Starts the text, with the writer's byte-order mark if it writes one.
    public init(writer: CSVWriter) {
        self.init(writer: writer, reservingBytes: 0, chunkBytes: .max, drain: nil)
    }

    /// Starts text that is handed to `drain` whenever a record ends with at least `chunkBytes` held (and on
    /// ``flush()``); each chunk ends at the end of a record.
    public init(writer: CSVWriter, chunkBytes: Int = 1 << 20, drain: @escaping ([UInt8]) -> Void) {
        self.init(writer: writer, reservingBytes: chunkBytes + 4096, chunkBytes: chunkBytes, drain: drain)
    }

    private init(writer: CSVWriter, reservingBytes: Int, chunkBytes: Int, drain: (([UInt8]) -> Void)?) {
        neutralisesFormulas = writer.neutralisesFormulas
        self.chunkBytes = chunkBytes
        self.drain = drain
        bytes.reserveCapacity(reservingBytes)
        if writer.writesByteOrderMark { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// A whole table built as cells: its header, then each row.
    public mutating func append(_ table: Table) {
        appendHeader(table.columns.map(\.key))
        for row in table.rows {
            for cell in row {
                switch cell.value {
                case .text(let value): append(value)
                case .integer(let value): append(value)
                case .number(let value): appendNumber(value)
                case .empty: append(nil as String?)
                }
            }
            endRecord()
        }
    }

    /// The header record: the keys, quoted where needed and neutralised like text, since a column can be named
    /// after inventory data (a department, a site).
    public mutating func appendHeader(_ keys: [String]) {
        for key in keys { appendField(key, neutralising: neutralisesFormulas) }
        endRecord()
    }

    /// A text cell; `nil` or empty is an empty field.
    public mutating func append(_ text: String?) {
        appendField(text ?? "", neutralising: neutralisesFormulas)
    }

    /// A whole-number cell, its digits written straight into the text.
    public mutating func append(_ value: Int64) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(of: value.magnitude)
    }

    /// A whole-number cell.
    public mutating func append(_ value: Int) {
        append(Int64(value))
    }

    /// An amount of money in pounds and pence (`-1234.50`), as ``Money/plain`` writes it, without making a string.
    public mutating func append(_ money: Money) {
        separate()
        if money.pence < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = money.pence.magnitude
        appendDigits(of: magnitude / 100)
        let rest = UInt8(magnitude % 100)
        bytes += [UInt8(ascii: "."), rest / 10 + 0x30, rest % 10 + 0x30]
    }

    /// The decimal digits of `value`, most significant first.
    private mutating func appendDigits(of value: UInt64) {
        // 20 digits hold the largest UInt64.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        withUnsafeMutableBytes(of: &digits) { buffer in
            var start = 20
            var rest = value
            repeat {
                start -= 1
                buffer[start] = UInt8(rest % 10) + 0x30
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: buffer[start..<20])
        }
    }

    /// A date cell (`yyyy-mm-dd`); `nil` is an empty field.
    public mutating func append(_ date: LocalDate?) {
        guard let date else { return append(nil as String?) }
        // A four-digit year's date is ten plain bytes (held inline by its string): nothing to quote or neutralise.
        guard (1000...9999).contains(date.year) else { return append(date.description) }
        separate()
        bytes.append(contentsOf: date.description.utf8)
    }

    /// A number already written plainly (`1234.50`, `-12.5`, `1.5e-05`), which stays a number; text that is not
    /// a plain number is neutralised as a text cell would be, so no cell can run as a formula.
    public mutating func appendNumber(_ plain: String) {
        appendField(plain, neutralising: neutralisesFormulas)
    }

    /// Ends the record with CRLF.
    public mutating func endRecord() {
        bytes += [0x0D, 0x0A]
        isRecordStart = true
        if bytes.count >= chunkBytes { flush() }
    }

    /// The text built (with a `drain`, what has not been handed on yet).
    public func finish() -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Hands what is held to the `drain` (nothing happens without one).
    public mutating func flush() {
        guard let drain, !bytes.isEmpty else { return }
        drain(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    private mutating func separate() {
        if isRecordStart {
            isRecordStart = false
        } else {
            bytes.append(UInt8(ascii: ","))
        }
    }

    /// Appends one field: neutralised as ``CSVWriter/safe(_:)`` does, then quoted as ``CSVWriter`` quotes.
    private mutating func appendField(_ text: String, neutralising: Bool) {
        var text = text
        // A native string's UTF-8 is contiguous already (this does nothing); a bridged one's is made so.
        text.makeContiguousUTF8()
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable {
            appendField(bytes: $0, neutralising: neutralising)
        }
        if appended == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendField(bytes: $0, neutralising: neutralising) }
        }
    }

    /// Appends a text field composed in pieces, neutralised and quoted as a whole, as ``append(_:)-(String?)``
    /// would the string of its pieces.
    mutating func appendField(composing compose: (inout FieldText) -> Void) {
        var field = FieldText()
        swap(&field, &self.field)
        field.bytes.removeAll(keepingCapacity: true)
        compose(&field)
        field.bytes.withUnsafeBufferPointer { appendField(bytes: $0, neutralising: neutralisesFormulas) }
        swap(&field, &self.field)
    }

    /// Appends one field's UTF-8: neutralised as ``CSVWriter/safe(_:)`` does, then quoted as ``CSVWriter`` quotes.
    private mutating func appendField(bytes field: UnsafeBufferPointer<UInt8>, neutralising: Bool) {
        separate()
        guard let first = field.first else { return }
        var prefix = false
        if neutralising {
            switch first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D:
                prefix = !CSVWriter.isPlainNumber(field)
            default: break
            }
        }
        Self.append(field, prefix: prefix, to: &bytes)
    }

    /// Appends a field's bytes (after `'` when `prefix`): as they are when nothing needs quotes, else quoted with
    /// each quote doubled. Runs of bytes are copied whole: most fields are plain, and quoted ones (reasons with
    /// commas) seldom hold a quote.
    private static func append(_ field: UnsafeBufferPointer<UInt8>, prefix: Bool, to bytes: inout [UInt8]) {
        let quote = UInt8(ascii: "\"")
        let quoted = CSVWriter.needsQuotes(field)
        if quoted { bytes.append(quote) }
        if prefix { bytes.append(UInt8(ascii: "'")) }
        guard quoted else { return bytes.append(contentsOf: field) }
        var start = 0
        while let found = field[start...].firstIndex(of: quote) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...found]))
            bytes.append(quote)
            start = found + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: field[start...]))
        bytes.append(quote)
    }
}
