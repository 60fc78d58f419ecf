/// The catalogue indexed for the matcher: cycle names, numeric versions, titles, aliases, purls and CPEs.
struct MatchContext: Sendable {
    /// A cycle whose name is a plain version (`9.6`, `2.426`, `22.04`), with its numeric components.
    struct NumericCycle: Sendable {
        let name: String
        let components: [Int]
    }

    private let cycleNames: [String: [String: String]]
    private let numericCycles: [String: [NumericCycle]]
    /// Codename words (`bookworm`, `jammy`, `sonoma`) that belong to one cycle only, to that cycle, per product.
    let codenames: [String: [String: String]]
    /// Product titles and aliases as words, longest first, for the title rule.
    let titles: [(words: [String], product: String)]
    /// Package URL bases (`pkg:deb/ubuntu/postgresql`) to products.
    let purls: [String: [String]]
    /// CPE `part:vendor:product` keys to products.
    let cpes: [String: [String]]
    private let products: Set<String>

    init(catalogue: LifecycleCatalogue) {
        var cycleNames: [String: [String: String]] = [:]
        var numericCycles: [String: [NumericCycle]] = [:]
        var codenames: [String: [String: String]] = [:]
        var titles: [(words: [String], product: String)] = []
        var purls: [String: [String]] = [:]
        var cpes: [String: [String]] = [:]
        var products: Set<String> = []
        for product in catalogue.products {
            products.insert(product.slug)
            var names: [String: String] = [:]
            var numeric: [NumericCycle] = []
            var words: [String: String] = [:]
            var ambiguous: Set<String> = []
            for cycle in catalogue.cycles(of: product.slug) {
                names[cycle.name.lowercased()] = cycle.name
                if cycle.name.allSatisfy({ $0.isASCIIDigit || $0 == "." }), cycle.name.first?.isASCIIDigit == true {
                    numeric.append(NumericCycle(name: cycle.name, components: VersionText.components(cycle.name)))
                }
                for word in MatchText(cycle.codename ?? "").words where word.count >= 3 && !ambiguous.contains(word) {
                    if let earlier = words[word], earlier != cycle.name {
                        words[word] = nil
                        ambiguous.insert(word)
                    } else {
                        words[word] = cycle.name
                    }
                }
            }
            cycleNames[product.slug] = names
            numericCycles[product.slug] = numeric
            codenames[product.slug] = words
            titles.append((MatchText(product.title).words, product.slug))
            for alias in product.aliases where alias.count >= 4 && !Self.ambiguousAliases.contains(alias) {
                titles.append((MatchText(alias).words, product.slug))
            }
            for purl in product.purls {
                purls[Self.purlBase(purl), default: []].append(product.slug)
            }
            for cpe in product.cpes {
                if let key = Self.cpeKey(cpe) { cpes[key, default: []].append(product.slug) }
            }
        }
        for (words, product) in TitleRule.synonyms where products.contains(product) {
            titles.append((words.split(separator: " ").map(String.init), product))
        }
        titles.sort { $0.words.count > $1.words.count || ($0.words.count == $1.words.count && $0.product < $1.product) }
        self.cycleNames = cycleNames
        self.numericCycles = numericCycles
        self.codenames = codenames
        self.titles = titles.filter { !$0.words.isEmpty }
        self.purls = purls.mapValues { Array(Set($0)).sorted() }
        self.cpes = cpes.mapValues { Array(Set($0)).sorted() }
        self.products = products
    }

    /// Aliases too vague to identify a product on their own.
    static let ambiguousAliases: Set<String> = [
        "prism", "vault", "jboss", "mongo", "citrix", "apache", "node", "prismcentral", "red-hat", "app", "server-app",
        "java-runtime", "python-runtime", "php-runtime", "dotnet-runtime", "linux-foundation", "atlassian", "hashicorp",
        "esx", "mac", "jira-core", "ontap-os", "netapp", "nutanix", "proxmox", "oracle", "vmware", "linux",
    ]

    /// Whether the catalogue has the product.
    func has(_ product: String) -> Bool { products.contains(product) }

    /// The catalogue's spelling of cycle `name` of `product` (compared without letter case), if it has it.
    func cycle(_ product: String, _ name: String) -> String? {
        cycleNames[product]?[name.lowercased()]
    }

    /// The first of `names` that `product` has.
    func firstCycle(_ product: String, _ names: [String]) -> String? {
        for name in names { if let found = cycle(product, name) { return found } }
        return nil
    }

    /// Whether `product` has a cycle named `name`.
    func hasCycle(_ product: String, _ name: String) -> Bool { cycle(product, name) != nil }

    /// The cycle of `product` that a version belongs to: the cycle with the most components that are all a
    /// prefix of `version` (`9.6.24` → `9.6`, `2.426.3` → `2.426`, `13.16` → `13`), compared as numbers.
    /// When no cycle is such a prefix and exactly one cycle starts with all of `version` (`9` → `9.0` when there is
    /// no other 9.x), that one, marked as inferred.
    func cycle(_ product: String, version: [Int]) -> (name: String, isInferred: Bool)? {
        guard !version.isEmpty, let cycles = numericCycles[product] else { return nil }
        var best: NumericCycle?
        for cycle in cycles where cycle.components.count <= version.count {
            if Array(version.prefix(cycle.components.count)) == cycle.components,
                cycle.components.count > (best?.components.count ?? 0)
            {
                best = cycle
            }
        }
        if let best { return (best.name, false) }
        let extending = cycles.filter {
            $0.components.count > version.count && Array($0.components.prefix(version.count)) == version
        }
        if extending.count == 1, let only = extending.first { return (only.name, true) }
        return nil
    }

    /// A verdict for `product` from a version: its cycle when there is one, else the product alone.
    func verdict(
        _ product: String, version: [Int], confidence: MatchConfidence, rule: String? = nil, what: String = "version"
    ) -> RuleVerdict {
        guard !version.isEmpty else {
            return .productOnly(product, rule: rule, note: "no \(what) given, so the cycle is not known")
        }
        let text = version.map(String.init).joined(separator: ".")
        guard let found = cycle(product, version: version) else {
            let newest = numericCycles[product]?.compactMap(\.components.first).max()
            if let newest, let major = version.first, major > newest {
                return .productOnly(
                    product, rule: rule,
                    note:
                        "\(what) \(text) is newer than every \(product) cycle in the catalogue; import a newer endoflife.date export"
                )
            }
            return .productOnly(product, rule: rule, note: "the catalogue has no \(product) cycle for \(what) \(text)")
        }
        if found.isInferred {
            return .matched(
                product, found.name, min(confidence, .medium), rule: rule,
                note: "\(what) \(text) fits only cycle \(found.name)")
        }
        return .matched(product, found.name, confidence, rule: rule)
    }

    /// Turns a rule's verdict into a result, checking the product and cycle against the catalogue.
    func resolve(_ verdict: RuleVerdict, rule: String) -> LifecycleMatch {
        switch verdict.outcome {
        case .refused:
            return .unmatched(rule: rule, note: verdict.note)
        case .matched(let product, let cycle, let confidence):
            guard has(product) else {
                return .unmatched(rule: rule, note: "\(product) is not in the catalogue")
            }
            guard let cycle else {
                return LifecycleMatch(product: product, cycle: nil, confidence: .low, rule: rule, note: verdict.note)
            }
            guard let spelled = self.cycle(product, cycle) else {
                return LifecycleMatch(
                    product: product, cycle: nil, confidence: .low, rule: rule,
                    note: "the catalogue has no \(product) cycle \(cycle)")
            }
            return LifecycleMatch(
                product: product, cycle: spelled, confidence: confidence, rule: rule, note: verdict.note)
        }
    }

    /// `pkg:type/namespace/name` in lower case, without version, qualifiers or subpath.
    static func purlBase(_ purl: String) -> String {
        var text = Substring(purl.lowercased())
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        if let query = text.firstIndex(of: "?") { text = text[..<query] }
        if let at = text.lastIndex(of: "@"), text[at...].contains("/") == false { text = text[..<at] }
        return String(text)
    }

    /// `part:vendor:product` of a CPE 2.2 URI (`cpe:/a:vendor:product`) or 2.3 string (`cpe:2.3:a:vendor:product`).
    static func cpeKey(_ cpe: String) -> String? {
        let parts = cpeParts(cpe)
        guard parts.count >= 3 else { return nil }
        return parts[0...2].joined(separator: ":")
    }

    /// The fields of a CPE after its prefix: part, vendor, product, version, …
    static func cpeParts(_ cpe: String) -> [String] {
        let lower = cpe.lowercased()
        if lower.hasPrefix("cpe:2.3:") {
            return lower.dropFirst(8).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        }
        if lower.hasPrefix("cpe:/") {
            return lower.dropFirst(5).split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        }
        return []
    }
}
