/// Google Chrome and Mozilla Firefox by their installed names (`Google Chrome`, `Mozilla Firefox ESR (x64 en-GB)`,
/// `Firefox.app`), with the major version as the cycle. Beta, Dev, Canary and Nightly channels are not matched.
enum BrowserRule {
    static func match(_ input: MatchInput) -> RuleVerdict? {
        let words = input.text.words.map { $0.hasSuffix(".app") ? String($0.dropLast(4)) : $0 }
        let text = MatchText(words.joined(separator: " "))
        if let rest = text.rest(after: ["google chrome", "chrome"]) {
            guard MatchVocabulary.allAllowed(rest, MatchVocabulary.words("stable enterprise for business")) else {
                return nil
            }
            return verdict("chrome", rest, input)
        }
        if let rest = text.rest(after: ["mozilla firefox", "firefox"]) {
            guard MatchVocabulary.allAllowed(rest, MatchVocabulary.words("esr")) else { return nil }
            return verdict("firefox", rest, input)
        }
        return nil
    }

    private static func verdict(_ product: String, _ rest: ArraySlice<String>, _ input: MatchInput) -> RuleVerdict {
        let stated = MatchVocabulary.firstVersion(in: rest)
        let version = stated.isEmpty ? input.versionComponents : stated
        return input.context.verdict(product, version: Array(version.prefix(1)), confidence: .high, rule: product)
    }
}
