import Foundation

/// An inventory string prepared for matching: folded to lower case without accents or trademark signs, and cut
/// into words.
///
/// `Microsoft® Windows Server® 2016 Standard Évaluation` becomes the words `microsoft windows server 2016
/// standard evaluation`. Words are split at spaces and punctuation, hyphens included (`PAN-OS` is `pan os`),
/// but dots, `+`, `&` and `#` stay inside words so that `10.0.19045`, `notepad++` and `.net` survive.
struct MatchText: Sendable {
    /// The string as given, trimmed.
    let raw: String
    /// Lower case, accents and trademark signs removed.
    let folded: String
    /// The words of ``folded``.
    let words: [String]
    /// The words of ``folded`` with parenthesised parts removed: `Ubuntu 22.04.4 LTS (Jammy Jellyfish)` → `ubuntu 22.04.4 lts`.
    let wordsOutsideParentheses: [String]

    init(_ text: String) {
        raw = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var folded = raw.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        for mark in ["(tm)", "(r)", "(c)", "™", "®", "©"] {
            folded = folded.replacingOccurrences(of: mark, with: " ")
        }
        folded = folded.replacingOccurrences(of: "\u{00A0}", with: " ")
        self.folded = folded
        words = Self.split(folded)
        wordsOutsideParentheses = Self.split(Self.removingParentheses(folded))
    }

    private static let separators: Set<Character> = [
        " ", "\t", "\n", "\r", ",", ";", ":", "(", ")", "[", "]", "{", "}", "/", "\\", "\"", "'", "|", "*", "!", "?",
        "=",
        "<", ">", "_", "-", "–", "—",
    ]

    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            var word = Substring(current)
            while let last = word.last, last == "." { word = word.dropLast() }
            if !word.isEmpty { words.append(contentsOf: expand(String(word))) }
            current = ""
        }
        for character in text {
            if separators.contains(character) { flush() } else { current.append(character) }
        }
        flush()
        return words
    }

    /// `win10` → `win 10`: shorthand typed into registers.
    private static func expand(_ word: String) -> [String] {
        for prefix in ["win", "windows"] where word.hasPrefix(prefix) {
            let rest = word.dropFirst(prefix.count)
            if ["7", "8", "8.1", "10", "11", "xp"].contains(String(rest)) { return [prefix, String(rest)] }
        }
        return [word]
    }

    static func removingParentheses(_ text: String) -> String {
        var depth = 0
        var out = ""
        for character in text {
            if character == "(" {
                depth += 1
                out.append(" ")
            } else if character == ")" {
                depth = max(0, depth - 1)
                out.append(" ")
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out
    }

    /// The index just after `phrase` when `words` continues with it at `start`.
    static func match<Word: StringProtocol>(_ phrase: [Word], in words: [String], at start: Int) -> Int? {
        guard start + phrase.count <= words.count else { return nil }
        for (offset, word) in phrase.enumerated() where words[start + offset] != word { return nil }
        return start + phrase.count
    }

    /// Whether `phrase` (space-separated words) appears anywhere in ``words``.
    func contains(_ phrase: String) -> Bool {
        let parts = phrase.split(separator: " ")
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) where Self.match(parts, in: words, at: start) != nil {
            return true
        }
        return false
    }

    /// The words after the first of `phrases` that starts the string, once any of `skipping` words before it
    /// are passed (`microsoft`, `the`); `nil` when none starts it.
    func rest(after phrases: [String], skipping: Set<String> = [], outsideParentheses: Bool = false)
        -> ArraySlice<String>?
    {
        let words = outsideParentheses ? wordsOutsideParentheses : self.words
        var start = 0
        while start < words.count, skipping.contains(words[start]) { start += 1 }
        guard start < words.count else { return nil }
        let first = words[start]
        for phrase in phrases where phrase.hasPrefix(first) {
            if let end = Self.match(phrase.split(separator: " "), in: words, at: start) { return words[end...] }
        }
        return nil
    }
}

/// Version numbers as inventory tools write them: `6.7.0 build-17700523`, `1:5.0.43-1+focal`, `v7.2.8,build1639`,
/// `9.11.1P13`, `12.20-1.pgdg20.04+1`.
enum VersionText {
    /// The leading numeric components: an optional `v` and Debian epoch (`1:`) are skipped, and reading stops at
    /// the first character that is neither a digit nor a dot between digits. `[]` when the text does not start
    /// with a version.
    static func components(_ text: Substring) -> [Int] {
        var rest = text.drop { $0 == " " }
        if let first = rest.first, first == "v" || first == "V", rest.dropFirst().first?.isASCIIDigit == true {
            rest = rest.dropFirst()
        }
        if let colon = rest.firstIndex(of: ":"), rest[..<colon].allSatisfy(\.isASCIIDigit), !rest[..<colon].isEmpty {
            rest = rest[rest.index(after: colon)...]
        }
        var parts: [Int] = []
        var current = ""
        for character in rest {
            if character.isASCIIDigit {
                current.append(character)
            } else if character == ".", !current.isEmpty {
                parts.append(Int(current.prefix(9)) ?? 0)
                current = ""
            } else {
                break
            }
        }
        if !current.isEmpty { parts.append(Int(current.prefix(9)) ?? 0) }
        return parts
    }

    /// ``components(_:)`` of a whole string.
    static func components(_ text: String) -> [Int] { components(Substring(text)) }

    /// The components of the first word of `text` that starts with a digit (or `v` and a digit).
    static func firstVersion(in text: String) -> [Int] {
        for word in MatchText.split(text.lowercased()) where isVersionLike(word) {
            let parts = components(word)
            if !parts.isEmpty { return parts }
        }
        return []
    }

    /// Whether a word starts like a version: a digit, or `v` followed by a digit.
    static func isVersionLike(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        if first.isASCIIDigit { return true }
        return first == "v" && word.dropFirst().first?.isASCIIDigit == true
    }
}

extension Character {
    /// Whether the character is one of `0`–`9`.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
