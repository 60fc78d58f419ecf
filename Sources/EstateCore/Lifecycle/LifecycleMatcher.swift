import Foundation
import Synchronization

/// Matches messy inventory strings (an OS caption, an installed program, a package, a package URL) to a
/// product and release cycle of a ``LifecycleCatalogue``, and says how sure it is and which rule decided.
///
/// The rules run in order and the first that recognises the string decides, so a string is either matched by
/// a rule written for its family or left unmatched with a reason. Each rule accepts only the words it knows for
/// its family: `Microsoft Windows Server 2012 R2 Standard` is Windows Server, but `Windows Server Update
/// Services` is not, because *update* and *services* are not edition words. The matcher never guesses a
/// product; when the string names the product but not the cycle (`Microsoft Windows 10 Pro` without a build),
/// it returns the product with no cycle and ``MatchConfidence/low``.
///
/// ```swift
/// let matcher = LifecycleMatcher(catalogue: catalogue)
/// matcher.match("Microsoft Windows 11 Pro", version: "10.0.22631").cycle           // "11-23h2-w"
/// matcher.match("Red Hat Enterprise Linux Server release 6.10 (Santiago)").cycle   // "6"
/// matcher.match("pkg:deb/debian/openssl@1.1.1n").cycle                           // "1.1.1"
/// matcher.match("HP ThinPro", version: "7.2.0").isMatched                          // false
/// ```
///
/// Rules, in order: ``ruleNames``.
public struct LifecycleMatcher: Sendable {
    /// The catalogue matched against.
    public let catalogue: LifecycleCatalogue
    let context: MatchContext

    /// Prepares a matcher: indexes cycle names, version numbers, titles, aliases, purls and CPEs.
    ///
    /// - Complexity: O(*n*) in the size of the catalogue.
    public init(catalogue: LifecycleCatalogue) {
        self.catalogue = catalogue
        context = MatchContext(catalogue: catalogue)
    }

    /// The rules in the order they are tried.
    public static var ruleNames: [String] { rules.map(\.name) }

    static let rules: [MatchRule] = [
        MatchRule(name: "purl", apply: PackageURLRule.match),
        MatchRule(name: "cpe", apply: CPERule.match),
        MatchRule(name: "windows", apply: WindowsRule.match),
        MatchRule(name: "operating-system", apply: OperatingSystemRule.match),
        MatchRule(name: "not-in-catalogue", apply: NotInCatalogueRule.match),
        MatchRule(name: "mssqlserver", apply: SQLServerRule.match),
        MatchRule(name: "oracle-database", apply: OracleDatabaseRule.match),
        MatchRule(name: "microsoft-server-apps", apply: MicrosoftServerAppsRule.match),
        MatchRule(name: "microsoft-office", apply: OfficeRule.match),
        MatchRule(name: "microsoft-runtimes", apply: MicrosoftRuntimesRule.match),
        MatchRule(name: "browser", apply: BrowserRule.match),
        MatchRule(name: "java", apply: JavaRule.match),
        MatchRule(name: "virtualisation", apply: VirtualisationRule.match),
        MatchRule(name: "network-storage", apply: NetworkStorageRule.match),
        MatchRule(name: "distribution-package", apply: DistributionPackageRule.matchName),
        MatchRule(name: "version-banner", apply: VersionBannerRule.match),
        MatchRule(name: "title", apply: TitleRule.match),
    ]

    /// Matches one inventory string.
    ///
    /// - Parameters:
    ///   - text: The name as the inventory gives it: an OS caption, a program name, a package name, a purl or CPE.
    ///   - version: The version the inventory gives separately, if any (`10.0.19045`, `12.0.6024.0`, `22H2`).
    ///   - platform: Whether the record is a client device or a server, when known.
    /// - Returns: The product and cycle, or a result whose ``LifecycleMatch/product`` is `nil`.
    /// - Complexity: O(*w* × *p*) in the number of words and of product titles, for strings no earlier rule takes.
    public func match(_ text: String, version: String? = nil, platform: PlatformHint? = nil) -> LifecycleMatch {
        match(MatchText(text), version: version, platform: platform)
    }

    /// ``match(_:version:platform:)`` as a ``ProductMatching`` that prepares each distinct name once: estates
    /// give the same few dozen operating-system captions with thousands of build numbers, and each pair is
    /// matched while the caption is folded and split only the first time.
    public func preparingEachNameOnce() -> ProductMatching {
        let prepared = Mutex<[String: MatchText]>([:])
        return { text, version, platform in
            let known = prepared.withLock { $0[text] }
            let input = known ?? MatchText(text)
            if known == nil { prepared.withLock { $0[text] = input } }
            return match(input, version: version, platform: platform)
        }
    }

    func match(_ text: MatchText, version: String?, platform: PlatformHint?) -> LifecycleMatch {
        let trimmedVersion = version?.trimmingCharacters(in: .whitespaces)
        let input = MatchInput(
            text: text, version: trimmedVersion?.isEmpty == false ? trimmedVersion : nil,
            platform: platform, context: context)
        guard !input.text.words.isEmpty else { return .unmatched(rule: "no-rule", note: "the name is empty") }
        for rule in Self.rules {
            guard let verdict = rule.apply(input) else { continue }
            return context.resolve(verdict, rule: verdict.ruleName ?? rule.name)
        }
        return .unmatched(rule: "no-rule", note: "no rule recognises this name")
    }
}

/// One matching rule: a name for reports, and a function that either recognises the string or passes.
struct MatchRule: Sendable {
    let name: String
    let apply: @Sendable (MatchInput) -> RuleVerdict?
}

/// What one rule decided about a string it recognised.
struct RuleVerdict: Sendable {
    enum Outcome: Sendable {
        /// The product, and the cycle when the string determines it.
        case matched(product: String, cycle: String?, confidence: MatchConfidence)
        /// Recognised, and deliberately not matched (a product the catalogue lacks, an ambiguous string).
        case refused
    }

    var outcome: Outcome
    var note: String?
    /// A more specific rule name than the rule group's (`windows-server` within `windows`).
    var ruleName: String?

    static func matched(
        _ product: String, _ cycle: String?, _ confidence: MatchConfidence, rule: String? = nil, note: String? = nil
    ) -> RuleVerdict {
        RuleVerdict(
            outcome: .matched(product: product, cycle: cycle, confidence: confidence), note: note, ruleName: rule)
    }

    static func productOnly(_ product: String, rule: String? = nil, note: String) -> RuleVerdict {
        RuleVerdict(outcome: .matched(product: product, cycle: nil, confidence: .low), note: note, ruleName: rule)
    }

    static func refused(rule: String? = nil, note: String) -> RuleVerdict {
        RuleVerdict(outcome: .refused, note: note, ruleName: rule)
    }
}

/// The string being matched, with its separate version and platform.
struct MatchInput: Sendable {
    let text: MatchText
    let version: String?
    let platform: PlatformHint?
    let context: MatchContext

    /// The numeric components of the separate version (`[10, 0, 19045]`), or `[]`.
    var versionComponents: [Int] { version.map { VersionText.firstVersion(in: $0) } ?? [] }
}
