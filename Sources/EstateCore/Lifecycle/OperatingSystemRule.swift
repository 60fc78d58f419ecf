/// Linux distributions, Unix, Apple and Android operating systems as `/etc/os-release`, `/etc/redhat-release`,
/// `lsb_release`, Ansible facts, osquery, GLPI, Fleet and Intune write them.
enum OperatingSystemRule {
    /// A family the catalogue tracks: the phrases that start its names, its product, and the extra words it allows.
    struct Family {
        let phrases: [String]
        let product: String
        let allowed: Set<String>
        /// Phrases that count only when they are the whole name (Ansible's `Amazon`).
        var wholeOnly: Set<String> = []
    }

    static let families: [Family] = [
        Family(
            phrases: ["red hat enterprise linux", "redhat enterprise linux", "rhel", "redhat"], product: "rhel",
            allowed: MatchVocabulary.words("server workstation client desktop for sap solutions applications es as ws")),
        Family(phrases: ["centos stream"], product: "centos-stream", allowed: []),
        Family(phrases: ["centos linux", "centos"], product: "centos", allowed: []),
        Family(phrases: ["rocky linux", "rockylinux", "rocky"], product: "rocky-linux", allowed: []),
        Family(phrases: ["almalinux os", "almalinux", "alma linux"], product: "almalinux", allowed: []),
        Family(phrases: ["oracle linux server", "oracle linux", "oraclelinux"], product: "oracle-linux", allowed: []),
        Family(
            phrases: ["suse linux enterprise server", "sles"], product: "sles",
            allowed: MatchVocabulary.words("for sap applications sap sp")),
        Family(phrases: ["ubuntu"], product: "ubuntu", allowed: MatchVocabulary.words("desktop")),
        Family(phrases: ["debian gnu linux", "debian"], product: "debian", allowed: []),
        Family(
            phrases: ["amazon linux ami", "amazon linux", "amazon"], product: "amazon-linux",
            allowed: MatchVocabulary.words("ami"), wholeOnly: ["amazon"]),
        Family(phrases: ["alpine linux", "alpine"], product: "alpine-linux", allowed: []),
        Family(phrases: ["macos", "mac os x", "os x", "macosx", "mac os"], product: "macos", allowed: []),
        Family(phrases: ["ipados"], product: "ipados", allowed: []),
        Family(phrases: ["iphone os", "ios"], product: "ios", allowed: []),
        Family(
            phrases: ["android"], product: "android",
            allowed: MatchVocabulary.words(
                "os enterprise work profile personally owned corporate fully managed dedicated device "
                    + "administrator aosp go"
            )),
        Family(phrases: ["oracle solaris", "solaris", "sunos"], product: "oracle-solaris", allowed: []),
        Family(phrases: ["ibm aix", "aix"], product: "ibm-aix", allowed: MatchVocabulary.words("tl")),
        Family(phrases: ["ibm i", "os 400", "i5 os"], product: "ibm-i", allowed: []),
        Family(
            phrases: ["proxmox ve", "proxmox virtual environment", "pve manager"], product: "proxmox-ve",
            allowed: MatchVocabulary.words("virtual environment")),
    ]

    /// Operating systems the catalogue does not track, refused by name so that no later rule guesses.
    static let untracked: [String] = [
        "fedora", "linux mint", "opensuse", "arch linux", "archlinux", "kali", "pop os", "manjaro", "freebsd",
        "openbsd", "netbsd", "vmware photon", "photon os", "photon", "mitel standard linux", "gentoo", "clear linux",
        "raspbian", "scientific linux", "elementary os", "zorin os", "chrome os", "chromeos", "truenas", "slackware",
        "nixos", "xenserver", "citrix hypervisor", "hp thinpro", "thinpro", "dell thinos", "thinos", "igel os",
        "suse linux enterprise desktop", "sled", "ios xr", "nx os", "junos",
    ]

    static let commonWords = MatchVocabulary.words(
        "linux gnu release server lts version enterprise x86 64 bit")
    static let vendors = MatchVocabulary.words("apple the")

    static func match(_ input: MatchInput) -> RuleVerdict? {
        let text = input.text
        for name in untracked where text.rest(after: [name], skipping: vendors) != nil {
            return .refused(rule: "operating-system", note: "\(name) is not in the catalogue")
        }
        for family in families {
            guard let phrase = family.phrases.first(where: { text.rest(after: [$0], skipping: vendors) != nil }),
                let rest = text.rest(after: [phrase], skipping: vendors, outsideParentheses: true)
            else { continue }
            if family.wholeOnly.contains(phrase), !rest.isEmpty { continue }
            guard input.context.has(family.product) else { continue }
            let codenames = input.context.codenameWords(family.product)
            let allowed = commonWords.union(family.allowed).union(codenames.keys)
            guard MatchVocabulary.allAllowed(rest.filter { !MatchVocabulary.isServicePackOrBuild($0) }, allowed) else {
                return nil
            }
            return verdict(family, phrase: phrase, rest: Array(rest), input)
        }
        return nil
    }

    private static func verdict(_ family: Family, phrase: String, rest: [String], _ input: MatchInput) -> RuleVerdict {
        let product = family.product
        let rule = "operating-system"
        let stated = MatchVocabulary.firstVersion(in: rest)
        let beside = input.versionComponents
        var version = stated.isEmpty ? beside : stated
        var confidence: MatchConfidence = stated.isEmpty ? .high : .high
        var note: String?
        if !stated.isEmpty, !beside.isEmpty {
            if MatchVocabulary.agree(stated, beside) {
                if beside.count > stated.count { version = beside }
                confidence = .exact
            } else {
                note =
                    "the separate version \(beside.map(String.init).joined(separator: ".")) disagrees with the name; the name is used"
            }
        }
        switch product {
        case "rhel", "centos", "centos-stream", "rocky-linux", "almalinux", "oracle-linux":
            version = Array(version.prefix(1))
        case "sles":
            if let servicePack = MatchVocabulary.servicePack(in: rest), let major = version.first {
                version = [major, servicePack]
            } else if let index = rest.firstIndex(of: "sp"), index + 1 < rest.count, let number = Int(rest[index + 1]),
                let major = version.first
            {
                version = [major, number]
            }
        case "oracle-solaris" where phrase == "sunos":
            guard version.count >= 2, version[0] == 5 else { break }
            if version[1] >= 11 {
                return .productOnly(
                    product, rule: rule, note: "SunOS 5.11 is Solaris 11.0 to 11.4: the update is not given")
            }
            version = [version[1]]
        case "ibm-aix":
            if let aix = aixLevel(input.version ?? "") {
                if !stated.isEmpty, !MatchVocabulary.agree(stated, aix) {
                    return .productOnly(product, rule: rule, note: "the name and the technology level disagree")
                }
                version = aix
            } else if let index = rest.firstIndex(of: "tl"), index + 1 < rest.count, let level = Int(rest[index + 1]),
                version.count >= 2
            {
                version = [version[0], version[1], level]
            }
        case "ibm-i":
            if let release = rest.first(where: { $0.hasPrefix("v") && $0.contains("r") }),
                let parsed = ibmRelease(release)
            {
                version = parsed
            }
        case "android":
            if rest.contains("12l") || input.version?.lowercased() == "12l" { version = [12, 1] }
        default:
            break
        }
        if version.isEmpty {
            let codenames = input.context.codenameWords(product)
            let candidates = input.text.words + MatchText(input.version ?? "").words
            if let word = candidates.first(where: { codenames[$0] != nil }), let cycle = codenames[word] {
                return .matched(product, cycle, .high, rule: rule, note: "from the codename \(word)")
            }
        }
        var result = input.context.verdict(product, version: version, confidence: confidence, rule: rule)
        if result.note == nil { result.note = note }
        return result
    }

    /// AIX `oslevel -s` output (`7200-05-03-2148`) as `[7, 2, 5]`.
    static func aixLevel(_ text: String) -> [Int]? {
        let characters = Array(text)
        guard characters.count >= 7, characters[2] == "0", characters[3] == "0", characters[4] == "-",
            let major = characters[0].wholeNumberValue, let minor = characters[1].wholeNumberValue,
            let level = Int(String(characters[5...6]))
        else { return nil }
        return [major, minor, level]
    }

    /// IBM i `V7R4M0` as `[7, 4]`.
    static func ibmRelease(_ word: String) -> [Int]? {
        let parts = word.dropFirst().split(whereSeparator: { $0 == "r" || $0 == "m" })
        guard parts.count >= 2, let version = Int(parts[0]), let release = Int(parts[1]) else { return nil }
        return [version, release]
    }
}

extension MatchContext {
    /// The words of a product's codenames that belong to one cycle only (`jammy`, `bookworm`, `high` for High Sierra).
    func codenameWords(_ product: String) -> [String: String] {
        codenames[product] ?? [:]
    }
}
