/// .NET Framework, .NET (Core), PowerShell and Windows PowerShell.
enum MicrosoftRuntimesRule {
    static func match(_ input: MatchInput) -> RuleVerdict? {
        dotNetFramework(input) ?? dotNet(input) ?? powerShell(input)
    }

    // MARK: - .NET Framework

    /// Add/Remove Programs versions of .NET Framework 4.x, which name the update only through the build.
    static func frameworkRelease(_ version: [Int]) -> String? {
        guard version.count >= 3, version[0] == 4 else { return nil }
        let build = version[2]
        switch version[1] {
        case 0: return "4.0"
        case 5: return build >= 51209 ? "4.5.2" : build >= 50938 ? "4.5.1" : "4.5"
        case 6: return build >= 1586 ? "4.6.2" : build >= 1055 ? "4.6.1" : "4.6"
        case 7: return build >= 3062 ? "4.7.2" : build >= 2556 ? "4.7.1" : "4.7"
        case 8: return build >= 9000 ? "4.8.1" : "4.8"
        default: return nil
        }
    }

    static func dotNetFramework(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: [".net framework", "net framework"], skipping: ["microsoft"]) else {
            return nil
        }
        let allowed = MatchVocabulary.words("client profile extended full service pack sp1 setup")
        guard MatchVocabulary.allAllowed(rest, allowed) else { return nil }
        let product = "dotnetfx"
        let rule = "dotnetfx"
        let stated = MatchVocabulary.firstVersion(in: rest)
        let fromBuild = frameworkRelease(input.versionComponents)
        let hasServicePack = rest.contains("sp1") || MatchVocabulary.servicePack(in: Array(rest)) == 1
        switch stated.count {
        case 0:
            if let fromBuild { return .matched(product, fromBuild, .high, rule: rule) }
            return .productOnly(product, rule: rule, note: "no version given")
        case 1 where stated[0] == 4:
            if let fromBuild { return .matched(product, fromBuild, .exact, rule: rule) }
            return .matched(product, "4.0", .high, rule: rule)
        default:
            let name = stated.map(String.init).joined(separator: ".")
            if name == "3.5" {
                if hasServicePack { return .matched(product, "3.5-sp1", .high, rule: rule) }
                return .matched(
                    product, "3.5-sp1", .medium, rule: rule,
                    note: "no service pack given; 3.5-sp1 is the only .NET Framework 3.5 cycle")
            }
            if let fromBuild, fromBuild != name, !(name == "4.0" && fromBuild.hasPrefix("4")) {
                return .productOnly(product, rule: rule, note: "the name says \(name) but the build is \(fromBuild)")
            }
            guard let cycle = input.context.cycle(product, name) else {
                return .productOnly(product, rule: rule, note: "the catalogue has no .NET Framework \(name) cycle")
            }
            return .matched(product, cycle, fromBuild == nil ? .high : .exact, rule: rule)
        }
    }

    // MARK: - .NET

    static let dotNetNames = [
        ".net core host fx resolver", ".net host fx resolver", ".net core runtime", ".net core host", ".net core sdk",
        ".net apphost pack", ".net targeting pack", "windows desktop runtime", ".net runtime", ".net sdk", ".net host",
        "asp.net core", ".net core", ".net",
    ]

    static func dotNet(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: dotNetNames, skipping: ["microsoft"]) else { return nil }
        let allowed = MatchVocabulary.words("shared framework runtime windows server hosting bundle sdk")
        guard MatchVocabulary.allAllowed(rest, allowed), !rest.contains("preview") else { return nil }
        let stated = MatchVocabulary.firstVersion(in: rest)
        let version = stated.isEmpty ? input.versionComponents : stated
        guard !version.isEmpty else { return nil }
        if !stated.isEmpty, !input.versionComponents.isEmpty, !MatchVocabulary.agree(stated, input.versionComponents) {
            return .productOnly("dotnet", rule: "dotnet", note: "the name and the version disagree")
        }
        guard version[0] >= 1, version[0] != 4 else { return nil }
        let cycleVersion = version[0] >= 5 ? [version[0]] : Array(version.prefix(2))
        return input.context.verdict("dotnet", version: cycleVersion, confidence: .high, rule: "dotnet")
    }

    // MARK: - PowerShell

    static func powerShell(_ input: MatchInput) -> RuleVerdict? {
        if let rest = input.text.rest(
            after: ["windows powershell", "windows management framework"], skipping: ["microsoft"])
        {
            guard MatchVocabulary.allAllowed(rest, []) else { return nil }
            let stated = MatchVocabulary.firstVersion(in: rest)
            let version = stated.isEmpty ? input.versionComponents : stated
            return input.context.verdict(
                "windows-powershell", version: Array(version.prefix(2)), confidence: .high, rule: "windows-powershell")
        }
        guard let rest = input.text.rest(after: ["powershell"], skipping: ["microsoft"]) else { return nil }
        guard MatchVocabulary.allAllowed(rest, MatchVocabulary.words("lts preview")), !rest.contains("preview") else {
            return nil
        }
        let stated = MatchVocabulary.firstVersion(in: rest)
        let beside = input.versionComponents
        var version = beside.count > stated.count && MatchVocabulary.agree(stated, beside) ? beside : stated
        if version.isEmpty { version = beside }
        if let major = version.first, major <= 5 {
            return input.context.verdict(
                "windows-powershell", version: Array(version.prefix(2)), confidence: .high, rule: "windows-powershell")
        }
        return input.context.verdict(
            "powershell", version: Array(version.prefix(2)), confidence: .high, rule: "powershell")
    }
}
