/// Word lists shared by the matching rules, folded the same way as the strings they are compared with.
enum MatchVocabulary {
    /// The words of `text`, folded and split as ``MatchText`` does. Plain lower-case ASCII lists skip the folding.
    static func words(_ text: String) -> Set<String> {
        if text.utf8.allSatisfy({ $0 < 0x80 && !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
            return Set(MatchText.split(text))
        }
        return Set(MatchText(text).words)
    }

    /// Words that describe a build rather than a product: architecture, bitness, packaging.
    static let noise = words(
        "x64 x86 64 32 bit bits 64bit 32bit based edition version build arm64 amd64 aarch64 x86_64 i386 i686 noarch")

    /// Language and region codes of installer names (`- en-gb`, `(x64 en-US)`).
    static let localeCodes = words(
        "en us gb fr de es it nl pl pt br ja jp zh cn tw ko kr ru sv se da dk nb no fi cs cz hu tr el gr he ar "
            + "uk ua ro sk sl hr bg et lt lv ca eu gl english multilanguage mui"
    )

    /// Whether every word is a version, noise, a locale code or one of `allowed`.
    static func allAllowed<C: Collection>(_ rest: C, _ allowed: Set<String>) -> Bool where C.Element == String {
        rest.allSatisfy { word in
            allowed.contains(word) || noise.contains(word) || localeCodes.contains(word)
                || VersionText.isVersionLike(word)
        }
    }

    /// The first version in `words`, as components; bitness words (`64` of `64-bit`) are not versions.
    static func firstVersion<C: Collection>(in words: C) -> [Int] where C.Element == String {
        for word in words where VersionText.isVersionLike(word) && !noise.contains(word) {
            let parts = VersionText.components(word)
            if !parts.isEmpty { return parts }
        }
        return []
    }

    /// A service pack number written `sp2`, `service pack 2` or `servicepack 2`, if any.
    static func servicePack(in words: [String]) -> Int? {
        for (index, word) in words.enumerated() {
            if word.hasPrefix("sp"), let number = Int(word.dropFirst(2)) { return number }
            if word == "service", index + 2 < words.count, words[index + 1] == "pack",
                let number = Int(words[index + 2])
            {
                return number
            }
        }
        return nil
    }

    /// Whether a word is a service pack (`sp5`), a build tag (`b05` of `8u422-b05`), a hotfix (`h3` of PAN-OS
    /// `11.1.2-h3`) or an installer revision (`I001` of OpenVPN `2.6.8-I001`).
    static func isServicePackOrBuild(_ word: String) -> Bool {
        for prefix in ["sp", "b", "h", "i"] where word.hasPrefix(prefix) && word.count > prefix.count {
            if word.dropFirst(prefix.count).allSatisfy(\.isASCIIDigit) { return true }
        }
        return false
    }

    /// Whether two version component lists agree as far as both go.
    static func agree(_ first: [Int], _ second: [Int]) -> Bool {
        let count = min(first.count, second.count)
        return Array(first.prefix(count)) == Array(second.prefix(count))
    }
}
