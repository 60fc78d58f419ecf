/// Case-insensitive search in free text, as `text.lowercased().contains(word)` would answer it, without making a
/// lower-cased copy of the text when both are plain ASCII (the usual case: names, OS captions, product names).
enum CaseFolding {
    /// Whether `text`, lower-cased, contains `word` (taken as written: a word with capitals matches nothing a
    /// lower-cased text holds, as with `lowercased().contains`).
    ///
    /// Text or words beyond ASCII, or with line breaks (which join into one character with a neighbour), take
    /// the general path, so the answer is always the general one.
    static func lowercasedContains(_ text: String, _ word: String) -> Bool {
        var text = text
        var word = word
        let answer = text.withUTF8 { haystack in
            word.withUTF8 { needle in asciiLowercasedContains(haystack, needle) }
        }
        return answer ?? text.lowercased().contains(word)
    }

    /// The answer for plain ASCII, or nil when either holds a byte the byte-wise search cannot decide.
    static func asciiLowercasedContains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>)
        -> Bool?
    {
        guard needle.allSatisfy(isPlain), haystack.allSatisfy(isPlain) else { return nil }
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where lowered(haystack[start]) == first {
            var offset = 1
            while offset < needle.count && lowered(haystack[start + offset]) == needle[offset] { offset += 1 }
            if offset == needle.count { return true }
        }
        return false
    }

    /// ASCII other than the line breaks that combine with a neighbour into one character.
    private static func isPlain(_ byte: UInt8) -> Bool { byte < 0x80 && byte != 0x0A && byte != 0x0D }

    private static func lowered(_ byte: UInt8) -> UInt8 { byte &- 0x41 < 26 ? byte | 0x20 : byte }
}
