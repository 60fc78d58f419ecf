/// Exchange Server, SharePoint Server, Internet Explorer, Visual Studio and Azure DevOps Server.
enum MicrosoftServerAppsRule {
    static func match(_ input: MatchInput) -> RuleVerdict? {
        exchange(input) ?? sharePoint(input) ?? internetExplorer(input) ?? visualStudio(input) ?? azureDevOps(input)
    }

    static let updateWords = MatchVocabulary.words(
        "server service pack cumulative update rollup standard enterprise edition rtm foundation")

    /// Cumulative update and rollup words (`cu23`, `ur32`, `sp3`).
    private static func isUpdateWord(_ word: String) -> Bool {
        for prefix in ["cu", "ur", "sp"] where word.hasPrefix(prefix) && word.count > prefix.count {
            if word.dropFirst(prefix.count).allSatisfy(\.isASCIIDigit) { return true }
        }
        return false
    }

    // MARK: - Exchange

    static let exchangeYears: Set<String> = ["2000", "2003", "2007", "2010", "2013", "2016", "2019"]

    static func exchange(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: ["exchange server", "exchange"], skipping: ["microsoft"]) else {
            return nil
        }
        let allowed = updateWords.union(MatchVocabulary.words("subscription se"))
        guard
            rest.allSatisfy({
                allowed.contains($0) || isUpdateWord($0) || VersionText.isVersionLike($0)
                    || MatchVocabulary.noise.contains($0)
            })
        else { return nil }
        let rule = "msexchange"
        let product = "msexchange"
        let year = rest.first { exchangeYears.contains($0) }
        let version = input.versionComponents
        let fromVersion = version.count >= 2 ? exchangeRelease(version) : nil
        if rest.contains("subscription") || rest.contains("se") {
            if let fromVersion, fromVersion != "subscription" {
                return .productOnly(
                    product, rule: rule,
                    note: "version \(version.map(String.init).joined(separator: ".")) is Exchange \(fromVersion)")
            }
            return .matched(product, "subscription", version.isEmpty ? .high : .exact, rule: rule)
        }
        return reconcile(product, rule: rule, family: "Exchange", year: year, fromVersion: fromVersion)
    }

    /// The cycle from the release year in the name and the release the build number gives: they must agree.
    static func reconcile(_ product: String, rule: String, family: String, year: String?, fromVersion: String?)
        -> RuleVerdict
    {
        if let year {
            if let fromVersion, fromVersion != year {
                return .productOnly(
                    product, rule: rule, note: "the name says \(year) but the version is \(family) \(fromVersion)")
            }
            return .matched(product, year, fromVersion == nil ? .high : .exact, rule: rule)
        }
        if let fromVersion { return .matched(product, fromVersion, .high, rule: rule) }
        return .productOnly(product, rule: rule, note: "neither the release year nor the version is given")
    }

    /// The Exchange release of a build: 15.2 is 2019 until build 2562, where Subscription Edition starts.
    static func exchangeRelease(_ version: [Int]) -> String? {
        switch (version[0], version[1]) {
        case (15, 2): return version.count >= 3 && version[2] >= 2562 ? "subscription" : "2019"
        case (15, 1): return "2016"
        case (15, 0): return "2013"
        case (14, _): return "2010"
        case (8, _): return "2007"
        case (6, 5): return "2003"
        case (6, 0): return "2000"
        default: return nil
        }
    }

    // MARK: - SharePoint

    static let sharePointYears: Set<String> = ["2007", "2010", "2013", "2016", "2019"]

    static func sharePoint(_ input: MatchInput) -> RuleVerdict? {
        guard
            let rest = input.text.rest(
                after: ["sharepoint server", "sharepoint foundation", "sharepoint"], skipping: ["microsoft", "office"])
        else { return nil }
        let allowed = updateWords.union(MatchVocabulary.words("subscription se"))
        guard
            rest.allSatisfy({
                allowed.contains($0) || isUpdateWord($0) || VersionText.isVersionLike($0)
                    || MatchVocabulary.noise.contains($0)
            })
        else { return nil }
        let rule = "sharepoint"
        let product = "sharepoint"
        let version = input.versionComponents
        let fromVersion = version.count >= 3 ? sharePointRelease(version) : nil
        if rest.contains("subscription") || rest.contains("se") {
            return .matched(product, "subscription", .high, rule: rule)
        }
        let year = rest.first(where: { sharePointYears.contains($0) })
        return reconcile(product, rule: rule, family: "SharePoint", year: year, fromVersion: fromVersion)
    }

    /// The SharePoint release of a build: 16.0 is 2016 below build 10000, 2019 below 14000, then Subscription Edition.
    static func sharePointRelease(_ version: [Int]) -> String? {
        switch (version[0], version[1]) {
        case (12, _): return "2007"
        case (14, _): return "2010"
        case (15, _): return "2013"
        case (16, 0): return version[2] < 10_000 ? "2016" : version[2] < 14_000 ? "2019" : "subscription"
        default: return nil
        }
    }

    // MARK: - Internet Explorer

    static func internetExplorer(_ input: MatchInput) -> RuleVerdict? {
        guard
            let rest = input.text.rest(
                after: ["internet explorer", "windows internet explorer"], skipping: ["microsoft"])
        else { return nil }
        guard MatchVocabulary.allAllowed(rest, []) else { return nil }
        let stated = MatchVocabulary.firstVersion(in: rest)
        let beside = input.versionComponents
        guard let major = (stated.first ?? beside.first) else {
            return .productOnly("internet-explorer", rule: "internet-explorer", note: "no version given")
        }
        if let first = stated.first, let other = beside.first, first != other {
            return .productOnly(
                "internet-explorer", rule: "internet-explorer", note: "the name and the version disagree")
        }
        if major == 11 {
            if input.platform == .server {
                return .matched("internet-explorer", "11-server", .high, rule: "internet-explorer")
            }
            return .matched(
                "internet-explorer", "11", .medium, rule: "internet-explorer",
                note: "Internet Explorer 11's dates depend on the Windows it runs on; 11 is the client cycle")
        }
        return input.context.verdict(
            "internet-explorer", version: [major], confidence: .high, rule: "internet-explorer")
    }

    // MARK: - Visual Studio

    static let visualStudioYears: [String: Int] = ["2017": 15, "2019": 16, "2022": 17, "2026": 18]

    static func visualStudio(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: ["visual studio"], skipping: ["microsoft"]) else { return nil }
        let allowed = MatchVocabulary.words("community professional enterprise build tools team explorer preview")
        guard MatchVocabulary.allAllowed(rest, allowed), !rest.contains("preview") else { return nil }
        let rule = "visual-studio"
        let product = "visual-studio"
        let year = rest.first { visualStudioYears[$0] != nil }
        let version = input.versionComponents
        if let year, let expected = visualStudioYears[year], let major = version.first, major != expected {
            return .productOnly(
                product, rule: rule, note: "the name says \(year) but version \(major) is another release")
        }
        guard version.count >= 2 else {
            if year == nil, rest.contains(where: { Int($0).map { (2005...2015).contains($0) } ?? false }) {
                return .productOnly(product, rule: rule, note: "the catalogue tracks Visual Studio 2017 and later")
            }
            return .productOnly(
                product, rule: rule, note: "Visual Studio has a cycle per minor version; the version is not given")
        }
        return input.context.verdict(
            product, version: Array(version.prefix(2)), confidence: year == nil ? .high : .exact, rule: rule)
    }

    // MARK: - Azure DevOps Server

    static func azureDevOps(_ input: MatchInput) -> RuleVerdict? {
        guard
            let rest = input.text.rest(
                after: ["azure devops server", "team foundation server"], skipping: ["microsoft"])
        else { return nil }
        let allowed = MatchVocabulary.words("update express")
        guard MatchVocabulary.allAllowed(rest, allowed) else { return nil }
        let product = "azure-devops-server"
        let rule = "azure-devops-server"
        guard let stated = rest.first(where: { $0.count >= 4 && $0.prefix(4).allSatisfy(\.isASCIIDigit) }) else {
            return .productOnly(product, rule: rule, note: "the release year is not given")
        }
        let year = String(stated.prefix(4))
        var names: [String]
        if stated.count > 4 {
            names = [stated]
        } else if let index = rest.firstIndex(of: "update"), rest.index(after: index) < rest.endIndex {
            names = ["\(year).\(rest[rest.index(after: index)])"]
        } else {
            names = [year, "\(year).0"]
        }
        guard let cycle = input.context.firstCycle(product, names) else {
            return .productOnly(product, rule: rule, note: "the catalogue has no cycle \(names[0])")
        }
        return .matched(product, cycle, .high, rule: rule)
    }
}
