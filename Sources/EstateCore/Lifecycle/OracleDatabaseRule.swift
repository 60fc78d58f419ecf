/// Oracle Database banners and installed-product names: `Oracle Database 12c Enterprise Edition Release
/// 12.1.0.2.0 - 64bit Production`, `Oracle Database 19c … Version 19.21.0.0.0`, `Oracle9i Enterprise Edition`.
///
/// Cycles are `19`, `21`, `23` (also sold as 23ai and 26ai) from 18c on, and `12.2`, `12.1`, `11.2` … before.
enum OracleDatabaseRule {
    static let allowed = MatchVocabulary.words(
        "enterprise standard edition one express xe free personal release production 64bi version with the "
            + "partitioning olap data mining real application testing clusters options and automatic storage "
            + "management advanced analytics label security"
    )

    static func match(_ input: MatchInput) -> RuleVerdict? {
        let words = input.text.words
        var rest: ArraySlice<String>
        var generation: String?
        if let after = input.text.rest(after: ["oracle database"]) {
            rest = after
        } else if let first = words.first, first.hasPrefix("oracle"), isGeneration(String(first.dropFirst(6))) {
            generation = String(first.dropFirst(6))
            rest = words.dropFirst()
        } else {
            return nil
        }
        if let first = rest.first, isGeneration(first) {
            generation = first
            rest = rest.dropFirst()
        }
        guard MatchVocabulary.allAllowed(rest, allowed) else { return nil }
        let product = "oracle-database"
        let rule = "oracle-database"
        let after = Array(rest)
        var version: [Int] = []
        if let index = after.firstIndex(of: "version"), index + 1 < after.count {
            version = VersionText.components(after[index + 1])
        }
        if version.isEmpty, let index = after.firstIndex(of: "release"), index + 1 < after.count {
            version = VersionText.components(after[index + 1])
        }
        if version.count < 2 { version = input.versionComponents }
        if version.count >= 2 {
            let cycle = version[0] >= 18 ? "\(version[0])" : "\(version[0]).\(version[1])"
            if let generation, let major = Int(generation.prefix { $0.isASCIIDigit }), major != version[0],
                !(generation.hasSuffix("ai") && version[0] == 23)
            {
                return .productOnly(
                    product, rule: rule, note: "the name says \(generation) but the version is \(cycle)")
            }
            return .matched(product, cycle, generation == nil ? .high : .exact, rule: rule)
        }
        guard let generation else {
            return .productOnly(product, rule: rule, note: "neither the release (19c, 12c) nor the version is given")
        }
        let major = Int(generation.prefix { $0.isASCIIDigit }) ?? 0
        if generation.hasSuffix("ai") { return .matched(product, "23", .high, rule: rule) }
        if major >= 18 { return .matched(product, "\(major)", .high, rule: rule) }
        if let index = after.firstIndex(of: "release"), index + 1 < after.count, let release = Int(after[index + 1]) {
            return .matched(product, "\(major).\(release)", .high, rule: rule)
        }
        return .productOnly(
            product, rule: rule,
            note: "Oracle \(generation) has Release 1 and Release 2 cycles; the release is not given")
    }

    /// `19c`, `12c`, `11g`, `9i`, `23ai`.
    static func isGeneration(_ word: String) -> Bool {
        let digits = word.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty else { return false }
        return ["c", "g", "i", "ai"].contains(String(word.dropFirst(digits.count)))
    }
}
