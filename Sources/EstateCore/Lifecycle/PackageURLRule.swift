import Foundation

/// Package URLs from SBOMs (`pkg:deb/debian/openssl@1.1.1n`, `pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1`):
/// first the purls the catalogue lists for its products, then distribution package names, then a few
/// ecosystems' well-known coordinates.
///
/// Related specification: <https://github.com/package-url/purl-spec>.
enum PackageURLRule {
    /// Maven and NuGet coordinates (`namespace/name`) of catalogue products that the catalogue does not list.
    static let coordinates: [String: String] = [
        "org.apache.tomcat.embed/tomcat-embed-core": "tomcat", "org.apache.tomcat/tomcat-catalina": "tomcat",
        "org.apache.logging.log4j/log4j-core": "log4j", "org.apache.logging.log4j/log4j-api": "log4j",
        "log4j/log4j": "log4j", "microsoft.netcore.app": "dotnet", "microsoft.aspnetcore.app": "dotnet",
        "microsoft.netcore.app.runtime.linux-x64": "dotnet",
    ]

    /// The parts of a package URL.
    struct Parts {
        var type: String
        var namespace: String
        var name: String
        var version: String?
        var base: String { "pkg:\(type)/\(namespace.isEmpty ? "" : namespace + "/")\(name)" }
    }

    static func parse(_ raw: String) -> Parts? {
        guard raw.lowercased().hasPrefix("pkg:") else { return nil }
        var text = Substring(raw.dropFirst(4))
        if let hash = text.firstIndex(of: "#") { text = text[..<hash] }
        if let query = text.firstIndex(of: "?") { text = text[..<query] }
        var version: String?
        if let at = text.lastIndex(of: "@") {
            version = String(text[text.index(after: at)...]).removingPercentEncoding
            text = text[..<at]
        }
        let segments = text.split(separator: "/").map { String($0).removingPercentEncoding ?? String($0) }
        guard segments.count >= 2 else { return nil }
        return Parts(
            type: segments[0].lowercased(),
            namespace: segments.dropFirst().dropLast().joined(separator: "/").lowercased(),
            name: segments[segments.count - 1].lowercased(), version: version)
    }

    static func match(_ input: MatchInput) -> RuleVerdict? {
        guard let purl = parse(input.text.raw) else { return nil }
        let context = input.context
        let version = purl.version ?? input.version
        let rule = "purl"
        if let products = context.purls[purl.base] {
            guard products.count == 1, let product = products.first else {
                return .refused(
                    rule: rule, note: "\(purl.base) identifies several products: \(products.joined(separator: ", "))")
            }
            var verdict = productVerdict(product, version: version, context)
            verdict.ruleName = rule
            return verdict
        }
        if ["deb", "rpm", "apk", "alpm"].contains(purl.type),
            var verdict = DistributionPackageRule.match(name: purl.name, version: version, context)
        {
            verdict.ruleName = rule
            return verdict
        }
        let coordinate = purl.namespace.isEmpty ? purl.name : "\(purl.namespace)/\(purl.name)"
        if let product = coordinates[coordinate] ?? coordinates[purl.name] {
            var verdict = productVerdict(product, version: version, context)
            verdict.ruleName = rule
            return verdict
        }
        return .refused(rule: rule, note: "no product in the catalogue has the package URL \(purl.base)")
    }

    /// A verdict for a product identified exactly, with the cycle from the version.
    static func productVerdict(_ product: String, version: String?, _ context: MatchContext) -> RuleVerdict {
        var components = version.map { VersionText.components($0) } ?? []
        if ["oracle-jdk", "redhat-build-of-openjdk", "eclipse-temurin", "amazon-corretto", "azul-zulu"].contains(
            product),
            let version
        {
            components = JavaRule.javaVersion(version) ?? components
        }
        return context.verdict(product, version: components, confidence: .exact)
    }
}

/// CPE names (`cpe:2.3:a:postgresql:postgresql:13.4:*:*:*:*:*:*:*`, `cpe:/a:postgresql:postgresql:13.4`) matched
/// to the CPEs the catalogue lists for its products.
///
/// Related specification: NIST IR 7695, Common Platform Enumeration: Naming Specification Version 2.3.
enum CPERule {
    static func match(_ input: MatchInput) -> RuleVerdict? {
        let parts = MatchContext.cpeParts(input.text.raw)
        guard parts.count >= 3, let key = MatchContext.cpeKey(input.text.raw) else { return nil }
        guard let products = input.context.cpes[key] else {
            return .refused(rule: "cpe", note: "no product in the catalogue has the CPE \(key)")
        }
        guard products.count == 1, let product = products.first else {
            return .refused(
                rule: "cpe", note: "\(key) identifies several products: \(products.joined(separator: ", "))")
        }
        let version = parts.count > 3 && !["*", "-", ""].contains(parts[3]) ? parts[3] : input.version
        var verdict = PackageURLRule.productVerdict(product, version: version, input.context)
        verdict.ruleName = "cpe"
        return verdict
    }
}
