/// Microsoft Office suites: `Microsoft Office Professional Plus 2016`, `Microsoft Office LTSC Professional Plus
/// 2021 - en-us`, `Microsoft Office 2011` for Mac. Microsoft 365 Apps is refused earlier; single applications
/// (Visio, Project) and components (proofing tools, interop assemblies) are not matched.
enum OfficeRule {
    static let editions = MatchVocabulary.words(
        "professional plus standard home and business student enterprise small ultimate basic ltsc volume "
            + "license suite premium pro for mac"
    )
    static let years: Set<String> = ["2007", "2008", "2010", "2011", "2013", "2016", "2019", "2021", "2024"]
    /// Internal major versions of the Windows suites that identify one release.
    static let majors: [Int: String] = [12: "2007", 14: "2010", 15: "2013"]

    static func match(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: ["office"], skipping: ["microsoft"]) else { return nil }
        guard MatchVocabulary.allAllowed(rest, editions) else { return nil }
        let product = "office"
        let rule = "office"
        let version = input.versionComponents
        let year = rest.first { years.contains($0) }
        guard let year else {
            if let major = version.first, let fromVersion = majors[major] {
                return .matched(product, fromVersion, .high, rule: rule)
            }
            return .productOnly(
                product, rule: rule,
                note: "the release year is not given (Office 2016, 2019, 2021 and 2024 all report version 16)")
        }
        if let major = version.first, year != "2011", year != "2008" {
            let expected = majors.first { $0.value == year }?.key ?? 16
            if major != expected {
                return .productOnly(
                    product, rule: rule, note: "the name says Office \(year) but the version is \(major)")
            }
        }
        let confidence: MatchConfidence = version.isEmpty ? .high : .exact
        if year == "2011" || year == "2008" {
            return .matched(product, "\(year)-for-mac", .high, rule: rule)
        }
        if rest.contains("ltsc"), let cycle = input.context.cycle(product, "\(year)-ltsc") {
            return .matched(product, cycle, confidence, rule: rule)
        }
        return .matched(product, year, confidence, rule: rule)
    }
}
