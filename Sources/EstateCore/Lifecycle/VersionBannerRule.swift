import Foundation

/// Server banners and version output: `Server version: Apache/2.4.57 (Unix)`, `nginx version: nginx/1.18.0`,
/// `Apache Tomcat/9.0.89`, `PHP/7.4.33`, `OpenSSL 1.1.1w  11 Sep 2023`.
enum VersionBannerRule {
    /// Banner names (before the slash) to products.
    static let names: [String: String] = [
        "apache": "apache-http-server", "apache tomcat": "tomcat", "nginx": "nginx", "php": "php",
        "openssl": "openssl", "python": "python", "squid": "squid", "haproxy": "haproxy", "node": "nodejs",
        "openresty": "", "microsoft-iis": "",
    ]

    static func match(_ input: MatchInput) -> RuleVerdict? {
        let raw = input.text.folded
        if raw.hasPrefix("openssl "), !input.text.words.contains(where: { !isBannerWord($0) }) {
            return input.context.verdict(
                "openssl", version: VersionText.firstVersion(in: String(raw.dropFirst(8))), confidence: .high,
                rule: "version-banner")
        }
        guard let slash = raw.firstIndex(of: "/") else { return nil }
        let before = raw[..<slash]
        let after = raw[raw.index(after: slash)...]
        let version = VersionText.components(after)
        guard !version.isEmpty else { return nil }
        var name = before.split(separator: ":").last.map(String.init) ?? String(before)
        name = name.trimmingCharacters(in: .whitespaces)
        for prefix in ["server version", "nginx version"] where name.hasPrefix(prefix) {
            name = String(name.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard let product = names[name] else { return nil }
        guard !product.isEmpty else { return .refused(rule: "version-banner", note: "\(name) is not in the catalogue") }
        return input.context.verdict(product, version: version, confidence: .high, rule: "version-banner")
    }

    /// Words an `openssl version` line holds besides the version: a build date.
    private static func isBannerWord(_ word: String) -> Bool {
        let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return word == "openssl" || months.contains(word) || VersionText.isVersionLike(word)
            || ["fips", "light", "library", "built", "on"].contains(word)
    }
}
