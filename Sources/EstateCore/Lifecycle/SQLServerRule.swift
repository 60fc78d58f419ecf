import Foundation

/// Microsoft SQL Server by name (`Microsoft SQL Server 2014 (SP3)`), by version (`12.0.6024.0`), by
/// `SELECT @@VERSION` output, or by instance folder (`MSSQL15.SQLEXPRESS`).
///
/// endoflife.date's cycles are internal versions with the service pack (`12.0-sp3`), padded inconsistently
/// (`10.00-sp3` but `10.0-sp4`); the rule compares them as numbers.
enum SQLServerRule {
    /// Release years to internal (major, minor) versions.
    static let years: [String: (Int, Int)] = [
        "2000": (8, 0), "2005": (9, 0), "2008": (10, 0), "2008 r2": (10, 50), "2012": (11, 0), "2014": (12, 0),
        "2016": (13, 0), "2017": (14, 0), "2019": (15, 0), "2022": (16, 0), "2025": (17, 0),
    ]

    /// The first build of each service pack, by internal version: a build at or above it (and below the next)
    /// is that service pack with cumulative updates.
    static let servicePackBuilds: [String: [(servicePack: Int, build: Int)]] = [
        "9.0": [(1, 2047), (2, 3042), (3, 4035), (4, 5000)],
        "10.0": [(1, 2531), (2, 4000), (3, 5500), (4, 6000)],
        "10.50": [(1, 2500), (2, 4000), (3, 6000)],
        "11.0": [(1, 3000), (2, 5058), (3, 6020), (4, 7001)],
        "12.0": [(1, 4100), (2, 5000), (3, 6024)],
        "13.0": [(1, 4001), (2, 5026), (3, 6300)],
    ]

    static let editions = MatchVocabulary.words(
        "microsoft sql server express standard enterprise developer web workgroup evaluation datacenter "
            + "business intelligence core based licensing with advanced services edition database engine r2 service "
            + "pack rtm gdr cu"
    )

    static func match(_ input: MatchInput) -> RuleVerdict? {
        if let instance = instanceVersion(input.text.raw) {
            let beside = input.versionComponents
            let version = beside.count >= 3 && Array(beside.prefix(2)) == instance ? beside : instance
            return verdict(year: nil, version: version, servicePack: nil, input, rule: "mssqlserver")
        }
        guard let rest = input.text.rest(after: ["sql server"], skipping: ["microsoft"]) else { return nil }
        var year: String?
        var stated: [Int] = []
        var index = rest.startIndex
        while index < rest.endIndex {
            let word = rest[index]
            if years[word] != nil, year == nil {
                year = word
                if rest.index(after: index) < rest.endIndex, rest[rest.index(after: index)] == "r2", word == "2008" {
                    year = "2008 r2"
                }
            } else if VersionText.isVersionLike(word), VersionText.components(word).count >= 3 {
                stated = VersionText.components(word)
                break  // `SELECT @@VERSION` output: the rest is build date, copyright and host
            } else if !(editions.contains(word) || MatchVocabulary.noise.contains(word) || isServicePackWord(word)
                || word.hasPrefix("kb") || (word.hasPrefix("cu") && word.dropFirst(2).allSatisfy(\.isASCIIDigit))
                || VersionText.isVersionLike(word))
            {
                return nil
            }
            index = rest.index(after: index)
        }
        let version = stated.isEmpty ? input.versionComponents : stated
        return verdict(
            year: year, version: version, servicePack: MatchVocabulary.servicePack(in: Array(rest)), input,
            rule: "mssqlserver")
    }

    private static func isServicePackWord(_ word: String) -> Bool {
        word.hasPrefix("sp") && word.dropFirst(2).allSatisfy(\.isASCIIDigit) && word.count > 2
    }

    /// `MSSQL15.SQLEXPRESS`, `MSSQL10_50.MSSQLSERVER`: the instance folder's internal version.
    static func instanceVersion(_ raw: String) -> [Int]? {
        let text = raw.uppercased()
        guard text.hasPrefix("MSSQL"), let dot = text.firstIndex(of: ".") else { return nil }
        let number = text[text.index(text.startIndex, offsetBy: 5)..<dot]
        let parts = number.split(separator: "_").compactMap { Int($0) }
        guard !parts.isEmpty, parts.count == number.split(separator: "_").count else { return nil }
        return parts.count == 1 ? [parts[0], 0] : [parts[0], parts[1]]
    }

    static func verdict(year: String?, version: [Int], servicePack: Int?, _ input: MatchInput, rule: String)
        -> RuleVerdict
    {
        let product = "mssqlserver"
        var release = year.flatMap { years[$0] }
        if version.count >= 2 {
            var fromVersion = (version[0], version[1])
            // Add/Remove Programs writes the service pack into the minor version: 10.53.6000.34 is 2008 R2 SP3,
            // 11.4.7001.0 is 2012 SP4. The build says the same, so the base release is what counts.
            let base = (version[0], version[1] >= 50 ? 50 : 0)
            if !years.values.contains(where: { $0 == fromVersion }), years.values.contains(where: { $0 == base }) {
                fromVersion = base
            }
            if let stated = release, stated != fromVersion {
                return .productOnly(
                    product, rule: rule,
                    note:
                        "the name says SQL Server \(year ?? "") but version \(version[0]).\(version[1]) is another release"
                )
            }
            release = fromVersion
        }
        guard let (major, minor) = release else {
            return .productOnly(product, rule: rule, note: "neither the release year nor the version is given")
        }
        let key = "\(major).\(minor == 0 ? "0" : String(minor))"
        var pack: Int?
        var confidence: MatchConfidence = year != nil && version.count >= 3 ? .exact : .high
        var note: String?
        if let steps = servicePackBuilds[key] {
            if version.count >= 3 {
                pack = steps.last { version[2] >= $0.build }?.servicePack ?? 0
                if let servicePack, servicePack != pack {
                    note =
                        "the name says SP\(servicePack) but build \(version[2]) is \(pack == 0 ? "RTM" : "SP\(pack ?? 0)")"
                    confidence = .high
                }
            } else if let servicePack {
                pack = servicePack
            } else if input.text.words.contains("rtm") {
                pack = 0
            } else {
                return .productOnly(
                    product, rule: rule,
                    note:
                        "SQL Server \(year ?? key) has a cycle per service pack; neither the service pack nor the build is given"
                )
            }
        }
        let suffix: String
        if let pack, pack > 0 {
            suffix = "sp\(pack)"
            if key == "13.0", pack == 3, version.count >= 3, version[2] >= 7000 {
                return cycle(product, major, minor, "sp3-acp", confidence, rule, note, input.context)
            }
        } else {
            suffix = ""
        }
        return cycle(product, major, minor, suffix, confidence, rule, note, input.context)
    }

    /// Finds the catalogue's spelling of (major, minor, suffix), whatever its zero padding.
    private static func cycle(
        _ product: String, _ major: Int, _ minor: Int, _ suffix: String, _ confidence: MatchConfidence, _ rule: String,
        _ note: String?, _ context: MatchContext
    ) -> RuleVerdict {
        let minors = minor == 0 ? ["0", "00"] : [String(minor)]
        var names: [String] = []
        for spelled in minors {
            let base = "\(major).\(spelled)"
            names.append(suffix.isEmpty ? base : "\(base)-\(suffix)")
            if suffix.isEmpty, minor == 50 { names.append("\(base)-r2") }
        }
        guard let found = context.firstCycle(product, names) else {
            return .productOnly(
                product, rule: rule,
                note:
                    "the catalogue has no cycle for version \(major).\(minor) \(suffix.isEmpty ? "RTM" : suffix.uppercased())"
            )
        }
        return .matched(product, found, confidence, rule: rule, note: note)
    }
}
