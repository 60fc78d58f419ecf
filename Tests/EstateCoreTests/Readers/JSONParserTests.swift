import Foundation
import Testing

@testable import EstateCore

/// Parses `text` as UTF-8 with the default parser.
private func parse(_ text: String, maximumDepth: Int = 256) throws -> JSONNode {
    try JSONParser(maximumDepth: maximumDepth).parse(Data(text.utf8))
}

/// The syntax error parsing `bytes` gives, or `nil` when it parses.
private func syntaxError(_ bytes: [UInt8], maximumDepth: Int = 256) -> JSONSyntaxError? {
    do {
        _ = try JSONParser(maximumDepth: maximumDepth).parse(bytes)
        return nil
    } catch {
        return error as? JSONSyntaxError
    }
}

private func syntaxError(_ text: String, maximumDepth: Int = 256) -> JSONSyntaxError? {
    syntaxError(Array(text.utf8), maximumDepth: maximumDepth)
}

@Suite struct JSONParserTests {
    // MARK: Values

    @Test func scalarsParseToTheirValues() throws {
        #expect(try parse("null").value == .null)
        #expect(try parse("true").value == .bool(true))
        #expect(try parse(" false ").value == .bool(false))
        #expect(try parse(#""Town Hall""#).value == .string("Town Hall"))
        #expect(try parse("42").value == .number("42"))
    }

    @Test(arguments: ["0", "-0", "1e-7", "1E+2", "1e2", "-12.5", "1250.50", "0.000", "123.456e-10", "9007199254740993"])
    func numbersKeepTheirLiteralText(literal: String) throws {
        let node = try parse("[\(literal)]")
        let element = try #require(node.arrayValue?.first)
        #expect(element.value == .number(literal))
        #expect(element.byteRange == 1..<(1 + literal.utf8.count))
    }

    @Test func stringEscapesAreDecoded() throws {
        let node = try parse(#""q\"b\\s\/b\bf\fn\nr\rt\tu\u00e9\u20AC\u0000""#)
        #expect(node.stringValue == "q\"b\\s/b\u{8}f\u{C}n\nr\rt\tué€\u{0}")
    }

    @Test func surrogatePairsDecodeToOneCharacter() throws {
        #expect(try parse(#""smile \uD83D\uDE00 done""#).stringValue == "smile 😀 done")
        #expect(try parse(#""\ud83d\ude00""#).stringValue == "😀")
    }

    @Test func unescapedUTF8PassesThrough() throws {
        #expect(try parse(#"["£5 café 😀 ẞ"]"#).arrayValue?.first?.stringValue == "£5 café 😀 ẞ")
    }

    @Test func membersKeepFileOrderAndDuplicates() throws {
        let node = try parse(#"{"z": 1, "a": 2, "m": 3, "a": 4}"#)
        let members = try #require(node.objectMembers)
        #expect(members.map(\.key) == ["z", "a", "m", "a"])
        #expect(members.map(\.value.value) == [.number("1"), .number("2"), .number("3"), .number("4")])
        #expect(node["a"]?.numberLiteral == "2")
        #expect(node["missing"] == nil)
        let duplicates = node.value.duplicateMembers
        #expect(duplicates.map(\.key) == ["a"])
        #expect(duplicates.first?.keyPosition == JSONPosition(line: 1, column: 26, offset: 25))
        #expect(duplicates.first?.value.numberLiteral == "4")
    }

    @Test func emptyContainersParse() throws {
        #expect(try parse("{}").value == .object([]))
        #expect(try parse("[ ]").value == .array([]))
        #expect(try parse(#"{"a": [], "b": {}}"#)["b"]?.objectMembers?.isEmpty == true)
    }

    @Test func tenThousandElementArrayParses() throws {
        let text = "[" + (0..<10_000).map { #"{"id": "A\#($0)", "n": \#($0)}"# }.joined(separator: ",\n") + "]"
        let elements = try #require(try parse(text).arrayValue)
        #expect(elements.count == 10_000)
        #expect(elements[9_999]["id"]?.stringValue == "A9999")
        #expect(elements[9_999].position.line == 10_000)
        #expect(elements[9_999].position.column == 1)
    }

    @Test func nestingUpToTheLimitParses() throws {
        let text = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
        var node = try parse(text)
        var depth = 1
        while let inner = node.arrayValue?.first {
            node = inner
            depth += 1
        }
        #expect(depth == 256)
    }

    @Test func parsesByteArraysAndDataAlike() throws {
        let bytes = Array(#"{"a": [1, "x"]}"#.utf8)
        #expect(try JSONParser().parse(bytes) == JSONParser().parse(Data(bytes)))
    }

    // MARK: Positions

    @Test func positionsCountLinesAndCharacterColumns() throws {
        let text = "{\n  \"site\": \"Town Hall\",\n\t\"cost\": [1, -2.5]\n}"
        let node = try parse(text)
        #expect(node.position == JSONPosition(line: 1, column: 1, offset: 0))
        let members = try #require(node.objectMembers)
        #expect(members[0].keyPosition == JSONPosition(line: 2, column: 3, offset: 4))
        #expect(members[0].value.position == JSONPosition(line: 2, column: 11, offset: 12))
        #expect(members[1].keyPosition == JSONPosition(line: 3, column: 2, offset: 26))
        let cost = try #require(members[1].value.arrayValue)
        #expect(cost[1].position == JSONPosition(line: 3, column: 14, offset: 38))
        #expect(node.endOffset == text.utf8.count)
    }

    @Test func nestedValuesKnowWhereTheyStart() throws {
        let root = try parse(#"{"assets": [{"id": "A1"}]}"#)
        #expect(root["assets"]?.arrayValue?.first?["id"]?.position == JSONPosition(line: 1, column: 20, offset: 19))
        #expect(root["assets"]?.position.column == 12)
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let node = try parse(#"["£1 café", 7]"#)
        // `£` and `é` are two bytes each; the 7 is the 13th character and the 15th byte.
        #expect(node.arrayValue?.last?.position == JSONPosition(line: 1, column: 13, offset: 14))
    }

    @Test func crlfAndLoneCREndLines() throws {
        let node = try parse("[1,\r\n2,\r3]")
        let positions = try #require(node.arrayValue).map(\.position)
        #expect(positions.map(\.line) == [1, 2, 3])
        #expect(positions.map(\.column) == [2, 1, 1])
    }

    @Test func byteRangeSlicesARecordsRawText() throws {
        let text = "[\n  {\"id\": \"A1\", \"cost\": \"£5\"},\n  {\"id\": \"A2\"}\n]\n"
        let data = Data(text.utf8)
        let records = try #require(try JSONParser().parse(data).arrayValue)
        let raw = records.map { String(decoding: data[$0.byteRange], as: UTF8.self) }
        #expect(raw == [#"{"id": "A1", "cost": "£5"}"#, #"{"id": "A2"}"#])
    }

    @Test func utf8ByteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8)
        let node = try JSONParser().parse(bytes)
        #expect(node.position == JSONPosition(line: 1, column: 1, offset: 3))
        #expect(node["a"]?.position == JSONPosition(line: 1, column: 7, offset: 9))
        let error = syntaxError([0xEF, 0xBB, 0xBF] + Array("[x]".utf8))
        #expect(error?.position == JSONPosition(line: 1, column: 2, offset: 4))
    }

    // MARK: Error messages

    @Test func missingCommaBetweenMembersNamesTheLineAndColumn() {
        let text = "{\n  \"id\": \"A1\",\n  \"cost\": 12 \"x\"\n}"
        let error = syntaxError(text)
        #expect(error?.description == #"line 3, column 14: expected ',' or '}' after an object member, found '"'"#)
        #expect(error?.kind == .unexpectedInput)
        #expect(error?.reason == #"expected ',' or '}' after an object member, found '"'"#)
        #expect(error?.position.offset == 29)
    }

    @Test(arguments: [
        ("", "line 1, column 1: unexpected end of file, expected a JSON value"),
        ("  \n ", "line 2, column 2: unexpected end of file, expected a JSON value"),
        (#"{"a": [1, 2"#, "line 1, column 12: unexpected end of file, expected ',' or ']' after an array element"),
        ("{\"a\": [1, 2]\n", "line 2, column 1: unexpected end of file, expected ',' or '}' after an object member"),
        (#"{"a": "#, "line 1, column 7: unexpected end of file, expected a value after ':'"),
        (#"{"a""#, "line 1, column 5: unexpected end of file, expected ':' after the member name \"a\""),
        (
            #"{"a"#,
            #"line 1, column 4: unexpected end of file, expected '"' to close the string that starts at line 1, column 2"#
        ),
        ("{", "line 1, column 2: unexpected end of file, expected a member name in double quotes or '}'"),
        (#"{"a": 1,"#, "line 1, column 9: unexpected end of file, expected a member name in double quotes after ','"),
        ("[", "line 1, column 2: unexpected end of file, expected a value or ']'"),
        ("[1,", "line 1, column 4: unexpected end of file, expected a value after ','"),
        ("[tr", "line 1, column 4: unexpected end of file, expected 'true'"),
        ("[nul", "line 1, column 5: unexpected end of file, expected 'null'"),
        (#"["a\"#, #"line 1, column 5: unexpected end of file, expected an escape character after '\'"#),
        (#"["\u00"#, #"line 1, column 7: unexpected end of file, expected four hex digits after '\u'"#),
        (
            #"["\uD83D"#,
            #"line 1, column 9: unexpected end of file, expected a low surrogate (\uDC00 to \uDFFF) after '\uD83D'"#
        ),
    ])
    func truncatedInputReportsTheEndOfFile(text: String, message: String) {
        let error = syntaxError(text)
        #expect(error?.description == message)
        #expect(error?.kind == .unexpectedEndOfFile)
        #expect(error?.found == "end of file")
        #expect(error?.position.offset == text.utf8.count)
    }

    @Test(arguments: [
        (
            "[01]",
            #"line 1, column 2: expected a number without leading zeros, found '01'; quote codes such as "007" as strings so their zeros are kept"#
        ),
        (
            "-007",
            #"line 1, column 1: expected a number without leading zeros, found '-007'; quote codes such as "007" as strings so their zeros are kept"#
        ),
        ("[1.]", "line 1, column 4: expected a digit after the decimal point, found ']'"),
        ("[1.e5]", "line 1, column 4: expected a digit after the decimal point, found 'e5'"),
        ("[1e]", "line 1, column 4: expected a digit in the exponent, found ']'"),
        ("[1e+]", "line 1, column 5: expected a digit in the exponent, found ']'"),
        ("[-]", "line 1, column 3: expected a digit after '-', found ']'"),
        ("[- 1]", "line 1, column 3: expected a digit after '-', found a space"),
        (
            "[-Infinity]",
            "line 1, column 3: expected a digit after '-', found 'Infinity'; JSON has no NaN or Infinity: write null or a string"
        ),
        (
            "[.5]",
            "line 1, column 2: expected a value or ']', found '.5'; write a digit before the decimal point, as in 0.5"
        ),
        ("[+1]", "line 1, column 2: expected a value or ']', found '+1'; JSON numbers have no '+' sign"),
        (
            "[NaN]",
            "line 1, column 2: expected a value or ']', found 'NaN'; JSON has no NaN or Infinity: write null or a string"
        ),
        (
            #"{"a": Infinity}"#,
            "line 1, column 7: expected a value after ':', found 'Infinity'; JSON has no NaN or Infinity: write null or a string"
        ),
        ("[1.5.2]", "line 1, column 5: expected ',' or ']' after an array element, found '.2'"),
        ("1.", "line 1, column 3: unexpected end of file, expected a digit after the decimal point"),
        ("-", "line 1, column 2: unexpected end of file, expected a digit after '-'"),
        ("2e", "line 1, column 3: unexpected end of file, expected a digit in the exponent"),
    ])
    func numbersBreakingTheGrammarAreRejected(text: String, message: String) {
        #expect(syntaxError(text)?.description == message)
    }

    @Test(arguments: [
        ("[1, 2,]", "line 1, column 7: expected a value after ',', found ']'; JSON does not allow a comma before ']'"),
        (
            #"{"a": 1,}"#,
            "line 1, column 9: expected a member name in double quotes after ',', found '}'; JSON does not allow a comma before '}'"
        ),
        (
            "{'a': 1}",
            "line 1, column 2: expected a member name in double quotes or '}', found a single quote ('); JSON member names use double quotes"
        ),
        (
            "['a']",
            "line 1, column 2: expected a value or ']', found a single quote ('); JSON strings use double quotes"
        ),
        (
            #"{hostname: "x"}"#,
            "line 1, column 2: expected a member name in double quotes or '}', found 'hostname'; member names must be in double quotes"
        ),
        (#"{"a": abc}"#, "line 1, column 7: expected a value after ':', found 'abc'; text must be in double quotes"),
        (#"{"a" 1}"#, #"line 1, column 6: expected ':' after the member name "a", found '1'"#),
        (
            "[True]",
            "line 1, column 2: expected a value or ']', found 'True'; JSON writes true, false and null in lower case"
        ),
        ("[None]", "line 1, column 2: expected a value or ']', found 'None'; JSON writes a missing value as null"),
        ("[nul]", "line 1, column 2: expected a value or ']', found 'nul'; text must be in double quotes"),
        ("[1 2]", "line 1, column 4: expected ',' or ']' after an array element, found '2'"),
        ("[1}", "line 1, column 3: expected ',' or ']' after an array element, found '}'"),
        (#"{"a": 1]"#, "line 1, column 8: expected ',' or '}' after an object member, found ']'"),
        (
            "{\"a\": 1 // owner\n}",
            "line 1, column 9: expected ',' or '}' after an object member, found '/'; JSON does not allow comments"
        ),
        ("[/* none */]", "line 1, column 2: expected a value or ']', found '/'; JSON does not allow comments"),
        (
            "{“a”: 1}",
            "line 1, column 2: expected a member name in double quotes or '}', found '“' (U+201C); JSON uses straight double quotes (\"), not curly quotes"
        ),
        ("[1,\u{A0}2]", "line 1, column 4: expected a value after ',', found a no-break space (U+00A0)"),
        ("[\u{FEFF}1]", "line 1, column 2: expected a value or ']', found a byte order mark (U+FEFF)"),
        ("[é]", "line 1, column 2: expected a value or ']', found 'é' (U+00E9)"),
        (#"{"a": 1} x"#, "line 1, column 10: expected end of file after the top-level value, found 'x'"),
        (
            "{\"a\": 1}\n{\"a\": 2}\n",
            "line 2, column 1: expected end of file after the top-level value, found '{'; the file holds more than one JSON value, as JSON Lines does, but Estate reads one value, such as an array of records"
        ),
        (
            #"{"a": 1}, {"a": 2}"#,
            "line 1, column 9: expected end of file after the top-level value, found ','; the file holds values separated by commas: wrap them in [ and ] to make one array"
        ),
    ])
    func structuralMistakesAreNamedWithARemedy(text: String, message: String) {
        #expect(syntaxError(text)?.description == message)
    }

    @Test(arguments: [
        (
            #"{"path": "C:\Data"}"#,
            #"line 1, column 13: expected an escape: \" \\ \/ \b \f \n \r \t or \uXXXX, found '\D'; write a backslash as \\, as in "C:\\Data""#
        ),
        (#"["\u12G4"]"#, #"line 1, column 3: expected four hex digits after '\u', found '\u12G'"#),
        (
            "[\"a\tb\"]",
            "line 1, column 4: expected a character allowed in a string, found a tab (U+0009); write control characters as escapes, such as \\t for a tab"
        ),
        (
            "[\"a\u{1}\"]",
            "line 1, column 4: expected a character allowed in a string, found control character U+0001; write control characters as escapes, such as \\t for a tab"
        ),
        (
            "{\"name\": \"abc\n}",
            #"line 1, column 14: expected '"' to close the string that starts at line 1, column 10, found a line break (U+000A); a string cannot run over a line break: write one inside a string as \n"#
        ),
        (
            #"["£\uD83D"]"#,
            #"line 1, column 4: expected a low surrogate (\uDC00 to \uDFFF) after '\uD83D', found '"'; a lone surrogate is not a character"#
        ),
        (
            #"["\uD83Dx"]"#,
            #"line 1, column 3: expected a low surrogate (\uDC00 to \uDFFF) after '\uD83D', found 'x'; a lone surrogate is not a character"#
        ),
        (
            #"["\uD83D\u0041"]"#,
            #"line 1, column 3: expected a low surrogate (\uDC00 to \uDFFF) after '\uD83D', found '\u0041'; a lone surrogate is not a character"#
        ),
        (
            #"["ok", "\uDE00"]"#,
            #"line 1, column 9: expected a high surrogate (\uD800 to \uDBFF) before a low surrogate, found '\uDE00' on its own; characters beyond U+FFFF are written as a pair, such as \uD83D\uDE00"#
        ),
    ])
    func badStringsAreRejectedAtTheFault(text: String, message: String) {
        let error = syntaxError(text)
        #expect(error?.description == message)
        #expect(error?.kind == .invalidString)
    }

    @Test(
        arguments: [
            ([0xE9], 0xE9),  // Windows-1252 é
            ([0xC3, 0x28], 0xC3),  // lead byte without a continuation
            ([0xC0, 0x80], 0xC0),  // overlong NUL
            ([0xE0, 0x80, 0x80], 0xE0),  // overlong
            ([0xED, 0xA0, 0x80], 0xED),  // UTF-16 surrogate encoded in UTF-8
            ([0xF4, 0x90, 0x80, 0x80], 0xF4),  // above U+10FFFF
            ([0xE2, 0x82], 0xE2),  // cut short by the closing quote
            ([0x80], 0x80),  // stray continuation byte
        ] as [([UInt8], UInt8)])
    func invalidUTF8InStringsIsRejectedWithItsPosition(bad: [UInt8], lead: UInt8) {
        let bytes = Array(#"["ok", "caf"#.utf8) + bad + Array(#"!"]"#.utf8)
        let error = syntaxError(bytes)
        let hex = String(lead, radix: 16, uppercase: true)
        #expect(
            error?.description
                == "line 1, column 12: expected UTF-8 text, found byte 0x\(hex) (not valid UTF-8); "
                + "save the file as UTF-8 (it may be in Windows-1252 or Latin-1)")
        #expect(error?.kind == .invalidUTF8)
        #expect(error?.position.offset == 11)
    }

    @Test func wellFormedFourByteUTF8IsAccepted() throws {
        let bytes = Array(#"[""#.utf8) + [0xF0, 0x9F, 0x98, 0x80, 0xF4, 0x8F, 0xBF, 0xBF] + Array(#""]"#.utf8)
        let text = try JSONParser().parse(bytes).arrayValue?.first?.stringValue
        #expect(text == "😀\u{10FFFF}")
    }

    @Test func columnsAfterMultiByteCharactersCountCharacters() {
        let error = syntaxError(#"["é", x]"#)
        #expect(error?.position == JSONPosition(line: 1, column: 7, offset: 7))
        #expect(
            error?.description
                == "line 1, column 7: expected a value after ',', found 'x'; text must be in double quotes")
    }

    @Test func nestingDeeperThanTheLimitIsAnErrorNotACrash() {
        let text = String(repeating: "[", count: 1_000) + String(repeating: "]", count: 1_000)
        let error = syntaxError(text)
        #expect(
            error?.description
                == "line 1, column 257: expected at most 256 levels of nested arrays and objects, found '[' opening level 257"
        )
        #expect(error?.kind == .nestingTooDeep)
    }

    @Test func maximumDepthIsConfigurable() {
        let error = syntaxError(#"{"a": {"b": {}}}"#, maximumDepth: 2)
        #expect(
            error?.description
                == "line 1, column 13: expected at most 2 levels of nested arrays and objects, found '{' opening level 3"
        )
        #expect(syntaxError(#"{"a": {"b": 1}}"#, maximumDepth: 2) == nil)
    }

    @Test(
        arguments: [
            (
                [0xFF, 0xFE, 0x5B, 0x00], "a UTF-16 little-endian byte order mark (FF FE)",
                "the file is UTF-16: save it as UTF-8"
            ),
            (
                [0xFE, 0xFF, 0x00, 0x5B], "a UTF-16 big-endian byte order mark (FE FF)",
                "the file is UTF-16: save it as UTF-8"
            ),
            (
                [0xFF, 0xFE, 0x00, 0x00], "a UTF-32 little-endian byte order mark (FF FE 00 00)",
                "the file is UTF-32: save it as UTF-8"
            ),
            (
                [0x5B, 0x00, 0x5D, 0x00], "NUL bytes between characters",
                "the file looks like UTF-16 (little-endian, without a byte order mark): save it as UTF-8"
            ),
            (
                [0x00, 0x5B, 0x00, 0x5D], "NUL bytes between characters",
                "the file looks like UTF-16 (big-endian, without a byte order mark): save it as UTF-8"
            ),
        ] as [([UInt8], String, String)])
    func utf16AndUTF32FilesAreRefusedWithAnExplanation(bytes: [UInt8], found: String, remedy: String) {
        let error = syntaxError(bytes)
        #expect(error?.kind == .unsupportedEncoding)
        #expect(error?.description == "line 1, column 1: expected UTF-8 text, found \(found); \(remedy)")
    }

    // MARK: Access

    @Test func textForFieldGivesWhatACSVCellWouldHold() throws {
        let node = try parse(
            #"{"s": " A1 ", "n": 1250.50, "t": true, "f": false, "z": null, "list": ["SRV01", 2, null, true], "#
                + #""empty": [], "nested": [[1]], "o": {"a": 1}}"#)
        #expect(node["s"]?.textForField == " A1 ")
        #expect(node["n"]?.textForField == "1250.50")
        #expect(node["t"]?.textForField == "true")
        #expect(node["f"]?.textForField == "false")
        #expect(node["z"]?.textForField == nil)
        #expect(node["list"]?.textForField == "SRV01; 2; true")
        #expect(node["empty"]?.textForField == nil)
        #expect(node["nested"]?.textForField == nil)
        #expect(node["o"]?.textForField == nil)
    }

    @Test func accessorsAnswerOnlyForTheirKind() throws {
        let node = try parse(#"{"s": "x", "n": -0, "b": false, "z": null, "a": [1]}"#)
        #expect(node["s"]?.stringValue == "x")
        #expect(node["n"]?.stringValue == nil)
        #expect(node["n"]?.numberLiteral == "-0")
        #expect(node["b"]?.boolValue == false)
        #expect(node["s"]?.boolValue == nil)
        #expect(node["z"]?.isNull == true)
        #expect(node["a"]?.arrayValue?.count == 1)
        #expect(node["a"]?.objectMembers == nil)
        #expect(node["a"]?["x"] == nil)
        #expect(node.value.isScalar == false)
        #expect(node["s"]?.value.isScalar == true)
        let kinds = try #require(node.objectMembers).map(\.value.value.kindDescription) + [node.value.kindDescription]
        #expect(kinds == ["a string", "a number", "false", "null", "an array", "an object"])
    }

    @Test func pathsReadLikeTheDocument() {
        let path = JSONPath().appending(key: "assets").appending(index: 3).appending(key: "purchase_date")
        #expect(path.description == "assets[3].purchase_date")
        #expect(JSONPath().description == "top level")
        #expect(JSONPath([.index(0), .key("os-name")]).description == "[0].os-name")
        #expect(JSONPath([.key("assets"), .key("purchase \"date\"")]).description == #"assets["purchase \"date\""]"#)
        #expect(JSONPath([.key("2024")]).description == #"["2024"]"#)
    }
}
