/// Distribution package names (`postgresql-13`, `python3.9`, `php7.4`, `java-17-openjdk`, `mysql-server-5.7`)
/// as `dpkg`, `rpm`, `apk` and SBOMs list them, with the version from the name, the package version, or both.
///
/// Only names in the table are matched: `python3-requests` is a library, not Python.
enum DistributionPackageRule {
    /// How the version in a package name is written.
    enum VersionStyle: Sendable {
        /// As is: `13`, `5.7`, `1.1`.
        case plain
        /// `3.9`, or packed as in `python39`/`python311`.
        case python
        /// `7.4`, or packed as in `php74`.
        case php
        /// `13`, `9.6`, or packed as in `postgresql96`.
        case postgres
        /// `1.8.0` is Java 8; `17` is Java 17.
        case java
        /// Recognised, deliberately not matched, for the reason given.
        case refuse(String)
    }

    struct Pattern: Sendable {
        let pieces: [String]
        let product: String
        let style: VersionStyle

        init(_ pattern: String, _ product: String, _ style: VersionStyle = .plain) {
            var pieces: [String] = []
            var rest = Substring(pattern)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { pieces.append(String(rest[..<open])) }
                pieces.append(String(rest[open...close]))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { pieces.append(String(rest)) }
            self.pieces = pieces
            self.product = product
            self.style = style
        }
    }

    static let distributionOpenJDK =
        "a distribution's own OpenJDK follows that distribution's support, which the catalogue does not describe; match the host's OS"
    static let distributionKernel =
        "a distribution kernel follows the distribution's support, not the upstream kernel's; match the host's OS"

    static let patterns: [Pattern] = [
        Pattern("postgresql", "postgresql"), Pattern("postgresql-{v}", "postgresql", .postgres),
        Pattern("postgresql{v}", "postgresql", .postgres), Pattern("postgresql-server", "postgresql"),
        Pattern("postgresql{v}-server", "postgresql", .postgres),
        Pattern("postgresql-client-{v}", "postgresql", .postgres),
        Pattern("postgresql-client", "postgresql"), Pattern("postgresql{v}-contrib", "postgresql", .postgres),
        Pattern("postgresql-contrib", "postgresql"), Pattern("postgresql{v}-client", "postgresql", .postgres),
        Pattern("mysql-server", "mysql"), Pattern("mysql-server-{v}", "mysql"),
        Pattern("mysql-server-core-{v}", "mysql"),
        Pattern("mysql-community-server", "mysql"), Pattern("mysql", "mysql"),
        Pattern("mariadb-server", "mariadb"), Pattern("mariadb-server-{v}", "mariadb"),
        Pattern("mariadb-server-core-{v}", "mariadb"), Pattern("mariadb", "mariadb"),
        Pattern("python", "python"), Pattern("python{v}", "python", .python),
        Pattern("python{v}-minimal", "python", .python),
        Pattern("python{v}-libs", "python", .python), Pattern("libpython{v}", "python", .python),
        Pattern("libpython{v}-stdlib", "python", .python),
        Pattern("php", "php"), Pattern("php-fpm", "php"), Pattern("php-cli", "php"), Pattern("php-common", "php"),
        Pattern("php{v}", "php", .php), Pattern("php{v}-fpm", "php", .php), Pattern("php{v}-cli", "php", .php),
        Pattern("php{v}-common", "php", .php), Pattern("php{v}-php-fpm", "php", .php),
        Pattern("php{v}-php-cli", "php", .php),
        Pattern("nginx", "nginx"), Pattern("nginx-core", "nginx"), Pattern("nginx-full", "nginx"),
        Pattern("nginx-light", "nginx"), Pattern("nginx-extras", "nginx"), Pattern("nginx-common", "nginx"),
        Pattern("httpd", "apache-http-server"), Pattern("apache2", "apache-http-server"),
        Pattern("apache2-bin", "apache-http-server"), Pattern("httpd24-httpd", "apache-http-server"),
        Pattern("tomcat", "tomcat"), Pattern("tomcat{v}", "tomcat"), Pattern("tomcat-{v}", "tomcat"),
        Pattern("redis", "redis"), Pattern("redis-server", "redis"), Pattern("redis{v}", "redis"),
        Pattern("haproxy", "haproxy"), Pattern("squid", "squid"), Pattern("openvpn", "openvpn"),
        Pattern("nodejs", "nodejs"), Pattern("node", "nodejs"), Pattern("perl", "perl"), Pattern("perl-base", "perl"),
        Pattern("ruby", "ruby"), Pattern("ruby{v}", "ruby"), Pattern("golang", "go"), Pattern("golang-go", "go"),
        Pattern("golang-{v}-go", "go"), Pattern("golang-{v}", "go"), Pattern("go", "go"),
        Pattern("openssl", "openssl"), Pattern("openssl-libs", "openssl"), Pattern("openssl{v}", "openssl"),
        Pattern("libssl{v}", "openssl"), Pattern("libssl-dev", "openssl"),
        Pattern("mongodb-org-server", "mongodb"), Pattern("mongodb-org", "mongodb"),
        Pattern("mongodb-server", "mongodb"),
        Pattern("mongodb-enterprise-server", "mongodb"), Pattern("mongodb", "mongodb"),
        Pattern("rabbitmq-server", "rabbitmq"), Pattern("elasticsearch", "elasticsearch"), Pattern("kibana", "kibana"),
        Pattern("logstash", "logstash"), Pattern("grafana", "grafana"), Pattern("grafana-enterprise", "grafana"),
        Pattern("grafana-server", "grafana"), Pattern("zabbix-server-{*}", "zabbix"),
        Pattern("zabbix-server", "zabbix"),
        Pattern("zabbix-agent", "zabbix"), Pattern("zabbix-agent2", "zabbix"), Pattern("zabbix-proxy-{*}", "zabbix"),
        Pattern("zabbix-frontend-php", "zabbix"), Pattern("zabbix-web-{*}", "zabbix"),
        Pattern("jenkins", "jenkins"), Pattern("gitlab-ce", "gitlab"), Pattern("gitlab-ee", "gitlab"),
        Pattern("docker-ce", "docker-engine"), Pattern("docker-ee", "docker-engine"),
        Pattern("docker-engine", "docker-engine"), Pattern("kubelet", "kubernetes"), Pattern("kubeadm", "kubernetes"),
        Pattern("kubectl", "kubernetes"), Pattern("terraform", "terraform"), Pattern("vault", "hashicorp-vault"),
        Pattern("puppet-agent", "puppet"), Pattern("puppetserver", "puppet"), Pattern("puppet", "puppet"),
        Pattern("ansible", "ansible"), Pattern("libreoffice", "libreoffice"),
        Pattern("libreoffice-core", "libreoffice"),
        Pattern("libreoffice{v}", "libreoffice"), Pattern("firefox", "firefox"), Pattern("firefox-esr", "firefox"),
        Pattern("google-chrome-stable", "chrome"), Pattern("google-chrome", "chrome"),
        Pattern("wireshark", "wireshark"),
        Pattern("wireshark-qt", "wireshark"), Pattern("wireshark-cli", "wireshark"), Pattern("tshark", "wireshark"),
        Pattern("virtualbox", "virtualbox"), Pattern("virtualbox-{v}", "virtualbox"),
        Pattern("powershell", "powershell"),
        Pattern("powershell-lts", "powershell"), Pattern("dotnet-runtime-{v}", "dotnet"),
        Pattern("aspnetcore-runtime-{v}", "dotnet"), Pattern("dotnet-sdk-{v}", "dotnet"),
        Pattern("dotnet-hostfxr-{v}", "dotnet"), Pattern("dotnet{v}", "dotnet"),
        Pattern("java-{v}-openjdk", "redhat-build-of-openjdk", .java),
        Pattern("java-{v}-openjdk-headless", "redhat-build-of-openjdk", .java),
        Pattern("java-{v}-openjdk-devel", "redhat-build-of-openjdk", .java),
        Pattern("java-{v}-amazon-corretto", "amazon-corretto", .java),
        Pattern("java-{v}-amazon-corretto-devel", "amazon-corretto", .java),
        Pattern("java-{v}-amazon-corretto-headless", "amazon-corretto", .java),
        Pattern("temurin-{v}-jdk", "eclipse-temurin", .java), Pattern("temurin-{v}-jre", "eclipse-temurin", .java),
        Pattern("zulu{v}-jdk", "azul-zulu", .java), Pattern("zulu{v}-jre", "azul-zulu", .java),
        Pattern("zulu-{v}", "azul-zulu", .java), Pattern("msopenjdk-{v}", "microsoft-build-of-openjdk", .java),
        Pattern("keycloak", "keycloak"), Pattern("nextcloud", "nextcloud"), Pattern("moodle", "moodle"),
        Pattern("wordpress", "wordpress"), Pattern("drupal", "drupal"),
        Pattern("openjdk-{v}-jre", "", .refuse(distributionOpenJDK)),
        Pattern("openjdk-{v}-jre-headless", "", .refuse(distributionOpenJDK)),
        Pattern("openjdk-{v}-jdk", "", .refuse(distributionOpenJDK)),
        Pattern("openjdk-{v}-jdk-headless", "", .refuse(distributionOpenJDK)),
        Pattern("openjdk{v}", "", .refuse(distributionOpenJDK)),
        Pattern("openjdk{v}-jre", "", .refuse(distributionOpenJDK)),
        Pattern("openjdk{v}-jre-headless", "", .refuse(distributionOpenJDK)),
        Pattern("linux-image-{*}", "", .refuse(distributionKernel)), Pattern("kernel", "", .refuse(distributionKernel)),
        Pattern("kernel-core", "", .refuse(distributionKernel)),
        Pattern("linux-generic", "", .refuse(distributionKernel)),
    ]

    /// A package name on its own: lower case, no spaces.
    static func matchName(_ input: MatchInput) -> RuleVerdict? {
        let name = input.text.raw
        guard !name.isEmpty, name == name.lowercased(), !name.contains(" ") else { return nil }
        return match(name: name, version: input.version, input.context)
    }

    /// A package `name` with its package `version` (`1:5.0.43-1+focal`, `12.20-1.pgdg20.04+1`).
    static func match(name: String, version: String?, _ context: MatchContext) -> RuleVerdict? {
        for pattern in patterns {
            guard let captured = capture(Substring(name), pattern.pieces[...]) else { continue }
            let rule = "distribution-package"
            if case .refuse(let note) = pattern.style { return .refused(rule: rule, note: note) }
            let fromName = captured.map { components($0, style: pattern.style) } ?? []
            var fromVersion = version.map { VersionText.components($0) } ?? []
            if case .java = pattern.style, let version { fromVersion = JavaRule.javaVersion(version) ?? [] }
            if !fromName.isEmpty, !fromVersion.isEmpty, !MatchVocabulary.agree(fromName, fromVersion) {
                return .productOnly(
                    pattern.product, rule: rule,
                    note:
                        "the package name says \(fromName.map(String.init).joined(separator: ".")) but its version is \(fromVersion.map(String.init).joined(separator: "."))"
                )
            }
            let chosen = fromVersion.count > fromName.count ? fromVersion : fromName
            let confidence: MatchConfidence = !fromName.isEmpty && !fromVersion.isEmpty ? .exact : .high
            return context.verdict(pattern.product, version: chosen, confidence: confidence, rule: rule)
        }
        return nil
    }

    /// Matches `name` against the pattern pieces; the captured `{v}`, or `.some(nil)` when there is none.
    private static func capture(_ name: Substring, _ pieces: ArraySlice<String>) -> String?? {
        guard let piece = pieces.first else { return name.isEmpty ? .some(nil) : nil }
        let rest = pieces.dropFirst()
        switch piece {
        case "{v}", "{*}":
            let isVersion = piece == "{v}"
            var end = name.startIndex
            while end < name.endIndex {
                let character = name[end]
                let fits = isVersion ? (character.isASCIIDigit || character == ".") : character != " "
                if !fits { break }
                end = name.index(after: end)
            }
            while end > name.startIndex {
                let candidate = name[name.startIndex..<end]
                let valid = !isVersion || candidate.first?.isASCIIDigit == true
                if valid, let inner = capture(name[end...], rest) {
                    return .some(isVersion ? String(candidate) : (inner ?? nil))
                }
                end = name.index(before: end)
            }
            return nil
        default:
            guard name.hasPrefix(piece) else { return nil }
            return capture(name.dropFirst(piece.count), rest)
        }
    }

    /// The version components a package name's version means.
    static func components(_ text: String, style: VersionStyle) -> [Int] {
        let parts = VersionText.components(text)
        guard parts.count == 1, !text.contains("."), let value = parts.first else {
            if case .java = style, let java = JavaRule.javaVersion([text]) { return java }
            return parts
        }
        switch style {
        case .python, .php:
            guard text.count >= 2, let major = Int(text.prefix(1)), let minor = Int(text.dropFirst()) else {
                return parts
            }
            return [major, minor]
        case .postgres:
            guard text.count == 2, let first = Int(text.prefix(1)), first >= 7, let second = Int(text.suffix(1)) else {
                return parts
            }
            return [first, second]
        case .java, .plain, .refuse:
            return [value]
        }
    }
}
