/// The catch-all rule: a catalogue product's title, alias or common name, followed only by a version and
/// build words (`Apache Tomcat 9`, `Python 3.11.4 (64-bit)`, `Veeam Backup & Replication`, a council's own
/// product titles from a local catalogue).
///
/// The whole string must be accounted for: `Splunk Universal Forwarder` is not Splunk, `Oracle Database Client`
/// is not Oracle Database. Products with a rule of their own are left to it.
enum TitleRule {
    /// Common names of catalogue products that are neither their title nor an alias.
    static let synonyms: [(String, String)] = [
        ("apache http server", "apache-http-server"), ("apache httpd", "apache-http-server"),
        ("apache web server", "apache-http-server"), ("tomcat", "tomcat"), ("mysql server", "mysql"),
        ("mysql community server", "mysql"), ("mariadb server", "mariadb"), ("nodejs", "nodejs"),
        ("strawberry perl", "perl"), ("activeperl", "perl"), ("go programming language", "go"),
        ("oracle vm virtualbox", "virtualbox"), ("terraform", "terraform"), ("puppet agent", "puppet"),
        ("zabbix agent", "zabbix"), ("zabbix agent 2", "zabbix"), ("zabbix server", "zabbix"),
        ("zabbix proxy", "zabbix"),
        ("splunk enterprise", "splunk"), ("mongodb", "mongodb"), ("mongodb community server", "mongodb"),
        ("filemaker pro", "filemaker"), ("filemaker server", "filemaker"), ("umbraco", "umbraco"),
        ("veeam backup and replication", "veeam-backup-and-replication"), ("jboss eap", "redhat-jboss-eap"),
        ("gitlab community edition", "gitlab"), ("gitlab enterprise edition", "gitlab"),
        ("rabbitmq server", "rabbitmq"),
        ("log4j", "log4j"), ("log4j core", "log4j"), ("apache log4j", "log4j"), ("elasticsearch", "elasticsearch"),
        ("atlassian jira", "jira-software"), ("jira", "jira-software"), ("atlassian confluence", "confluence"),
        ("atlassian bitbucket", "bitbucket"), ("bitbucket server", "bitbucket"), ("bitbucket data center", "bitbucket"),
        ("confluence data center", "confluence"), ("jira software data center", "jira-software"),
    ]

    /// Products whose own rules decide; the title rule leaves them alone.
    static let dedicated: Set<String> = [
        "windows", "windows-server", "windows-server-core", "windows-nano-server", "windows-embedded", "mssqlserver",
        "oracle-database", "office", "msexchange", "sharepoint", "internet-explorer", "dotnetfx", "dotnet",
        "powershell",
        "windows-powershell", "visual-studio", "chrome", "firefox", "esxi", "vcenter", "citrix-vad", "cisco-ios-xe",
        "panos", "fortios", "big-ip", "netapp-ontap", "horizon", "ios", "ipados", "android", "macos", "ubuntu",
        "debian",
        "rhel", "centos", "centos-stream", "rocky-linux", "almalinux", "oracle-linux", "sles", "amazon-linux",
        "alpine-linux", "ibm-aix", "ibm-i", "oracle-solaris", "proxmox-ve", "oracle-jdk", "openjdk-builds-from-oracle",
        "eclipse-temurin", "amazon-corretto", "azul-zulu", "microsoft-build-of-openjdk", "redhat-build-of-openjdk",
        "bellsoft-liberica", "ibm-semeru-runtime", "sapmachine", "iphone", "ipad", "samsung-mobile", "pixel", "surface",
        "linux",
    ]

    static let vendors = MatchVocabulary.words(
        "the microsoft oracle apache vmware ibm google mozilla hashicorp atlassian elastic amazon eclipse adobe "
            + "f5 canonical progress claris veeam"
    )
    static let ignorable = MatchVocabulary.words(
        "server community edition lts ce ee oss open source release stable setup full light for windows data center")

    static func match(_ input: MatchInput) -> RuleVerdict? {
        let words = input.text.words.map { $0.hasSuffix(".app") ? String($0.dropLast(4)) : $0 }
        var starts = [0]
        var skipped = 0
        while skipped < words.count, vendors.contains(words[skipped]) {
            skipped += 1
            starts.append(skipped)
        }
        for (titleWords, product) in input.context.titles where !dedicated.contains(product) {
            for start in starts {
                guard let end = MatchText.match(titleWords, in: words, at: start) else { continue }
                let rest = words[end...]
                let titleText = titleWords.joined(separator: " ")
                let stripped = rest.map { word -> String in
                    for prefix in titleWords where word.hasPrefix(prefix) && word.count > prefix.count {
                        let after = String(word.dropFirst(prefix.count))
                        if VersionText.isVersionLike(after) { return after }
                    }
                    return word
                }
                guard
                    MatchVocabulary.allAllowed(stripped.filter { !MatchVocabulary.isServicePackOrBuild($0) }, ignorable)
                else { continue }
                return verdict(product, stripped, title: titleText, input)
            }
        }
        return nil
    }

    private static func verdict(_ product: String, _ rest: [String], title: String, _ input: MatchInput) -> RuleVerdict
    {
        let context = input.context
        for word in rest + MatchText(input.version ?? "").words where !word.allSatisfy({ $0.isASCIIDigit || $0 == "." })
        {
            if let cycle = context.cycle(product, word) { return .matched(product, cycle, .high, rule: "title") }
        }
        let stated = MatchVocabulary.firstVersion(in: rest)
        let beside = input.versionComponents
        // Installers pad the third component (Python 3.11.4 installs as 3.11.4150.0), so two components must agree.
        if !stated.isEmpty, !beside.isEmpty, !MatchVocabulary.agree(Array(stated.prefix(2)), Array(beside.prefix(2))) {
            if context.cycle(product, version: stated) != nil {
                return context.verdict(product, version: stated, confidence: .medium, rule: "title")
            }
            return .productOnly(product, rule: "title", note: "the name and the version disagree")
        }
        let version = stated.isEmpty || beside.count > stated.count ? beside : stated
        return context.verdict(product, version: version, confidence: .high, rule: "title")
    }
}
