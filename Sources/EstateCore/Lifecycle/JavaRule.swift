/// Java runtimes: Oracle's `Java 8 Update 291`, `Java(TM) SE Runtime Environment`, `java -version` banners, and
/// the OpenJDK builds of Adoptium, Amazon, Azul, Microsoft, BellSoft, IBM, SAP and Red Hat.
///
/// Version `1.8.0_291` is Java 8; `8u422` is Java 8. A distribution's own OpenJDK (`OpenJDK Runtime
/// Environment (build 11.0.24+8-post-Ubuntu…)`) follows that distribution's support, which the catalogue does not
/// describe, so it is refused.
enum JavaRule {
    /// Vendors' words in their product names, and the product each stands for.
    static let vendors: [(phrase: String, product: String)] = [
        ("eclipse temurin", "eclipse-temurin"), ("temurin", "eclipse-temurin"), ("adoptium", "eclipse-temurin"),
        ("amazon corretto", "amazon-corretto"), ("corretto", "amazon-corretto"), ("azul zulu", "azul-zulu"),
        ("zulu", "azul-zulu"), ("microsoft build of openjdk", "microsoft-build-of-openjdk"),
        ("microsoft openjdk", "microsoft-build-of-openjdk"), ("liberica", "bellsoft-liberica"),
        ("ibm semeru", "ibm-semeru-runtime"), ("semeru", "ibm-semeru-runtime"), ("sapmachine", "sapmachine"),
        ("red hat build of openjdk", "redhat-build-of-openjdk"), ("red hat", "redhat-build-of-openjdk"),
        ("redhat", "redhat-build-of-openjdk"),
    ]

    static let vendorWords = MatchVocabulary.words(
        "java jdk jre openjdk with hotspot openj9 runtime environment open edition build full lite standard of "
            + "by se server vm mixed mode sharing certified binaries bellsoft azul ibm eclipse amazon microsoft sap "
            + "lts"
    )
    static let oracleWords = MatchVocabulary.words(
        "java se development kit runtime environment platform update jre jdk oracle build mixed mode")
    static let distributions = MatchVocabulary.words("ubuntu debian alpine fedora suse opensuse")

    static func match(_ input: MatchInput) -> RuleVerdict? {
        let raw = input.text.raw
        if !raw.contains(" "), raw == raw.lowercased(), raw.contains("-") {
            return nil  // a package name (`java-17-openjdk`): the distribution-package rule reads it
        }
        let words = input.text.words
        guard
            words.contains(where: {
                $0 == "java" || $0 == "jdk" || $0 == "jre" || $0 == "openjdk" || $0.hasPrefix("temurin")
            })
                || vendors.contains(where: { input.text.contains($0.phrase) && $0.product != "redhat-build-of-openjdk" }
                )
        else { return nil }
        for (phrase, product) in vendors where input.text.contains(phrase) {
            if product == "redhat-build-of-openjdk", !words.contains("openjdk") { continue }
            let rest = words.filter {
                !MatchText(phrase).words.contains($0) && !MatchVocabulary.isServicePackOrBuild($0)
            }
            guard MatchVocabulary.allAllowed(rest, vendorWords.union(MatchVocabulary.words("with"))) else { return nil }
            return verdict(product, version: javaVersion(rest) ?? javaVersion(input.version), input)
        }
        if words.contains("openjdk") {
            if words.contains(where: distributions.contains) {
                return .refused(
                    rule: "java",
                    note:
                        "a distribution's own OpenJDK follows that distribution's support, which the catalogue does not describe; match the host's OS"
                )
            }
            return .refused(
                rule: "java", note: "an OpenJDK build whose vendor is not named: the lifecycle depends on the vendor")
        }
        var start = 0
        if words.first == "oracle" { start = 1 }
        guard start < words.count, words[start] == "java" else { return nil }
        let rest = words[(start + 1)...]
        guard MatchVocabulary.allAllowed(rest, oracleWords), !rest.isEmpty || input.version != nil else { return nil }
        var version: [Int]?
        if let index = rest.firstIndex(of: "update"), index > rest.startIndex,
            let major = Int(rest[rest.index(before: index)])
        {
            version = [major]
        }
        return verdict("oracle-jdk", version: version ?? javaVersion(Array(rest)) ?? javaVersion(input.version), input)
    }

    /// The Java feature release in words such as `17.0.12`, `1.8.0_291`, `8u422`, `jdk8u422`.
    static func javaVersion(_ words: [String]) -> [Int]? {
        for word in words {
            var candidate = Substring(word)
            if candidate.hasPrefix("jdk") { candidate = candidate.dropFirst(3) }
            guard let first = candidate.first, first.isASCIIDigit else { continue }
            let parts = VersionText.components(candidate)
            guard let major = parts.first else { continue }
            if major == 1, parts.count >= 2 {
                return parts[1] >= 5 ? [parts[1]] : [1, parts[1]]
            }
            return [major]
        }
        return nil
    }

    static func javaVersion(_ text: String?) -> [Int]? {
        guard let text else { return nil }
        return javaVersion(MatchText(text).words)
    }

    private static func verdict(_ product: String, version: [Int]?, _ input: MatchInput) -> RuleVerdict {
        input.context.verdict(product, version: version ?? [], confidence: .high, rule: "java")
    }
}
