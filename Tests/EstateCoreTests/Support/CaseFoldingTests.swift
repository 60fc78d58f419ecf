import Testing

@testable import EstateCore

@Suite struct CaseFoldingTests {
    /// What the byte-wise search stands in for.
    private func general(_ text: String, _ word: String) -> Bool { text.lowercased().contains(word) }

    @Test func findsLowerCaseWordsInTextOfAnyCaseAtEveryPosition() {
        let word = "pbx"
        for text in ["PBX", "Mitel PBX", "pbx cluster", "the PbX room", "apbxb", "PB X", "pb", "", "xpbx"] {
            #expect(CaseFolding.lowercasedContains(text, word) == general(text, word), "\(text)")
        }
        #expect(CaseFolding.lowercasedContains("Call Recording server", "call recording"))
        #expect(!CaseFolding.lowercasedContains("Call Recordin", "call recording"))
    }

    @Test func aWordWithCapitalsMatchesNothingAsTheLowerCasedTextWouldNot() {
        #expect(!CaseFolding.lowercasedContains("HASP dongle", "HASP"))
        #expect(CaseFolding.lowercasedContains("HASP dongle", "hasp"))
    }

    @Test func anEmptyWordIsInEveryTextAndNoWordIsInAnEmptyText() {
        #expect(CaseFolding.lowercasedContains("anything", "") == general("anything", ""))
        #expect(CaseFolding.lowercasedContains("", "x") == general("", "x"))
        #expect(CaseFolding.lowercasedContains("", "") == general("", ""))
    }

    @Test func textBeyondAsciiOrWithLineBreaksGetsTheGeneralAnswer() {
        let cases: [(String, String)] = [
            ("CODEMETER Straße", "codemeter"), ("ÉCOLE PBX", "pbx"), ("\u{212A}elvin", "kelvin"),
            ("İstanbul", "i"), ("dongle\r\nreader", "dongle\r"), ("line\none", "line\n"), ("pbx\u{301}", "pbx"),
            ("weighbridge", "weighbridgé"),
        ]
        for (text, word) in cases {
            #expect(CaseFolding.lowercasedContains(text, word) == general(text, word), "\(text) / \(word)")
        }
    }

    @Test func agreesWithTheGeneralSearchOnRandomAsciiText() {
        var generator = SeededGenerator(seed: 42)
        let alphabet = Array("abAB xX-1\t")
        for _ in 0..<2_000 {
            let text = String(
                (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            let word = String(
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
            #expect(CaseFolding.lowercasedContains(text, word) == general(text, word), "\(text) / \(word)")
        }
    }
}
