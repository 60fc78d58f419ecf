/// Windows build numbers and the releases they belong to, as Microsoft publishes them in its release
/// information pages. The tests check every entry against the `latest` versions in the catalogue.
enum WindowsBuilds {
    /// Windows 10 feature updates by build (`10.0.19045` is 22H2).
    static let windows10: [Int: String] = [
        10240: "1507", 10586: "1511", 14393: "1607", 15063: "1703", 16299: "1709", 17134: "1803", 17763: "1809",
        18362: "1903", 18363: "1909", 19041: "2004", 19042: "20h2", 19043: "21h1", 19044: "21h2", 19045: "22h2",
    ]

    /// Windows 11 feature updates by build.
    static let windows11: [Int: String] = [
        22000: "21h2", 22621: "22h2", 22631: "23h2", 26100: "24h2", 26200: "25h2", 28000: "26h1",
    ]

    /// Windows Server releases on build 10.0: LTSC years, Semi-Annual and Annual Channel cycles. 17763 is both
    /// Windows Server 2019 and the 1809 Semi-Annual release.
    static let server10: [Int: [String]] = [
        14393: ["2016"], 16299: ["1709-sac"], 17134: ["1803-sac"], 17763: ["2019", "1809-sac"], 18362: ["1903-sac"],
        18363: ["1909-sac"], 19041: ["2004-sac"], 19042: ["20h2-sac"], 20348: ["2022"], 25398: ["23h2-ac"],
        26100: ["2025"],
    ]

    /// Feature update names as inventory tools write them, to the catalogue's spelling (`2009` is 20H2's ReleaseId).
    static let featureNames: [String: String] = [
        "1507": "1507", "1511": "1511", "1607": "1607", "1703": "1703", "1709": "1709", "1803": "1803",
        "1809": "1809", "1903": "1903", "1909": "1909", "2004": "2004", "2009": "20h2", "20h2": "20h2",
        "21h1": "21h1", "21h2": "21h2", "22h2": "22h2", "23h2": "23h2", "24h2": "24h2", "25h2": "25h2", "26h1": "26h1",
    ]

    /// LTSB/LTSC release years to (major, feature update).
    static let ltscYears: [String: (major: Int, feature: String)] = [
        "2015": (10, "1507"), "2016": (10, "1607"), "2019": (10, "1809"), "2021": (10, "21h2"), "2024": (11, "24h2"),
    ]

    /// The Windows client (major, feature update) of a 10.0 build, or `nil`.
    static func client(build: Int) -> (major: Int, feature: String)? {
        if let feature = windows11[build] { return (11, feature) }
        if let feature = windows10[build] { return (10, feature) }
        return nil
    }
}

/// A Windows version as inventory tools give it: `10.0.19045.3803`, `6.1.7601`, `6.3` (SCCM).
struct WindowsVersion: Equatable {
    var major: Int
    var minor: Int
    var build: Int?

    /// Reads `major.minor[.build[.revision]]` with a Windows major (5, 6 or 10), or a bare 10.0 build number.
    init?(_ components: [Int]) {
        if components.count >= 2, [5, 6, 10].contains(components[0]) {
            major = components[0]
            minor = components[1]
            build = components.count >= 3 ? components[2] : nil
        } else if components.count == 1, (10_240...99_999).contains(components[0]) {
            major = 10
            minor = 0
            build = components[0]
        } else {
            return nil
        }
    }

    /// The kernel version as text: `6.1`, `10.0`.
    var kernel: String { "\(major).\(minor)" }
}
