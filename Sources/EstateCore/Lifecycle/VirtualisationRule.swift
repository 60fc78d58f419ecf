/// VMware ESXi, vCenter, Site Recovery Manager and Horizon, Citrix Virtual Apps and Desktops, Nutanix.
enum VirtualisationRule {
    static func match(_ input: MatchInput) -> RuleVerdict? {
        esxi(input) ?? vCenter(input) ?? siteRecovery(input) ?? horizon(input) ?? citrix(input) ?? nutanix(input)
    }

    /// The version in the name, else the separate one.
    static func version(_ rest: ArraySlice<String>, _ input: MatchInput) -> [Int] {
        let stated = MatchVocabulary.firstVersion(in: rest)
        return stated.isEmpty ? input.versionComponents : stated
    }

    static func esxi(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: ["esxi"], skipping: ["vmware"]) else { return nil }
        let allowed = MatchVocabulary.words("build update patch installable embedded server hypervisor free")
        guard
            rest.allSatisfy({
                allowed.contains($0) || MatchVocabulary.noise.contains($0) || VersionText.isVersionLike($0)
                    || ($0.hasPrefix("u") && $0.dropFirst().allSatisfy(\.isASCIIDigit))
            })
        else { return nil }
        return input.context.verdict(
            "esxi", version: Array(version(rest, input).prefix(2)), confidence: .high, rule: "esxi")
    }

    static func vCenter(_ input: MatchInput) -> RuleVerdict? {
        guard
            let rest = input.text.rest(
                after: ["vcenter server appliance", "vcenter server", "vcenter", "vcsa"], skipping: ["vmware"])
        else { return nil }
        let allowed = MatchVocabulary.words("appliance build update vcsa for windows")
        guard MatchVocabulary.allAllowed(rest, allowed) else { return nil }
        return input.context.verdict(
            "vcenter", version: Array(version(rest, input).prefix(2)), confidence: .high, rule: "vcenter")
    }

    static func siteRecovery(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: ["site recovery manager", "live site recovery"], skipping: ["vmware"])
        else { return nil }
        guard MatchVocabulary.allAllowed(rest, MatchVocabulary.words("server appliance build")) else { return nil }
        return input.context.verdict(
            "vmware-srm", version: Array(version(rest, input).prefix(2)), confidence: .high, rule: "vmware-srm")
    }

    static func horizon(_ input: MatchInput) -> RuleVerdict? {
        guard let rest = input.text.rest(after: ["horizon"], skipping: ["vmware", "omnissa"]),
            input.text.words.first == "vmware" || input.text.words.first == "omnissa"
        else { return nil }
        let allowed = MatchVocabulary.words("connection server standard advanced enterprise universal edition esb")
        guard MatchVocabulary.allAllowed(rest, allowed) else { return nil }
        let product = "horizon"
        if let release = rest.first(where: { isYearMonth($0) }) {
            return input.context.verdict(product, version: [8, Int(release) ?? 0], confidence: .high, rule: product)
        }
        let stated = MatchVocabulary.firstVersion(in: rest)
        if stated == [8] || stated.isEmpty {
            return .productOnly(
                product, rule: product, note: "Horizon 8 has a cycle per release (2212, 2406); the release is not given"
            )
        }
        return input.context.verdict(product, version: stated, confidence: .high, rule: product)
    }

    /// A `YYMM` release name from 2006 on (`1912`, `2212`).
    static func isYearMonth(_ word: String) -> Bool {
        guard word.count == 4, let number = Int(word) else { return false }
        return (19...40).contains(number / 100) && (1...12).contains(number % 100)
    }

    static func citrix(_ input: MatchInput) -> RuleVerdict? {
        let names = [
            "virtual apps and desktops", "virtual apps", "virtual desktops", "xenapp", "xendesktop",
            "virtual delivery agent", "delivery controller",
        ]
        guard let rest = input.text.rest(after: names, skipping: ["citrix"]), input.text.words.first == "citrix" else {
            return nil
        }
        let allowed = MatchVocabulary.words(
            "ltsr cr server premium advanced platinum enterprise standard edition and for")
        let isUpdate: (String) -> Bool = { $0.hasPrefix("cu") && $0.dropFirst(2).allSatisfy(\.isASCIIDigit) }
        guard
            rest.allSatisfy({
                allowed.contains($0) || isUpdate($0) || VersionText.isVersionLike($0)
                    || MatchVocabulary.noise.contains($0)
            })
        else { return nil }
        let product = "citrix-vad"
        if let release = rest.first(where: { isYearMonth($0) }) {
            return input.context.verdict(product, version: [Int(release) ?? 0], confidence: .high, rule: product)
        }
        if rest.contains("7.15") { return .matched(product, "7.15", .high, rule: product) }
        let beside = input.versionComponents
        if let first = beside.first, first > 1900 {
            return input.context.verdict(product, version: [first], confidence: .high, rule: product)
        }
        if beside.count >= 2, beside[0] == 7, beside[1] == 15 { return .matched(product, "7.15", .high, rule: product) }
        return .productOnly(product, rule: product, note: "the release (1912, 2203, 7.15) is not given")
    }

    static func nutanix(_ input: MatchInput) -> RuleVerdict? {
        let names: [(String, String)] = [
            ("aos", "nutanix-aos"), ("files", "nutanix-files"), ("prism central", "nutanix-prism"),
        ]
        for (name, product) in names {
            guard let rest = input.text.rest(after: ["nutanix " + name]) else { continue }
            guard MatchVocabulary.allAllowed(rest, []) || product == "nutanix-prism" else { return nil }
            if product == "nutanix-prism" {
                let release = rest.first { $0.hasPrefix("pc.") } ?? input.version.map { $0.lowercased() }
                if let release,
                    let cycle = input.context.cycle(product, release.hasPrefix("pc.") ? release : "pc." + release)
                {
                    return .matched(product, cycle, .high, rule: product)
                }
                return .productOnly(product, rule: product, note: "the Prism Central release is not given")
            }
            return input.context.verdict(
                product, version: Array(version(rest, input).prefix(2)), confidence: .high, rule: product)
        }
        return nil
    }
}
