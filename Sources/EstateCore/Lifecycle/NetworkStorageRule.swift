/// Network and storage operating systems: Cisco IOS XE, PAN-OS, GlobalProtect, Cortex XDR, FortiOS, BIG-IP and
/// NetApp ONTAP, by name or by their `show version` lines. Classic Cisco IOS and NX-OS are refused by name.
enum NetworkStorageRule {
    static func match(_ input: MatchInput) -> RuleVerdict? {
        let text = input.text
        let words = text.words
        if words.contains("cisco") || words.contains("iosxe") || text.contains("ios xe") {
            return cisco(input)
        }
        if let rest = text.rest(after: ["pan os", "panos", "palo alto networks pan os"]) {
            let words = rest.filter { !MatchVocabulary.isServicePackOrBuild($0) }
            guard MatchVocabulary.allAllowed(words, MatchVocabulary.words("software")) else { return nil }
            return verdict("panos", rest, input, components: 2)
        }
        if let rest = text.rest(after: ["globalprotect"], skipping: MatchVocabulary.words("palo alto networks")) {
            guard MatchVocabulary.allAllowed(rest, MatchVocabulary.words("agent app client")) else { return nil }
            return verdict("pangp", rest, input, components: 2)
        }
        if let rest = text.rest(after: ["cortex xdr"], skipping: MatchVocabulary.words("palo alto networks traps")) {
            guard MatchVocabulary.allAllowed(rest, MatchVocabulary.words("agent")) else { return nil }
            return verdict("cortex-xdr", rest, input, components: 2)
        }
        if words.first == "fortios" || words.first == "fortigate"
            || text.rest(after: ["fortinet fortios", "fortinet fortigate"]) != nil
        {
            let version = words.first { $0.hasPrefix("v") && VersionText.isVersionLike($0) }.map {
                VersionText.components($0)
            }
            let found = version ?? input.versionComponents
            return input.context.verdict("fortios", version: Array(found.prefix(2)), confidence: .high, rule: "fortios")
        }
        if let rest = text.rest(after: ["big ip", "bigip"], skipping: ["f5"]) {
            let allowed = MatchVocabulary.words("ltm apm asm gtm dns afm build point release final virtual edition ve")
            guard MatchVocabulary.allAllowed(rest, allowed) else { return nil }
            return verdict("big-ip", rest, input, components: 2)
        }
        if let rest = text.rest(after: ["ontap", "release"], skipping: MatchVocabulary.words("netapp data")),
            words.first == "netapp" || words.first == "ontap"
        {
            guard rest.count <= 1 || words.first == "netapp" else { return nil }
            let stated = MatchVocabulary.firstVersion(in: rest.prefix(1))
            let version = stated.isEmpty ? input.versionComponents : stated
            return input.context.verdict(
                "netapp-ontap", version: Array(version.prefix(3)), confidence: .high, rule: "netapp-ontap")
        }
        return nil
    }

    private static func verdict(_ product: String, _ rest: ArraySlice<String>, _ input: MatchInput, components: Int)
        -> RuleVerdict
    {
        let stated = MatchVocabulary.firstVersion(in: rest)
        let version = stated.isEmpty ? input.versionComponents : stated
        return input.context.verdict(
            product, version: Array(version.prefix(components)), confidence: .high, rule: product)
    }

    /// Cisco IOS XE by name or `show version` line; classic IOS and NX-OS refused.
    static func cisco(_ input: MatchInput) -> RuleVerdict? {
        let words = input.text.words
        let isXE = words.contains("iosxe") || input.text.contains("ios xe") || words.contains { $0.hasSuffix("iosxe") }
        if !isXE {
            if input.text.contains("nx os") || words.contains("nxos") {
                return .refused(rule: "cisco-ios-xe", note: "Cisco NX-OS is not in the catalogue")
            }
            if words.contains("ios") {
                return .refused(
                    rule: "cisco-ios-xe", note: "classic Cisco IOS is not in the catalogue (only IOS XE is)")
            }
            return nil
        }
        var version: [Int] = []
        if let index = words.firstIndex(of: "version"), index + 1 < words.count {
            version = VersionText.components(words[index + 1])
        }
        if version.isEmpty {
            let rest = words.filter { $0 != "software" && $0 != "cisco" && $0 != "ios" && $0 != "xe" && $0 != "iosxe" }
            version = MatchVocabulary.firstVersion(in: rest)
        }
        if version.isEmpty { version = input.versionComponents }
        return input.context.verdict(
            "cisco-ios-xe", version: Array(version.prefix(2)), confidence: .high, rule: "cisco-ios-xe")
    }
}
