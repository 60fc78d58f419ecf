import Foundation

/// Windows client, server, embedded and bare kernel-version strings: WMI captions, Intune and SCCM exports,
/// GLPI and osquery names, hand-typed register entries, in English and the common localised forms.
enum WindowsRule {
    static let vendors = MatchVocabulary.words("microsoft ms майкрософт")
    static let common = MatchVocabulary.words(
        "and for service pack sp1 sp2 sp3 sp4 rtm evaluation evaluacion valutazione n kn k e pc")
    static let clientEditions = MatchVocabulary.words(
        "home pro professional professionnel profesional professionale enterprise entreprise ent education "
            + "ultimate starter business basic premium with workstations workstation für pour para per voor dla "
            + "stations estaciones de trabajo werkstations stacji roboczych famille single language china multi "
            + "session multisession virtual desktops ltsc ltsb iot s mode core team tablet media center корпоративная "
            + "профессиональная домашняя для одного языка образовательных учреждений рабочих станций"
    )
    static let serverEditions = MatchVocabulary.words(
        "standard datacenter enterprise essentials foundation web storage hpc cluster itanium systems azure r2 "
            + "server core without hyper v"
    )
    static let homeAndPro = MatchVocabulary.words(
        "home pro professional professionnel profesional professionale famille core workstations workstation "
            + "werkstations single профессиональная домашняя"
    )
    static let enterpriseAndEducation = MatchVocabulary.words(
        "enterprise entreprise ent education корпоративная образовательных iot")
    static let serverYears: Set<String> = ["2000", "2003", "2008", "2012", "2016", "2019", "2022", "2025"]
    static let serverChannels: [String: String] = [
        "1709": "1709-sac", "1803": "1803-sac", "1809": "1809-sac", "1903": "1903-sac", "1909": "1909-sac",
        "2004": "2004-sac", "2009": "20h2-sac", "20h2": "20h2-sac", "23h2": "23h2-ac",
    ]

    static func match(_ input: MatchInput) -> RuleVerdict? {
        let words = input.text.words
        var start = 0
        while start < words.count, vendors.contains(words[start]) { start += 1 }
        guard start < words.count, words[start] == "windows" || words[start] == "win" else { return nil }
        let rest = Array(words[(start + 1)...])
        switch rest.first {
        case "server":
            return server(Array(rest.dropFirst()), input)
        case "storage" where rest.dropFirst().first == "server", "web" where rest.dropFirst().first == "server":
            return server(Array(rest.dropFirst(2)), input)
        case "nt":
            return kernelOnly(Array(rest.dropFirst()), input)
        case "embedded", "posready":
            return embedded(rest.first == "posready" ? rest : Array(rest.dropFirst()), input)
        case "10", "11":
            return client(Array(rest.dropFirst()), majorInText: Int(rest[0]), input)
        case "iot":
            return client(rest, majorInText: nil, input)
        case "7", "8", "8.1", "vista", "xp":
            return legacy(rest[0], Array(rest.dropFirst()), input)
        case "2000" where rest.contains("server"):
            return server(rest.filter { $0 != "server" }, input)
        case nil:
            return bare(input)
        default:
            return nil
        }
    }

    // MARK: - Versions in the string and beside it

    /// A build or kernel version in the words (`10.0.22621.2861` in a Fleet name), if any.
    private static func textVersion(_ words: [String]) -> WindowsVersion? {
        for word in words where word.contains(".") && VersionText.isVersionLike(word) {
            let parts = VersionText.components(word)
            if parts.count >= 3, let version = WindowsVersion(parts) { return version }
        }
        return nil
    }

    /// The separate version: a build (`10.0.19045`, `6.1.7601`) or a feature update (`22H2`, `2009`).
    private static func separate(_ input: MatchInput) -> (build: WindowsVersion?, feature: String?) {
        guard let version = input.version?.lowercased() else { return (nil, nil) }
        if let feature = WindowsBuilds.featureNames[version] { return (nil, feature) }
        if let feature = WindowsBuilds.featureNames[version.replacingOccurrences(of: "version ", with: "")] {
            return (nil, feature)
        }
        return (WindowsVersion(input.versionComponents), nil)
    }

    /// Both versions, or a conflict note when they disagree.
    private static func build(_ words: [String], _ input: MatchInput) -> (WindowsVersion?, String?, conflict: String?) {
        let inText = textVersion(words)
        let (beside, feature) = separate(input)
        if let inText, let beside,
            inText.kernel != beside.kernel
                || (inText.build != nil && beside.build != nil && inText.build != beside.build)
        {
            return (
                nil, nil,
                "the name says build \(inText.kernel).\(inText.build ?? 0) but the version says \(beside.kernel).\(beside.build ?? 0)"
            )
        }
        return (inText ?? beside, feature, nil)
    }

    // MARK: - Windows 10 and 11

    static func client(_ words: [String], majorInText: Int?, _ input: MatchInput) -> RuleVerdict? {
        var features: Set<String> = []
        var ltsc = false
        var ltscYear: String?
        var isIoT = false
        for word in words {
            if let feature = WindowsBuilds.featureNames[word] {
                features.insert(feature)
            } else if word == "ltsc" || word == "ltsb" {
                ltsc = true
            } else if WindowsBuilds.ltscYears[word] != nil {
                ltscYear = word
            } else if word == "iot" {
                isIoT = true
            } else if VersionText.isVersionLike(word) {
                let parts = VersionText.components(word)
                guard parts.count >= 3, WindowsVersion(parts) != nil else {
                    if MatchVocabulary.noise.contains(word) { continue }
                    return nil
                }
            } else if !(clientEditions.contains(word) || common.contains(word) || MatchVocabulary.noise.contains(word))
            {
                return nil
            }
        }
        if ltscYear != nil { ltsc = true }
        let rule = "windows-client"
        let (build, besideFeature, conflict) = self.build(words, input)
        if let conflict { return .productOnly("windows", rule: rule, note: conflict) }
        if let besideFeature { features.insert(besideFeature) }
        guard features.count <= 1 else {
            return .productOnly("windows", rule: rule, note: "the string names more than one feature update")
        }
        var major = majorInText
        var feature = features.first
        var notes: [String] = []
        var confidence = MatchConfidence.high
        if let build {
            guard build.major == 10, let number = build.build, let fromBuild = WindowsBuilds.client(build: number)
            else {
                return .productOnly(
                    "windows", rule: rule,
                    note: "build \(build.kernel).\(build.build ?? 0) is not a Windows 10 or 11 release")
            }
            if let stated = majorInText, stated != fromBuild.major {
                guard stated == 10, fromBuild.major == 11 else {
                    return .productOnly(
                        "windows", rule: rule,
                        note: "the name says Windows \(stated) but build \(number) is Windows \(fromBuild.major)")
                }
                notes.append(
                    "the name says Windows 10 (as the registry's ProductName does on Windows 11) but build \(number) is Windows 11"
                )
            } else {
                confidence = .exact
            }
            if let stated = feature, stated != fromBuild.feature {
                return .productOnly(
                    "windows", rule: rule, note: "the name says \(stated) but build \(number) is \(fromBuild.feature)")
            }
            major = fromBuild.major
            feature = fromBuild.feature
        }
        if let year = ltscYear, let release = WindowsBuilds.ltscYears[year] {
            if let stated = major, stated != release.major || (feature != nil && feature != release.feature) {
                return .productOnly("windows", rule: rule, note: "LTSC \(year) does not match the version given")
            }
            major = release.major
            feature = release.feature
        }
        guard let major else { return .productOnly("windows", rule: rule, note: "the Windows version is not given") }
        guard let feature else {
            return .productOnly(
                "windows", rule: rule,
                note: "Windows \(major) without a build or feature update: the cycle is not known")
        }
        let context = input.context
        let prefix = "\(major)-\(feature)"
        if ltsc {
            let names = isIoT ? ["\(prefix)-iot-lts", "\(prefix)-e-lts"] : ["\(prefix)-e-lts"]
            guard let cycle = context.firstCycle("windows", names) else {
                return .productOnly("windows", rule: rule, note: "the catalogue has no LTSC cycle for \(prefix)")
            }
            return .matched("windows", cycle, confidence, rule: rule, note: notes.first)
        }
        let group: String?
        if words.contains(where: homeAndPro.contains) {
            group = "w"
        } else if words.contains(where: enterpriseAndEducation.contains) {
            group = "e"
        } else {
            group = nil
        }
        if let group, let cycle = context.firstCycle("windows", ["\(prefix)-\(group)", prefix]) {
            return .matched("windows", cycle, confidence, rule: rule, note: notes.first)
        }
        let split = context.hasCycle("windows", "\(prefix)-e") || context.hasCycle("windows", "\(prefix)-w")
        if !split, let cycle = context.cycle("windows", prefix) {
            return .matched("windows", cycle, confidence, rule: rule, note: notes.first)
        }
        if split {
            return .productOnly(
                "windows", rule: rule,
                note:
                    "\(prefix) has separate cycles for Enterprise/Education (-e) and Home/Pro (-w); the edition is not given"
            )
        }
        return .productOnly("windows", rule: rule, note: "the catalogue has no cycle for Windows \(major) \(feature)")
    }

    // MARK: - Windows before 10

    static func legacy(_ release: String, _ words: [String], _ input: MatchInput) -> RuleVerdict? {
        let allowed = clientEditions.union(common).union(MatchVocabulary.words("embedded"))
        for word in words where !allowed.contains(word) && !MatchVocabulary.noise.contains(word) {
            let parts = VersionText.components(word)
            guard parts.count >= 3 || (parts.count == 1 && word.allSatisfy(\.isASCIIDigit) && words.contains("pack"))
            else {
                return nil
            }
        }
        if release == "xp", words.contains("embedded") {
            return .productOnly(
                "windows-embedded", rule: "windows-embedded", note: "the catalogue has no cycle for Windows XP Embedded"
            )
        }
        let (build, _, conflict) = self.build(words, input)
        if let conflict { return .productOnly("windows", rule: "windows-client", note: conflict) }
        return legacy(
            release, servicePack: MatchVocabulary.servicePack(in: words), build: build, isX64: words.contains("x64"))
    }

    /// Windows XP, Vista, 7, 8 and 8.1 from the release, service pack and build.
    static func legacy(_ release: String, servicePack: Int?, build: WindowsVersion?, isX64: Bool = false) -> RuleVerdict
    {
        let rule = "windows-client"
        let kernels = ["xp": "5.1", "vista": "6.0", "7": "6.1", "8": "6.2", "8.1": "6.3"]
        if release == "xp", let build, build.kernel == "5.2" || (isX64 && servicePack == nil && build.kernel != "5.1") {
            return .productOnly(
                "windows", rule: rule, note: "Windows XP Professional x64 Edition has no cycle in the catalogue")
        }
        if let build, build.kernel != kernels[release] {
            return .productOnly("windows", rule: rule, note: "kernel \(build.kernel) is not Windows \(release)")
        }
        switch release {
        case "8": return .matched("windows", "8", build == nil ? .high : .exact, rule: rule)
        case "8.1": return .matched("windows", "8.1", build == nil ? .high : .exact, rule: rule)
        default: break
        }
        let tracked: [String: (cycle: String, servicePack: Int, build: Int)] = [
            "xp": ("5-sp3", 3, 2600), "vista": ("6-sp2", 2, 6002), "7": ("7-sp1", 1, 7601),
        ]
        guard let last = tracked[release] else { return .productOnly("windows", rule: rule, note: "unknown release") }
        let name = release == "xp" ? "XP" : release == "vista" ? "Vista" : release
        if let servicePack {
            guard servicePack == last.servicePack else {
                return .productOnly(
                    "windows", rule: rule,
                    note: "Windows \(name) SP\(servicePack) has no cycle; only SP\(last.servicePack) is tracked")
            }
            return .matched("windows", last.cycle, build == nil ? .high : .exact, rule: rule)
        }
        if let number = build?.build, release != "xp" {
            guard number >= last.build else {
                return .productOnly(
                    "windows", rule: rule,
                    note: "build \(number) is before SP\(last.servicePack), which is the only Windows \(name) cycle")
            }
            return .matched("windows", last.cycle, .exact, rule: rule)
        }
        return .matched(
            "windows", last.cycle, .medium, rule: rule,
            note:
                "no service pack given; \(last.cycle), the last service pack, carries Windows \(name)'s final support dates"
        )
    }

    // MARK: - Windows Server

    static func server(_ words: [String], _ input: MatchInput) -> RuleVerdict? {
        var year: String?
        var isR2 = false
        var channel: String?
        for (index, word) in words.enumerated() {
            if serverYears.contains(word) {
                if let year, year != word { return nil }
                year = word
            } else if word == "r2" {
                isR2 = true
            } else if let cycle = serverChannels[word] {
                channel = cycle
            } else if VersionText.isVersionLike(word) {
                let parts = VersionText.components(word)
                let isServicePackNumber = index >= 1 && words[index - 1] == "pack"
                guard parts.count >= 3 || isServicePackNumber || MatchVocabulary.noise.contains(word) else {
                    return nil
                }
            } else if !(serverEditions.contains(word) || common.contains(word) || MatchVocabulary.noise.contains(word))
            {
                return nil
            }
        }
        let (build, feature, conflict) = self.build(words, input)
        if let conflict { return .productOnly("windows-server", rule: "windows-server", note: conflict) }
        if year == nil, channel == nil, let feature { channel = serverChannels[feature] }
        return server(
            year: year, isR2: isR2, servicePack: MatchVocabulary.servicePack(in: words), channel: channel, build: build,
            isRTM: words.contains("rtm"), context: input.context)
    }

    /// Windows Server from the year, R2, service pack, channel release and build.
    static func server(
        year: String?, isR2: Bool, servicePack: Int?, channel: String?, build: WindowsVersion?, isRTM: Bool,
        context: MatchContext
    ) -> RuleVerdict {
        let rule = "windows-server"
        let product = "windows-server"
        func only(_ note: String) -> RuleVerdict { .productOnly(product, rule: rule, note: note) }
        guard let year else {
            if let channel {
                if let build, build.major == 10, let number = build.build,
                    WindowsBuilds.server10[number]?.contains(channel) != true
                {
                    return only("build \(number) is not Windows Server \(channel)")
                }
                return .matched(product, channel, build == nil ? .high : .exact, rule: rule)
            }
            guard let build else { return only("no year, release or build given") }
            return server(build: build, servicePack: servicePack, isRTM: isRTM, context: context)
        }
        let expected: [String: String] = [
            "2000": "5.0", "2003": "5.2", "2008": isR2 ? "6.1" : "6.0", "2012": isR2 ? "6.3" : "6.2", "2016": "10.0",
            "2019": "10.0", "2022": "10.0", "2025": "10.0",
        ]
        if let build, build.kernel != expected[year] {
            return only("the name says \(year)\(isR2 ? " R2" : "") but the version is \(build.kernel)")
        }
        let confidence: MatchConfidence = build == nil ? .high : .exact
        switch year {
        case "2016", "2019", "2022", "2025":
            if let number = build?.build, WindowsBuilds.server10[number]?.contains(year) != true {
                return only("build \(number) is not Windows Server \(year)")
            }
            return .matched(product, year, confidence, rule: rule)
        case "2012":
            return .matched(product, isR2 ? "2012-r2" : "2012", confidence, rule: rule)
        case "2000":
            return .matched(product, "2000", confidence, rule: rule)
        case "2008":
            let lastServicePack = isR2 ? 1 : 2
            let cycle = isR2 ? "2008-r2-sp1" : "2008-sp2"
            let firstBuild = isR2 ? 7601 : 6002
            let name = isR2 ? "2008 R2" : "2008"
            if let servicePack {
                guard servicePack == lastServicePack else {
                    return only(
                        "Windows Server \(name) SP\(servicePack) has no cycle; only SP\(lastServicePack) is tracked")
                }
                return .matched(product, cycle, confidence, rule: rule)
            }
            if let number = build?.build {
                guard number >= firstBuild else {
                    return only("build \(number) is before SP\(lastServicePack), the only Windows Server \(name) cycle")
                }
                return .matched(product, cycle, .exact, rule: rule)
            }
            if isRTM { return only("Windows Server \(name) RTM has no cycle; only SP\(lastServicePack) is tracked") }
            return .matched(
                product, cycle, .medium, rule: rule,
                note: "no service pack given; \(cycle), the last service pack, carries \(name)'s final support dates")
        case "2003":
            if isR2 {
                return .matched(
                    product, "2003-sp2", servicePack == nil || servicePack == 2 ? .medium : .low, rule: rule,
                    note: "Windows Server 2003 R2 has no cycle of its own; Microsoft gives it the dates of 2003 SP2")
            }
            switch servicePack {
            case 2: return .matched(product, "2003-sp2", confidence, rule: rule)
            case 1: return .matched(product, "2003-sp1", confidence, rule: rule)
            case nil where isRTM: return .matched(product, "2003", confidence, rule: rule)
            case nil:
                return .matched(
                    product, "2003-sp2", .medium, rule: rule,
                    note: "no service pack given; 2003-sp2, the last service pack, carries 2003's final support dates")
            default: return only("Windows Server 2003 SP\(servicePack ?? 0) has no cycle")
            }
        default:
            return only("unknown Windows Server year \(year)")
        }
    }

    /// Windows Server from its build alone.
    static func server(build: WindowsVersion, servicePack: Int?, isRTM: Bool, context: MatchContext) -> RuleVerdict {
        let years = ["5.0": "2000", "5.2": "2003", "6.0": "2008", "6.1": "2008", "6.2": "2012", "6.3": "2012"]
        if build.major == 10 {
            guard let number = build.build, let cycles = WindowsBuilds.server10[number] else {
                return .productOnly(
                    "windows-server", rule: "windows-server",
                    note:
                        "version \(build.kernel)\(build.build.map { ".\($0)" } ?? "") alone does not name a Windows Server release"
                )
            }
            guard cycles.count == 1, let cycle = cycles.first else {
                return .productOnly(
                    "windows-server", rule: "windows-server",
                    note:
                        "build \(number) is both Windows Server \(cycles.joined(separator: " and ")); the name decides")
            }
            return .matched("windows-server", cycle, .high, rule: "windows-server")
        }
        guard let year = years[build.kernel] else {
            return .productOnly(
                "windows-server", rule: "windows-server", note: "kernel \(build.kernel) is not Windows Server")
        }
        return server(
            year: year, isR2: build.kernel == "6.1" || build.kernel == "6.3", servicePack: servicePack, channel: nil,
            build: build, isRTM: isRTM, context: context)
    }

    // MARK: - Kernel versions and bare "Windows"

    /// `Microsoft Windows NT 6.1.7601 Service Pack 1` (.NET's OSVersion) and SCCM's `Microsoft Windows NT Server 6.3`.
    static func kernelOnly(_ words: [String], _ input: MatchInput) -> RuleVerdict? {
        let allowed = MatchVocabulary.words("workstation advanced server service pack build")
        guard MatchVocabulary.allAllowed(words, allowed.union(common)) else { return nil }
        let rule = "windows-nt"
        var platform = input.platform
        if words.contains("server") { platform = .server } else if words.contains("workstation") { platform = .client }
        let servicePack = MatchVocabulary.servicePack(in: words)
        let stated = MatchVocabulary.firstVersion(in: words)
        guard let version = WindowsVersion(stated.isEmpty ? input.versionComponents : stated) else { return nil }
        let clientRelease = ["5.1": "xp", "6.0": "vista", "6.1": "7", "6.2": "8", "6.3": "8.1"][version.kernel]
        let hasClient: Bool
        let hasServer: Bool
        if version.major == 10 {
            hasClient = version.build.map { WindowsBuilds.client(build: $0) != nil } ?? true
            hasServer = version.build.map { WindowsBuilds.server10[$0] != nil } ?? true
        } else {
            hasClient = clientRelease != nil
            hasServer = ["5.0", "5.2", "6.0", "6.1", "6.2", "6.3"].contains(version.kernel)
        }
        if platform == nil {
            if hasClient && !hasServer { platform = .client }
            if hasServer && !hasClient { platform = .server }
        }
        guard let platform else {
            return .refused(
                rule: rule,
                note:
                    "kernel \(version.kernel)\(version.build.map { ".\($0)" } ?? "") is both a Windows client and a Windows Server release; the caption or the platform decides"
            )
        }
        let verdict: RuleVerdict
        switch platform {
        case .server:
            verdict = server(build: version, servicePack: servicePack, isRTM: false, context: input.context)
        case .client:
            if version.major == 10 {
                guard let number = version.build else {
                    return .productOnly(
                        "windows", rule: rule, note: "kernel 10.0 without a build: the cycle is not known")
                }
                let withBuild = MatchInput(
                    text: MatchText(""), version: "10.0.\(number)", platform: .client, context: input.context)
                verdict =
                    client([], majorInText: nil, withBuild)
                    ?? .productOnly("windows", rule: rule, note: "build \(number) is not a Windows client release")
            } else if let clientRelease {
                verdict = legacy(clientRelease, servicePack: servicePack, build: version)
            } else {
                return .refused(
                    rule: rule, note: "kernel \(version.kernel) is not a Windows client the catalogue tracks")
            }
        }
        var renamed = verdict
        renamed.ruleName = rule
        return renamed
    }

    /// `Windows` alone with a build, as Intune and some agents report it.
    static func bare(_ input: MatchInput) -> RuleVerdict? {
        guard WindowsVersion(input.versionComponents) != nil else {
            return .productOnly("windows", rule: "windows-client", note: "no Windows build given")
        }
        return kernelOnly([], input)
    }

    // MARK: - Windows Embedded

    static func embedded(_ words: [String], _ input: MatchInput) -> RuleVerdict? {
        let allowed = MatchVocabulary.words(
            "standard posready industry pro enterprise compact 7 8 8.1 2009 2013 service pack")
        guard MatchVocabulary.allAllowed(words, allowed.union(common)) else { return nil }
        let rule = "windows-embedded"
        let product = "windows-embedded"
        let (build, _, _) = self.build(words, input)
        if words.contains("compact") {
            if words.contains("2013") { return .matched(product, "compact-2013", .high, rule: rule) }
            if words.contains("7") { return .matched(product, "compact-7", .high, rule: rule) }
            return .productOnly(product, rule: rule, note: "this Windows Embedded Compact release has no cycle")
        }
        if words.contains("8.1") {
            if words.contains("industry") { return .matched(product, "8.1-industry", .high, rule: rule) }
            if words.contains("pro") { return .matched(product, "8.1-pro", .high, rule: rule) }
            return .productOnly(product, rule: rule, note: "the Windows Embedded 8.1 edition is not given")
        }
        if words.contains("posready") {
            if words.contains("7") { return .matched(product, "posready-7", .high, rule: rule) }
            return .productOnly(product, rule: rule, note: "this POSReady release has no cycle")
        }
        if words.contains("standard"), !words.contains("2009"), !words.contains("8") {
            if let build, build.kernel != "6.1" {
                return .productOnly(
                    product, rule: rule, note: "kernel \(build.kernel) is not Windows Embedded Standard 7")
            }
            guard words.contains("7") || build != nil else {
                return .productOnly(product, rule: rule, note: "the Windows Embedded Standard release is not given")
            }
            if let number = build?.build, number < 7601 {
                return .productOnly(product, rule: rule, note: "build \(number) is before SP1, the only tracked cycle")
            }
            let servicePack = MatchVocabulary.servicePack(in: words)
            if let servicePack, servicePack != 1 {
                return .productOnly(product, rule: rule, note: "only Windows Embedded Standard 7 SP1 is tracked")
            }
            if build == nil, servicePack == nil {
                return .matched(
                    product, "standard-7-sp1", .medium, rule: rule,
                    note: "no service pack given; standard-7-sp1 is the only Windows Embedded Standard 7 cycle")
            }
            return .matched(product, "standard-7-sp1", build == nil ? .high : .exact, rule: rule)
        }
        return .productOnly(product, rule: rule, note: "this Windows Embedded release has no cycle in the catalogue")
    }
}
